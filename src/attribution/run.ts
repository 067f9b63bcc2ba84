/**
 * The working state of one attribution run over a document (`Run`: tokens, quote regions, cue candidates) and the
 * token tests, word sets and small helpers that every part of the stage shares.
 */

import type { Doc, QuoteKind, Sentence, Token, UPos } from '../model/index.js';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../nlp/lexicon/calendar.js';
import { type CueEntry, REPORTING_VERBS, thirdPersonLemma } from './lexicon/reporting-verbs.js';
import { EVIDENCE_SUBJECTS } from './lexicon/sources.js';
import { type QuoteRegion, scanQuotes } from './quote-marks.js';
import { SpeakerResolver } from './speaker.js';
import { CLOSERS, isComma, isDash, isNpHead, isRelative, npLeft, npRight, POSSESSIVES } from './tokens.js';

export type Mode =
  | 'adjective'
  | 'subject'
  | 'inverted'
  | 'participle'
  | 'coord'
  | 'relative'
  | 'according'
  | 'noun'
  | 'colon'
  | 'bare';

export interface Cand {
  /** Cue token range [c0, c1) (auxiliaries, negation and particle included). */
  c0: number;
  c1: number;
  head: number;
  entry: CueEntry;
  mode: Mode;
  /** Speaker NP token range, or -1. */
  s0: number;
  s1: number;
  /** The relative pronoun's antecedent NP, for "X, who said …". */
  ante: [number, number] | null;
  /** Token range claimed by speaker and cue (content never enters it). */
  x0: number;
  x1: number;
  side: 'left' | 'right';
  negated: boolean;
  /** Content as token ranges, or region indexes for direct content. */
  content: Array<[number, number]>;
  regions: number[];
  kind: QuoteKind;
  rule: string;
  confidence: number;
  dropped: boolean;
}

export const ACCORDING: CueEntry = Object.freeze({ act: 'assert', cls: 'speech', note: 'according to X' });

export const IN_SOURCE: CueEntry = Object.freeze({
  act: 'assert',
  cls: 'speech',
  note: 'in a poll / survey / study, …',
});

export const TO_SOURCE: CueEntry = Object.freeze({ act: 'believe', cls: 'belief', note: 'To X, … (in X’s view)' });

export const COLON: CueEntry = Object.freeze({ act: 'assert', cls: 'speech', note: 'X: “…”' });

export const RAISED: CueEntry = Object.freeze({ act: 'believe', cls: 'belief', note: 'is expected to / seems to' });

export const ASKED: CueEntry = Object.freeze({ act: 'question', cls: 'speech', note: 'Asked about X, …' });

/** Particles that turn a cue verb into another verb: "backing down", "called off", "dismissed from". */
export const OTHER_SENSE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['back', new Set(['down', 'off', 'away', 'out', 'up'])],
  ['call', new Set(['off', 'up', 'in'])],
  ['dismiss', new Set(['from'])],
  ['release', new Set(['from'])],
  ['issue', new Set(['with'])],
  ['offer', new Set(['up'])],
  ['post', new Set(['up', 'bail'])],
  // "adding to her lead", "reported from Ohio" (a byline), "compared with 2012": not speech.
  ['add', new Set(['to'])],
  ['report', new Set(['from'])],
  ['compare', new Set(['to', 'with'])],
]);

export const NEAR_FRAGMENT: CueEntry = Object.freeze({
  act: 'assert',
  cls: 'stance',
  npObject: true,
  personSubject: true,
  note: 'a verb whose object holds a quoted fragment',
});

export const NEAR_QUOTE: CueEntry = Object.freeze({
  act: 'assert',
  cls: 'speech',
  note: 'a verb framing a direct quote',
});

/** Verbs that frame quotes without reporting them ("“…” is the motto", "“…” appeared on signs"). */
export const NOT_SPEECH: ReadonlySet<string> = new Set([
  'be',
  'have',
  'do',
  'appear',
  'become',
  'mean',
  'include',
  'get',
]);

export const DASH: CueEntry = Object.freeze({ act: 'assert', cls: 'speech', note: '“…” — X' });

export const NEGATION: ReadonlySet<string> = new Set(['not', "n't", 'never', 'n’t']);

export const CLAUSE_STOP: ReadonlySet<string> = new Set([';']);

