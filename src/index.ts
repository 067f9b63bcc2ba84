// The library: analyze() and the contract it returns. The CLI, store and corpus tools sit on top of it.
export { type AnalyzeInput, type Analyzer, analyze, createAnalyzer, STAGES } from './analyze.js';
export * from './model/index.js';
