import type { Token } from '../model/index.js';
import { type CountryHit, countryLexicon } from './countries.js';
import { NAME_PARTICLES, NOT_NAME_WORDS } from './lexicon/cues.js';
import { GROUP_ADJECTIVES, GROUP_NOUNS, type GroupNoun, PROPER_GROUPS } from './lexicon/groups.js';
import { KNOWN_ORGS, type KnownOrg, REGIONS } from './lexicon/known-orgs.js';
import { KNOWN_PEOPLE, type KnownPerson } from './lexicon/leaders.js';
import { ORG_HEADS } from './lexicon/org-heads.js';
import { PERSON_TITLES, type PersonTitle } from './lexicon/titles.js';

// Signature bits: one bit per small hash of a string (length, first two and last two UTF-16 units), 16 KB per
// table. Most tokens are in no lexicon; a clear bit rejects them without hashing the whole string or probing a
// large Map whose memory is cold by the time a document gets here. A set bit only means "look it up".
const SIGNATURE_BITS = 1 << 17;

function signature(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  const h =
    (((s.charCodeAt(0) * 31 + s.charCodeAt(n > 1 ? 1 : 0)) * 31 + s.charCodeAt(n > 2 ? n - 2 : 0)) * 31 +
      s.charCodeAt(n - 1)) *
      61 +
    n;
  return h & (SIGNATURE_BITS - 1);
}

function addSignature(bits: Uint32Array, s: string): void {
  const sig = signature(s);
  bits[sig >>> 5]! |= 1 << (sig & 31);
}

function signatureBits(words: Iterable<string>): Uint32Array {
  const bits = new Uint32Array(SIGNATURE_BITS >>> 5);
  for (const w of words) addSignature(bits, w);
  return bits;
}

/** False when `s` is surely not among the strings the bits were built from. */
function hasSignature(bits: Uint32Array, s: string): boolean {
  const sig = signature(s);
  return (bits[sig >>> 5]! & (1 << (sig & 31))) !== 0;
}

/** What the text read so far is: a key (`value`), and/or the start of a longer key (`extendable`). */
export interface Prefix<T> {
  value: T | undefined;
  extendable: boolean;
}

/**
 * A case-sensitive table of multi-word surface forms matched against the text between token boundaries. Every
 * prefix of every key is kept, so matching stops as soon as the text read so far can no longer grow into a key.
 */
export class SurfaceTable<T> {
  /** Every prefix of every key (one look-up per step of a match answers all three questions). */
  private readonly prefixes = new Map<string, Prefix<T>>();
  /** Signature bits of the prefixes: most capitalised words start no key. */
  private readonly prefixBits = signatureBits([]);

  add(key: string, value: T, override = false): void {
    if (!override && this.prefixes.get(key)?.value !== undefined) return;
    for (let i = 1; i <= key.length; i++) {
      const p = key.slice(0, i);
      let e = this.prefixes.get(p);
      if (!e) {
        e = { value: undefined, extendable: false };
        this.prefixes.set(p, e);
        addSignature(this.prefixBits, p);
      }
      if (i < key.length) e.extendable = true;
      else e.value = value;
    }
  }

  get(key: string): T | undefined {
    return this.prefixes.get(key)?.value;
  }

  /** The entry for `s` read alone: a key, and/or the start of a longer one; undefined when no key starts so. */
  prefix(s: string): Prefix<T> | undefined {
    return hasSignature(this.prefixBits, s) ? this.prefixes.get(s) : undefined;
  }

  /**
   * Longest key starting at token `i` and ending at a token end before `end`: [value, exclusive token end]. `first`
   * is `prefix` of token `i`'s text, when the caller has it already.
   */
  match(
    text: string,
    toks: readonly Token[],
    i: number,
    end: number,
    first: Prefix<T> | undefined = this.prefix(toks[i]!.text),
  ): [T, number] | null {
    if (!first || i >= end) return null;
    let best: [T, number] | null = first.value !== undefined ? [first.value, i + 1] : null;
    if (!first.extendable) return best;
    const start = toks[i]!.start;
    for (let j = i + 1; j < end; j++) {
      const s = text.slice(start, toks[j]!.end);
      if (!hasSignature(this.prefixBits, s)) break;
      const e = this.prefixes.get(s);
      if (!e) break;
      if (e.value !== undefined) best = [e.value, j + 1];
      if (!e.extendable) break;
    }
    return best;
  }
}

export type PlaceValue =
  | { readonly kind: 'country'; readonly hit: CountryHit }
  | { readonly kind: 'known'; readonly org: KnownOrg; readonly seat: boolean }
  | { readonly kind: 'region'; readonly name: string };

