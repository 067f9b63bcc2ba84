export type { ExtractedHtml } from './extract.js';
export { extractHtml } from './extract.js';
