export declare function electronBinaryPath(): string | null
export declare function hasDisplay(): boolean
