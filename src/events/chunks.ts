import type { Doc, Token } from '../model/index.js';
import { MONTHS, WEEKDAYS } from '../nlp/index.js';
import type { ActorResolver } from './actors/resolve.js';
import type { ActorCode } from './actors/types.js';
import { lem } from './lemma.js';

/** One actor inside a chunk (a compound chunk has several). */
export interface ChunkActor {
  readonly code: ActorCode;
  /** Token range [start, end) of the conjunct in the document. */
  readonly start: number;
  readonly end: number;
}

/** A noun phrase of a sentence that may name an actor. */
export interface Chunk {
  /** Token range [start, end) in doc.tokens. */
  readonly start: number;
  readonly end: number;
  /** Empty when the phrase names no actor. */
  readonly actors: readonly ChunkActor[];
  /** Set for a personal pronoun chunk ("it", "they"). */
  readonly pronoun: string | null;
}

/** A `nameEnd` not computed yet (it returns -1 or an end). */
const UNKNOWN = -2;
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i']);
const NOT_NP = new Set(['who', 'which', 'whom', 'whose', 'that', 'what', 'there', 'here', 'not', 'no']);
const TIME_WORDS = new Set([
  ...WEEKDAYS,
  'today',
  'yesterday',
  'tomorrow',
  'week',
  'month',
  'year',
  'day',
  'night',
  'morning',
  'evening',
  'weekend',
  ...MONTHS,
]);

function isNpToken(t: Token): boolean {
  // The tag test first, by comparisons (cheaper than a Set): it rules out most tokens without a word look-up.
  let np: boolean;
  switch (t.pos) {
    case 'DET':
    case 'ADJ':
    case 'NOUN':
    case 'PROPN':
    case 'NUM':
      np = true;
      break;
    case 'PART':
      np = t.lower === "'s" || t.lower === '’s';
      break;
    case 'PRON':
      np = POSSESSIVE_PRONOUNS.has(t.lower);
      break;
    case 'VERB': {
      // A name the tagger took for a verb keeps its capital in the lemma ("French/VERB/French").
      const c = t.lemma.length > 0 ? t.lemma.charCodeAt(0) : 0;
      np = c >= 65 && c <= 90;
      break;
    }
    default:
      return false;
  }
  return np && !(t.lower.length <= NOT_NP_LONGEST && NOT_NP.has(t.lower));
}

function isTimeWord(w: string): boolean {
  return w.length <= TIME_WORD_LONGEST && TIME_WORDS.has(w);
}

/** Per-document work arrays of `chunkSentence`, indexed by token: pass one to every sentence of a document. */
export interface ChunkScratch {
  /** Chunk index per token, -1 outside chunks. */
  readonly chunkAt: Int32Array;
  /** Memo of the resolver's `nameEnd` per start token. */
  readonly nameEnds: Int32Array;
}

export function newChunkScratch(tokens: number): ChunkScratch {
  return { chunkAt: new Int32Array(tokens).fill(-1), nameEnds: new Int32Array(tokens).fill(UNKNOWN) };
}

let shared: ChunkScratch = newChunkScratch(1024);

/**
 * The scratch arrays for one document, reused from call to call (allocating typed arrays per document costs more
 * than filling them). Valid until the next call; views of exactly `tokens` length.
 */
export function reusedChunkScratch(tokens: number): ChunkScratch {
  if (shared.chunkAt.length < tokens) shared = newChunkScratch(Math.max(tokens, shared.chunkAt.length * 2));
  return {
    chunkAt: shared.chunkAt.subarray(0, tokens).fill(-1),
    nameEnds: shared.nameEnds.subarray(0, tokens).fill(UNKNOWN),
  };
}

/** Longest word of each set: a longer word skips the look-up. */
const NOT_NP_LONGEST = longest(NOT_NP);
const TIME_WORD_LONGEST = longest(TIME_WORDS);

function longest(words: ReadonlySet<string>): number {
  let n = 0;
  for (const w of words) n = Math.max(n, w.length);
  return n;
}

/**
 * Chunks one sentence into noun phrases and resolves each to actors. A phrase runs over determiners, adjectives,
 * nouns, names, numbers and possessives, across "and" (compound actors) and across "of" ("the president of
 * Armenia"), and across "in/from" when the head names a sector but no country ("police in Jericho").
 */
