import { NAME_TITLES, ORG_SUFFIXES } from './lexicon/titles.js';

const MARKS = /\p{M}+/gu;
const NON_NAME = /[^\p{L}\p{N}]+/gu;

/**
 * A name's comparable form: no diacritics, lower case, punctuation to spaces, leading titles dropped (people),
 * a leading "the" and legal suffixes dropped (organisations).
 *
 * @example
 * normalizeEntityName('President José  Martí', 'person') // 'jose marti'
 * normalizeEntityName('The Boeing Co.', 'organization')  // 'boeing'
 */
export function normalizeEntityName(name: string, type: string): string {
  // The same names come back article after article: a bounded memo (the function is pure) spares the Unicode
  // normalisation and the regex passes.
  let byName = NORMALIZED.get(type);
  if (!byName) NORMALIZED.set(type, (byName = new Map()));
  let norm = byName.get(name);
  if (norm === undefined) {
    if (byName.size >= NORMALIZED_LIMIT) byName.clear();
    norm = normalizeUncached(name, type);
    byName.set(name, norm);
  }
  return norm;
}

/** type → name → normalised name; each inner map emptied when it reaches NORMALIZED_LIMIT. */
const NORMALIZED = new Map<string, Map<string, string>>();
const NORMALIZED_LIMIT = 1 << 15;

function normalizeUncached(name: string, type: string): string {
  const words = name.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(NON_NAME, ' ').trim().split(' ');
  let start = 0;
  let end = words.length;
  if (type === 'person') {
    while (end - start > 1 && NAME_TITLES.has(words[start]!)) start++;
    // Generational suffixes do not tell two people apart in news text often enough to keep.
    while (end - start > 1 && /^(jr|sr|ii|iii|iv)$/.test(words[end - 1]!)) end--;
  } else if (type === 'organization' || type === 'group') {
    while (end - start > 1 && words[start] === 'the') start++;
    while (end - start > 1 && ORG_SUFFIXES.has(words[end - 1]!)) end--;
  } else if (words[0] === 'the' && words.length > 1) start = 1;
  return words.slice(start, end).join(' ');
}