// \p{…} regexes live here, compiled once: some build targets turn such literals into a `new RegExp` per call.
export const CAP_LOWER = /^\p{Lu}\p{Ll}/u;

export const LOWER_START = /^\p{Ll}/u;

export const UPPER_START = /^\p{Lu}/u;

export const HAS_UPPER = /\p{Lu}/u;

const LETTERS = /\p{L}+/gu;

/** `/(ing|ed)$/` without a regex (hot: tested per verb token as clauses are scanned). */
export function endsIngEd(w: string): boolean {
  return w.endsWith('ing') || w.endsWith('ed');
}

/** Tokens [a, b) hold an auxiliary or a finite-looking verb (a capitalised "verb" is a name). */
export function hasFiniteVerb(toks: readonly Token[], a: number, b: number): boolean {
  // A content may start at the very end of the text ("n agree"): nothing past the last token.
  const end = Math.min(b, toks.length);
  for (let m = a; m < end; m++) {
    const t = toks[m]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !endsIngEd(t.lower) && !UPPER_START.test(t.text))) return true;
  }
  return false;
}

/** One growing buffer reused by every run (runs are synchronous and never nest): no allocation per document. */
let scratch = new Int32Array(4096);

function scratchBuffer(size: number): Int32Array {
  // A huge document gets its own buffer, so the module never holds on to it.
  if (size > 1 << 18) return new Int32Array(size).fill(-1);
  if (scratch.length < size) scratch = new Int32Array(Math.max(size, scratch.length * 2));
  return scratch.subarray(0, size).fill(-1);
}

/** The working state of one run over a document. */
export class Run {
  readonly doc: Doc;
  readonly text: string;
  readonly toks: readonly Token[];
  readonly regions: QuoteRegion[];
  /** Per token: the outermost quote region whose content holds it, or -1. */
  readonly inRegion: Int32Array;
  /** Per token: the region it opens (first mark token) / closes (last mark token), or -1. */
  readonly opens: Int32Array;
  readonly closes: Int32Array;
  readonly regionOpenTok: Int32Array;
  readonly regionCloseTok: Int32Array;
  readonly used: Uint8Array;
  readonly speakers: SpeakerResolver;
  readonly out: Cand[] = [];
  /** Index of the first block that is neither a repeat nor boilerplate, or -1. */
  readonly firstKept: number;
  /** End of the last "Asked …," lead (its comma), so later cues start after it. */
  askedEnd = -1;

  constructor(doc: Doc) {
    this.doc = doc;
    this.text = doc.text;
    this.toks = namesBeforeCues(doc.tokens, doc);
    const scan = scanQuotes(doc);
    this.regions = scan.regions;
    for (const d of scan.diagnostics) doc.diagnostics.push(d);
    const n = this.toks.length;
    // One buffer for the five index arrays: a single allocation and fill per document.
    const nr = this.regions.length;
    const buf = scratchBuffer(3 * n + 2 * nr);
    this.inRegion = buf.subarray(0, n);
    this.opens = buf.subarray(n, 2 * n);
    this.closes = buf.subarray(2 * n, 3 * n);
    this.regionOpenTok = buf.subarray(3 * n, 3 * n + nr);
    this.regionCloseTok = buf.subarray(3 * n + nr, 3 * n + 2 * nr);
    this.used = new Uint8Array(this.regions.length);
    this.speakers = new SpeakerResolver(doc);
    this.firstKept = doc.blocks.find((b) => b.repeats === null && b.role !== 'boilerplate')?.index ?? -1;
    // Map regions to tokens with one moving pointer (regions and tokens are both in text order).
    let t = 0;
    for (let r = 0; r < this.regions.length; r++) {
      const g = this.regions[r]!;
      while (t < n && this.toks[t]!.end <= g.open) t++;
      let k = t;
      while (k < n && this.toks[k]!.start < g.closeEnd) {
        const tok = this.toks[k]!;
        if (tok.start < g.openEnd) {
          if (this.regionOpenTok[r] === -1) {
            this.regionOpenTok[r] = k;
            this.opens[k] = r;
          }
        } else if (g.closed && tok.start >= g.close) {
          this.regionCloseTok[r] = k;
        } else this.inRegion[k] = r;
        k++;
      }
      if (this.regionCloseTok[r]! >= 0) this.closes[this.regionCloseTok[r]!] = r;
      else if (!g.closed) this.regionCloseTok[r] = k - 1;
      t = k;
    }
  }

