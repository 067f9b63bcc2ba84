import {
  BOILERPLATE_PATTERNS,
  CAPTION_PATTERNS,
  DATE_WORDS,
  END_MARKERS,
  MAX_BOILERPLATE_CHARS,
  MAX_CAPTION_CHARS,
  MAX_LONG_BOILERPLATE_CHARS,
  MAX_TAIL_CHARS,
  TAIL_PATTERNS,
} from './lexicon/boilerplate.js';

/** Lower case, single spaces, no leading or trailing punctuation: the form the patterns are written against. */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s|:•·»›>\-–—]+/, '')
    .replace(/[\s:.!»›→>|]+$/, '');
}

/** True for a short block that is page furniture ("Read more", share bars, newsletter and cookie prompts). */
export function isBoilerplate(text: string): boolean {
  if (text.length > MAX_LONG_BOILERPLATE_CHARS) return false;
  const s = normalize(text);
  for (const p of BOILERPLATE_PATTERNS)
    if (text.length <= (p.max ?? MAX_BOILERPLATE_CHARS) && p.re.test(s)) return true;
  return false;
}

/** True for a picture caption or credit that sits in the body as a paragraph. */
export function isCaption(text: string): boolean {
  if (text.length > MAX_CAPTION_CHARS) return false;
  const s = normalize(text);
  for (const p of CAPTION_PATTERNS) if (p.re.test(s)) return true;
  return false;
}

/** "By Ann Lee, Tom Roe |", "Von Anna Berg, 12.03." (en, de, es, fr, it, nl): "By" and up to four capitalised words. */
const BYLINE =
  /^(by|By|BY|von|Von|por|Por|par|Par|di|Di|door|Door)\s+(?!(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Then|Now|Noon|Midnight|Christmas|Easter)\b)\p{Lu}[\p{L}.'’-]*(?![\p{L}.'’-])(\s+\p{Lu}[\p{L}.'’-]*(?![\p{L}.'’-])){0,3}(\s*(,|\||-|–|—|&|\/|\d|$)|\s+(and|und|y|et|e|en)\s)/u;

/** A short "By Name" line, or a short line naming one of the page's authors next to a date or "By". */
export function isByline(text: string, authors: readonly string[]): boolean {
  if (text.length > 100) return false;
  if (BYLINE.test(text.trim())) return true;
  const lower = text.toLowerCase();
  for (const a of authors) {
    if (a.length >= 4 && lower.includes(a.toLowerCase()) && text.length <= a.length + 60 && !/[.!?]["”’]?$/.test(text))
      return true;
  }
  return false;
}

/** A short block that is only a date and time ("November 19, 2019 at 9:45 am", "19.11.2019, 08:57 Uhr"). */
export function isDateLine(text: string): boolean {
  if (text.length > 60 || !/\d/.test(text)) return false;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.every((w) => DATE_WORDS.has(w));
}

/** True for a closing block that is not article text: an author bio, a disclosure, a moderation note. */
export function isTailFurniture(text: string): boolean {
  if (text.length > MAX_TAIL_CHARS) return false;
  const s = normalize(text);
  for (const p of TAIL_PATTERNS) if (p.re.test(s)) return true;
  return false;
}

/** True for a short heading that closes the article ("About the author", "Comments", "Related stories"). */
export function isEndMarker(text: string): boolean {
  return text.length <= 60 && END_MARKERS.test(normalize(text));
}

/**
 * A line of labels between separators: breadcrumbs ("Home > Blog > Politics"), post meta
 * ("14 June 2019 | by Ann Lee | 0 comments"), footer links ("Imprint | Privacy | Contact").
 */
export function isSeparatedLabels(text: string): boolean {
  if (text.length > 200) return false;
  const parts = text.split(/\s+[|»>•·]\s+|\s*\|\s*|^\s*[>»]\s*/).filter((p) => p.trim());
  if (parts.length < 3) return false;
  return parts.every((p) => p.length <= 50 && !/[.!?]["”’]?$/.test(p.trim()));
}
