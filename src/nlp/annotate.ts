import type { Doc, Sentence, Token, UPos } from '../model/index.js';
import { MONTH_ABBREVIATIONS } from './lexicon/calendar.js';
import { FORM_LIMIT, formGeneration, type RawSentence, type RawTokens, runWink } from './wink.js';

const UPOS = new Set<string>([
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
  'SPACE',
]);

// Abbreviations after which a sentence never ends, whatever the splitter thought.
const NO_BREAK_AFTER = new Set([
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'prof.',
  'gen.',
  'gov.',
  'sen.',
  'rep.',
  'sgt.',
  'lt.',
  'col.',
  'capt.',
  'st.',
  ...MONTH_ABBREVIATIONS,
  'no.',
  'vs.',
  'rev.',
  'hon.',
]);

/**
 * Past the run of spaces wink counts before a token (its splitter's space class; line breaks and tabs are tokens of
 * their own). Reading the offsets off the text this way gives what wink's per-token preceding-space strings would, without
 * asking wink to build one string per token.
 */
function skipWinkSpaces(text: string, at: number): number {
  for (;;) {
    const c = text.charCodeAt(at);
    if (
      c === 0x20 ||
      c === 0xa0 ||
      (c >= 0x2002 && c <= 0x2005) ||
      c === 0x2009 ||
      c === 0x200a ||
      c === 0x202f ||
      c === 0x205f
    )
      at++;
    else return at;
  }
}

/** True when `value` occurs in `text` at `at` (a plain loop: tokens are short, and this runs once per token). */
function startsAt(text: string, value: string, at: number): boolean {
  const len = value.length;
  if (at + len > text.length) return false;
  for (let j = 0; j < len; j++) if (text.charCodeAt(at + j) !== value.charCodeAt(j)) return false;
  return true;
}

let columns = new Int32Array(4 * 4096);

/** The per-token work buffer, grown when a document needs more (one buffer per process: annotateNlp never nests). */
function tokenColumns(n: number): Int32Array {
  if (columns.length < 4 * n) columns = new Int32Array(Math.max(4 * n, 2 * columns.length));
  return columns;
}

/**
 * A break inside an open parenthesis that closes within the next few tokens is no break: "Sen. Ann Dale (D-R.I.),
 * said …" is one sentence.
 */
function closesSoon(tokens: RawTokens, prev: [number, number], next: RawSentence): boolean {
  let depth = 0;
  for (let i = prev[0]; i <= prev[1]; i++) {
    const v = tokens.value[i];
    if (v === '(') depth++;
    else if (v === ')' && depth > 0) depth--;
  }
  if (depth === 0) return false;
  const stop = Math.min(next.last, next.first + 4);
  for (let i = next.first; i <= stop; i++) if (tokens.value[i] === ')') return true;
  return false;
}

/**
 * The surface form of each token of a document, as an id: tokens with the same id have the same text and the same
 * `lower`, as long as `generation` is unchanged. A token whose text is not the form's (cut at a block end) has id
 * -1. Later stages use the ids to index per-form memos (an array look-up instead of hashing the token's text into a
 * lexicon table); such a memo must start over when the generation changes.
 */
export interface TokenForms {
  readonly ids: ArrayLike<number>;
  /** Ids are below this. */
  readonly limit: number;
  readonly generation: number;
}

// The form ids of the token array annotateNlp built last: the stages that want them run right after it, on the same
// document (a table keyed by token array would cost more than the look-ups it spares).
let lastTokens: readonly Token[] | null = null;
let lastForms: TokenForms | undefined;
let formBuf = new Int32Array(4096);

/** The form ids of the token array `annotateNlp` built last, or undefined for any other token array. */
export function tokenForms(tokens: readonly Token[]): TokenForms | undefined {
  return tokens === lastTokens ? lastForms : undefined;
}

/** A run of this many characters without white space is no prose (a URL, base64, a mangled scrape). */
const LONG_RUN = 256;
/** Where a long run gets a break. */
const RUN_PIECE = 64;

/** White space that ends a run (what wink splits on). */
function isRunBreak(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x3000;
}

/**
 * wink's tokenizer is quadratic in the length of a run without white space (28 KB of "/descri…" takes seconds), so a
 * run of LONG_RUN or more characters gets a space every RUN_PIECE characters before wink reads it; shorter runs (a
 * URL) are left alone. The string keeps its length, so every offset still points at the original text, and a token
 * never spans a replaced character. One pass with no allocation when nothing is long (`/\S{256}/` cost far more).
 */
