/** What bench/ingest.ts measures, bundled by it like the shipped build (see there). */
export { createAnalyzer } from '../src/analyze.js';
export { ingest } from '../src/corpus/ingest.js';
export { SqliteStore } from '../src/store/index.js';