function buildPlaces(): SurfaceTable<PlaceValue> {
  const t = new SurfaceTable<PlaceValue>();
  for (const org of KNOWN_ORGS) {
    for (const f of org.forms) t.add(f, { kind: 'known', org, seat: false });
    for (const s of org.seats ?? []) t.add(s, { kind: 'known', org, seat: true });
  }
  for (const r of REGIONS) t.add(r, { kind: 'region', name: r });
  for (const [form, hit] of countryLexicon().byForm) {
    const f = form.startsWith('the ') ? form.slice(4) : form;
    // Only capitalised forms start a match; lower-case variants ("mainland China") are covered by their head.
    if (!/^\p{Lu}/u.test(f)) continue;
    t.add(f, { kind: 'country', hit });
  }
  return t;
}

/** Countries, capitals, demonyms, known organisations and regions, one table so the longest match wins. */
export const PLACES: SurfaceTable<PlaceValue> = buildPlaces();

/** Titles starting with one word: the words of each, and the title, longest first. */
export type TitleCandidates = readonly (readonly [readonly string[], PersonTitle])[];

/** Person titles by first lower-cased word, longest first. */
const TITLES_BY_FIRST: ReadonlyMap<string, TitleCandidates> = (() => {
  const m = new Map<string, [string[], PersonTitle][]>();
  for (const pt of PERSON_TITLES) {
    const words = pt.surface.split(' ');
    const first = words[0]!;
    const list = m.get(first) ?? [];
    list.push([words, pt]);
    m.set(first, list);
  }
  for (const list of m.values()) list.sort((a, b) => b[0].length - a[0].length);
  return m;
})();

/** Longest title at token `i`: [title, exclusive token end], or null. */
export function matchTitle(toks: readonly Token[], i: number, end: number): [PersonTitle, number] | null {
  return matchTitleFrom(TITLES_BY_FIRST.get(toks[i]!.lower), toks, i, end);
}

/** `matchTitle` with the candidates for token `i` already looked up (`WordInfo.titles`). */
export function matchTitleFrom(
  cands: TitleCandidates | undefined,
  toks: readonly Token[],
  i: number,
  end: number,
): [PersonTitle, number] | null {
  if (!cands) return null;
  for (const [words, pt] of cands) {
    if (i + words.length > end) continue;
    let ok = true;
    for (let k = 1; k < words.length; k++) {
      if (toks[i + k]!.lower !== words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return [pt, i + words.length];
  }
  return null;
}

/**
 * What the word lexicons say about one lower-cased word. The chunker looks a token up once here instead of in
 * each lexicon in turn, and keeps the answer on the chunk for the rules that ask again.
 */
export interface WordInfo {
  /** Person titles that start with this word. */
  readonly titles: TitleCandidates | undefined;
  readonly group: GroupNoun | undefined;
  readonly properGroup: GroupNoun | undefined;
  /** NAME_PARTICLES: "de", "bin", "al". */
  readonly particle: boolean;
  /** NOT_NAME_WORDS: capitalised words that are never part of a name. */
  readonly notName: boolean;
  /** GROUP_ADJECTIVES: "senior", "western". */
  readonly groupAdjective: boolean;
  /** ORG_HEADS: "ministry", "bank". */
  readonly orgHead: boolean;
}

export const WORD_INFO: ReadonlyMap<string, WordInfo> = (() => {
  const words = new Set<string>([
    ...TITLES_BY_FIRST.keys(),
    ...GROUP_NOUNS.keys(),
    ...PROPER_GROUPS.keys(),
    ...NAME_PARTICLES,
    ...NOT_NAME_WORDS,
    ...GROUP_ADJECTIVES,
    ...ORG_HEADS.keys(),
  ]);
  const m = new Map<string, WordInfo>();
  for (const w of words) {
    m.set(
      w,
      Object.freeze({
        titles: TITLES_BY_FIRST.get(w),
        group: GROUP_NOUNS.get(w),
        properGroup: PROPER_GROUPS.get(w),
        particle: NAME_PARTICLES.has(w),
        notName: NOT_NAME_WORDS.has(w),
        groupAdjective: GROUP_ADJECTIVES.has(w),
        orgHead: ORG_HEADS.has(w),
      }),
    );
  }
  return m;
})();

const WORD_BITS = signatureBits(WORD_INFO.keys());

/** WORD_INFO entry of a lower-cased token; most tokens are in no lexicon and the signature bits say so. */
export function wordInfo(lower: string): WordInfo | undefined {
  return hasSignature(WORD_BITS, lower) ? WORD_INFO.get(lower) : undefined;
}

export function groupNoun(lower: string): GroupNoun | undefined {
  return GROUP_NOUNS.get(lower);
}

/** Capitalised group words ("Democrats", "Hispanics"), which are groups wherever they stand. */
export function properGroup(lower: string): GroupNoun | undefined {
  return PROPER_GROUPS.get(lower);
}

/** Known people by lower-cased full or short name. */
export const KNOWN_PEOPLE_BY_NAME: ReadonlyMap<string, KnownPerson> = (() => {
  const m = new Map<string, KnownPerson>();
  for (const p of KNOWN_PEOPLE) for (const n of p.names) m.set(n.toLowerCase(), p);
  return m;
})();
