/**
 * Quote regions: one linear pass per kept block pairs quote marks (straight, curly, single, «», NYT-style '' … '')
 * into regions. A double quote left open at the end of a paragraph either continues in the next paragraph (which
 * opens with a mark again, the newsroom convention) or is reported as unclosed and runs to the paragraph end.
 */
import type { Diagnostic, Doc } from '../model/index.js';

export interface QuoteRegion {
  /** Offset of the opening mark and just after it. */
  readonly open: number;
  readonly openEnd: number;
  /** Offset of the closing mark and just after it; both the block end when the region is unclosed. */
  readonly close: number;
  readonly closeEnd: number;
  readonly block: number;
  readonly closed: boolean;
  /** Index of the region continuing this one in the next paragraph, or -1. */
  next: number;
  /** Index of the region this one continues, or -1. */
  prev: number;
}

enum M {
  None = 0,
  OpenD = 1,
  CloseD = 2,
  AmbD = 3,
  OpenS = 4,
  CloseS = 5,
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

function isWordChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 0xc0 && c <= 0x24f) ||
    (c >= 0x370 && c <= 0x52f)
  );
}

/** Characters after which a straight mark opens rather than closes. */
function opensAfter(c: number): boolean {
  return (
    c < 0 ||
    isSpace(c) ||
    c === 40 || // (
    c === 91 || // [
    c === 123 || // {
    c === 0x2014 || // —
    c === 0x2013 || // –
    c === 45 || // -
    c === 47 || // /
    c === 58 // :
  );
}

/** Elisions that start with an apostrophe and are not opening quotes ('em, 'til, '90s). */
function isElision(text: string, at: number): boolean {
  const w = text.slice(at, at + 5).toLowerCase();
  return /^(em|til|cause|n|tis|twas)\b/.test(w) || /^\d\ds\b/.test(w) || /^\d\d\b/.test(w);
}

/** The characters `markAt` looks at; every other character is `M.None` of length 1. */
function maybeMark(c: number): boolean {
  return c === 34 || c === 39 || c === 96 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201e);
}

