import type { Doc, MentionKind, Token } from '../model/index.js';
import { isJsSpace } from '../text/index.js';
import { type Chunk, startsUpper } from './chunk.js';
import { countryDemonym } from './countries.js';
import { type Draft, type DraftInit, makeDraft } from './draft.js';
import { LOWER_ORG_HEADS } from './lexicon/org-heads.js';
import { TITLE_PREFIXES } from './lexicon/titles.js';

// The sentence being read and the small helpers every entity rule shares.

/** Everything the rules need about the sentence being read. */
export interface Ctx {
  readonly doc: Doc;
  readonly text: string;
  readonly toks: readonly Token[];
  /** Token range of the sentence. */
  readonly first: number;
  readonly end: number;
  readonly block: number;
  readonly headline: boolean;
  readonly ch: readonly Chunk[];
  readonly out: Draft[];
  /** Draft whose last chunk is this index (for "China's Foreign Ministry", "Foreign Ministry spokesman …"). */
  readonly byEnd: (Draft | null)[];
  /** Persons waiting for the organisation that starts at a chunk ("Yun Sun from the Stimson Center"). */
  readonly pending: Map<number, Draft[]>;
}

export const FORM_KIND: Readonly<Record<string, MentionKind>> = {
  name: 'name',
  abbreviation: 'abbreviation',
  demonym: 'demonym',
  capital: 'capital',
};
const CONNECTORS = new Set(['of', 'for', 'on', 'and', '&']);
export const DATELINE_NEXT = new Set(['(', ',', '—', '–', '-', '/']);
export const SENTENCE_END = new Set(['.', '!', '?', '"', '”', '’', "'", ':', ';', '…']);
// Unicode-property regexes live at module level: the bundler rewrites a `\p{…}` literal into `new RegExp(…)`, which
// would compile it again on every call.
const WORD_START_LOWER = /(^|\s)(\p{Ll})/gu;

export function tokAt(ctx: Ctx, i: number): Token | null {
  return i >= ctx.first && i < ctx.end ? ctx.toks[i]! : null;
}

export function lowerAt(ctx: Ctx, i: number): string {
  return tokAt(ctx, i)?.lower ?? '';
}

export function chunkLower(ctx: Ctx, k: number): string {
  const c = ctx.ch[k];
  return c ? ctx.toks[c.a]!.lower : '';
}

export function isHeadChunk(ctx: Ctx, k: number): boolean {
  const c = ctx.ch[k];
  // A 'cap' chunk is one token, so its word information is the last token's.
  return !!c && c.kind === 'cap' && c.info?.orgHead === true;
}

function isMember(c: Chunk | undefined): boolean {
  if (!c) return false;
  return (
    c.kind === 'country' ||
    c.kind === 'known' ||
    c.kind === 'region' ||
    c.kind === 'cap' ||
    (c.kind === 'title' && c.upper)
  );
}

export function isRunStart(ctx: Ctx, k: number): boolean {
  const c = ctx.ch[k]!;
  if (isMember(c)) return true;
  return c.kind === 'particle' && ctx.ch[k + 1]?.kind === 'cap';
}

/** Joins two chunks written with a hyphen and no spaces ("Kassym-Jomart", "US-China"). */
export function isTightHyphen(ctx: Ctx, k: number): boolean {
  const c = ctx.ch[k];
  const prev = ctx.ch[k - 1];
  const next = ctx.ch[k + 1];
  if (!c || !prev || !next || c.kind !== 'word') return false;
  const t = ctx.toks[c.a]!;
  return t.text === '-' && ctx.toks[prev.b - 1]!.end === t.start && ctx.toks[next.a]!.start === t.end;
}

/** The maximal capitalised run from chunk `ci`: names, countries, titles, particles, and "of/for …" after an org head. */
export function collectRun(ctx: Ctx, ci: number): number {
  const ch = ctx.ch;
  let j = ci;
  let sawHead = false;
  let inExtension = false;
  while (j < ch.length) {
    const c = ch[j]!;
    if (isMember(c)) {
      if (isHeadChunk(ctx, j)) sawHead = true;
      j++;
      // "Trump's" written as one token ends the run: "Trump's RT appearance" is two phrases.
      const text = ctx.toks[c.b - 1]!.text;
      if (text.endsWith("'s") || text.endsWith('’s')) break;
      continue;
    }
    // "de Bolle", "bin Khalifa al-Thani"
    if (
      c.kind === 'particle' &&
      (ch[j + 1]?.kind === 'cap' || (isTightHyphen(ctx, j + 1) && ch[j + 2]?.kind === 'cap'))
    ) {
      j++;
      continue;
    }
    if (j > ci && isTightHyphen(ctx, j) && isMember(ch[j + 1])) {
      j++;
      continue;
    }
    const low = chunkLower(ctx, j);
    // "Securities and Exchange Commission", "Food and Drug Administration": "and" between capitals that go on
    // to an organisation head.
    if (c.kind === 'word' && (low === 'and' || low === '&') && !sawHead && j > ci && ch[j - 1]!.kind === 'cap') {
      let k = j + 1;
      while (ch[k]?.kind === 'cap' && !isHeadChunk(ctx, k)) k++;
      if (k > j + 1 || ch[k]?.kind === 'cap') {
        if (isHeadChunk(ctx, k)) {
          j++;
          continue;
        }
      }
    }
    if (c.kind === 'word' && sawHead && CONNECTORS.has(low) && (low !== 'and' || inExtension)) {
      // "Bank of England", "Church of the Holy Sepulchre"; "and" only inside the extension and never before "the"
      // ("Center for Strategic and International Studies", not "Bank of England and the Center …").
      const next = chunkLower(ctx, j + 1) === 'the' && low !== 'and' && low !== '&' ? j + 2 : j + 1;
      const n = ch[next];
      if (n && (n.kind === 'cap' || n.kind === 'country' || n.kind === 'known')) {
        inExtension = true;
        j = next;
        continue;
      }
    }
    break;
  }
  return j;
}