export function chunkSentence(
  doc: Doc,
  from: number,
  to: number,
  resolver: ActorResolver,
  date: string,
  scratch: ChunkScratch = newChunkScratch(doc.tokens.length),
): { chunks: Chunk[]; chunkAt: Int32Array } {
  const s = new SentenceChunker(doc, from, to, resolver, date, scratch);
  s.chunkIndexAt(to - 1);
  return { chunks: s.chunks, chunkAt: scratch.chunkAt.subarray(from, to) };
}

/**
 * One sentence's chunks, made left to right only as far as they are asked for: most sentences have neither an event
 * trigger nor a verb of saying, and a quote's speaker or a verb's subject only needs the phrases up to it. A phrase
 * depends only on where it starts, so chunking in pieces gives the chunks of `chunkSentence`.
 */
export class SentenceChunker {
  readonly chunks: Chunk[] = [];
  /** Chunk index by token index (-1 outside chunks): the document-wide scratch array, valid here from `from` to `next`. */
  private readonly chunkAt: Int32Array;
  private readonly toks: readonly Token[];
  /** growChunk asks for the name at a phrase's start again after each "and"/"of": remember it per start. */
  private readonly names: NameEnds;
  /** First token not chunked yet. */
  private next: number;

  constructor(
    doc: Doc,
    readonly from: number,
    readonly to: number,
    private readonly resolver: ActorResolver,
    private readonly date: string,
    scratch: ChunkScratch,
  ) {
    this.toks = doc.tokens;
    // The document-wide arrays, indexed by token: nothing to allocate per sentence.
    this.chunkAt = scratch.chunkAt;
    this.names = { to, end: scratch.nameEnds, resolver };
    this.next = from;
  }

  /** The index in `chunks` of the chunk holding token k, or -1 (also for a token outside the sentence). */
  chunkIndexAt(k: number): number {
    if (k < this.from || k >= this.to) return -1;
    while (this.next <= k) this.next = this.step(this.next);
    return this.chunkAt[k]!;
  }

  /** Chunks from token i (the token after the previous chunk): returns where the next one may start. */
  private step(i: number): number {
    const { toks, to, chunks, chunkAt, names, resolver, date } = this;
    const t = toks[i]!;
    if (t.pos === 'PRON' && PRONOUNS.has(t.lower)) {
      chunkAt[i] = chunks.length;
      chunks.push(new NounPhrase(i, i + 1, t.lower, [], this));
      return i + 1;
    }
    if (!isNpToken(t) || isTimeWord(t.lower)) return i + 1;
    let j = growChunk(toks, i, i, names);
    // Across "and": "Hungarian and Romanian officials", "China and the U.S.".
    while (j + 1 < to && (toks[j]!.lower === 'and' || toks[j]!.lower === '&') && isNpToken(toks[j + 1]!)) {
      j = growChunk(toks, i, j + 1, names);
    }
    // A list: "Chile, Peru, the United States and Canada".
    if (j + 1 < to && toks[j]!.text === ',') {
      let k = j;
      let ok = false;
      while (k + 1 < to && (toks[k]!.text === ',' || toks[k]!.lower === 'and')) {
        let n = k + 1;
        if (toks[k]!.text === ',' && toks[n]?.lower === 'and') n++;
        if (n >= to || !isNpToken(toks[n]!)) break;
        const last = toks[k]!.lower === 'and' || toks[k + 1]!.lower === 'and';
        k = growChunk(toks, n, n, names);
        if (last) {
          ok = true;
          break;
        }
      }
      if (ok) j = k;
    }
    // Across "of": "the president of Armenia", "members of the Guild of Harbour Pilots".
    while (j + 1 < to && toks[j]!.lower === 'of' && isNpToken(toks[j + 1]!) && endsInNoun(toks, i, j)) {
      j = growChunk(toks, i, j + 1, names);
    }
    // Across "in/from/based in" when the head has a sector but no country: only then are the actors needed now.
    let actors: ChunkActor[] | null = null;
    if (j + 1 < to && (toks[j]!.lower === 'in' || toks[j]!.lower === 'from') && isNpToken(toks[j + 1]!)) {
      actors = resolveChunk(toks, i, j, resolver, date);
      if (actors.length > 0 && actors.every((a) => a.code.country === '' && a.code.sector !== '')) {
        let k = j + 1;
        while (k < to && (isNpToken(toks[k]!) || isInnerHyphen(toks, k, to))) k++;
        const ext = resolveChunk(toks, i, k, resolver, date);
        if (ext.length > 0 && ext[0]!.code.country !== '') {
          actors = ext;
          j = k;
        }
      }
    }
    for (let k = i; k < j; k++) chunkAt[k] = chunks.length;
    chunks.push(new NounPhrase(i, j, null, actors === null ? null : this.finish(i, j, actors), this));
    return j;
  }

