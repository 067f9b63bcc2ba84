import type { Token } from '../model/index.js';
import type { TokenForms } from '../nlp/index.js';
import type { CountryForm } from './countries.js';
import type { GroupNoun } from './lexicon/groups.js';
import type { KnownOrg } from './lexicon/known-orgs.js';
import type { PersonTitle } from './lexicon/titles.js';
import { matchTitleFrom, PLACES, type PlaceValue, type Prefix, type WordInfo, wordInfo } from './tables.js';

/** One unit of a sentence for the entity rules: a lexicon match, a capitalised word, or any other token. */
export interface Chunk {
  kind: 'country' | 'known' | 'region' | 'title' | 'group' | 'cap' | 'particle' | 'poss' | 'word';
  /** Token range [a, b) in Doc.tokens. */
  a: number;
  b: number;
  /** First letter upper-case. */
  upper: boolean;
  /** What the word lexicons say about token `a` (looked up once, when chunking). */
  info: WordInfo | undefined;
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

/**
 * A capitalised word (the caller has checked the capital) that can be part of a name: not a function word, not a
 * date, not a sentence-initial noun.
 */
function isNameWord(t: Token, initial: boolean, info: WordInfo | undefined): boolean {
  if (FUNCTION_POS.has(t.pos) || info?.notName) return false;
  if (t.text.length < 2) return false;
  if (initial && t.pos !== 'PROPN') {
    // "Tariffs rose", "However, …": a capital only because the sentence starts here.
    if (t.pos === 'VERB' || t.pos === 'ADV' || t.pos === 'ADJ') return false;
    if (t.lemma !== t.lower && t.lemma !== t.text) return false;
  }
  return true;
}

/**
 * What chunking asks about a token's surface form, whatever the sentence: answered once per form and process, as the
 * same words come back in every article, instead of hashing the form into two large lexicon tables per token.
 */
interface SurfaceFacts {
  /** The form the answers were read for. */
  readonly text: string;
  /** The lower-case form the answers were read for (a token whose text and lower case disagree gets its own). */
  readonly lower: string;
  /** First letter upper-case. */
  readonly upper: boolean;
  /** What the word lexicons say (one look-up for all of them). */
  readonly info: WordInfo | undefined;
  /** PLACES' entry for the form alone: where a (multi-word) place match can start. */
  readonly placeStart: Prefix<PlaceValue> | undefined;
  /** The place an all-capitals form names: datelines and shouted headlines ("BRASILIA", "CHINA"). */
  readonly shouted: PlaceValue | undefined;
}

function readFacts(text: string, lower: string): SurfaceFacts {
  return {
    text,
    lower,
    upper: startsUpper(text),
    info: wordInfo(lower),
    placeStart: PLACES.prefix(text),
    shouted: isAllCaps(text) ? PLACES.get(text[0] + text.slice(1).toLowerCase()) : undefined,
  };
}

/**
 * Facts by form id (`tokenForms`, from the nlp stage): an array index instead of a hash of the token's text. Within
 * one generation of form ids, a token with an id has its form's text and lower case, so the facts of an id never
 * change. Most forms are in no lexicon: their slot says so (PLAIN_LOWER, PLAIN_UPPER) and the look-up reads nothing
 * but the slot. Any other slot holds FIRST_LISTED + the index into FACTS_LIST. The table starts over with each new
 * generation of ids.
 */
let factSlots = new Int32Array(0);
let factsGeneration = -1;
const FACTS_LIST: SurfaceFacts[] = [];
const PLAIN_LOWER = 1;
const PLAIN_UPPER = 2;
const FIRST_LISTED = 3;
/** Facts of a form in no lexicon (the text and lower case are unused for these). */
const PLAIN_FACTS: readonly SurfaceFacts[] = [false, true].map((upper) => ({
  text: '',
  lower: '',
  upper,
  info: undefined,
  placeStart: undefined,
  shouted: undefined,
}));
/** Tokens built elsewhere (no form ids): facts by text, dropped past this many forms. */
const FACTS_BY_TEXT = new Map<string, SurfaceFacts>();
const FACTS_LIMIT = 50_000;

function factsById(t: Token, id: number, forms: TokenForms): SurfaceFacts {
  // A token whose text is not its form's has no id.
  if (id < 0) return factsByText(t);
  const limit = forms.limit;
  if (id >= limit) return readFacts(t.text, t.lower);
  if (factSlots.length !== limit || factsGeneration !== forms.generation) {
    if (factSlots.length !== limit) factSlots = new Int32Array(limit);
    else factSlots.fill(0);
    FACTS_LIST.length = 0;
    factsGeneration = forms.generation;
  }
  const slot = factSlots[id]!;
  if (slot === PLAIN_LOWER || slot === PLAIN_UPPER) return PLAIN_FACTS[slot - PLAIN_LOWER]!;
  if (slot >= FIRST_LISTED) {
    const f = FACTS_LIST[slot - FIRST_LISTED]!;
    if (f.text === t.text && f.lower === t.lower) return f;
  }
  const fresh = readFacts(t.text, t.lower);
  if (fresh.info === undefined && fresh.placeStart === undefined && fresh.shouted === undefined) {
    factSlots[id] = fresh.upper ? PLAIN_UPPER : PLAIN_LOWER;
    return fresh;
  }
  if (FACTS_LIST.length >= limit) {
    // A new generation of ids filled the table: start over.
    FACTS_LIST.length = 0;
    factSlots.fill(0);
  }
  FACTS_LIST.push(fresh);
  factSlots[id] = FACTS_LIST.length - 1 + FIRST_LISTED;
  return fresh;
}

function factsByText(t: Token): SurfaceFacts {
  const f = FACTS_BY_TEXT.get(t.text);
  if (f !== undefined && f.lower === t.lower) return f;
  const fresh = readFacts(t.text, t.lower);
  if (f === undefined) {
    if (FACTS_BY_TEXT.size >= FACTS_LIMIT) FACTS_BY_TEXT.clear();
    FACTS_BY_TEXT.set(t.text, fresh);
  }
  return fresh;
}

/**
 * Chunk objects reused from one sentence to the next (and one document to the next): a chunk never outlives the
 * sentence it was read from, and a fresh object per token was most of this stage's garbage.
 */
export interface ChunkPool {
  readonly chunks: Chunk[];
  /** The array handed out by the last `chunkSentence` call. */
  readonly out: Chunk[];
}

export function newChunkPool(): ChunkPool {
  return { chunks: [], out: [] };
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

/** The pool's `n`-th chunk, reset to a fresh state (as `mk` would build it). */
function take(
  pool: ChunkPool,
  n: number,
  kind: Chunk['kind'],
  a: number,
  b: number,
  upper: boolean,
  info: WordInfo | undefined,
): Chunk {
  let c = pool.chunks[n];
  if (!c) {
    c = mk(kind, a, b, upper, info);
    pool.chunks.push(c);
    return c;
  }
  c.kind = kind;
  c.a = a;
  c.b = b;
  c.upper = upper;
  c.info = info;
  c.iso3 = undefined;
  c.form = undefined;
  c.known = undefined;
  c.seat = undefined;
  c.region = undefined;
  c.title = undefined;
  c.group = undefined;
  return c;
}

function setPlace(c: Chunk, v: PlaceValue): void {
  if (v.kind === 'country') {
    c.iso3 = v.hit.iso3;
    c.form = v.hit.form;
  } else if (v.kind === 'known') {
    c.known = v.org;
    c.seat = v.seat;
  } else c.region = v.name;
}

/**
 * Splits tokens [first, end) of one sentence into chunks, longest lexicon match first. With a pool, the returned
 * array and its chunks are the pool's and are overwritten by the next call.
 */
export function chunkSentence(
  text: string,
  toks: readonly Token[],
  first: number,
  end: number,
  pool: ChunkPool = newChunkPool(),
  forms?: TokenForms,
): Chunk[] {
  // Overwritten in place and cut to length at the end: emptying an array drops its storage, which then regrows.
  const out = pool.out;
  let n = 0;
  let i = first;
  while (i < end) {
    const t = toks[i]!;
    const facts = forms ? factsById(t, forms.ids[i]!, forms) : factsByText(t);
    const upper = facts.upper;
    const info = facts.info;
    // The longest lexicon match decides the chunk before any chunk object is taken.
    let place: PlaceValue | null = null;
    let placeEnd = i;
    if (upper) {
      const m = PLACES.match(text, toks, i, end, facts.placeStart);
      if (m) {
        place = m[0];
        placeEnd = m[1];
      } else if (facts.shouted) {
        place = facts.shouted;
        placeEnd = i + 1;
      }
    }
    const tm =
      t.pos === 'PUNCT' || t.pos === 'DET' || t.pos === 'ADP' || t.pos === 'NUM'
        ? null
        : matchTitleFrom(info?.titles, toks, i, end);
    let chunk: Chunk;
    if (tm && (!place || tm[1] > placeEnd)) {
      chunk = take(pool, n, 'title', i, tm[1], upper, info);
      chunk.title = tm[0];
    } else if (place) {
      chunk = take(pool, n, place.kind, i, placeEnd, true, info);
      setPlace(chunk, place);
    } else {
      // Whether the word opens the sentence matters only for a capitalised word.
      const initial = upper && opensSentence(toks, i, first);
      const pg = upper ? info?.properGroup : undefined;
      const g = pg ?? info?.group;
      // A group noun in lower case ("analysts"), or capitalised only because it opens the sentence ("Observers"),
      // or a capitalised group word anywhere ("Democrats").
      if (g && (pg || (upper ? initial : t.pos !== 'PROPN'))) {
        chunk = take(pool, n, 'group', i, i + 1, upper, info);
        chunk.group = g;
      } else if (isPossessive(t)) chunk = take(pool, n, 'poss', i, i + 1, false, info);
      else if (!upper && info?.particle) chunk = take(pool, n, 'particle', i, i + 1, false, info);
      else if (upper && isNameWord(t, initial, info)) chunk = take(pool, n, 'cap', i, i + 1, true, info);
      else chunk = take(pool, n, 'word', i, i + 1, upper, info);
    }
    out[n++] = chunk;
    i = chunk.b;
  }
  if (out.length !== n) out.length = n;
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
      // A 'word' chunk carries no lexicon payload: turning it into a name word in place is what `mk` would build.
      c.kind = 'cap';
      c.upper = true;
      continue;
    }
    if (t.text !== '-' || prev.kind !== 'cap') continue;
    const next = ch[k + 1];
    if (next?.kind !== 'word') continue;
    const n = toks[next.a]!;
    const tight = toks[prev.b - 1]!.end === t.start && t.end === n.start;
    if (tight && n.text.length <= 4 && ALL_LOWER.test(n.text) && !COMPOUND_TAILS.has(n.text)) {
      next.kind = 'cap';
      next.upper = false;
    }
  }
}