function breakLongRuns(s: string): string {
  return hasLongRun(s) ? breakRuns(s) : s;
}

/**
 * True when `s` holds LONG_RUN characters in a row without a run break. Reads the character LONG_RUN - 1 past the
 * start of the current candidate run: a break there rules out every run starting up to it; otherwise the last
 * break before it (prose has one every few characters) starts the next candidate. Reads a few per cent of the text.
 */
function hasLongRun(s: string): boolean {
  let runStart = 0;
  while (runStart + LONG_RUN <= s.length) {
    const probe = runStart + LONG_RUN - 1;
    if (isRunBreak(s.charCodeAt(probe))) {
      runStart = probe + 1;
      continue;
    }
    let j = probe - 1;
    while (j >= runStart && !isRunBreak(s.charCodeAt(j))) j--;
    if (j < runStart) return true;
    runStart = j + 1;
  }
  return false;
}

function breakRuns(s: string): string {
  let out = '';
  let from = 0;
  let runStart = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && !isRunBreak(s.charCodeAt(i))) continue;
    if (i - runStart >= LONG_RUN) {
      for (let k = runStart + RUN_PIECE; k < i; k += RUN_PIECE + 1) {
        const c = s.charCodeAt(k);
        if (c >= 0xd800 && c <= 0xdfff) continue; // never split a surrogate pair
        out += `${s.slice(from, k)} `;
        from = k + 1;
      }
    }
    runStart = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * Adds tokens and sentences for every kept (non-repeat) block. Sentences never cross a block boundary, so a headline
 * without a full stop is a sentence of its own. The kept blocks go through wink in one call (joined by blank lines,
 * which is cheaper than one call per block); offsets are mapped back to the original text block by block.
 */
