import { FORMER_WORDS, SECTOR_MODIFIERS } from '../lexicon/sectors.js';
import {
  buildNameIndex,
  IGO_ROOTS,
  type Named,
  type NameIndex,
  nameKey,
  SECTOR_INDEX,
  type Term,
} from './lexicon-index.js';
import { type ActorCode, type ActorToken, NO_ACTOR, type UserActorEntry } from './types.js';

/** Person nouns that name a role but not a kind of actor: a more specific word before them decides ("police chief"). */
const GENERIC_HEADS = new Set([
  'official',
  'officer',
  'member',
  'agent',
  'worker',
  'employee',
  'chief',
  'head',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'leader',
  'leadership',
  'director',
  'staff',
  'representative',
  'commander',
  'chairman',
  'chairwoman',
  'president',
  'secretary',
  'adviser',
  'advisor',
  'aide',
  'deputy',
  'delegation',
  'delegate',
  'spokesperson',
  'envoy',
  'minister',
  'people',
  'person',
  'source',
]);

const HASH_START = 0x811c9dc5 | 0;
/** 2^19 bits (64 KB): a few per cent of misses pass to the string check. */
const PREFIX_SHIFT = 13;
const PREFIX_BITS = 2 ** (32 - PREFIX_SHIFT);
/** 30 bits: hashes kept in Sets stay small integers. */
const HASH_MASK = 0x3fffffff;

/** FNV-1a over UTF-16 units, continued from `h`: hashOn(hashOn(h, a), b) === hashOn(h, a + b). */
function hashOn(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

interface CacheNode {
  next: Map<string, CacheNode> | null;
  /** Results for the words that end here, one per sequence of tags. */
  leaves: Array<{ readonly tags: readonly string[]; readonly value: ActorCode }> | null;
}

function newCacheNode(): CacheNode {
  return { next: null, leaves: null };
}

/** The memoised result at `node` for the tags of toks[from, to), if any. */
function cachedFor(node: CacheNode, toks: readonly ActorToken[], from: number, to: number): ActorCode | undefined {
  const leaves = node.leaves;
  if (leaves === null) return undefined;
  for (const leaf of leaves) {
    let same = true;
    for (let k = from; k < to && same; k++) same = leaf.tags[k - from] === toks[k]!.pos;
    if (same) return leaf.value;
  }
  return undefined;
}

/** The child of a memo node for one key part, made on first use. */
function cacheChild(node: CacheNode, part: string): CacheNode {
  let next = node.next;
  if (next === null) {
    next = new Map();
    node.next = next;
  }
  let child = next.get(part);
  if (child === undefined) {
    child = newCacheNode();
    next.set(part, child);
  }
  return child;
}

/** `isSectorWord` by word: the tables are fixed, and the same words come back in every article. */
const SECTOR_WORD_MEMO = new Map<string, boolean>();

/** Person nouns a "former" turns into an elite (ELI). */
const FORMER_SECTORS = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY', 'PTY']);

/** Words that end the head noun phrase of an actor phrase. */
const HEAD_BREAK = new Set([
  'of',
  'in',
  'from',
  'at',
  'to',
  'for',
  'with',
  'on',
  'based',
  'near',
  'who',
  'which',
  'that',
  'under',
  'during',
  'against',
  'by',
  'over',
  'after',
  'including',
  'and',
  'or',
]);
/** Prepositions through which a following place gives the actor's country ("police in Jericho"). */
const LOCATIVE = new Set(['of', 'in', 'from', 'at', 'based', 'near', 'inside', 'across']);
const SKIP_LEAD = new Set([
  'the',
  'a',
  'an',
  'some',
  'several',
  'many',
  'few',
  'two',
  'three',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'these',
  'those',
  'that',
  'any',
  'all',
  'both',
  'each',
]);

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly named: Named;
  readonly bySurname: boolean;
  /** Everyone with this surname, when it was matched alone. */
  readonly alts?: readonly Named[];
}

