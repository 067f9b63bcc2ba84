export type { ExtractedHtml, ExtractOptions } from './extract.js';
export { DEFAULT_MAX_HTML_CHARS, extractHtml } from './extract.js';
export { extractMeta } from './meta.js';