  tokenText(a: number, b: number): string {
    return this.text.slice(this.toks[a]!.start, this.toks[b - 1]!.end);
  }

  /** Is token i inside quote marks (content or the marks themselves)? */
  quoted(i: number): boolean {
    return this.inRegion[i]! >= 0 || this.opens[i]! >= 0 || this.closes[i]! >= 0;
  }
}

/** A cheap pre-check before the map look-up: every evidence verb form starts with f, i or s. */
function mayBeEvidenceForm(lower: string): boolean {
  const c = lower.charCodeAt(0);
  return c === 102 || c === 105 || c === 115;
}

/**
 * wink tags some surnames as verbs or adjectives ("Lynch said", "Shook said", "Brown told"): a capitalised word right
 * before a lower-case reporting verb or auxiliary is read as a name. The tokens are copied only when one changes.
 */
function namesBeforeCues(toks: readonly Token[], doc: Doc): readonly Token[] {
  let out: Token[] | null = null;
  let names: ReadonlySet<string> | null = null;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    // "The reports show …", "Exit polling showed …": evidence verbs the tagger reads as nouns after a plural noun.
    const ev = mayBeEvidenceForm(t.lower) ? EVIDENCE_VERB_FORMS.get(t.lower) : undefined;
    const pe = i > 0 ? toks[i - 1]! : undefined;
    if (
      ev &&
      pe &&
      EVIDENCE_SUBJECTS.has(pe.lower) &&
      (t.pos !== 'VERB' || (pe.pos !== 'NOUN' && pe.pos !== 'PROPN'))
    ) {
      out ??= [...toks];
      if (t.pos !== 'VERB') out[i] = retagged(t, 'VERB', ev);
      if (pe.pos !== 'NOUN' && pe.pos !== 'PROPN') out[i - 1] = retagged(pe, 'NOUN');
      continue;
    }
    // Session 7: "George Will … Will/AUX urged", "David Jolly … Jolly/ADV said": a capitalised function word right
    // before a lower-case reporting verb is a name when the verb is inflected after a modal (a modal takes a bare
    // verb), or when the document names a person with that word.
    if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'ADP' || t.pos === 'NOUN') {
      const n = toks[i + 1]!;
      const cue = n.pos === 'VERB' && REPORTING_VERBS.has(n.lemma);
      if (!cue && n.pos !== 'AUX') continue;
      if (n.sentence !== t.sentence || !CAP_LOWER.test(t.text) || !LOWER_START.test(n.text)) continue;
      const named = t.pos === 'AUX' ? cue && n.lower !== n.lemma : (names ??= personNameWords(doc)).has(t.text);
      if (!named) continue;
      out ??= [...toks];
      out[i] = retagged(t, 'PROPN');
      continue;
    }
    // Session 7: "an ad that/DET attacks/NOUN Ortiz", "a suit, which/DET challenges/NOUN the map": a relative pronoun
    // read as a determiner before a saying or stance verb read as a noun, with its object at once.
    if ((t.lower === 'that' || t.lower === 'which') && t.pos === 'DET' && i > 0) {
      const lemma = relativeVerb(toks, i);
      if (lemma) {
        out ??= [...toks];
        out[i] = retagged(t, 'PRON');
        out[i + 1] = retagged(toks[i + 1]!, 'VERB', lemma);
        i++;
      }
      continue;
    }
    if (t.pos !== 'VERB' && t.pos !== 'ADJ') continue;
    const n = toks[i + 1]!;
    // "Olive Hedge, who …", "Sam Tell, a founder …": a capitalised "verb" after a name and before a comma.
    const nameThenComma = isComma(n) && i > 0 && toks[i - 1]!.pos === 'PROPN' && toks[i - 1]!.sentence === t.sentence;
    if (n.pos !== 'AUX' && !(n.pos === 'VERB' && REPORTING_VERBS.has(n.lemma)) && !nameThenComma) continue;
    if (n.sentence !== t.sentence || !CAP_LOWER.test(t.text) || !(LOWER_START.test(n.text) || nameThenComma)) continue;
    out ??= [...toks];
    out[i] = retagged(t, 'PROPN');
  }
  return out ?? toks;
}