interface SectorHit {
  readonly start: number;
  readonly end: number;
  readonly sectors: readonly string[];
  readonly generic: boolean;
}

export interface ResolveOptions {
  /** YYYY-MM-DD: the date that picks terms of office. */
  readonly date: string;
  /** Match names without regard to case (for all-lower or all-caps phrases). */
  readonly caseless?: boolean;
}

/**
 * Resolves actor phrases to CAMEO-style codes. Built once (tables compiled into maps); `resolve` is linear in the
 * phrase length.
 */
export class ActorResolver {
  readonly index: NameIndex;

  /**
   * A one-hash Bloom filter of every prefix of every name key. Most look-ups are misses, and a bit says so without
   * building and hashing the joined key string; a hit is then checked against the strings.
   */
  private readonly prefixBits: Uint32Array;
  /**
   * The same hashes in full (to 30 bits, small integers), of every prefix and of every whole key: a hash that is not
   * here rules the string out without building it. A collision only lets a look-up through to the string check.
   */
  private readonly prefixHashes = new Set<number>();
  private readonly exactHashes = new Set<number>();

  constructor(user: readonly UserActorEntry[] = []) {
    this.index = buildNameIndex(user);
    this.prefixBits = new Uint32Array(PREFIX_BITS >>> 5);
    for (const p of this.index.prefixes) {
      const h = hashOn(HASH_START, p);
      const b = h >>> PREFIX_SHIFT;
      this.prefixBits[b >>> 5]! |= 1 << (b & 31);
      this.prefixHashes.add(h & HASH_MASK);
    }
    for (const k of this.index.exact.keys()) this.exactHashes.add(hashOn(HASH_START, k) & HASH_MASK);
  }