  /** The actors of the phrase toks[i, j), resolved when first asked for (many phrases never are). */
  actorsOf(i: number, j: number): ChunkActor[] {
    return this.finish(i, j, resolveChunk(this.toks, i, j, this.resolver, this.date));
  }

  private finish(i: number, j: number, resolved: ChunkActor[]): ChunkActor[] {
    const toks = this.toks;
    let actors = resolved;
    // In an event, a people ("Palestinians", "Young Algerians") is civilians of that country.
    if (actors.some(isPeople))
      actors = actors.map((a) =>
        a.code.people && a.code.sector === ''
          ? { ...a, code: { ...a.code, sector: 'CVL', sectors: ['CVL'], code: `${a.code.country}CVL` } }
          : a,
      );
    // In a locative phrase a capital is a place, not its government ("a curfew in Algiers").
    const prep = toks[i - 1]?.lower;
    if (
      i > this.from &&
      (prep === 'in' || prep === 'at' || prep === 'near' || prep === 'inside' || prep === 'into') &&
      actors.length === 1
    ) {
      const a = actors[0]!;
      if (a.code.via === 'country' && a.code.sectors.length === 1 && a.code.sectors[0] === 'GOV' && j - i <= 2) {
        actors = [{ ...a, code: { ...a.code, code: a.code.country, sector: '', sectors: [] } }];
      }
    }
    return actors;
  }
}

/** A chunk whose actors are resolved on first use. */
class NounPhrase implements Chunk {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly pronoun: string | null,
    private resolved: readonly ChunkActor[] | null,
    private readonly owner: SentenceChunker,
  ) {}

  get actors(): readonly ChunkActor[] {
    return (this.resolved ??= this.owner.actorsOf(this.start, this.end));
  }
}

function isPeople(a: ChunkActor): boolean {
  return a.code.people === true && a.code.sector === '';
}

/** "Workers' Union": an apostrophe glued to a plural, followed by more of the phrase. */
function isPluralPossessive(toks: readonly Token[], j: number, to: number): boolean {
  const t = toks[j]!;
  return (
    t.end - t.start === 1 &&
    (t.text === "'" || t.text === '’') &&
    j > 0 &&
    j + 1 < to &&
    toks[j - 1]!.end === t.start &&
    /s$/i.test(toks[j - 1]!.text) &&
    isNpToken(toks[j + 1]!)
  );
}

/** Extends a noun phrase that started at `i` from `j`: noun-phrase words, names over prepositions, short parentheses. */
function growChunk(toks: readonly Token[], i: number, j: number, names: NameEnds): number {
  const to = names.to;
  for (;;) {
    while (j < to) {
      if (isInnerHyphen(toks, j, to))
        j += 2; // "peace-keeping": the word after a glued hyphen belongs too
      else if (isNpToken(toks[j]!) || isPluralPossessive(toks, j, to)) j++;
      else break;
    }
    if (j > to) j = to;
    // A name that runs over prepositions ("National Union for the Total Independence of Angola").
    const named = nameEndAt(toks, i, names);
    if (named > j) {
      j = named;
      continue;
    }
    // A short parenthesis inside a phrase: "the Azadliq (Freedom) opposition coalition", "(APEC) forum".
    if (j + 2 < to && toks[j]!.text === '(') {
      let close = -1;
      for (let k = j + 1; k < to && k <= j + 5; k++) {
        if (toks[k]!.text === ')') {
          close = k;
          break;
        }
      }
      if (close > 0 && close + 1 < to && isNpToken(toks[close + 1]!)) {
        j = close + 1;
        continue;
      }
    }
    return j;
  }
}

/** The sentence's memo of `ActorResolver.nameEnd` by start token (UNKNOWN until asked). */
interface NameEnds {
  /** End of the sentence: names do not run past it. */
  readonly to: number;
  /** By token index. */
  readonly end: Int32Array;
  readonly resolver: ActorResolver;
}

function nameEndAt(toks: readonly Token[], i: number, names: NameEnds): number {
  let e = names.end[i]!;
  if (e === UNKNOWN) {
    e = names.resolver.nameEnd(toks, i, names.to);
    names.end[i] = e;
  }
  return e;
}