/**
 * A token read with another tag. Built as a literal in the nlp stage's field order, so that it shares the hidden class
 * of the tokens it sits among (a spread copy did not: every token access in the stage slowed by about a fifth).
 */
function retagged(t: Token, pos: UPos, lemma = t.lemma): Token {
  return {
    index: t.index,
    start: t.start,
    end: t.end,
    text: t.text,
    lower: t.lower,
    pos,
    lemma,
    negated: t.negated,
    sentence: t.sentence,
  };
}

/**
 * The lemma of a saying, stance or evidence verb tagged as a noun right after the relative "that"/"which" at i (itself after a
 * noun, or after a comma for "which"), followed by its object: a determiner, a name, a possessive or object pronoun.
 */
function relativeVerb(toks: readonly Token[], i: number): string | undefined {
  const b = toks[i - 1]!;
  const v = toks[i + 1];
  const o = toks[i + 2];
  if (!v || !o || v.pos !== 'NOUN' || o.sentence !== b.sentence || b.sentence !== v.sentence) return undefined;
  const antecedent = isComma(b) ? toks[i]!.lower === 'which' && i > 1 && isNpHead(toks[i - 2]!) : b.pos === 'NOUN';
  if (!antecedent) return undefined;
  const w = v.lower;
  const lemma = thirdPersonLemma(w);
  const e = lemma ? REPORTING_VERBS.get(lemma) : undefined;
  if (!lemma || !e || (e.cls !== 'speech' && e.cls !== 'stance' && e.cls !== 'evidence')) return undefined;
  const object =
    o.pos === 'DET' ||
    (o.pos === 'PROPN' && UPPER_START.test(o.text)) ||
    POSSESSIVES.has(o.lower) ||
    o.lower === 'him' ||
    o.lower === 'them' ||
    o.lower === 'that';
  if (!object) return undefined;
  // "a tweet that blasts/NOUN Ortiz includes …": a relative on the main clause's subject; its object ends at the main
  // verb, which the reading cannot tell from the content.
  const e2 = npRight(toks, i + 2, toks.length);
  const after = e2 > 0 ? toks[e2] : undefined;
  return after && after.pos === 'VERB' && !endsIngEd(after.lower) ? undefined : lemma;
}

/** The words of the person names the entity stage found in the document ("David Jolly" → David, Jolly). */
function personNameWords(doc: Doc): ReadonlySet<string> {
  const words = new Set<string>();
  for (const e of doc.entities) {
    if (e.type !== 'person') continue;
    for (const w of e.name.split(' ')) if (w.length > 2) words.add(w);
  }
  return words;
}

/** Titles and names in quotes ("Sharknado 3", "Meet the Press"): every word capitalised or short. */
export function titleLike(run: Run, g: QuoteRegion): boolean {
  const words = run.text.slice(g.openEnd, g.close).match(LETTERS) ?? [];
  return words.length > 0 && words.length <= 8 && words.every((w) => UPPER_START.test(w) || w.length <= 3);
}

/** A form of "be" before token i, past adverbs and negation ("was not critical of"). */
export function afterBe(run: Run, i: number, s: Sentence): boolean {
  for (let k = i - 1; k >= s.tokenStart; k--) {
    const t = run.toks[k]!;
    if (t.pos === 'AUX') return t.lemma === 'be';
    if (t.pos !== 'ADV' && !NEGATION.has(t.lower)) return false;
  }
  return false;
}

/**
 * The source after "according to": up to a comma, the sentence end or a quote, past words the tagger misreads
 * ("exit/VERB polls", "the average/ADJ of …", "the Associated/VERB Press"); -1 when it holds no noun.
 */
export function sourceAfterAccording(run: Run, a: number, max: number): number {
  const toks = run.toks;
  let noun = -1;
  for (let k = a; k < max && k - a < 20; k++) {
    const t = toks[k]!;
    // ("a just-released poll": a hyphen inside a word is no dash.)
    const dash = isDash(t) && t.text !== '-';
    if (isComma(t) || CLOSERS.has(t.text) || t.text === ';' || t.text === ':' || dash || run.quoted(k)) break;
    if (t.pos === 'AUX' || t.pos === 'SCONJ' || (t.pos === 'PRON' && isRelative(t) && k > a)) break;
    // "(…, according to county rolls) back the levy": the bracket closing the aside ends the source.
    if (t.text === ')' && k > a) break;
    // "according to poll/VERB": a poll noun the tagger read as a verb.
    if (isNpHead(t) || EVIDENCE_SUBJECTS.has(t.lower)) noun = k;
  }
  return noun >= 0 ? noun + 1 : npRight(toks, a, max);
}

