export * from './structs0.js'
export * from './structs400.js'
