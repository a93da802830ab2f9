// The domain model shared by main, preload and renderer.
export * from './document'
export * from './article'
export * from './annotation'
export * from './text'
