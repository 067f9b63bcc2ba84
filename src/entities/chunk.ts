import type { Token } from '../model/index.js';
import type { CountryForm } from './countries.js';
import type { GroupNoun } from './lexicon/groups.js';
import type { KnownOrg } from './lexicon/known-orgs.js';
import type { PersonTitle } from './lexicon/titles.js';
import { matchTitleFrom, PLACES, type PlaceValue, type WordInfo, wordInfo } from './tables.js';

/** One unit of a sentence for the entity rules: a lexicon match, a capitalised word, or any other token. */
export interface Chunk {
  readonly kind: 'country' | 'known' | 'region' | 'title' | 'group' | 'cap' | 'particle' | 'poss' | 'word';
  /** Token range [a, b) in Doc.tokens. */
  readonly a: number;
  readonly b: number;
  /** First letter upper-case. */
  readonly upper: boolean;
  /** What the word lexicons say about token `a` (looked up once, when chunking). */
  readonly info: WordInfo | undefined;
  iso3?: string;
  form?: CountryForm;
  known?: KnownOrg;
  seat?: boolean;
  region?: string;
  title?: PersonTitle;
  group?: GroupNoun;
}

const FUNCTION_POS = new Set([
  'DET',
  'ADP',
  'PRON',
  'AUX',
  'CCONJ',
  'SCONJ',
  'PART',
  'PUNCT',
  'NUM',
  'SYM',
  'INTJ',
  'SPACE',
]);
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '—', '–', '-', ':', '«']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
// Unicode-property regexes live at module level: the bundler rewrites a `\p{…}` literal into `new RegExp(…)`, which
// would compile it again on every call.
const UPPER_START = /^\p{Lu}/u;
const ALL_LOWER = /^\p{Ll}+$/u;

export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER_START.test(s);
}

function isAllCaps(s: string): boolean {
  if (s.length < 4) return false;
  // ASCII without building case-mapped copies: no small letter, at least one capital.
  let capital = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return s === s.toUpperCase() && s !== s.toLowerCase();
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) capital = true;
  }
  return capital;
}

export function isPossessive(t: Token): boolean {
  // The tag first: it is a cheap comparison, while the set look-up hashes the token's text.
  return t.pos === 'PART' && POSSESSIVE.has(t.text);
}

/** True when token `i` opens its sentence (or a quotation or bracket inside it). */
export function opensSentence(toks: readonly Token[], i: number, first: number): boolean {
  if (i === first) return true;
  const p = toks[i - 1]!;
  return p.pos === 'PUNCT' && OPENERS.has(p.text);
}

/** A capitalised word that can be part of a name: not a function word, not a date, not a sentence-initial noun. */
function isNameWord(t: Token, initial: boolean, info: WordInfo | undefined): boolean {
  if (!startsUpper(t.text) || FUNCTION_POS.has(t.pos) || info?.notName) return false;
  if (t.text.length < 2) return false;
  if (initial && t.pos !== 'PROPN') {
    // "Tariffs rose", "However, …": a capital only because the sentence starts here.
    if (t.pos === 'VERB' || t.pos === 'ADV' || t.pos === 'ADJ') return false;
    if (t.lemma !== t.lower && t.lemma !== t.text) return false;
  }
  return true;
}

/** Every chunk gets every field, so they share one object shape. */
function mk(kind: Chunk['kind'], a: number, b: number, upper: boolean, info: WordInfo | undefined): Chunk {
  return {
    kind,
    a,
    b,
    upper,
    info,
    iso3: undefined,
    form: undefined,
    known: undefined,
    seat: undefined,
    region: undefined,
    title: undefined,
    group: undefined,
  };
}

function placeChunk(v: PlaceValue, a: number, b: number, info: WordInfo | undefined): Chunk {
  const c = mk(v.kind, a, b, true, info);
  if (v.kind === 'country') {
    c.iso3 = v.hit.iso3;
    c.form = v.hit.form;
  } else if (v.kind === 'known') {
    c.known = v.org;
    c.seat = v.seat;
  } else c.region = v.name;
  return c;
}

