import { fmix32 } from './hash.js';

/**
 * Text normalisation for copy detection: the forms two copies of one wire story may differ in (case, Unicode
 * compatibility forms, curly or straight quotes, dash styles, reflowed whitespace) are mapped to one form.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]|''/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]+|--+/g;

/**
 * The canonical form hashed for exact duplicates: NFKC, lower case, one quote and one dash style, single spaces.
 *
 * @example
 * normalizeForHash('“Fine,”  he said — twice.') // '"fine," he said - twice.'
 */
export function normalizeForHash(text: string): string {
  // NFKC only matters outside ASCII; most English wire text is ASCII but for its quotes and dashes.
  const base = NON_ASCII_COMPAT.test(text) ? text.normalize('NFKC') : text;
  // Runs of white space first, without a callback (they are most matches); quotes and dashes are rare. The two
  // character classes are disjoint, so this equals one pass over quotes|dashes|/\s+/ (each run → one space), in two.
  return base.toLowerCase().replace(SPACE_RUNS, ' ').replace(FOLD_MARKS, foldChar).trim();
}

// Characters NFKC would change (beyond quotes and dashes, which FOLD_MARKS maps): ligatures, full-width forms, etc.
const NON_ASCII_COMPAT = /[^\x00-\x7f\u2010-\u201f\u2032\u2033\u00ab\u00bb\u00b4\u00a0]/;
// Every white-space run but a lone space (which stays as it is): the same result as /\s+/g → ' ', fewer matches.
const SPACE_RUNS = / \s+|[^\S ]\s*/g;
const FOLD_MARKS = new RegExp(`${SINGLE_QUOTES.source}|${DOUBLE_QUOTES.source}|${DASHES.source}`, 'g');
function foldChar(m: string): string {
  const c = m.charCodeAt(0);
  if (
    c <= 32 ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x3000 ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x85 ||
    c === 0x1680 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0xfeff
  )
    return ' ';
  if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b || c === 0x2032 || c === 0x60 || c === 0xb4)
    return "'";
  if (
    c === 0x201c ||
    c === 0x201d ||
    c === 0x201e ||
    c === 0x201f ||
    c === 0x2033 ||
    c === 0xab ||
    c === 0xbb ||
    c === 39
  )
    return '"';
  return '-';
}

// Letters and digits, with inner apostrophes and inner dots/commas of numbers kept ("china's", "2.5", "1,000").
const WORD = /[\p{L}\p{N}]+(?:['\u2019.,][\p{L}\p{N}]+)*/gu;
const CURLY_APOSTROPHE = /\u2019/g;

/**
 * The words of a text, lower-cased, punctuation dropped: what shingles are built from.
 *
 * @example
 * normalizedWords('“China’s exports,” he said.') // ['china\'s', 'exports', 'he', 'said']
 */
export function normalizedWords(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(WORD)) {
    const w = m[0];
    out.push(w.includes('\u2019') ? w.replace(CURLY_APOSTROPHE, "'") : w);
  }
  return out;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordCode(c: number, s: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_DIGIT.test(s.slice(i, i + 2));
  return LETTER_OR_DIGIT.test(s[i]!);
}

/**
 * 32-bit hashes of `normalizedWords(text)`, computed in one scan without building the word strings (the fast path
 * of fingerprinting). Equal words give equal hashes; the curly apostrophe hashes as the straight one.
 */
export function wordHashes(text: string): Uint32Array {
  const lower = text.toLowerCase();
  const n = lower.length;
  let out = new Uint32Array(Math.max(16, n >>> 2));
  let count = 0;
  let i = 0;
  while (i < n) {
    let c = lower.charCodeAt(i);
    if (!isWordCode(c, lower, i)) {
      i++;
      continue;
    }
    let h = 0x811c9dc5;
    for (;;) {
      // One run of letters/digits.
      while (i < n && isWordCode((c = lower.charCodeAt(i)), lower, i)) {
        h = Math.imul(h ^ c, 0x01000193);
        i++;
      }
      // An inner apostrophe, dot or comma followed by a letter/digit continues the word.
      if (i + 1 < n && (c === 39 || c === 0x2019 || c === 46 || c === 44)) {
        const d = lower.charCodeAt(i + 1);
        if (isWordCode(d, lower, i + 1)) {
          h = Math.imul(h ^ (c === 0x2019 ? 39 : c), 0x01000193);
          i++;
          continue;
        }
      }
      break;
    }
    if (count === out.length) {
      const grown = new Uint32Array(out.length * 2);
      grown.set(out);
      out = grown;
    }
    out[count++] = fmix32(h);
  }
  return out.subarray(0, count);
}