  /** Resolves a run of tokens (a noun phrase, possibly with a prepositional tail). */
  resolve(tokens: readonly ActorToken[], opts: ResolveOptions): ActorCode {
    let s = 0;
    let e = tokens.length;
    while (s < e && (isPunct(tokens[s]!) || SKIP_LEAD.has(tokens[s]!.lower) || tokens[s]!.pos === 'NUM')) s++;
    while (e > s && isPunct(tokens[e - 1]!)) e--;
    if (s >= e) return NO_ACTOR;
    const toks = tokens.slice(s, e);
    const hitsAll = this.namedHits(toks, opts.caseless === true);
    // The head phrase ends at the first preposition, relative word or comma after a content word.
    let headEnd = toks.length;
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i]!;
      if (
        t.text === ',' ||
        (HEAD_BREAK.has(t.lower) && t.pos !== 'PROPN' && !insideName(hitsAll, i)) ||
        (t.pos === 'VERB' && t.lower.endsWith('ing'))
      ) {
        headEnd = i;
        break;
      }
    }
    const hits = hitsAll;
    const sectors = sectorHits(toks);
    // "Turkish-backed Syrian rebels": the backer is not the actor ("Vietnamese-led forces" still are Vietnamese).
    const headHits = hits.filter((h) => h.start < headEnd && !isSponsor(toks, h.end));
    const tailHits = hits.filter((h) => h.start >= headEnd && locativeBefore(toks, h.start, headEnd));
    const headSectors = sectors.filter((h) => h.start < headEnd);
    const tailSectors = sectors.filter((h) => h.start >= headEnd);
    const former = someInHead(toks, headEnd, (t) => FORMER_WORDS.has(t.lower) || t.lower.startsWith('ex-'));
    let modifier: string | null = null;
    for (let i = 0; i < headEnd; i++) modifier = SECTOR_MODIFIERS.get(toks[i]!.lower) ?? modifier;

    // Sector from the head words; a generic head ("president of the Riigikogu") borrows from its complement.
    let sec = pickSectors(headSectors);
    const headIsGeneric = headSectors.length > 0 && headSectors.every((h) => h.generic);
    let usedTail = false;
    // A named head ("the United States of …") keeps its own (empty) sector.
    const borrow = headIsGeneric || (sec.length === 0 && headHits.length === 0);
    if (borrow && tailSectors.length > 0 && toks[headEnd]?.lower === 'of') {
      const tailSec = pickSectors(tailSectors);
      if (tailSec.length > 0) {
        sec = tailSec;
        usedTail = true;
      }
    }
    // A generic head with a named organisation in its "of" complement takes that organisation's sector.
    if ((sec.length === 0 || headIsGeneric) && toks[headEnd]?.lower === 'of') {
      const org = tailHits.find((h) => h.named.kind === 'organization' || h.named.kind === 'user');
      const t = org ? activeTerm(org.named, opts.date) : null;
      if (t && t.sectors.length > 0) {
        sec = [...t.sectors];
        usedTail = true;
      }
    }
    if (modifier) {
      const lastHit = headSectors[headSectors.length - 1];
      if (sec.length === 0) sec = [modifier];
      else if (lastHit?.sectors.includes(modifier)) sec = [modifier, ...sec.filter((x) => x !== modifier)];
    }

    // "ethnic Albanians in Serbia": an ethnic group is placed by where it lives, not by its name.
    const ethnic = someInHead(toks, headEnd, (t) => t.lower === 'ethnic');
    if (ethnic) {
      for (let k = headHits.length - 1; k >= 0; k--) {
        if (headHits[k]!.named.kind === 'country' && headHits[k]!.named.form === 'demonym') headHits.splice(k, 1);
      }
      if (sec.length === 0) sec = ['CVL'];
    }
    const isPerson = (h: Hit) => h.named.kind === 'leader' || h.named.kind === 'user';
    // "Deputy Minister of Defense Colonel-General Andrei Kartapolov": a name after a title's complement.
    const person = headHits.find(isPerson) ?? (headHits.length === 0 ? hits.find(isPerson) : undefined);
    if (person) {
      // A bare surname shared by several people: the one in office on the date.
      const named = person.alts?.find((n) => activeTerm(n, opts.date) !== null) ?? person.named;
      const t = activeTerm(named, opts.date);
      const titleSectors = sec;
      let sectors: string[];
      if (t) {
        sectors = [...t.sectors];
        // A title in the phrase is evidence of the role at the time ("US Senator Marco Rubio").
        const title = titleSectors[0];
        if (title && !sectors.includes(title) && !headIsGeneric) sectors = [title, ...sectors];
      } else if (titleSectors.length > 0) sectors = [...titleSectors];
      else {
        // Out of office: a former office holder (ELI); a user entry with no office sector stays unsectored.
        const office = named.kind === 'leader' || latestTerm(named).sectors.some((x) => FORMER_SECTORS.has(x));
        sectors = office ? ['ELI'] : [];
      }
      let root = (t ?? latestTerm(named)).root;
      if (!root) {
        root = firstRoot(headHits, tailHits, opts.date);
        usedTail = true;
      }
      if (former && sectors[0] && FORMER_SECTORS.has(sectors[0])) sectors = ['ELI', ...sectors];
      return withExtent(
        makeCode(root, sectors, named.kind === 'leader' ? 'leader' : 'user', named.name),
        usedTail ? e : s + headEnd,
      );
    }

    const org = headHits.find((h) => h.named.kind === 'organization');
    if (org) {
      const t = activeTerm(org.named, opts.date) ?? latestTerm(org.named);
      let root = t.root;
      // A generic institution name takes the country before it ("Nigerian Senate", "Kenyan Supreme Court").
      const before = headHits.find(
        (h) => h.start < org.start && (h.named.kind === 'country' || h.named.kind === 'place'),
      );
      if (before && root.length === 3 && !IGO_ROOTS.has(root)) {
        root = (activeTerm(before.named, opts.date) ?? latestTerm(before.named)).root;
        usedTail = usedTail || false;
      }
      if (!root)
        root = firstRoot(
          headHits.filter((h) => h !== org),
          tailHits,
          opts.date,
        );
      let sectors = t.sectors.length > 0 ? [...t.sectors] : sec;
      // "Senate hopeful": a non-generic noun after a (non-armed) organisation names what the actor is.
      const after = headSectors.filter((h) => h.start >= org.end && !h.generic);
      const armed = t.sectors.some((x) => x === 'REB' || x === 'MIL' || x === 'CRM' || x === 'UAF');
      if (after.length > 0 && !armed) sectors = dedupe([...pickSectors(after), ...sectors]);
      if (former && sec[0] && FORMER_SECTORS.has(sec[0])) sectors = ['ELI', ...sectors];
      return withExtent(makeCode(root, dedupe(sectors), 'organization', org.named.name), usedTail ? e : s + headEnd);
    }

    const place = headHits.find((h) => h.named.kind === 'country' || h.named.kind === 'place');
    const tailPlace = tailHits.find((h) => h.named.kind !== 'leader');
    if (place || tailPlace) {
      const hit = (place ?? tailPlace)!;
      if (!place) usedTail = true;
      const t = activeTerm(hit.named, opts.date) ?? latestTerm(hit.named);
      let sectors = sec;
      // A capital on its own stands for the government ("Beijing said…").
      if (sectors.length === 0 && place && hit.named.form === 'capital' && headEnd - (place.end - place.start) <= 0) {
        sectors = ['GOV'];
      }
      if (tailPlace && !place) {
        const tt = activeTerm(tailPlace.named, opts.date);
        if (sectors.length === 0 && tt && tt.sectors.length > 0 && tailPlace.named.kind === 'organization') {
          sectors = [...tt.sectors];
        }
      }
      if (former && sectors[0] && FORMER_SECTORS.has(sectors[0])) sectors = ['ELI', ...sectors];
      const coded = withExtent(
        makeCode(t.root, dedupe(sectors), hit.named.kind === 'place' ? 'place' : 'country'),
        usedTail ? e : s + headEnd,
      );
      const people = !!place && place.named.form === 'demonym' && place.end === headEnd && sectors.length === 0;
      return people && coded.code ? { ...coded, people } : coded;
    }

    // An organisation only in the tail ("members of the Association of …") still gives its root.
    const tailOrg = tailHits[0];
    if (tailOrg && sec.length > 0) {
      usedTail = true;
      const t = activeTerm(tailOrg.named, opts.date) ?? latestTerm(tailOrg.named);
      return withExtent(makeCode(t.root, dedupe(sec), 'sector'), usedTail ? e : s + headEnd);
    }
    if (sec.length > 0) {
      if (former && sec[0] && FORMER_SECTORS.has(sec[0])) sec = ['ELI', ...sec];
      if (sec[0] === 'UNK') return { code: 'UNK', country: '', sector: 'UNK', sectors: ['UNK'], via: 'sector' };
      return withExtent(makeCode('', dedupe(sec), 'sector'), usedTail ? e : s + headEnd);
    }
    if (looksLikePersonName(toks.slice(0, headEnd))) {
      return { code: 'UNK', country: '', sector: '', sectors: [], via: 'person' };
    }
    return NO_ACTOR;
  }

  /** Memo of `resolveCached`: a trie over the date and each token's text; the tags are compared at the end. */
  private cache: CacheNode = newCacheNode();
  private cacheSize = 0;

  /** `resolve` for toks[from, to), memoised by the words, their tags and the date (phrases repeat in the news). */
  resolveCached(toks: readonly ActorToken[], from: number, to: number, date: string): ActorCode {
    let node = cacheChild(this.cache, date);
    for (let k = from; k < to; k++) node = cacheChild(node, toks[k]!.text);
    const hit = cachedFor(node, toks, from, to);
    if (hit) return hit;
    const r = this.resolve(toks.slice(from, to), { date });
    if (this.cacheSize >= 20_000) {
      this.cache = newCacheNode();
      this.cacheSize = 0;
      node = cacheChild(this.cache, date);
      for (let k = from; k < to; k++) node = cacheChild(node, toks[k]!.text);
    }
    const tags: string[] = [];
    for (let k = from; k < to; k++) tags.push(toks[k]!.pos);
    (node.leaves ??= []).push({ tags, value: r });
    this.cacheSize++;
    return r;
  }

  /** True when `w` starts a sector phrase (or is a plural of one). */
  isSectorWord(w: string): boolean {
    const hit = SECTOR_WORD_MEMO.get(w);
    if (hit !== undefined) return hit;
    const r = SECTOR_INDEX.has(w) || SECTOR_INDEX.has(singular(w)) || SECTOR_MODIFIERS.has(w) || FORMER_WORDS.has(w);
    if (SECTOR_WORD_MEMO.size >= 50_000) SECTOR_WORD_MEMO.clear();
    SECTOR_WORD_MEMO.set(w, r);
    return r;
  }

  /** End (exclusive) of the longest known name starting at token i of `toks` (up to `to`), or -1. */
  nameEnd(toks: readonly ActorToken[], i: number, to: number): number {
    const idx = this.index;
    let key = '';
    let hash = HASH_START;
    let best = -1;
    for (let j = i; j < to && j < i + idx.maxTokens; j++) {
      const t = toks[j]!;
      if (t.text === ',' || (isPossessive(t) && !idx.prefixes.has(key + nameKey(t.text)))) break;
      const part = nameKey(t.text);
      hash = hashOn(hash, part);
      const bit = hash >>> PREFIX_SHIFT;
      if ((this.prefixBits[bit >>> 5]! & (1 << (bit & 31))) === 0) break; // key + part is no prefix
      key += part;
      // By hash first: the joined key string is hashed (and flattened) only when it may be a whole name.
      if (!this.prefixHashes.has(hash & HASH_MASK)) break;
      if (!this.exactHashes.has(hash & HASH_MASK)) continue;
      const hit = idx.exact.get(key);
      if (hit && hit[0]!.kind !== 'country') best = j + 1;
    }
    return best;
  }

  /**
   * `index.prefixes.has(key)`, with `hash` = hashOn(HASH_START, key): most keys are no prefix, and the hash filters say
   * so without hashing the (concatenated) key string.
   */
  private isPrefix(hash: number, key: string): boolean {
    const bit = hash >>> PREFIX_SHIFT;
    if ((this.prefixBits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    if (!this.prefixHashes.has(hash & HASH_MASK)) return false;
    return this.index.prefixes.has(key);
  }

  private namedHits(toks: readonly ActorToken[], caseless: boolean): Hit[] {
    const out: Hit[] = [];
    const idx = this.index;
    let i = 0;
    while (i < toks.length) {
      let best: { end: number; list: readonly Named[] } | null = null;
      let key = '';
      let hash = HASH_START;
      let allCaps = true;
      for (let j = i; j < toks.length && j < i + idx.maxTokens; j++) {
        const t = toks[j]!;
        if (t.text === ',' && j > i) break;
        const part = nameKey(t.text);
        const nextHash = hashOn(hash, part);
        if (isPossessive(t) && !this.isPrefix(nextHash, key + part)) break;
        key += part;
        hash = nextHash;
        allCaps = allCaps && isAllCaps(t.text);
        const useCaseless = caseless || allCaps;
        const lower = useCaseless ? key.toLowerCase() : '';
        const exactPrefix = this.isPrefix(hash, key);
        if (
          !exactPrefix &&
          !(useCaseless && idx.lowerPrefixes.has(lower)) &&
          !(j === i && key.length > 4 && key.endsWith('s'))
        )
          break;
        const exact = exactPrefix ? idx.exact.get(key) : undefined;
        if (exact) best = { end: j + 1, list: exact };
        else if (useCaseless) {
          const cl = idx.caseless.get(lower);
          if (cl) best = { end: j + 1, list: cl };
        }
        // Plural demonyms and names: "Russians", "Kazakhs".
        if (!best || best.end <= j) {
          if (key.endsWith('s') && key.length > 4) {
            const sing = idx.exact.get(key.slice(0, -1));
            if (sing && sing[0]!.kind === 'country' && sing[0]!.form === 'demonym') best = { end: j + 1, list: sing };
          }
        }
      }
      if (best) {
        out.push({ start: i, end: best.end, named: best.list[0]!, bySurname: false });
        i = best.end;
        continue;
      }
      const t = toks[i]!;
      if (startsCapital(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ')) {
        const people = idx.surnames.get(nameKey(t.text));
        const next = toks[i + 1];
        const prev = toks[i - 1];
        const prevIsName = !!prev && startsCapital(prev.text) && prev.pos === 'PROPN' && !this.isSectorWord(prev.lower);
        if (
          people &&
          !prevIsName &&
          !(next && startsCapital(next.text) && next.pos === 'PROPN' && !isPossessive(next))
        ) {
          out.push({ start: i, end: i + 1, named: people[0]!, bySurname: true, alts: people });
        }
      }
      i++;
    }
    return out;
  }
}

const SPONSOR_WORDS = new Set([
  'backed',
  'supported',
  'funded',
  'sponsored',
  'installed',
  'allied',
  'aligned',
  'armed',
  'trained',
  'appointed',
]);

function isSponsor(toks: readonly ActorToken[], end: number): boolean {
  const prev = toks[end - 1];
  if (prev && (prev.text === '-' || prev.text === '‐') && toks[end]) return SPONSOR_WORDS.has(toks[end]!.lower);
  const h = toks[end];
  const w = toks[end + 1];
  if (h && (h.text === '-' || h.text === '‐') && w) return SPONSOR_WORDS.has(w.lower);
  return (
    !!h &&
    /^\p{L}+-(backed|supported|funded|sponsored|installed|allied|aligned|armed|trained|appointed)$/u.test(h.lower)
  );
}

/** `toks.slice(0, headEnd).some(test)` without the copy. */
function someInHead(toks: readonly ActorToken[], headEnd: number, test: (t: ActorToken) => boolean): boolean {
  for (let i = 0; i < headEnd; i++) if (test(toks[i]!)) return true;
  return false;
}

function insideName(hits: readonly Hit[], i: number): boolean {
  for (const h of hits) if (h.start < i && i < h.end) return true;
  return false;
}

/** Singular guesses for a plural the tagger did not lemmatise ("Prisoners" as a sentence-initial name). */
function singular(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(ses|xes|ches|shes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

function sectorHits(toks: readonly ActorToken[]): SectorHit[] {
  const out: SectorHit[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    const w1 = t.lower;
    const w2 = t.lemma.toLowerCase();
    // singular() changes only words ending in "s": for the rest it would look up w1 again (and build no string).
    const cands =
      SECTOR_INDEX.get(w2) ??
      SECTOR_INDEX.get(w1) ??
      (w1.charCodeAt(w1.length - 1) === 115 ? SECTOR_INDEX.get(singular(w1)) : undefined);
    let matched: SectorHit | null = null;
    if (cands && (t.pos !== 'VERB' || i === toks.length - 1)) {
      for (const c of cands) {
        let ok = true;
        let at = i;
        for (let k = 0; k < c.words.length; k++, at++) {
          // "Secretary-General": a hyphen between the words of a phrase is skipped.
          if (k > 0 && toks[at]?.text === '-') at++;
          const u = toks[at];
          if (
            !u ||
            (u.lower !== c.words[k] && u.lemma.toLowerCase() !== c.words[k] && singular(u.lower) !== c.words[k])
          ) {
            ok = false;
            break;
          }
        }
        if (ok) {
          matched = {
            start: i,
            end: at,
            sectors: c.sectors,
            generic: c.words.length === 1 && GENERIC_HEADS.has(c.words[0]!),
          };
          break;
        }
      }
    }
    if (matched) {
      out.push(matched);
      i = matched.end;
    } else i++;
  }
  return out;
}

/** The head's sectors: the right-most hit, unless it is generic and a specific one precedes it. */
function pickSectors(hits: readonly SectorHit[]): string[] {
  if (hits.length === 0) return [];
  const last = hits[hits.length - 1]!;
  let primary = last;
  if (last.generic) {
    for (let i = hits.length - 2; i >= 0; i--) {
      if (!hits[i]!.generic) {
        primary = hits[i]!;
        break;
      }
    }
  }
  const out = [...primary.sectors];
  for (const h of hits) for (const s of h.sectors) if (!out.includes(s)) out.push(s);
  return out;
}

function activeTerm(n: Named, date: string): Term | null {
  let best: Term | null = null;
  for (const t of n.terms) if (t.from <= date && date <= t.to) best = t;
  return best;
}

function latestTerm(n: Named): Term {
  let best = n.terms[0]!;
  for (const t of n.terms) if (t.to > best.to) best = t;
  return best;
}

function firstRoot(head: readonly Hit[], tail: readonly Hit[], date: string): string {
  for (const h of [...head, ...tail]) {
    const t = activeTerm(h.named, date) ?? latestTerm(h.named);
    if (t.root) return t.root;
  }
  return '';
}

function locativeBefore(toks: readonly ActorToken[], at: number, headEnd: number): boolean {
  for (let i = at - 1; i >= headEnd; i--) {
    const l = toks[i]!.lower;
    if (LOCATIVE.has(l)) return true;
    if (l === 'to' || l === 'against' || l === 'with' || l === 'for' || l === 'by') return false;
  }
  return false;
}

function withExtent(a: ActorCode, extent: number): ActorCode {
  return a.code ? { ...a, extent } : a;
}

function makeCode(root: string, sectors: readonly string[], via: ActorCode['via'], name?: string): ActorCode {
  const sector = sectors[0] ?? '';
  const code = root ? root + (sector === 'UNK' ? '' : sector) : sector ? `---${sector}` : '';
  if (!code) return NO_ACTOR;
  return { code, country: root, sector, sectors: [...sectors], via, ...(name ? { name } : {}) };
}

function dedupe(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}

/** Capitalised words that make a phrase a thing, not a person ("Free Trade Agreement", "Europe Bridge"). */
const THING_WORDS = new Set([
  'agreement',
  'treaty',
  'accord',
  'bridge',
  'street',
  'road',
  'river',
  'sea',
  'ocean',
  'plan',
  'act',
  'law',
  'bill',
  'program',
  'programme',
  'project',
  'centre',
  'center',
  'square',
  'university',
  'school',
  'hospital',
  'airport',
  'station',
  'house',
  'hall',
  'palace',
  'summit',
  'conference',
  'forum',
  'festival',
  'games',
  'cup',
  'day',
  'war',
  'operation',
  'initiative',
  'fund',
  'index',
  'exchange',
  'market',
  'mountains',
  'island',
  'islands',
  'valley',
]);

function looksLikePersonName(all: readonly ActorToken[]): boolean {
  const toks = all.filter((t) => t.text !== '-' && t.text !== '‐');
  if (toks.length < 2 || toks.length > 5) return false;
  if (toks.some((t) => THING_WORDS.has(t.lower) || SECTOR_INDEX.has(t.lower))) return false;
  return toks.every((t) => (t.pos === 'PROPN' || /^\p{Lu}/u.test(t.text)) && /^\p{Lu}[\p{L}'’.-]*$/u.test(t.text));
}

function isPunct(t: ActorToken): boolean {
  return t.pos === 'PUNCT' || t.pos === 'SYM';
}
function isPossessive(t: ActorToken): boolean {
  return t.lower === "'s" || t.lower === '’s' || t.lower === "'" || t.lower === '’';
}
function startsCapital(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return /^\p{Lu}/u.test(s);
}
function isAllCaps(s: string): boolean {
  let letter = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letter = true;
    else if (c > 127) return s === s.toUpperCase() && /\p{L}/u.test(s);
  }
  return letter;
}
