import type { Doc, Sentence, Token } from '../model/index.js';

/** The tokens of one sentence (a view, no copy beyond the slice). */
export function sentenceTokens(doc: Doc, s: Sentence): Token[] {
  return doc.tokens.slice(s.tokenStart, s.tokenEnd);
}

/** Index of the token that contains offset `at`, or -1 (binary search: tokens are in text order). */
export function tokenAt(doc: Doc, at: number): number {
  const toks = doc.tokens;
  let lo = 0;
  let hi = toks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = toks[mid]!;
    if (at < t.start) hi = mid - 1;
    else if (at >= t.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first token whose end is past `at` (binary search; tokens are in text order). */
export function firstTokenEndingAfter(toks: readonly Token[], at: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
