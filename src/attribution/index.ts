export { findQuotes } from './find.js';