/** Splits tokens [first, end) of one sentence into chunks, longest lexicon match first. */
export function chunkSentence(text: string, toks: readonly Token[], first: number, end: number): Chunk[] {
  const out: Chunk[] = [];
  let i = first;
  while (i < end) {
    const t = toks[i]!;
    const upper = startsUpper(t.text);
    // One look-up for every word lexicon.
    const info = wordInfo(t.lower);
    let chunk: Chunk | null = null;
    if (upper) {
      const m = PLACES.match(text, toks, i, end);
      if (m) chunk = placeChunk(m[0], i, m[1], info);
      else if (isAllCaps(t.text)) {
        // Datelines and shouted headlines: "BRASILIA", "CHINA".
        const v = PLACES.get(t.text[0] + t.text.slice(1).toLowerCase());
        if (v) chunk = placeChunk(v, i, i + 1, info);
      }
    }
    const tm =
      t.pos === 'PUNCT' || t.pos === 'DET' || t.pos === 'ADP' || t.pos === 'NUM'
        ? null
        : matchTitleFrom(info?.titles, toks, i, end);
    if (tm && (!chunk || tm[1] > chunk.b)) {
      chunk = mk('title', i, tm[1], upper, info);
      chunk.title = tm[0];
    }
    if (!chunk) {
      const initial = opensSentence(toks, i, first);
      const pg = upper ? info?.properGroup : undefined;
      const g = pg ?? info?.group;
      // A group noun in lower case ("analysts"), or capitalised only because it opens the sentence ("Observers"),
      // or a capitalised group word anywhere ("Democrats").
      if (g && (pg || (upper ? initial : t.pos !== 'PROPN'))) {
        chunk = mk('group', i, i + 1, upper, info);
        chunk.group = g;
      } else if (isPossessive(t)) chunk = mk('poss', i, i + 1, false, info);
      else if (!upper && info?.particle) chunk = mk('particle', i, i + 1, false, info);
      else if (isNameWord(t, initial, info)) chunk = mk('cap', i, i + 1, true, info);
      else chunk = mk('word', i, i + 1, upper, info);
    }
    out.push(chunk);
    i = chunk.b;
  }
  joinNameTails(text, toks, out);
  return out;
}

/** Month names that are also surnames: a name only right after another name word ("Theresa May"). */
const MONTH_SURNAMES = new Set(['may', 'june', 'april', 'august']);
/** Lower-case words after a hyphen that make compounds, not names ("Obama-era", "U.S.-led"). */
const COMPOUND_TAILS = new Set(['era', 'led', 'run', 'like', 'made', 'back', 'born', 'type', 'wide', 'free', 'held']);

/**
 * Second passes over the chunks of a sentence: the lower-case syllable of a hyphenated Korean or Chinese given name
 * ("Ban Ki-moon", "Park Geun-hye") and a month name used as a surname become name words.
 */
function joinNameTails(text: string, toks: readonly Token[], ch: Chunk[]): void {
  for (let k = 1; k < ch.length; k++) {
    const c = ch[k]!;
    const prev = ch[k - 1]!;
    if (c.kind !== 'word') continue;
    const t = toks[c.a]!;
    if (prev.kind === 'cap' && MONTH_SURNAMES.has(t.lower) && startsUpper(t.text) && text[t.start - 1] === ' ') {
      ch[k] = mk('cap', c.a, c.b, true, c.info);
      continue;
    }
    if (t.text !== '-' || prev.kind !== 'cap') continue;
    const next = ch[k + 1];
    if (next?.kind !== 'word') continue;
    const n = toks[next.a]!;
    const tight = toks[prev.b - 1]!.end === t.start && t.end === n.start;
    if (tight && n.text.length <= 4 && ALL_LOWER.test(n.text) && !COMPOUND_TAILS.has(n.text)) {
      ch[k + 1] = mk('cap', next.a, next.b, false, next.info);
    }
  }
}
