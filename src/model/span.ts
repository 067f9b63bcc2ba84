import { ParleyError } from './errors.js';

/** Half-open [start, end) in UTF-16 code units of the analysed text (JS string indices). JSON adds `text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Every annotation says which rule made it and how sure that rule is. */
export interface Evidence {
  /** Stable id `stage/rule-name`, e.g. `attribution/said-inverted`. */
  readonly rule: string;
  /** 0..1 */
  readonly confidence: number;
}

/** The one checked constructor: rejects reversed spans and spans past the end of the text. */
export function span(text: string, start: number, end: number): Span {
  if (!(start >= 0 && start <= end && end <= text.length)) {
    throw new ParleyError('PARLEY_ERR_SPAN_RANGE', `${start}..${end}`, String(text.length));
  }
  return { start, end };
}

/** Sort order for stable output: by start, then by end. */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

export function spanText(text: string, s: Span): string {
  return text.slice(s.start, s.end);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function spanLength(s: Span): number {
  return s.end - s.start;
}

/** Trim white space (and optionally the given punctuation) from both ends of a span. */
export function trimSpan(text: string, s: Span, extra = ''): Span {
  let { start, end } = s;
  while (start < end && isTrimmable(text.charCodeAt(start), extra)) start++;
  while (end > start && isTrimmable(text.charCodeAt(end - 1), extra)) end--;
  return start === s.start && end === s.end ? s : { start, end };
}

function isTrimmable(code: number, extra: string): boolean {
  return (
    code <= 32 || code === 0xa0 || code === 0xfeff || (extra.length > 0 && extra.includes(String.fromCharCode(code)))
  );
}
