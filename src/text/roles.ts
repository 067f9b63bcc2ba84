import type { BlockRole, Span } from '../model/index.js';

// Lines that are page furniture, not article text (scraped prompts, share bars, newsletter and cookie notices).
const BOILERPLATE =
  /^(advertisement|advert|sponsored( content)?|read more\b.*|related:?.*|also read\b.*|share( this( article)?)?( on \w+)?|follow us\b.*|sign up\b.*|subscribe\b.*|(we|this (site|website)) use[s]? cookies\b.*|accept( all)? cookies|click here\b.*|continue reading\b.*|listen to (this|the) article\b.*|(facebook|twitter|linkedin|whatsapp|email)(\s*[|·]\s*(facebook|twitter|linkedin|whatsapp|email))+|copyright\b.*|©.*|all rights reserved\.?)$/i;
const BYLINE =
  /^(by|words by|written by|reporting by)\s+\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}?[\p{L}.'’-]+){0,5}((\s*(,|and|&)\s*\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3})*)(\s*[,|–—-]\s*.{0,60})?$/iu;
const CAPTION = /^(\(?(photo|image|picture|file photo|video)\s*(:|by|credit)|\(?(photograph|illustration):)/i;
const MONTHS =
  'jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?';
const DATE_LINE = new RegExp(
  `^((published|updated|posted|last updated)( on)?:?\\s*)?((mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?((${MONTHS})\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+(${MONTHS})\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}([t ][\\d:.]+(z|[+-]\\d{2}:?\\d{2})?)?)([\\s,]+(at\\s+)?\\d{1,2}[:.]\\d{2}\\s*([ap]\\.?m\\.?)?(\\s*[a-z]{2,4})?)?\\.?$`,
  'i',
);
/** "WASHINGTON (Reuters) —" or "BEIJING, March 3 -" at the start of a paragraph. */
export const DATELINE_PREFIX =
  /^([A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3})(,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(\([A-Za-z .&]+\))?\s*[-–—]+\s*/;

/** Page furniture; takes the block's span so that long blocks are never sliced out of the text. */
export function isBoilerplate(text: string, span: Span): boolean {
  return span.end - span.start < 200 && BOILERPLATE.test(text.slice(span.start, span.end));
}

export function isByline(s: string): boolean {
  return s.length < 160 && BYLINE.test(s);
}

export function isCaption(s: string): boolean {
  return s.length < 400 && CAPTION.test(s);
}

export function isDateLine(s: string): boolean {
  return s.length < 80 && DATE_LINE.test(s);
}

/** A headline: short, has no final full stop, and is not a date or a byline. */
export function looksLikeTitle(s: string): boolean {
  if (s.length < 8 || s.length > 200) return false;
  const words = countWords(s);
  if (words < 2 || words > 25) return false;
  if (/[.;,]$/.test(s) && !/\.\.\.$/.test(s)) return false;
  return !isDateLine(s) && !isByline(s);
}

/** A sentence-shaped block: ends with a full stop, question or exclamation mark (maybe inside a closing quote). */
export function endsLikeSentence(s: string): boolean {
  return /[.!?…]["'”’»)]*$/.test(s);
}

/** Words in `s`; with a limit, counting stops past it (the result is then limit + 1), enough for comparisons. */
export function countWords(s: string, limit = Number.POSITIVE_INFINITY): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n <= limit; i++) {
    const c = s.charCodeAt(i);
    const ws = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
    if (!ws && !inWord) n++;
    inWord = !ws;
  }
  return n;
}

/** Rough sentence count: terminal punctuation followed by a space and a capital or quote mark. */
export function countSentences(s: string): number {
  const m = s.match(/[.!?]["'”’]?\s+["“‘]?[A-Z]/g);
  return (m ? m.length : 0) + 1;
}

export type { BlockRole };