/** The first token of a sentence's content, past a leading conjunction or adverb. */
export function firstContentTok(run: Run, s: Sentence): number {
  let k = s.tokenStart;
  while (k < s.tokenEnd && (run.toks[k]!.pos === 'CCONJ' || run.toks[k]!.pos === 'ADV' || run.toks[k]!.pos === 'PUNCT'))
    k++;
  return k;
}

/** The subject of the sentence's main clause: the NP before the first finite verb, past leading adverbials. */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'as',
  'while',
  'when',
  'after',
  'before',
  'although',
  'though',
  'if',
  'because',
  'since',
  'once',
  'until',
]);

export function sentenceSubject(run: Run, s: Sentence, before: number): [number, number] | null {
  const toks = run.toks;
  let from = s.tokenStart;
  // Past a leading subordinate clause: "As word of her victories rolled in, he gave a speech, predicting …".
  if (SUBORDINATORS.has(toks[from]!.lower)) {
    let k = from + 1;
    while (k < before && !isComma(toks[k])) k++;
    if (k < before) from = k + 1;
  }
  for (let k = from; k < before; k++) {
    const t = toks[k]!;
    if (run.quoted(k)) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      let e = k;
      while (e - 1 >= s.tokenStart && toks[e - 1]!.pos === 'ADV') e--;
      const a = npLeft(toks, e, from);
      if (a >= 0) return [a, e];
      return null;
    }
  }
  return null;
}

export { POSSESSIVES };

/** Month names and their abbreviations, with or without the full stop (from the shared calendar lexicon). */
export const MONTH_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS,
  ...MONTH_ABBREVIATIONS,
  ...MONTH_ABBREVIATIONS.map((a) => a.slice(0, -1)),
]);

/** Evidence verbs by form, for re-tagging "reports show" / "polling showed". */
const EVIDENCE_VERB_FORMS: ReadonlyMap<string, string> = new Map([
  ['show', 'show'],
  ['shows', 'show'],
  ['showed', 'show'],
  ['suggest', 'suggest'],
  ['suggests', 'suggest'],
  ['suggested', 'suggest'],
  ['indicate', 'indicate'],
  ['indicates', 'indicate'],
  ['indicated', 'indicate'],
  ['find', 'find'],
  ['finds', 'find'],
  ['found', 'find'],
]);

/** Quantifiers that stand as a subject on their own: "Both think …", "Many fear …", "Most believe …". */
export const QUANTIFIERS: ReadonlySet<string> = new Set([
  'both',
  'many',
  'most',
  'some',
  'few',
  'several',
  'others',
  'all',
]);

/** Weekdays and other words of when or how often something was said. */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  ...'today yesterday tonight last this earlier later recently again repeatedly privately publicly'.split(' '),
]);

export function wordCount(text: string, a: number, b: number): number {
  let n = 0;
  let inWord = false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    const ws = c === 32 || c === 10 || c === 9 || c === 0xa0;
    if (!ws && !inWord) n++;
    inWord = !ws;
  }
  return n;
}

export function firstTok(c: Cand, run: Run): number {
  if (c.regions.length > 0) return run.regionOpenTok[c.regions[0]!]!;
  return c.content[0]?.[0] ?? c.c0;
}

export function lastTok(c: Cand, run: Run): number {
  let m = Math.max(c.c1 - 1, c.s1 - 1);
  for (const r of c.regions) m = Math.max(m, run.regionCloseTok[r]!);
  for (const [, e] of c.content) m = Math.max(m, e - 1);
  return m;
}

export function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/** Whether a token range holds a capitalised name. */
export function hasName(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (t.pos === 'PROPN' && UPPER_START.test(t.text)) return true;
  }
  return false;
}

/** Whether a quote closes at token `k` inside the paragraph of sentence `s` (a quote never reaches across one). */
export function closesInBlock(run: Run, s: Sentence, k: number): boolean {
  if (k < 0 || run.closes[k]! < 0) return false;
  return run.doc.sentences[run.toks[k]!.sentence]!.block === s.block;
}
