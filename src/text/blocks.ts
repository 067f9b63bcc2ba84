import type { Span } from '../model/index.js';

/**
 * Splits text into blocks without changing it: one block per line, or per blank-line paragraph when the text is
 * hard-wrapped (most lines inside paragraphs continue a sentence on the next line). Spans exclude the line breaks
 * and surrounding white space (including NBSP, BOM and tabs).
 */
export function splitBlocks(text: string): Span[] {
  const lines = splitLines(text);
  if (!isHardWrapped(text, lines)) return lines.filter((l) => l.end > l.start);
  const blocks: Span[] = [];
  let cur: Span | null = null;
  for (const l of lines) {
    if (l.end <= l.start) {
      if (cur) blocks.push(cur);
      cur = null;
    } else cur = cur ? { start: cur.start, end: l.end } : l;
  }
  if (cur) blocks.push(cur);
  return blocks;
}

/** Every line as a trimmed span (empty lines give empty spans, kept so paragraph breaks stay visible). */
function splitLines(text: string): Span[] {
  // Most texts break lines with \n alone: then the native indexOf finds the breaks faster than a character loop.
  if (text.indexOf('\r') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0) return splitOnLf(text);
  const out: Span[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      out.push(trimWs(text, start, i));
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return out;
}

function splitOnLf(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (;;) {
    const i = text.indexOf('\n', start);
    if (i < 0) break;
    out.push(trimWs(text, start, i));
    start = i + 1;
  }
  out.push(trimWs(text, start, text.length));
  return out;
}

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0xfeff || c === 0x200b || c === 0x3000 || c === 11 || c === 12;
}

function trimWs(text: string, start: number, end: number): Span {
  while (start < end && isWs(text.charCodeAt(start))) start++;
  while (end > start && isWs(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** Hard-wrapped text: within runs of non-empty lines, most line ends fall mid-sentence and the next line goes on. */
function isHardWrapped(text: string, lines: Span[]): boolean {
  let joins = 0;
  let continued = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (a.end <= a.start || b.end <= b.start) continue;
    joins++;
    const last = text.charAt(a.end - 1);
    const next = text.charAt(b.start);
    if (!/[.!?:"”’)\]]/.test(last) && /[a-z0-9(,]/.test(next)) continued++;
  }
  return joins >= 3 && continued / joins > 0.5;
}
