import type { Span } from '../model/index.js';
import { isJsSpace } from './chars.js';

/**
 * A key under which blocks that differ only in white space or quote style are equal: curly and other single quote
 * marks become ', double ones ", every run of white space (with NBSP, BOM, zero-width space) one space, and the ends
 * are trimmed. One pass over the block; a block that needs no change is returned as it is (no allocation).
 */
export function repeatKey(s: string): string {
  const n = s.length;
  let out = '';
  let from = 0; // start of the stretch not yet copied to `out`
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 0x7f && c !== 0x60) continue; // fast path: printable ASCII other than `
    const q = quoteMark(c);
    if (q !== '') {
      out += s.slice(from, i) + q;
      from = i + 1;
      continue;
    }
    if (!isKeySpace(c)) continue;
    let j = i + 1;
    while (j < n && isKeySpace(s.charCodeAt(j))) j++;
    // A single plain space between words is already in key form.
    if (c === 32 && j === i + 1 && i > 0 && j < n) continue;
    out += s.slice(from, i) + (i === 0 || j === n ? '' : ' ');
    from = j;
    i = j - 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Key units hashed by repeatHash. */
const REPEAT_HASH_UNITS = 64;

/**
 * A 32-bit hash of the first REPEAT_HASH_UNITS units of repeatKey(text.slice(start, end)), computed over the text
 * without building the key. Equal keys give equal hashes; equal hashes are confirmed with sameRepeatKey, which stops
 * at the first difference, so hashing a prefix suffices and keeps long paragraphs cheap.
 */
export function repeatHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0; // FNV-1a over the UTF-16 units of the key
  let pending = false; // a white-space run after some content: one space, written if more content follows
  let started = false;
  let units = 0;
  for (let i = start; i < end && units < REPEAT_HASH_UNITS; i++) {
    let c = text.charCodeAt(i);
    if (!(c > 32 && c < 0x7f && c !== 0x60)) {
      if (isKeySpace(c)) {
        pending = started;
        continue;
      }
      c = foldQuote(c);
    }
    if (pending) {
      h = Math.imul(h ^ 32, 0x01000193);
      pending = false;
      units++;
    }
    h = Math.imul(h ^ c, 0x01000193);
    started = true;
    units++;
  }
  return h;
}

/** repeatKey(a) === repeatKey(b) for two stretches of one text, compared in place without building either key. */
export function sameRepeatKey(text: string, a: Span, b: Span): boolean {
  // Inside the trimmed bounds every white-space run is internal and stands for exactly one space.
  let i = a.start;
  let ie = a.end;
  let j = b.start;
  let je = b.end;
  while (i < ie && isKeySpace(text.charCodeAt(i))) i++;
  while (ie > i && isKeySpace(text.charCodeAt(ie - 1))) ie--;
  while (j < je && isKeySpace(text.charCodeAt(j))) j++;
  while (je > j && isKeySpace(text.charCodeAt(je - 1))) je--;
  // Repeated blocks are mostly verbatim copies: one native comparison settles those.
  if (ie - i === je - j && text.slice(i, ie) === text.slice(j, je)) return true;
  while (i < ie && j < je) {
    const ca = text.charCodeAt(i);
    const cb = text.charCodeAt(j);
    if (ca === cb && ca > 32 && ca < 0x7f) {
      i++;
      j++;
      continue;
    }
    const sa = isKeySpace(ca);
    if (sa !== isKeySpace(cb)) return false;
    if (sa) {
      while (isKeySpace(text.charCodeAt(++i)));
      while (isKeySpace(text.charCodeAt(++j)));
      continue;
    }
    if (ca !== cb && foldQuote(ca) !== foldQuote(cb)) return false;
    i++;
    j++;
  }
  return i >= ie && j >= je;
}

/** The plain quote mark code a typographic one folds to, else the code itself. */
function foldQuote(c: number): number {
  const q = quoteMark(c);
  return q === '' ? c : q.charCodeAt(0);
}

/** The plain quote mark a typographic one folds to, or '' (apostrophes and double quotes stay as they are). */
function quoteMark(c: number): string {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201a:
    case 0x201b:
    case 0x2032:
    case 0x60:
    case 0xb4:
      return "'";
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x2033:
    case 0xab:
    case 0xbb:
      return '"';
    default:
      return '';
  }
}

/** JavaScript's `\s` plus the zero-width space. */
function isKeySpace(c: number): boolean {
  return c === 0x200b || isJsSpace(c);
}