export function annotateNlp(doc: Doc): void {
  const text = doc.text;
  const kept = doc.blocks.filter((b) => b.repeats === null && b.role !== 'boilerplate' && b.span.end > b.span.start);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  doc.tokens = tokens;
  doc.sentences = sentences;
  if (kept.length === 0) return;
  // Where each block starts in the joined string.
  const joinedStart = new Array<number>(kept.length);
  const parts = new Array<string>(kept.length);
  let pos = 0;
  for (let k = 0; k < kept.length; k++) {
    const b = kept[k]!.span;
    joinedStart[k] = pos;
    parts[k] = text.slice(b.start, b.end);
    pos += b.end - b.start + 2;
  }
  const joined = breakLongRuns(parts.join('\n\n'));
  const raw = runWink(joined);
  const rt = raw.tokens;
  const n = rt.length;
  // Per raw token, in one reused buffer: original start/end, block (-1 for white space between blocks), and 1 where
  // the token's text is exactly wink's value (found where expected, not cut at the block end: the usual case, which
  // needs no slice of the text).
  const cols = tokenColumns(n);
  const blockOf = (i: number) => cols[4 * i + 2]!;
  let cursor = 0;
  // The block the cursor is in, and where it starts and ends (in the joined string and in the text), kept in locals
  // as they change only at block ends.
  let k = 0;
  let joinStart = 0;
  let nextJoinStart = kept.length > 1 ? joinedStart[1]! : Number.POSITIVE_INFINITY;
  let spanStart = kept[0]!.span.start;
  let spanEnd = kept[0]!.span.end;
  // Tokens other than white space: an upper bound of the document's tokens.
  let words = 0;
  for (let i = 0; i < n; i++) {
    const value = rt.value[i]!;
    const len = value.length;
    const from = skipWinkSpaces(joined, cursor);
    let at = from;
    let exact = startsAt(joined, value, from);
    if (!exact) {
      const found = joined.indexOf(value, from);
      if (found >= 0) at = found;
    }
    cursor = at + len;
    while (at >= nextJoinStart) {
      k++;
      joinStart = nextJoinStart;
      nextJoinStart = k + 1 < kept.length ? joinedStart[k + 1]! : Number.POSITIVE_INFINITY;
      spanStart = kept[k]!.span.start;
      spanEnd = kept[k]!.span.end;
    }
    const start = spanStart + (at - joinStart);
    if (start + len > spanEnd) exact = false;
    cols[4 * i] = Math.min(start, spanEnd);
    cols[4 * i + 1] = Math.min(start + len, spanEnd);
    if (rt.pos[i] === 'SPACE') cols[4 * i + 2] = -1;
    else {
      cols[4 * i + 2] = k;
      words++;
    }
    cols[4 * i + 3] = exact ? 1 : 0;
  }
  // One buffer reused from document to document (a fresh Int32Array per document costs an off-heap allocation):
  // only the first tokens.length entries are read, and only while these tokens are the last annotated.
  if (formBuf.length < words) formBuf = new Int32Array(Math.max(words, 2 * formBuf.length));
  const formIds = formBuf;
  lastTokens = tokens;
  lastForms = { ids: formIds, limit: FORM_LIMIT, generation: formGeneration() };
  // Sentence ranges: wink's, cut at block boundaries, then merged where wink broke after a title abbreviation or
  // inside a parenthesis that closes at once.
  const ranges: Array<[number, number]> = [];
  for (const s of raw.sentences) {
    let f = s.first;
    for (let i = s.first; i <= s.last + 1; i++) {
      const cut = i > s.last || (blockOf(i) !== -1 && blockOf(f) !== -1 && blockOf(i) !== blockOf(f));
      if (!cut) {
        if (blockOf(f) === -1) f = i;
        continue;
      }
      const prev = ranges[ranges.length - 1];
      const lastTok = prev ? rt.value[prev[1]] : undefined;
      const sameBlock = prev !== undefined && blockOf(prev[0]) === blockOf(f);
      if (
        prev &&
        lastTok &&
        sameBlock &&
        (NO_BREAK_AFTER.has(rt.lower[prev[1]]!) || closesSoon(rt, prev, { first: f, last: i - 1 }))
      ) {
        prev[1] = i - 1;
      } else ranges.push([f, i - 1]);
      f = i;
    }
  }
  for (const [first, last] of ranges) {
    // Skip white space at the edges, and sentences made only of it.
    let f = first;
    let l = last;
    while (f <= l && rt.pos[f] === 'SPACE') f++;
    while (l >= f && rt.pos[l] === 'SPACE') l--;
    if (f > l) continue;
    const sIndex = sentences.length;
    const tokenStart = tokens.length;
    for (let i = f; i <= l; i++) {
      const pos = rt.pos[i]!;
      if (pos === 'SPACE') continue;
      const start = cols[4 * i]!;
      const end = cols[4 * i + 1]!;
      const value = rt.value[i]!;
      const exact = cols[4 * i + 3] === 1;
      const index = tokens.length;
      // A token whose text is not wink's value (cut at a block end, found elsewhere) gets no form id.
      formIds[index] = exact ? rt.form[i]! : -1;
      tokens.push({
        index,
        start,
        end,
        text: exact ? value : text.slice(start, end),
        lower: rt.lower[i]!,
        pos: (UPOS.has(pos) ? pos : 'X') as UPos,
        lemma: rt.lemma[i]!,
        negated: rt.negated[i] === true,
        sentence: sIndex,
      });
    }
    if (tokens.length === tokenStart) continue;
    sentences.push({
      index: sIndex,
      span: { start: tokens[tokenStart]!.start, end: tokens[tokens.length - 1]!.end },
      block: kept[blockOf(f)]!.index,
      tokenStart,
      tokenEnd: tokens.length,
    });
  }
}

/** Tokens for a stand-alone phrase (actor look-ups, queries), offsets into the phrase. */
export function tokenizePhrase(phrase: string): Token[] {
  const raw = runWink(phrase);
  const out: Token[] = [];
  let cursor = 0;
  const rt = raw.tokens;
  for (let i = 0; i < rt.length; i++) {
    const value = rt.value[i]!;
    const pos = rt.pos[i]!;
    cursor = skipWinkSpaces(phrase, cursor);
    if (pos === 'SPACE') {
      cursor += value.length;
      continue;
    }
    const at = phrase.startsWith(value, cursor) ? cursor : Math.max(cursor, phrase.indexOf(value, cursor));
    const end = at + value.length;
    out.push({
      index: out.length,
      start: at,
      end,
      text: phrase.slice(at, end),
      lower: rt.lower[i]!,
      pos: (UPOS.has(pos) ? pos : 'X') as UPos,
      lemma: rt.lemma[i]!,
      negated: rt.negated[i] === true,
      sentence: 0,
    });
    cursor = end;
  }
  return out;
}