export function spanOf(ctx: Ctx, ka: number, kb: number): [number, number] {
  return [ctx.toks[ctx.ch[ka]!.a]!.start, ctx.toks[ctx.ch[kb - 1]!.b - 1]!.end];
}

export function emit(ctx: Ctx, init: DraftInit, ka: number, kb: number): Draft {
  const d = makeDraft(init);
  ctx.out.push(d);
  ctx.byEnd[kb - 1] = d;
  if (d.type === 'organization' || d.type === 'country') {
    const waiting = ctx.pending.get(ka);
    if (waiting) {
      for (const p of waiting) {
        if (d.type === 'organization') p.affiliation ??= d;
        else p.country ??= d.country;
      }
      ctx.pending.delete(ka);
    }
  }
  return d;
}

export function wait(ctx: Ctx, k: number, person: Draft): void {
  const list = ctx.pending.get(k);
  if (list) list.push(person);
  else ctx.pending.set(k, [person]);
}

/** The draft that modifies whatever starts at chunk `k`: "China's …", "Foreign Ministry spokesman", "U.S. President". */
export function leftModifier(ctx: Ctx, k: number): Draft | null {
  let j = k - 1;
  let skipped = 0;
  while (j >= 0 && skipped < 2) {
    const c = ctx.ch[j]!;
    const t = ctx.toks[c.a]!;
    if (c.kind === 'word' && !c.upper && (TITLE_PREFIXES.has(t.lower) || t.pos === 'ADJ' || t.pos === 'NOUN')) {
      j--;
      skipped++;
      continue;
    }
    break;
  }
  if (j >= 0 && ctx.ch[j]!.kind === 'poss') j--;
  if (j < 0) return null;
  // Any draft: an uncertain run ("CSIS analyst …") may turn out to be an organisation when linked.
  return ctx.byEnd[j] ?? null;
}

/** First words of the two-word lower-case heads ("foreign" of "foreign ministry"). */
const TWO_WORD_HEAD_STARTS: ReadonlySet<string> = new Set(
  [...LOWER_ORG_HEADS.keys()].filter((k) => k.split(' ').length === 2).map((k) => k.split(' ')[0]!),
);

/** Lower-case organisation head at token `i` ("foreign ministry", "government"): [key, token end]. */
export function matchLowerHead(ctx: Ctx, i: number): [string, number] | null {
  const t1 = tokAt(ctx, i);
  if (!t1 || startsUpper(t1.text)) return null;
  const t2 = tokAt(ctx, i + 1);
  if (t2 && !startsUpper(t2.text)) {
    // Build the two-word key only when some two-word head starts with this word.
    if (TWO_WORD_HEAD_STARTS.has(t1.lower)) {
      const two = `${t1.lower} ${t2.lower}`;
      if (LOWER_ORG_HEADS.has(two)) return [two, i + 2];
    }
  }
  return LOWER_ORG_HEADS.has(t1.lower) ? [t1.lower, i + 1] : null;
}

/** Chunk index whose token range ends at token `tokEnd` (searching forward from `from`). */
export function chunkEndingAt(ctx: Ctx, from: number, tokEnd: number): number {
  let k = from;
  while (k < ctx.ch.length && ctx.ch[k]!.b < tokEnd) k++;
  return Math.min(k, ctx.ch.length - 1);
}

export function titleCase(s: string): string {
  // ASCII fast path (what nearly every key is); anything else takes the regex, which knows \p{Ll}.
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return s.replace(WORD_START_LOWER, (_m, sp: string, ch: string) => sp + ch.toUpperCase());
    if (c >= 97 && c <= 122 && (i === 0 || isAsciiSpace(s.charCodeAt(i - 1)))) {
      out += s.slice(from, i) + String.fromCharCode(c - 32);
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

/** `\s` restricted to ASCII: tab, line feed, vertical tab, form feed, carriage return, space. */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * `s.replace(/\s+/g, ' ')` without running the regex when there is nothing to replace (a name written with single
 * spaces, the usual case).
 */
export function collapseSpaces(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? isSpaceUnit(s.charCodeAt(i + 1)) : isSpaceUnit(c)) return s.replace(SPACE_RUN, ' ');
  }
  return s;
}

const SPACE_RUN = /\s+/g;

/** A UTF-16 unit `\s` matches (NaN past the end is none): the one white-space test, from src/text. */
export const isSpaceUnit = isJsSpace;

export function orgNameFor(iso3: string | null, core: string): string {
  const dem = iso3 ? countryDemonym(iso3) : null;
  return dem ? `${dem} ${core}` : core;
}

/** True when a token of chunks [ka, kb) is tagged a proper noun: "The Queen City" has no name after "Queen". */
export function hasProperNoun(ctx: Ctx, ka: number, kb: number): boolean {
  for (let i = ctx.ch[ka]!.a; i < ctx.ch[kb - 1]!.b; i++) {
    const pos = ctx.toks[i]!.pos;
    if (pos === 'PROPN' || pos === 'X') return true;
  }
  return false;
}
