/**
 * Text normalisation for copy detection: the forms two copies of one wire story may differ in (case, Unicode
 * compatibility forms, curly or straight quotes, dash styles, reflowed whitespace) are mapped to one form.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]|''/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]+|--+/g;
const SPACES = /\s+/g;

/**
 * The canonical form hashed for exact duplicates: NFKC, lower case, one quote and one dash style, single spaces.
 *
 * @example
 * normalizeForHash('“Fine,”  he said — twice.') // '"fine," he said - twice.'
 */
export function normalizeForHash(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .trim();
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
