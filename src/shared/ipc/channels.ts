// The channel names alone, free of zod, so the sandboxed preload can import them cheaply.

/** Every IPC channel, in one list; contract.ts gives each its schemas. */
export const CHANNELS = [
  'app:info',
  'import:start',
  'import:add-files',
  'import:add-pictures',
  'import:poll',
  'import:cancel',
  'import:reclean',
  'import:page-text',
  'export:preview',
  'export:begin',
  'export:append',
  'export:finish',
  'export:cancel',
  'backup:save',
  'backup:open'
] as const

export type Channel = (typeof CHANNELS)[number]

/** Whether an untrusted string names a channel. */
export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNELS as readonly string[]).includes(name)
}