const MARK_CHARS = /["'`\u00ab\u00bb\u2018-\u201e]/g;

/**
 * Finds the next character `maybeMark` accepts with the native regex scanner. The last answer is kept: a later query
 * between where that search started and what it found has the same answer, so blocks without marks cost nothing.
 */
class MarkFinder {
  private searchedFrom = 0;
  private found = -1;
  constructor(private readonly text: string) {}

  /** Offset of the first possible mark at or after `i`, or the text length. */
  from(i: number): number {
    if (this.found >= i && this.searchedFrom <= i) return this.found;
    MARK_CHARS.lastIndex = i;
    const m = MARK_CHARS.exec(this.text);
    this.searchedFrom = i;
    this.found = m ? m.index : this.text.length;
    return this.found;
  }
}

/**
 * Classifies the mark at `i` (with its length) or returns None. `''` and `` ` ` `` count as double marks.
 */
function markAt(text: string, i: number, end: number): [M, number] {
  const c = text.charCodeAt(i);
  const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
  const nextI = i + 1 < end ? text.charCodeAt(i + 1) : -1;
  switch (c) {
    case 0x201c: // “
    case 0x201e: // „
    case 0x00ab: // «
      return [M.OpenD, 1];
    case 0x201d: // ”
    case 0x00bb: // »
      return [M.CloseD, 1];
    case 34: // "
      return [M.AmbD, 1];
    case 96: // `
      return nextI === 96 ? [M.OpenD, 2] : [M.None, 1];
    case 39: // '
      if (nextI === 39) return [M.AmbD, 2];
      return single(text, i, prev, nextI);
    case 0x2018: // ‘
      return nextI >= 0 && !isSpace(nextI) && !isElision(text, i + 1) ? [M.OpenS, 1] : [M.None, 1];
    case 0x2019: // ’
      return single(text, i, prev, nextI);
    default:
      return [M.None, 1];
  }
}

function single(text: string, i: number, prev: number, next: number): [M, number] {
  const prevWord = prev >= 0 && isWordChar(prev);
  const nextWord = next >= 0 && isWordChar(next);
  if (prevWord && nextWord) return [M.None, 1]; // don't, Clinton’s
  if (!prevWord && opensAfter(prev) && nextWord && !isElision(text, i + 1)) return [M.OpenS, 1];
  if (prev >= 0 && !isSpace(prev) && !nextWord) return [M.CloseS, 1];
  return [M.None, 1];
}

export interface QuoteScan {
  readonly regions: QuoteRegion[];
  readonly diagnostics: Diagnostic[];
}

interface Open {
  readonly at: number;
  readonly len: number;
  readonly double: boolean;
}

/** Scans every kept block of the document for quote regions (outermost only; nested quotes stay inside). */
export function scanQuotes(doc: Doc): QuoteScan {
  const text = doc.text;
  const regions: QuoteRegion[] = [];
  const diagnostics: Diagnostic[] = [];
  let pendingContinuation = -1; // region left open at the end of the previous kept block
  const marks = new MarkFinder(text);
  for (const block of doc.blocks) {
    if (block.repeats !== null || block.role === 'boilerplate') continue;
    const bs = block.span.start;
    const be = block.span.end;
    let outer: Open | null = null;
    let inner: Open | null = null;
    // A single-quote region whose closing candidate was a possessive ("voters’ "): held until a better close.
    let fallbackClose = -1;
    const firstRegionOfBlock = regions.length;
    for (let i = bs; i < be; ) {
      // Most characters are no mark: jump to the next possible one without building markAt's pair.
      if (!maybeMark(text.charCodeAt(i))) {
        i = marks.from(i);
        continue;
      }
      const [kind, len] = markAt(text, i, be);
      if (kind === M.None) {
        i += len;
        continue;
      }
      const prev = i > bs ? text.charCodeAt(i - 1) : -1;
      const next = i + len < be ? text.charCodeAt(i + len) : -1;
      if (outer === null) {
        const ambOpens = kind === M.AmbD && (opensAfter(prev) || (next >= 0 && !isSpace(next) && !isWordChar(prev)));
        // A closing mark misprinted as an opener (”Fear. I am …”) opens when it starts a word.
        const misOpen = kind === M.CloseD && opensAfter(prev) && next >= 0 && isWordChar(next);
        if (kind === M.OpenD || ambOpens || misOpen) outer = { at: i, len, double: true };
        else if (kind === M.OpenS) outer = { at: i, len, double: false };
        else if (kind === M.CloseD || kind === M.AmbD) diagnostics.push(stray(i, i + len));
      } else if (outer.double) {
        // NYT "''… 'special case,'''": the first mark of three closes the inner single quote, the last two the outer.
        if (kind === M.AmbD && len === 2 && inner !== null && !inner.double && text.charCodeAt(i + 2) === 39) {
          inner = null;
          i += 1;
          continue;
        }
        // A misprinted opener used as a closer (“…here,“ and) closes too.
        const misprint = kind === M.OpenD && (next < 0 || isSpace(next)) && prev >= 0 && !isSpace(prev);
        if (kind === M.CloseD || misprint || (kind === M.AmbD && !(inner && !inner.double))) {
          regions.push(region(outer, i, len, block.index, true));
          outer = null;
          inner = null;
        } else if (kind === M.OpenS && inner === null) inner = { at: i, len, double: false };
        else if (kind === M.CloseS && inner !== null) inner = null;
        else if (kind === M.AmbD && inner !== null) inner = null;
      } else {
        // Outer single-quote region: nested doubles are rare; a close ends it unless it looks possessive.
        if (kind === M.CloseS) {
          const possessive = text.charCodeAt(i - 1) === 115 && next === 32 && isWordChar(text.charCodeAt(i + 2));
          if (possessive && fallbackClose < 0) fallbackClose = i;
          else {
            regions.push(region(outer, i, len, block.index, true));
            outer = null;
            fallbackClose = -1;
          }
        } else if (kind === M.OpenD || kind === M.OpenS) {
          // A new opener before any close: the first was an apostrophe; restart here.
          if (fallbackClose >= 0) regions.push(region(outer, fallbackClose, 1, block.index, true));
          outer = { at: i, len, double: kind === M.OpenD };
          fallbackClose = -1;
        }
      }
      i += len;
    }
    // Link a paragraph that opens with a mark to a region left open at the end of the previous one.
    if (pendingContinuation >= 0) {
      const first = regions[firstRegionOfBlock];
      const opensBlock =
        (first !== undefined && first.open === bs) ||
        (first === undefined && outer !== null && (outer as Open).at === bs);
      if (!opensBlock) {
        const p = regions[pendingContinuation]!;
        diagnostics.push({
          severity: 'warning',
          code: 'PARLEY_W_QUOTE_UNCLOSED',
          stage: 'attribution',
          span: { start: p.open, end: p.close },
          reason: 'quote mark opened and never closed; the quote runs to the end of its paragraph',
        });
      }
      pendingContinuation = opensBlock ? pendingContinuation : -1;
    }
    const linkTo = pendingContinuation;
    pendingContinuation = -1;
    if (outer !== null) {
      const o = outer as Open;
      if (!o.double) {
        if (fallbackClose >= 0) regions.push(region(o, fallbackClose, 1, block.index, true));
      } else {
        regions.push({
          open: o.at,
          openEnd: o.at + o.len,
          close: be,
          closeEnd: be,
          block: block.index,
          closed: false,
          next: -1,
          prev: -1,
        });
        pendingContinuation = regions.length - 1;
      }
    }
    if (linkTo >= 0 && regions.length > firstRegionOfBlock && regions[firstRegionOfBlock]!.open === bs) {
      regions[linkTo]!.next = firstRegionOfBlock;
      regions[firstRegionOfBlock]!.prev = linkTo;
    }
  }
  if (pendingContinuation >= 0) {
    const p = regions[pendingContinuation]!;
    diagnostics.push({
      severity: 'warning',
      code: 'PARLEY_W_QUOTE_UNCLOSED',
      stage: 'attribution',
      span: { start: p.open, end: p.close },
      reason: 'quote mark opened and never closed; the quote runs to the end of its paragraph',
    });
  }
  return { regions, diagnostics };
}

function region(o: Open, close: number, len: number, block: number, closed: boolean): QuoteRegion {
  return { open: o.at, openEnd: o.at + o.len, close, closeEnd: close + len, block, closed, next: -1, prev: -1 };
}

function stray(start: number, end: number): Diagnostic {
  return {
    severity: 'warning',
    code: 'PARLEY_W_QUOTE_STRAY',
    stage: 'attribution',
    span: { start, end },
    reason: 'stray closing quote mark with no opening mark before it',
  };
}
