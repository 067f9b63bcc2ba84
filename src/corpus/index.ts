// The corpus API: read inputs, ingest them into a store, and the cross-article tools (copies, stories, linking).
export * from './dedup/index.js';
export {
  contentHashOf,
  type IngestCounts,
  type IngestOptions,
  type IngestResult,
  ingest,
  STATE_KEY,
  storyNumber,
  summaryLine,
} from './ingest.js';
export * from './link/index.js';
export * from './readers/index.js';
export * from './stories/index.js';
export * from './types.js';