function isInnerHyphen(toks: readonly Token[], j: number, to: number): boolean {
  const t = toks[j]!;
  // The length first (a field of the token): most tokens are words, and their text need not be loaded.
  return (
    t.end - t.start === 1 &&
    (t.text === '-' || t.text === '–') &&
    j + 1 < to &&
    j > 0 &&
    toks[j - 1]!.end === t.start &&
    toks[j + 1]!.start === t.end
  );
}

function endsInNoun(toks: readonly Token[], from: number, j: number): boolean {
  const last = toks[j - 1];
  return !!last && j - 1 >= from && (last.pos === 'NOUN' || last.pos === 'PROPN');
}

/** Drops trailing punctuation from a token range. */
function trimEnd(toks: readonly Token[], from: number, to: number): number {
  while (to > from + 1 && toks[to - 1]!.pos === 'PUNCT') to--;
  return to;
}

/** Cheap test before resolving: an actor phrase has a capitalised word, a sector word or a pronoun. */
function mayBeActor(toks: readonly Token[], from: number, to: number, resolver: ActorResolver): boolean {
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    const c = t.text.charCodeAt(0);
    if ((c >= 65 && c <= 90) || c > 191) return true;
    if (resolver.isSectorWord(t.lower) || resolver.isSectorWord(lem(t))) return true;
  }
  return false;
}

/** Counts the non-empty conjuncts of toks[from, to) split at top-level "and", "&" and ","; lists them into `out`. */
function conjuncts(toks: readonly Token[], from: number, to: number, out: Array<[number, number]> | null): number {
  let n = 0;
  let s = from;
  let inTail = false;
  for (let k = from; k < to; k++) {
    const l = toks[k]!.lower;
    if (l === 'of') inTail = true;
    if ((l === 'and' || l === '&' || l === ',') && !inTail) {
      if (k > s) {
        n++;
        out?.push([s, k]);
      }
      s = k + 1;
    }
  }
  if (to > s) {
    n++;
    out?.push([s, to]);
  }
  return n;
}

/** Resolves a chunk; compound chunks give one actor per conjunct, sharing the head noun ("Hungarian and Romanian officials"). */
export function resolveChunk(
  toks: readonly Token[],
  from: number,
  to: number,
  resolver: ActorResolver,
  date: string,
): ChunkActor[] {
  // Conjuncts at top-level "and" (not inside an "of" tail): counted first, listed only when there are several.
  const parts: Array<[number, number]> = [];
  const count = conjuncts(toks, from, to, null);
  if (!mayBeActor(toks, from, to, resolver)) return [];
  if (count === 1) {
    const code = resolver.resolveCached(toks, from, to, date);
    return code.code
      ? [{ code, start: from, end: trimEnd(toks, from, Math.min(to, from + (code.extent ?? to - from))) }]
      : [];
  }
  conjuncts(toks, from, to, parts);
  const last = parts[parts.length - 1]!;
  // The shared head: the nouns of the last conjunct after its first word ("Romanian officials" → "officials").
  let headFrom = -1;
  for (let k = last[0] + 1; k < last[1]; k++) {
    if (toks[k]!.pos === 'NOUN') {
      headFrom = k;
      break;
    }
  }
  const out: ChunkActor[] = [];
  let inheritedRoot = '';
  for (let p = 0; p < parts.length; p++) {
    const [a, b] = parts[p]!;
    let words = toks.slice(a, b);
    const lastTok = toks[b - 1]!;
    if (headFrom >= 0 && p < parts.length - 1 && lastTok.pos !== 'NOUN') {
      words = words.concat(toks.slice(headFrom, last[1]));
    }
    let code = resolver.resolveCached(words, 0, words.length, date);
    if (!code.code) continue;
    if (code.country === '' && inheritedRoot && code.sector) {
      code = { ...code, country: inheritedRoot, code: inheritedRoot + code.sector };
    }
    if (!inheritedRoot && code.country) inheritedRoot = code.country;
    if (out.some((o) => o.code.code === code.code)) continue;
    out.push({ code, start: a, end: b > a ? trimEnd(toks, a, Math.min(b, a + (code.extent ?? b - a))) : b });
  }
  // A conjunct without a country before one with it shares it too ("the residence and office of the US president").
  if (inheritedRoot.length === 3) {
    for (let k = 0; k < out.length; k++) {
      const o = out[k]!;
      if (o.code.country === '' && o.code.sector && o.code.sector !== 'UNK') {
        out[k] = { ...o, code: { ...o.code, country: inheritedRoot, code: inheritedRoot + o.code.sector } };
      }
    }
  }
  return out.filter((o, k) => out.findIndex((x) => x.code.code === o.code.code) === k);
}
