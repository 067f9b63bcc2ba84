/**
 * The attribution stage: direct, partial, mixed and indirect quotes with cue, speech act and speaker, found by rules
 * over quote regions and wink's POS tags (no parser). One pass over sentences finds cue constructions; quote regions
 * are then attached to them or, failing that, to their neighbours. Everything is linear in the document length.
 */
import type { Doc, Quote, QuoteKind, Sentence, Span, Speaker, SpeechAct, Token } from '../model/index.js';
import { decideAct } from './acts.js';
import { LIGHT_VERBS, NOUN_PREPOSITIONS, SPEECH_NOUNS } from './lexicon/light-verb-cues.js';
import { NOMINAL_CUES } from './lexicon/nominal-cues.js';
import { ADJECTIVE_CUES, type PhraseCue, VERB_PHRASE_CUES } from './lexicon/phrasal-cues.js';
import { type CueEntry, PARTICLES, REPORTING_VERBS } from './lexicon/reporting-verbs.js';
import { CUE_NOUNS, EVENT_SUBJECTS, EVIDENCE_SUBJECTS } from './lexicon/sources.js';
import { type QuoteRegion, scanQuotes } from './quote-marks.js';
import { SpeakerResolver } from './speaker.js';
import { asideChainSubject, contractedPerfect, expletivePassive, specialSubjectStart } from './subjects.js';
import {
  CLOSERS,
  isComma,
  isDash,
  isNpHead,
  isNpTok,
  isObjectPronoun,
  isRelative,
  npLeft,
  npRight,
  postmodifiedStart,
  TIME_HEADS,
} from './tokens.js';

type Mode =
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

interface Cand {
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

const ACCORDING: CueEntry = Object.freeze({ act: 'assert', cls: 'speech', note: 'according to X' });
const IN_SOURCE: CueEntry = Object.freeze({ act: 'assert', cls: 'speech', note: 'in a poll / survey / study, …' });
const TO_SOURCE: CueEntry = Object.freeze({ act: 'believe', cls: 'belief', note: 'To X, … (in X’s view)' });
const COLON: CueEntry = Object.freeze({ act: 'assert', cls: 'speech', note: 'X: “…”' });
const RAISED: CueEntry = Object.freeze({ act: 'believe', cls: 'belief', note: 'is expected to / seems to' });
const ASKED: CueEntry = Object.freeze({ act: 'question', cls: 'speech', note: 'Asked about X, …' });
/** Particles that turn a cue verb into another verb: "backing down", "called off", "dismissed from". */
const OTHER_SENSE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['back', new Set(['down', 'off', 'away', 'out', 'up'])],
  ['call', new Set(['off', 'up', 'in'])],
  ['dismiss', new Set(['from'])],
  ['release', new Set(['from'])],
  ['issue', new Set(['with'])],
  ['offer', new Set(['up'])],
  ['post', new Set(['up', 'bail'])],
]);
const NEAR_FRAGMENT: CueEntry = Object.freeze({
  act: 'assert',
  cls: 'stance',
  npObject: true,
  personSubject: true,
  note: 'a verb whose object holds a quoted fragment',
});
const NEAR_QUOTE: CueEntry = Object.freeze({ act: 'assert', cls: 'speech', note: 'a verb framing a direct quote' });
/** Verbs that frame quotes without reporting them ("“…” is the motto", "“…” appeared on signs"). */
const NOT_SPEECH: ReadonlySet<string> = new Set(['be', 'have', 'do', 'appear', 'become', 'mean', 'include', 'get']);
const DASH: CueEntry = Object.freeze({ act: 'assert', cls: 'speech', note: '“…” — X' });
const NEGATION: ReadonlySet<string> = new Set(['not', "n't", 'never', 'n’t']);
const CLAUSE_STOP: ReadonlySet<string> = new Set([';']);

// \p{…} regexes live here, compiled once: some build targets turn such literals into a `new RegExp` per call.
const CAP_LOWER = /^\p{Lu}\p{Ll}/u;
const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;
const HAS_UPPER = /\p{Lu}/u;
const LETTERS = /\p{L}+/gu;

/** `/(ing|ed)$/` without a regex (hot: tested per verb token as clauses are scanned). */
function endsIngEd(w: string): boolean {
  return w.endsWith('ing') || w.endsWith('ed');
}

/** Tokens [a, b) hold an auxiliary or a finite-looking verb (a capitalised "verb" is a name). */
function hasFiniteVerb(toks: readonly Token[], a: number, b: number): boolean {
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
class Run {
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
    this.toks = namesBeforeCues(doc.tokens);
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
function namesBeforeCues(toks: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null;
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
      if (t.pos !== 'VERB') out[i] = { ...t, pos: 'VERB', lemma: ev };
      if (pe.pos !== 'NOUN' && pe.pos !== 'PROPN') out[i - 1] = { ...pe, pos: 'NOUN' };
      continue;
    }
    if (t.pos !== 'VERB' && t.pos !== 'ADJ') continue;
    const n = toks[i + 1]!;
    // "Olive Hedge, who …", "Sam Tell, a founder …": a capitalised "verb" after a name and before a comma.
    const nameThenComma = isComma(n) && i > 0 && toks[i - 1]!.pos === 'PROPN' && toks[i - 1]!.sentence === t.sentence;
    if (n.pos !== 'AUX' && !(n.pos === 'VERB' && REPORTING_VERBS.has(n.lemma)) && !nameThenComma) continue;
    if (n.sentence !== t.sentence || !CAP_LOWER.test(t.text) || !(LOWER_START.test(n.text) || nameThenComma)) continue;
    out ??= [...toks];
    out[i] = { ...t, pos: 'PROPN' };
  }
  return out ?? toks;
}

/** Direct, partial, mixed and indirect quotes with cue, speech act and speaker. */
export function findQuotes(doc: Doc): void {
  doc.quotes = [];
  if (doc.tokens.length === 0) return;
  const run = new Run(doc);
  for (const s of clauseSentences(doc)) sentenceCues(run, s);
  leftoverRegions(run);
  emit(run);
}

/**
 * The sentences attribution reads: a sentence that opens with a lower-case word or a comma continues the one before it
 * in the same paragraph ("Sen. Mara Quist (D-Vt.) | said she …" is a splitter's cut after an abbreviation, not a sentence).
 */
function clauseSentences(doc: Doc): Sentence[] {
  const out: Sentence[] = [];
  for (const s of doc.sentences) {
    const prev = out[out.length - 1];
    const first = doc.tokens[s.tokenStart];
    const before = doc.tokens[s.tokenStart - 1];
    if (
      prev &&
      first &&
      before &&
      prev.block === s.block &&
      prev.tokenEnd === s.tokenStart &&
      (LOWER_START.test(first.text) || isComma(first)) &&
      (before.text === ')' || before.text === '.' || /\.$/.test(before.text))
    ) {
      out[out.length - 1] = { ...prev, span: { start: prev.span.start, end: s.span.end }, tokenEnd: s.tokenEnd };
    } else out.push(s);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Cue detection

/** Finds the cue starting at token i, if any: [entry, end of cue, head]. */
function cueAt(run: Run, i: number, s: Sentence): [CueEntry, number, Mode] | null {
  const toks = run.toks;
  const t = toks[i]!;
  const next = i + 1 < s.tokenEnd ? toks[i + 1] : undefined;
  if (t.lower === 'according' && next?.lower === 'to') return [ACCORDING, i + 2, 'according'];
  if (t.lower === 'in' && i === firstContentTok(run, s) && evidenceBeforeComma(run, i + 1, s))
    return [IN_SOURCE, i + 1, 'according'];
  if (t.text === 'To' && i === s.tokenStart && personBeforeComma(run, i + 1, s)) return [TO_SOURCE, i + 1, 'according'];
  const adj = t.pos === 'ADJ' || t.pos === 'VERB' ? ADJECTIVE_CUES.get(t.lower) : undefined;
  if (adj && afterBe(run, i, s)) {
    const m = matchRest(run, i, s, adj);
    if (m) return [m[0], m[1], 'adjective'];
  }
  if (t.pos === 'VERB' || (t.pos === 'NOUN' && verbLikeNoun(run, i, s))) {
    const lemma = t.pos === 'NOUN' ? nounVerbLemma(t) : t.lemma;
    // The lemma differs from wink's only for nouns read as verbs: no second look-up otherwise.
    const phrases = VERB_PHRASE_CUES.get(lemma) ?? (lemma !== t.lemma ? VERB_PHRASE_CUES.get(t.lemma) : undefined);
    if (phrases) {
      const m = matchRest(run, i, s, phrases) ?? matchAfterGap(run, i, s, phrases, lemma);
      if (m) return [m[0], m[1], 'subject'];
    }
    if (LIGHT_VERBS.has(t.lemma) && t.pos === 'VERB') {
      const m = lightVerbCue(run, i, s);
      if (m) return [m[0], m[1], 'subject'];
    }
    if (next && PARTICLES.has(next.lower)) {
      const two = REPORTING_VERBS.get(`${lemma} ${next.lower}`) ?? REPORTING_VERBS.get(`${t.lemma} ${next.lower}`);
      if (two) return [two, i + 2, 'subject'];
    }
    const e = REPORTING_VERBS.get(lemma) ?? (lemma !== t.lemma ? REPORTING_VERBS.get(t.lemma) : undefined);
    if (e && next && OTHER_SENSE.get(t.lemma)?.has(next.lower)) return null;
    // "known as", "reporting for": forms that are rarely attributions.
    if (t.lower === 'known' || t.lower === 'reporting') return null;
    if (e) return [e, i + 1, 'subject'];
    if (t.pos === 'VERB' && !NOT_SPEECH.has(t.lemma) && nextToQuote(run, i, s)) return [NEAR_QUOTE, i + 1, 'subject'];
    if (t.pos === 'VERB' && !NOT_SPEECH.has(t.lemma) && !t.lower.endsWith('ing') && fragmentAfter(run, i, s))
      return [NEAR_FRAGMENT, i + 1, 'subject'];
    return null;
  }
  // Not "said in a statement that …" (the verb's cue) nor "a claim that is false" (a relative clause).
  const after = toks[i + 2];
  if (
    t.pos === 'NOUN' &&
    next?.lower === 'that' &&
    CUE_NOUNS.has(t.lower) &&
    !inPhrase(toks, i, s.tokenStart) &&
    !(after && i + 2 < s.tokenEnd && (after.pos === 'AUX' || after.pos === 'VERB'))
  ) {
    const act = CUE_NOUNS.get(t.lower)!;
    return [{ act, cls: 'speech', note: 'noun cue' }, i + 1, 'noun'];
  }
  // "his criticism of the plan", "Ames's support for the bill": a possessor, a speech noun and its preposition.
  if (t.pos === 'NOUN' && next && i > s.tokenStart && isPossessor(toks[i - 1]!)) {
    const n = NOMINAL_CUES.get(t.lemma);
    if (n?.prepositions.has(next.lower) && i + 2 < s.tokenEnd) return [n.entry, i + 2, 'noun'];
  }
  return null;
}

/**
 * "made the case that …", "made no mention of …", "launched a new attack on …": a light verb, a few determiners or
 * modifiers, then a speech noun (and its preposition). Returns [entry, end of cue] or null.
 */
function lightVerbCue(run: Run, i: number, s: Sentence): [CueEntry, number] | null {
  const toks = run.toks;
  for (let k = i + 1; k < s.tokenEnd && k <= i + 5; k++) {
    const t = toks[k]!;
    if (t.pos === 'NOUN') {
      const e = SPEECH_NOUNS.get(t.lemma);
      if (!e) return null;
      const n = toks[k + 1];
      if (n && k + 1 < s.tokenEnd && NOUN_PREPOSITIONS.has(n.lower) && !run.quoted(k + 1)) return [e, k + 2];
      // The noun alone ends the cue only before a clause or a quote: "made the case that …", "issued a statement: “…”".
      if (n && (n.lower === 'that' || n.text === ':' || isComma(n) || run.opens[k + 1]! >= 0)) return [e, k + 1];
      return null;
    }
    if (
      !(
        t.pos === 'DET' ||
        t.pos === 'ADJ' ||
        t.pos === 'ADV' ||
        t.pos === 'NUM' ||
        t.lower === 'his' ||
        t.lower === 'her' ||
        t.lower === 'their' ||
        t.lower === 'its'
      )
    )
      return null;
  }
  return null;
}

/** The noun at i sits in a prepositional phrase: "in a statement", "in his statement". */
function inPhrase(toks: readonly Token[], i: number, min: number): boolean {
  let k = i - 1;
  while (k >= min && i - k <= 3 && (toks[k]!.pos === 'DET' || toks[k]!.pos === 'ADJ' || isPossessor(toks[k]!))) k--;
  return k >= min && k < i - 1 && toks[k]!.lower === 'in';
}

/** "his", "their", "Ames's": a possessor right before a nominal cue. */
function isPossessor(t: Token): boolean {
  const w = t.lower;
  return w === 'his' || w === 'her' || w === 'their' || w === 'its' || w === "'s" || w === '’s';
}

/** "To many voters, …", "To Ames, …": a name, a pronoun or a plural noun phrase, then a comma and a clause. */
function personBeforeComma(run: Run, a: number, s: Sentence): boolean {
  const toks = run.toks;
  const e = npRight(toks, a, s.tokenEnd);
  if (e <= a || !isComma(toks[e]) || e + 3 >= s.tokenEnd || run.quoted(a)) return false;
  const t = toks[a]!;
  if (t.pos === 'VERB') return false;
  const pron = e === a + 1 && (t.lower === 'me' || t.lower === 'him' || t.lower === 'them' || t.lower === 'us');
  let person = false;
  for (let k = a; k < e; k++)
    if ((toks[k]!.pos === 'PROPN' && UPPER_START.test(toks[k]!.text)) || pluralHead(toks[k]!)) person = true;
  return (pron || person) && hasFiniteVerb(toks, e + 1, s.tokenEnd);
}

/** "In a CNN/ORC poll released Monday, …": a poll, survey or study named before the first comma. */
function evidenceBeforeComma(run: Run, a: number, s: Sentence): boolean {
  for (let k = a; k < s.tokenEnd && k < a + 12; k++) {
    const t = run.toks[k]!;
    if (isComma(t)) return false;
    if (EVIDENCE_SUBJECTS.has(t.lower) && (t.pos === 'NOUN' || t.pos === 'PROPN')) {
      for (let m = k + 1; m < s.tokenEnd && m < a + 20; m++) if (isComma(run.toks[m])) return m + 2 < s.tokenEnd;
      return false;
    }
    if (t.pos === 'VERB' && !/(ed|ing)$/.test(t.lower)) return false;
  }
  return false;
}

/**
 * "the firm styles itself a ''public square for ideas''", "praised the mayor for “acting fast”": a quoted
 * fragment in the verb's own clause, a few words on, is what the subject is reported to have said of it.
 */
function fragmentAfter(run: Run, i: number, s: Sentence): boolean {
  const toks = run.toks;
  for (let k = i + 1; k < s.tokenEnd && k <= i + 8; k++) {
    if (run.opens[k]! >= 0) {
      // Headline capitals ("ENDS", "Ted") are not verbs here.
      if (!LOWER_START.test(toks[i]!.text)) return false;
      // Titles and names in quotes ("Sharknado 3", "Equity") are not someone's words.
      return k > i + 1 && !titleLike(run, run.regions[run.opens[k]!]!);
    }
    const t = toks[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || CLOSERS.has(t.text) || isComma(t) || t.text === ';' || t.text === ':')
      return false;
    if (t.pos === 'SCONJ' || t.lower === 'that') return false;
  }
  return false;
}

/** Titles and names in quotes ("Sharknado 3", "Meet the Press"): every word capitalised or short. */
function titleLike(run: Run, g: QuoteRegion): boolean {
  const words = run.text.slice(g.openEnd, g.close).match(LETTERS) ?? [];
  return words.length > 0 && words.length <= 8 && words.every((w) => UPPER_START.test(w) || w.length <= 3);
}

/** A quote closes at token k, or right before a comma at k (a module function: no closure per verb). */
function closesAt(run: Run, k: number): boolean {
  return k >= 0 && (run.closes[k]! >= 0 || (isComma(run.toks[k]) && k > 0 && run.closes[k - 1]! >= 0));
}

/**
 * Any verb framing a direct quote is its cue ("“Out!” Trump barked", "she shouted: “…”"): the quote closes right
 * before the verb's subject (or the verb), or opens right after the verb and a colon or comma.
 */
function nextToQuote(run: Run, i: number, s: Sentence): boolean {
  const toks = run.toks;
  let j = i - 1;
  while (j >= s.tokenStart && (toks[j]!.pos === 'ADV' || toks[j]!.pos === 'AUX')) j--;
  if (j >= s.tokenStart) {
    if (closesAt(run, j)) {
      const e = npRight(toks, i + 1, s.tokenEnd);
      const after = toks[e];
      return e > i + 1 && (!after || after.sentence !== toks[i]!.sentence || CLOSERS.has(after.text) || isComma(after));
    }
    const t = toks[j];
    if (t && isNpHead(t)) {
      const a = npLeft(toks, j + 1, Math.max(0, s.tokenStart - 3));
      const sameBlock = a > 0 && run.doc.sentences[toks[a - 1]!.sentence]!.block === s.block;
      if (sameBlock && closesAt(run, a - 1)) {
        const n = toks[i + 1];
        if (!n || n.sentence !== toks[i]!.sentence || CLOSERS.has(n.text) || isComma(n) || n.pos === 'ADP') return true;
      }
    }
  }
  // Lead-in: "X shouted: “…”", "a man yelled “Stay there!”".
  // The word before a lead-in verb: its subject, an adverb ("reportedly yelling:"), or a comma before a participle.
  let b = i - 1;
  while (b > s.tokenStart && (toks[b]!.pos === 'ADV' || toks[b]!.pos === 'AUX')) b--;
  const before = toks[b];
  const leadOk =
    b >= s.tokenStart &&
    before !== undefined &&
    (isNpHead(before) || (toks[i]!.lower.endsWith('ing') && (isComma(before) || before.pos === 'CCONJ')));
  const r = run.opens[i + 1]!;
  if (r >= 0 && leadOk) {
    // Only a speech-like quote: sentence punctuation inside the marks, or a long one (not a title).
    const g = run.regions[r]!;
    const inner = run.text.slice(g.openEnd, g.close).trimEnd();
    return /[.!?,]$/.test(inner) || wordCount(run.text, g.openEnd, g.close) >= 6;
  }
  for (let k = i + 1; k < Math.min(s.tokenEnd, i + 4); k++) {
    const t = toks[k]!;
    if ((t.text === ':' || isComma(t)) && run.opens[k + 1]! >= 0) return leadOk;
    if (t.pos === 'VERB' || run.quoted(k)) return false;
  }
  return false;
}

/** The longest phrase whose remaining words follow token i: [entry, end of cue]. */
function matchRest(run: Run, i: number, s: Sentence, list: readonly PhraseCue[]): [CueEntry, number] | null {
  for (const p of list) {
    let ok = true;
    for (let k = 0; k < p.rest.length; k++) {
      const t = run.toks[i + 1 + k];
      if (!t || i + 1 + k >= s.tokenEnd || t.lower !== p.rest[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return [p.entry, i + 1 + p.rest.length];
  }
  return null;
}

/** Verbs of talking whose topic may come after a hearer, place or time ("spoke to reporters on Friday about …"). */
const TALK_VERBS: ReadonlySet<string> = new Set(['talk', 'speak']);

/**
 * A phrase cue whose words come after one or two adverbs ("spoke openly about", "talked proudly of"), or, for verbs of
 * talking, "about" after a short phrase naming the hearer, place or time ("spoke to reporters on Friday about").
 */
function matchAfterGap(
  run: Run,
  i: number,
  s: Sentence,
  list: readonly PhraseCue[],
  lemma: string,
): [CueEntry, number] | null {
  const toks = run.toks;
  let k = i + 1;
  while (k < s.tokenEnd && k - i <= 2 && toks[k]!.pos === 'ADV') k++;
  if (k > i + 1) {
    const m = matchRest(run, k - 1, s, list);
    if (m) return m;
  }
  if (!TALK_VERBS.has(lemma)) return null;
  for (k = i + 1; k < s.tokenEnd && k - i <= 8; k++) {
    const t = toks[k]!;
    if (run.quoted(k) || !(t.pos === 'ADP' || isNpTok(t) || t.pos === 'ADV' || t.pos === 'ADJ')) return null;
    if (k > i + 1 && t.lower === 'about') {
      for (const p of list) if (p.rest.length === 1 && p.rest[0] === t.lower) return [p.entry, k + 1];
      return null;
    }
  }
  return null;
}

/** A form of "be" before token i, past adverbs and negation ("was not critical of"). */
function afterBe(run: Run, i: number, s: Sentence): boolean {
  for (let k = i - 1; k >= s.tokenStart; k--) {
    const t = run.toks[k]!;
    if (t.pos === 'AUX') return t.lemma === 'be';
    if (t.pos !== 'ADV' && !NEGATION.has(t.lower)) return false;
  }
  return false;
}

/** The verb lemma of a third-person verb tagged as a plural noun: "notes" → note, "argues" → argue, "says" → say. */
function nounVerbLemma(t: Token): string {
  if (REPORTING_VERBS.has(t.lemma)) return t.lemma;
  const s1 = t.lower.replace(/s$/, '');
  if (REPORTING_VERBS.has(s1)) return s1;
  return t.lower.replace(/es$/, '');
}

/** `/[a-z]s$/` without a regex: an ASCII lower-case letter, then a final "s". */
function endsInLetterS(w: string): boolean {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 115) return false;
  const c = w.charCodeAt(n - 2);
  return c >= 97 && c <= 122;
}

/** "the EU claims talks are close": a plural-looking noun tag on a third-person verb. */
function verbLikeNoun(run: Run, i: number, s: Sentence): boolean {
  const toks = run.toks;
  const t = toks[i]!;
  const prev = i > s.tokenStart ? toks[i - 1]! : undefined;
  const next = i + 1 < s.tokenEnd ? toks[i + 1]! : undefined;
  if (!prev || !next) return false;
  // "respondents who support Sanders", "Many fear Trump will …": a base-form verb tagged as a noun after a relative
  // pronoun or a quantifier standing as subject.
  if (!endsInLetterS(t.lower)) {
    // "Six in 10 say …", "52 percent believe …": a count standing as subject.
    const e = REPORTING_VERBS.get(t.lemma);
    if (!e) return false;
    const count = prev.pos === 'NUM' || prev.lower === 'percent' || prev.text === '%';
    // "Critics call it …", "three-quarters support a ban": a plural noun standing as subject.
    const plural =
      (e.cls === 'speech' || e.cls === 'belief') &&
      pluralHead(prev) &&
      (i - 1 === s.tokenStart || toks[i - 2]!.pos !== 'ADP');
    if (!(prev.lower === 'who' || QUANTIFIERS.has(prev.lower) || count || plural)) return false;
    return next.lower === 'that' || next.pos === 'PROPN' || next.pos === 'DET' || next.pos === 'PRON';
  }
  // "Western states", "the United States": the plural noun, unless "that" follows at once.
  if (t.lower === 'states' && next.lower !== 'that') return false;
  // "The candidate plans to …", "the group claims that …".
  if (prev.pos === 'NOUN' && (next.lower === 'that' || next.lower === 'to') && REPORTING_VERBS.has(nounVerbLemma(t)))
    return true;
  if (!(prev.pos === 'PROPN' || (prev.pos === 'NOUN' && UPPER_START.test(prev.text)) || prev.pos === 'PRON'))
    return false;
  // "“…,” Viguerie notes." — a saying verb closing its sentence.
  if ((CLOSERS.has(next.text) || isComma(next)) && REPORTING_VERBS.get(nounVerbLemma(t))?.cls === 'speech') return true;
  // "Clinton plans to …": an intention verb before its infinitive.
  if (next.lower === 'to') return REPORTING_VERBS.get(nounVerbLemma(t))?.cls === 'intend';
  return (
    next.lower === 'that' ||
    next.text === ':' ||
    run.opens[i + 1]! >= 0 ||
    PARTICLES.has(next.lower) ||
    next.pos === 'DET' ||
    next.pos === 'PRON' ||
    next.pos === 'NOUN' ||
    next.pos === 'PROPN' ||
    next.pos === 'ADJ' ||
    next.pos === 'NUM'
  );
}

function sentenceCues(run: Run, s: Sentence): void {
  const toks = run.toks;
  const cands: Cand[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (run.quoted(i)) continue;
    const t = toks[i]!;
    if (t.text === ':') {
      const c = colonCue(run, s, i);
      if (c) cands.push(c);
      continue;
    }
    // Each special construction's first gate is checked here, so most tokens make no call at all.
    const special =
      (toks[i + 1]?.lower === 'to' ? raising(run, s, i) : null) ??
      (t.pos === 'VERB' && COPULAR_JUDGEMENT.has(t.lemma) ? (copular(run, s, i) ?? itSeems(run, s, i)) : null) ??
      (t.lower === 'known' && toks[i + 1]?.lower === 'as' ? knownAs(run, s, i) : null) ??
      (t.pos === 'VERB' && PASSIVE_JUDGEMENT.has(t.lower) ? passiveAs(run, s, i) : null) ??
      (t.lower === 'asked' ? askedLead(run, s, i) : null) ??
      (cands.length === 0 && i !== s.tokenStart && i - s.tokenStart <= 6 ? headlineCue(run, s, i, cands) : null);
    if (special) {
      cands.push(special);
      i = special.c1 - 1;
      continue;
    }
    const hit = cueAt(run, i, s);
    if (!hit) continue;
    const c = construct(run, s, i, hit[0], hit[1], hit[2], cands);
    if (c) {
      cands.push(c);
      i = c.c1 - 1;
    }
  }
  if (cands.length === 0) return;
  contents(run, s, cands);
  for (const c of cands) if (!c.dropped && c.content.length + c.regions.length > 0) run.out.push(c);
}

/**
 * The source after "according to": up to a comma, the sentence end or a quote, past words the tagger misreads
 * ("exit/VERB polls", "the average/ADJ of …", "the Associated/VERB Press"); -1 when it holds no noun.
 */
function sourceAfterAccording(run: Run, a: number, max: number): number {
  const toks = run.toks;
  let noun = -1;
  for (let k = a; k < max && k - a < 20; k++) {
    const t = toks[k]!;
    if (isComma(t) || CLOSERS.has(t.text) || t.text === ';' || t.text === ':' || isDash(t) || run.quoted(k)) break;
    if (t.pos === 'AUX' || t.pos === 'SCONJ' || (t.pos === 'PRON' && isRelative(t) && k > a)) break;
    if (isNpHead(t)) noun = k;
  }
  return noun >= 0 ? noun + 1 : npRight(toks, a, max);
}

/** Builds the construction around the cue at `i`: cue span, mode, speaker NP and content side. */
function construct(
  run: Run,
  s: Sentence,
  i: number,
  entry: CueEntry,
  c1: number,
  mode0: Mode,
  prev: readonly Cand[],
): Cand | null {
  const toks = run.toks;
  const t = toks[i]!;
  const base = (): Cand => ({
    c0: i,
    c1,
    head: i,
    entry,
    mode: mode0,
    s0: -1,
    s1: -1,
    ante: null,
    x0: i,
    x1: c1,
    side: 'right',
    negated: false,
    content: [],
    regions: [],
    kind: 'indirect',
    rule: '',
    confidence: 0.8,
    dropped: false,
  });
  if (mode0 === 'according') {
    const c = base();
    const e = entry === ACCORDING ? sourceAfterAccording(run, c1, s.tokenEnd) : npRight(toks, c1, s.tokenEnd);
    if (e < 0) return null;
    c.s0 = c1;
    c.s1 = e;
    c.x1 = e;
    const before = firstContentTok(run, s);
    c.side = i <= before ? 'right' : 'left';
    c.rule =
      entry === IN_SOURCE
        ? 'attribution/in-source'
        : entry === TO_SOURCE
          ? 'attribution/to-source'
          : 'attribution/according-to';
    c.confidence = entry === ACCORDING ? 0.9 : 0.7;
    return c;
  }
  if (mode0 === 'noun') {
    const c = base();
    // "X's claim that …": the possessor is the speaker.
    const p = i - 1;
    if (p > s.tokenStart && (toks[p]!.lower === "'s" || toks[p]!.lower === '’s')) {
      const a = npLeft(toks, p, s.tokenStart);
      if (a >= 0) {
        c.s0 = a;
        c.s1 = p;
        c.x0 = a;
      }
    } else if (p >= s.tokenStart && toks[p]!.pos === 'PRON' && /^(his|her|their|its)$/.test(toks[p]!.lower)) {
      c.s0 = p;
      c.s1 = p + 1;
      c.x0 = p;
      // "The governor keeps up her backing for …": the clause subject the possessive refers to.
      const subj = sentenceSubject(run, s, p);
      if (subj && subj[1] <= p && !run.quoted(subj[0])) [c.s0, c.s1] = subj;
    }
    c.rule = 'attribution/noun-cue';
    c.confidence = 0.6;
    return c;
  }
  // Passive "it was said", "is expected to": no speaker in the clause; skip.
  let j = i - 1;
  let negated = false;
  let auxStart = i;
  let sawBe = false;
  while (j >= s.tokenStart) {
    const a = toks[j]!;
    if (a.pos === 'AUX' || NEGATION.has(a.lower)) {
      if (NEGATION.has(a.lower)) negated = true;
      // "he's said" is a perfect, "he's hoping" a progressive.
      if (a.lemma === 'be' && (t.lower.endsWith('ing') || !contractedPerfect(toks, j, s.tokenStart))) sawBe = true;
      auxStart = j;
      j--;
    } else if (a.pos === 'ADV' && a.lower !== 'so' && a.lower !== 'as' && !QUANTIFIERS.has(a.lower)) j--;
    else break;
  }
  // "the changes proposed by the government", "the plan was endorsed by Ortiz": the agent after "by" is the source
  // and the noun phrase before the verb the content.
  // "responded by standing" is a manner and "hosted by" a verb taken up only for a quote nearby: neither reports.
  const by = toks[c1]?.lower === 'by' && mode0 !== 'adjective';
  const agent = toks[c1 + 1];
  if (by && ((agent?.pos === 'VERB' && agent.lower.endsWith('ing')) || entry === NEAR_FRAGMENT || entry === NEAR_QUOTE))
    return null;
  if (by && /(ed|en)$/.test(t.lower) && entry.cls !== 'belief' && entry.cls !== 'intend') {
    // "criticized by rivals for skipping the debate": the grounds after the agent are content too.
    const judged = entry.cls === 'stance' && entry.npObject ? passiveStance(run, s, i, c1, auxStart, entry) : null;
    if (judged) return judged;
    return NOT_PASSIVE_BY.has(t.lemma) ? null : passiveBy(run, s, i, c1, auxStart, entry);
  }
  if (sawBe && !t.lower.endsWith('ing') && mode0 !== 'adjective') {
    // "It was widely reported that …": an impersonal passive reports a claim with no named source.
    if (expletivePassive(toks, j, c1, s.tokenStart, s.tokenEnd) && entry.cls === 'speech') {
      const q = base();
      q.c0 = auxStart;
      q.x0 = j;
      q.rule = 'attribution/passive-it';
      q.confidence = 0.5;
      return q;
    }
    // "Ames has been criticized by rivals for skipping the debate": the one judged and the grounds, two spans.
    const judged = entry.cls === 'stance' && entry.npObject ? passiveStance(run, s, i, c1, auxStart, entry) : null;
    if (judged) return judged;
    // "Ames was asked about the strike", "reporters were told that …": the hearer is the subject; no source.
    if ((t.lemma !== 'ask' && t.lemma !== 'tell') || c1 >= s.tokenEnd) return null;
    const q = base();
    q.c0 = auxStart;
    q.x0 = auxStart;
    q.rule = t.lemma === 'ask' ? 'attribution/asked-passive' : 'attribution/told-passive';
    q.confidence = 0.5;
    return q;
  }
  if (j >= s.tokenStart && toks[j]!.lower === 'to' && auxStart === i) return infinitive(run, s, base(), j, entry);
  const c = base();
  c.c0 = auxStart;
  c.negated = negated;
  c.x0 = auxStart;
  const L = j >= s.tokenStart ? toks[j] : undefined;
  const participle = t.lower.endsWith('ing') && !sawBe && mode0 !== 'adjective';
  if (mode0 === 'adjective') c.mode = 'subject';
  const lastSubject = () => {
    for (let k = prev.length - 1; k >= 0; k--) {
      const p = prev[k]!;
      if (p.s0 >= 0 || p.ante) return p;
    }
    return null;
  };
  const firstSubject = () => {
    // "…, a Chinese official said, adding that …": an inverted speech cue names the main-clause subject.
    for (let k = prev.length - 1; k >= 0; k--) {
      const p = prev[k]!;
      if (p.side === 'left' && p.s0 >= 0 && p.entry.cls === 'speech') return p;
    }
    for (const p of prev) if ((p.s0 >= 0 || p.ante) && p.entry.cls !== 'belief' && p.entry.cls !== 'intend') return p;
    for (const p of prev) if (p.s0 >= 0 || p.ante) return p;
    return null;
  };
  const inherit = (rule: string, first = false) => {
    const p = first ? firstSubject() : lastSubject();
    if (p) {
      c.s0 = p.s0;
      c.s1 = p.s1;
      c.ante = p.ante;
    } else {
      const subj = sentenceSubject(run, s, i);
      if (subj) [c.s0, c.s1] = subj;
      else {
        // No subject in this sentence: the speaker of the last attribution in the same paragraph.
        const last = run.out[run.out.length - 1];
        if (last && last.s0 >= 0 && run.doc.sentences[toks[last.s0]!.sentence]!.block === s.block) {
          c.s0 = last.s0;
          c.s1 = last.s1;
          c.ante = last.ante;
        }
      }
    }
    c.rule = rule;
  };
  if (participle) {
    const afterQuotedComma = L !== undefined && run.closes[j]! >= 0 && run.text[L.start - 1] === ',';
    if (!L || !(isComma(L) || L.lower === 'and' || L.lower === 'while' || afterQuotedComma)) {
      // "911 calls saying shots were fired", "tweeted Sunday saying …": a saying participle without a comma.
      // "Adding, “Now, …”": a sentence-initial saying participle before a quote continues the last speaker.
      if (!L && entry.cls === 'speech' && i === s.tokenStart && leadInQuote(run, c1, s.tokenEnd) > c1) {
        c.mode = 'participle';
        inherit('attribution/participle', true);
        c.confidence = 0.6;
        return c.s0 >= 0 ? c : null;
      }
      // "… by talking about the wall", "after lashing out at …": a stance participle in an adverbial of the clause.
      const adverbial = entry.cls === 'stance' && L !== undefined && PARTICIPLE_LEADS.has(L.lower);
      // "with Cruz calling Trump his friend": an absolute "with" clause names who does the saying.
      // Not a share of a poll ("with 40 percent backing him"), which is part of the finding.
      const wa = L !== undefined && isNpHead(L) ? npLeft(toks, j + 1, s.tokenStart) : -1;
      const withClause =
        wa > 0 &&
        entry.cls !== 'evidence' &&
        toks[wa - 1]!.lower === 'with' &&
        !toks.slice(wa, j + 1).some((t) => t.pos === 'NUM' || t.lower === 'percent' || t.text === '%');
      if (!L || (entry.cls !== 'speech' && !adverbial && !withClause) || run.quoted(j)) return null;
      c.mode = 'participle';
      // The noun it modifies speaks: "claims from the administration suggesting otherwise".
      if (isNpHead(L) && L.pos !== 'PRON' && !TIME_WORDS.test(L.lower)) {
        const a = npLeft(toks, j + 1, s.tokenStart);
        if (a >= 0) {
          c.s0 = a;
          c.s1 = j + 1;
          c.x0 = a;
          c.rule = 'attribution/participle';
          c.confidence = 0.55;
          return c;
        }
      }
      inherit('attribution/participle', true);
      c.confidence = 0.6;
      return c;
    }
    // ", hoping to …", ", fearing that …": a belief or intention needs its complement right after it.
    const thought = entry.cls === 'belief' || entry.cls === 'intend';
    if (entry.cls === 'evidence' || (thought && !complementNext(toks, c1, s.tokenEnd))) return null;
    c.mode = 'participle';
    inherit('attribution/participle', true);
    // "Mr. Manafort, citing …, said": the name opening the sentence right before the comma.
    if (isComma(L) && j - 1 >= s.tokenStart && isNpHead(toks[j - 1]!)) {
      const a = npLeft(toks, j, s.tokenStart);
      if (a === s.tokenStart) {
        c.s0 = a;
        c.s1 = j;
        c.ante = null;
      }
    }
    c.confidence = 0.75;
    return c;
  }
  if (L && (L.lower === 'and' || L.lower === 'but' || L.lower === 'or') && L.pos === 'CCONJ') {
    const p = lastSubject();
    if (entry.cls === 'evidence') return null;
    // "… and wants to run", "but hopes that …": the first conjunct's subject holds the thought.
    if ((entry.cls === 'belief' || entry.cls === 'intend') && !(p && complementNext(toks, c1, s.tokenEnd))) return null;
    if (!p && entry.cls !== 'speech' && entry.cls !== 'stance' && entry.cls !== 'naming') return null;
    c.mode = 'coord';
    inherit('attribution/coordinated');
    c.confidence = 0.7;
    return c;
  }
  if (L && isRelative(L)) {
    c.mode = 'relative';
    c.s0 = j;
    c.s1 = j + 1;
    c.x0 = j;
    // "spokesman Guo Jiakun, who accused …": the antecedent NP before the comma.
    const k = j - 1;
    if (k > s.tokenStart && isComma(toks[k])) {
      let a = npLeft(toks, k, s.tokenStart);
      for (let m = k - 1; m > a && a >= 0; m--) if (toks[m]!.pos === 'ADP') a = m + 1;
      if (a >= 0) c.ante = [a, k];
    } else if (k >= s.tokenStart) {
      const a = npLeft(toks, k + 1, s.tokenStart);
      if (a >= 0) c.ante = [a, k + 1];
    }
    c.rule = 'attribution/relative';
    c.confidence = 0.75;
    return gate(run, s, c);
  }
  // "Sen. Elizabeth Warren (D-MA) said": npLeft takes the parenthesis into the NP.
  const paren = L !== undefined && L.text === ')' && !run.quoted(j) && npLeft(toks, j + 1, s.tokenStart) >= 0;
  const quantifier = L !== undefined && QUANTIFIERS.has(L.lower) && (j === s.tokenStart || !isNpTok(toks[j - 1]!));
  // "The democratic socialist said": a noun the tagger read as an adjective, after a determiner.
  const adjHead = L !== undefined && L.pos === 'ADJ' && !quantifier ? adjectiveNpStart(toks, j, s.tokenStart) : -1;
  // "those surveyed said", "most of them said": subjects the chunker does not read as a noun phrase.
  const special = L !== undefined && !run.quoted(j) ? specialSubjectStart(toks, j, s.tokenStart) : -1;
  if (L && (isNpHead(L) || paren || quantifier || adjHead >= 0 || special >= 0) && !run.quoted(j)) {
    let a = special >= 0 ? special : quantifier ? j : adjHead >= 0 ? adjHead : npLeft(toks, j + 1, s.tokenStart);
    if (a >= 0 && !quantifier) a = postmodifiedStart(toks, a, s.tokenStart);
    // "asked for a photo and Smith said": an NP right after a verb or preposition is its object; the subject is the
    // last conjunct.
    if (a > s.tokenStart && (toks[a - 1]!.pos === 'VERB' || toks[a - 1]!.pos === 'ADP')) {
      for (let m = j; m > a; m--)
        if (toks[m]!.lower === 'and') {
          a = m + 1;
          break;
        }
    }
    if (a < 0 || (a === j && isObjectPronoun(L))) return null;
    c.s0 = a;
    c.s1 = j + 1;
    c.x0 = a;
    // "…, though records indicate he …": the subordinator after a comma opens a clause of its own, so the cue starts
    // a new content rather than sitting inside the one before.
    if (
      a - 2 >= s.tokenStart &&
      COMMA_CLAUSE_OPENERS.has(toks[a - 1]!.lower) &&
      isComma(toks[a - 2]) &&
      !run.quoted(a - 1)
    )
      c.x0 = a - 1;
    // Appositive subject: "Alixandria Lapp, executive director of …, said" is handled below via the comma.
    c.mode = 'subject';
    const B = a - 1 >= 0 ? toks[a - 1] : undefined;
    // "the tax cuts, which he said had harmed the economy": the relative pronoun is the subject of what was said.
    if (
      B &&
      a - 1 > s.tokenStart &&
      (B.lower === 'which' || B.lower === 'that' || B.lower === 'who') &&
      !run.quoted(a - 1) &&
      (entry.cls === 'speech' || entry.cls === 'belief') &&
      c1 < s.tokenEnd &&
      (toks[c1]!.pos === 'AUX' || (toks[c1]!.pos === 'VERB' && !toks[c1]!.lower.endsWith('ing')))
    ) {
      c.x0 = a - 1;
      c.content.push([a - 1, a]);
      c.rule = 'attribution/relative-subject';
      c.confidence = 0.7;
      return gate(run, s, c);
    }
    const afterEnd = followsEnd(run, s, c);
    const afterQuote = closesInBlock(run, s, a - 1) || (isComma(B) && closesInBlock(run, s, a - 2));
    const noThat = findThat(run, c.c1, Math.min(s.tokenEnd, c.c1 + 10)) < 0;
    // "“…,” the tycoon told Reuters in an interview when asked …": a speech cue right after a closing quote
    // reports that quote, whatever follows it.
    const adverbialAfter =
      afterQuote &&
      ((noThat && toks[c.c1]?.pos === 'ADP') ||
        (entry.cls === 'speech' && c.c1 - c.c0 === 1 && reportsQuoteBefore(run, a)));
    // "After the vote, Canova wrote to his followers, “…”": a quote opening after the cue is its content.
    const quoteAfter = !afterQuote && leadInQuote(run, c.c1, s.tokenEnd) >= 0;
    if (
      B &&
      !quoteAfter &&
      (isComma(B) || closesInBlock(run, s, a - 1) || isDash(B)) &&
      (afterEnd !== 'more' || adverbialAfter)
    ) {
      c.side = 'left';
      c.rule = 'attribution/inverted';
    } else c.rule = 'attribution/subject';
    c.confidence = 0.85;
    return gate(run, s, c);
  }
  if (!L && entry.cls === 'speech' && auxStart === i) {
    // "Said Ines Varga, who coached her for years, “She never gave up.”"
    const e = npRight(toks, c1, s.tokenEnd);
    if (e > c1) {
      for (let k = e; k < Math.min(toks.length, e + 30); k++) {
        if ((isComma(toks[k]) || toks[k]!.text === ':') && run.opens[k + 1]! >= 0) {
          c.s0 = c1;
          c.s1 = e;
          c.x1 = k + 1;
          c.mode = 'inverted';
          c.rule = 'attribution/inverted';
          c.confidence = 0.8;
          return c;
        }
        if (run.quoted(k) || CLOSERS.has(toks[k]!.text)) break;
      }
    }
  }
  // "Many speakers — including teachers and nurses — said …": an aside between dashes after the subject.
  if (L && isDash(L) && L.text !== '-' && !run.quoted(j)) {
    let k = j - 1;
    while (k > s.tokenStart && j - k < 24 && !isDash(toks[k]) && !run.quoted(k)) k--;
    if (k > s.tokenStart && isDash(toks[k])) {
      const a = npLeft(toks, k, s.tokenStart);
      if (a >= 0 && (a === s.tokenStart || !isNpHead(toks[a - 1]!))) {
        c.s0 = a;
        c.s1 = k;
        c.x0 = a;
        c.rule = 'attribution/appositive';
        c.confidence = 0.7;
        return gate(run, s, c);
      }
    }
  }
  if (L && (isComma(L) || run.closes[j]! >= 0)) {
    const quoteBefore = run.closes[j]! >= 0 || (j - 1 >= 0 && run.closes[j - 1]! >= 0);
    // "Sanders, meanwhile, who …, said …", "“…,” Ana Ruiz, 67, a nurse in Ohio, said": a chain of asides after the
    // sentence-opening subject or a just-closed quote.
    // Two or more asides are tried before the single appositive below, one only after it.
    const afterQuote = (a: number) =>
      closesInBlock(run, s, a - 1) || (isComma(toks[a - 1]) && closesInBlock(run, s, a - 2));
    const chain =
      isComma(L) && !quoteBefore && !run.quoted(j)
        ? asideChainSubject(toks, j, s.tokenStart, (k) => run.quoted(k), afterQuote)
        : null;
    const takeChain = (ch: readonly [number, number, number]) => {
      c.s0 = ch[0];
      c.s1 = ch[1];
      c.x0 = ch[0];
      c.rule = 'attribution/appositive';
      c.confidence = 0.7;
      if (afterQuote(ch[0]) && followsEnd(run, s, c) !== 'more') c.side = 'left';
      return gate(run, s, c);
    };
    if (chain && chain[2] >= 2) return takeChain(chain);
    // Appositive: "X, a former aide, said", "Paradis, who has been active …, says".
    if (isComma(L) && !quoteBefore && !run.quoted(j)) {
      let k = j - 1;
      const relative = () => {
        for (let m = k + 1; m < j; m++) if (isRelative(toks[m]!) || toks[m]!.lower === 'whose') return true;
        return false;
      };
      while (k > s.tokenStart && j - k < 24 && !isComma(toks[k]) && !run.quoted(k)) k--;
      const segOk = k > s.tokenStart && isComma(toks[k]) && (relative() || !hasFiniteVerb(toks, k + 1, j));
      if (segOk) {
        const a = npLeft(toks, k, s.tokenStart);
        if (a >= 0 && (a === s.tokenStart || !isNpHead(toks[a - 1]!))) {
          c.s0 = a;
          c.s1 = j;
          c.x0 = a;
          c.rule = 'attribution/appositive';
          c.confidence = 0.75;
          const B = a - 1 >= 0 ? toks[a - 1] : undefined;
          const afterQuote = closesInBlock(run, s, a - 1) || (isComma(B) && closesInBlock(run, s, a - 2));
          if (B && (isComma(B) || afterQuote) && (afterQuote || followsEnd(run, s, c) !== 'more')) c.side = 'left';
          return gate(run, s, c);
        }
      }
    }
    if (chain) return takeChain(chain);
    // "Sen. Tomas Hale (R-Ore.), said …": a stray comma after a sentence-opening name.
    if (isComma(L) && !quoteBefore && j - 1 > s.tokenStart && toks[j - 1]!.text === ')') {
      const a = npLeft(toks, j, s.tokenStart);
      if (a === s.tokenStart) {
        c.s0 = a;
        c.s1 = j;
        c.x0 = a;
        c.rule = 'attribution/subject';
        c.confidence = 0.7;
        return gate(run, s, c);
      }
    }
    // "…, said X" / "“…,” said X": speaker after the cue.
    const e = entry.cls === 'speech' ? npRight(toks, c1, s.tokenEnd) : -1;
    if (e > c1 && !(e - c1 === 1 && TIME_WORDS.test(toks[c1]!.lower))) {
      const after = toks[e];
      if (
        !after ||
        isComma(after) ||
        CLOSERS.has(after.text) ||
        after.pos === 'ADP' ||
        after.text === '(' ||
        after.text === ':' ||
        run.opens[e]! >= 0 ||
        // "…, said several council members who cite …": a relative clause on the speaker.
        (isRelative(after) && after.lower !== 'that') ||
        // "“…,” said the chief known as Bob": right after a quote, a participle postmodifies the speaker.
        (quoteBefore && after.pos === 'VERB' && after.lemma !== after.lower && !run.quoted(e))
      ) {
        c.s0 = c1;
        c.s1 = e;
        c.x1 = e;
        c.side = 'left';
        c.mode = 'inverted';
        c.rule = 'attribution/inverted';
        c.confidence = 0.85;
        return gate(run, s, c);
      }
    }
    // "Rep. Ana Ruiz (D-Ohio), chair of the panel that wrote the rules, said that …": a long aside after the
    // sentence-opening name, then a saying verb with its clause.
    // Not after a parenthetical cue ("Trump, Ames said, has created …"): that clause is the cue's content.
    if (isComma(L) && !quoteBefore && entry.cls !== 'evidence' && !prev.some((p) => p.c1 === j)) {
      const far = farSubject(run, s, j);
      const n = toks[c1];
      const complement =
        n !== undefined &&
        c1 < s.tokenEnd &&
        (n.lower === 'that' ||
          (n.lower === 'to' && entry.cls !== 'speech') ||
          (entry.npObject === true && (n.pos === 'DET' || n.pos === 'PROPN' || n.pos === 'NOUN')) ||
          hasFiniteVerb(toks, c1, Math.min(s.tokenEnd, c1 + 6)));
      if (far && complement) {
        c.s0 = far[0];
        c.s1 = far[1];
        c.x0 = far[0];
        c.rule = 'attribution/far-subject';
        c.confidence = 0.6;
        return gate(run, s, c);
      }
    }
    // No speaker on either side: measured at 5% precision on PolNeAR train, so not reported.
    return null;
  }
  return null;
}

/**
 * The noun phrase opening the sentence, right before a comma or parenthesis, when no quote lies between it and the
 * comma at `j` before the cue: [start, end), or null.
 */
function farSubject(run: Run, s: Sentence, j: number): [number, number] | null {
  const toks = run.toks;
  const a = firstContentTok(run, s);
  if (a >= j || run.quoted(a)) return null;
  const e = npRight(toks, a, j);
  if (e <= a || e >= j) return null;
  const n = toks[e]!;
  if (!isComma(n) && n.text !== '(' && !(isDash(n) && n.text !== '-')) return null;
  // A full stop may sit inside "(D-Ore.)" and a short quote may name a show or a nickname (“Guccifer,”); a semicolon
  // or a longer quote ends the search.
  for (let k = e; k < j; k++) {
    const w = toks[k]!.text;
    if (w === ';' || w === '?' || w === '!') return null;
    const r = run.opens[k]!;
    if (r >= 0) {
      const g = run.regions[r]!;
      if (!g.closed || wordCount(run.text, g.openEnd, g.close) > 6) return null;
    } else if (run.quoted(k) && run.inRegion[k]! < 0 && run.closes[k]! < 0) return null;
  }
  return [a, e];
}

/** "to" or "that" right after a belief or intention verb. */
function complementNext(toks: readonly Token[], k: number, end: number): boolean {
  const t = toks[k];
  return t !== undefined && k < end && (t.lower === 'to' || t.lower === 'that');
}

/** Subordinators that open a clause of their own after a comma ("…, though she said …"). */
const COMMA_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['though', 'although', 'because', 'since', 'whereas']);

/** Words before a participle that make it an adverbial of the main clause ("by talking about …"). */
const PARTICIPLE_LEADS: ReadonlySet<string> = new Set(['by', 'after', 'before', 'while', 'when', 'without', 'since']);

/** Start of "the (ADJ)* ADJ" ending at token j (the last adjective standing for a noun), or -1. */
function adjectiveNpStart(toks: readonly Token[], j: number, min: number): number {
  let k = j;
  while (k - 1 >= min && j - k < 5 && toks[k - 1]!.pos === 'ADJ') k--;
  const d = toks[k - 1];
  if (d && k - 1 >= min && d.pos === 'DET' && d.lower !== 'that') return k - 1;
  // "SEIU chief says": a role noun read as an adjective after a name.
  if (d && k - 1 >= min && k === j && d.pos === 'PROPN') return npLeft(toks, k, min);
  return -1;
}

/** "a book written by X", "debt issued by X", "Rubio was asked by X": the NP before is not what X said. */
const NOT_PASSIVE_BY: ReadonlySet<string> = new Set(['write', 'issue', 'offer', 'ask', 'tell', 'back', 'release']);

/**
 * "He went on to endorse Bell", "rushed to TV to say he …": a saying or stance infinitive after a verb of the main
 * clause reports what the clause subject said. Not after a noun ("a plan to attack …") nor for beliefs and intentions.
 */
function infinitive(run: Run, s: Sentence, c: Cand, to: number, entry: CueEntry): Cand | null {
  const toks = run.toks;
  if (entry.cls !== 'speech' && entry.cls !== 'stance' && entry.cls !== 'naming') return null;
  // The word before "to": a verb or its particle ("went on to", "began to", "took to Twitter to").
  let v = to - 1;
  while (v >= s.tokenStart && (toks[v]!.pos === 'ADP' || toks[v]!.pos === 'ADV' || toks[v]!.pos === 'PART')) v--;
  // "took to Twitter to say": a short place after a preposition.
  if (v - 1 > s.tokenStart && isNpHead(toks[v]!) && toks[v - 1]!.pos === 'ADP') v -= 2;
  const vt = toks[v];
  // "Democrats are more likely to say …", "she was willing to endorse …": an adjective after "be" stands as the verb.
  const adj = vt !== undefined && v === to - 1 && INFINITIVE_ADJECTIVES.has(vt.lower) && afterBe(run, v, s);
  if (!vt || v < s.tokenStart || (vt.pos !== 'VERB' && !adj) || run.quoted(v)) return null;
  const subj = sentenceSubject(run, s, v + 1);
  if (!subj || subj[1] > v) return null;
  [c.s0, c.s1] = subj;
  c.mode = 'subject';
  c.rule = 'attribution/infinitive';
  c.confidence = 0.55;
  return gate(run, s, c);
}

/** Words that open the grounds of a passive judgement: "criticized for", "praised as", "accused of". */
const PASSIVE_GROUNDS: ReadonlySet<string> = new Set(['for', 'as', 'of', 'over']);

/**
 * "[Ames] has been criticized by rivals [for skipping the debate]": a passive stance verb, the subject and the grounds
 * after it as content, the agent after "by" (when named) as source. Null without grounds.
 */
function passiveStance(run: Run, s: Sentence, i: number, c1: number, auxStart: number, entry: CueEntry): Cand | null {
  const toks = run.toks;
  let k = c1;
  while (k < s.tokenEnd && k - c1 < 3 && toks[k]!.pos === 'ADV') k++;
  let s0 = -1;
  let s1 = -1;
  if (toks[k]?.lower === 'by') {
    const e = npRight(toks, k + 1, s.tokenEnd);
    if (e <= k + 1) return null;
    s0 = k + 1;
    s1 = e;
    k = e;
  }
  if (k >= s.tokenEnd - 1 || !PASSIVE_GROUNDS.has(toks[k]!.lower) || run.quoted(k)) return null;
  const a = npLeft(toks, auxStart, s.tokenStart);
  if (a < 0 || run.quoted(a) || (auxStart - a === 1 && isRelative(toks[a]!))) return null;
  const c = synthetic(run, auxStart, i + 1, entry, s0, s1, 'attribution/passive-stance', 0.55);
  c.head = i;
  c.side = 'right';
  c.kind = 'indirect';
  c.mode = 'subject';
  c.x0 = a;
  c.x1 = k;
  c.content.push([a, auxStart]);
  return c;
}

/** Adjectives after "be" that take an infinitive the way a verb does ("are more likely to say"). */
const INFINITIVE_ADJECTIVES: ReadonlySet<string> = new Set([
  'likely',
  'unlikely',
  'willing',
  'unwilling',
  'ready',
  'quick',
]);

/** "[the changes] proposed by [the government]": content the NP before, source the NP after "by"; or null. */
function passiveBy(run: Run, s: Sentence, i: number, c1: number, auxStart: number, entry: CueEntry): Cand | null {
  const toks = run.toks;
  const e = npRight(toks, c1 + 1, s.tokenEnd);
  if (e <= c1 + 1) return null;
  const a = npLeft(toks, auxStart, s.tokenStart);
  if (a < 0 || a >= auxStart) return null;
  // A pronoun or relative before the verb is no content ("it was announced by …", "which was proposed by …").
  if (auxStart - a === 1 && toks[a]!.pos === 'PRON') return null;
  return {
    c0: i,
    c1: c1 + 1,
    head: i,
    entry,
    mode: 'bare',
    s0: c1 + 1,
    s1: e,
    ante: null,
    x0: a,
    x1: e,
    side: 'left',
    negated: false,
    content: [[a, auxStart]],
    regions: [],
    kind: 'indirect',
    rule: 'attribution/passive-by',
    confidence: 0.6,
    dropped: false,
  };
}

/** The quote closing before the speaker NP at `a` ends a sentence of its own: “…,” / “…?” / “…!” */
function reportsQuoteBefore(run: Run, a: number): boolean {
  const k = run.closes[a - 1]! >= 0 ? a - 1 : a - 2;
  const r = run.closes[k]!;
  if (r < 0 || run.used[r]) return false;
  const g = run.regions[r]!;
  let e = g.close;
  while (e > g.openEnd && isWs(run.text.charCodeAt(e - 1))) e--;
  const last = run.text[e - 1];
  // A title in quotes ("on Fox's “Meet the Press,” Jones said …") is not what the cue reports.
  if (titleLike(run, g)) return false;
  // A quote that ended the previous sentence with a full stop is not reported here; one ending in "!" or "?" may be
  // (the splitter cuts after “…!”).
  if (run.toks[k]!.sentence !== run.toks[a]!.sentence) {
    const sa = run.doc.sentences[run.toks[a]!.sentence]!;
    const sk = run.doc.sentences[run.toks[k]!.sentence]!;
    return sa.block === sk.block && (last === '?' || last === '!');
  }
  return last === ',' || last === '?' || last === '!';
}

const RAISING_VERBS: ReadonlySet<string> = new Set(['seem', 'appear']);
/** Verbs of seeming with an adjective: "[the plan] seems [doomed]", "[she] looks [strong]". */
const COPULAR_JUDGEMENT: ReadonlySet<string> = new Set(['seem', 'appear', 'look', 'sound']);

const KNOWN_AS: CueEntry = Object.freeze({ act: 'assert', cls: 'naming', note: '[X] known as [Y]' });

/** "[the final week of voting] known as [the home stretch]": a common name for something, two spans and no source. */
function knownAs(run: Run, s: Sentence, i: number): Cand | null {
  const toks = run.toks;
  let c0 = i;
  while (c0 - 1 >= s.tokenStart && (toks[c0 - 1]!.pos === 'ADV' || toks[c0 - 1]!.pos === 'AUX')) c0--;
  if (isComma(toks[c0 - 1])) c0--;
  const a = npLeft(toks, c0, s.tokenStart);
  const e = npRight(toks, i + 2, s.tokenEnd);
  if (a < 0 || e < 0 || run.quoted(a)) return null;
  const c = synthetic(run, i, i + 2, KNOWN_AS, -1, -1, 'attribution/known-as', 0.5);
  c.side = 'right';
  c.kind = 'indirect';
  c.x0 = a;
  c.x1 = e;
  c.content.push([a, c0], [i + 2, e]);
  return c;
}

/** Participles of judging verbs whose passive with "as" reports a view held by others. */
const PASSIVE_JUDGEMENT: ReadonlySet<string> = new Set([
  'seen',
  'viewed',
  'regarded',
  'considered',
  'perceived',
  'described',
  'portrayed',
  'characterized',
  'characterised',
  'depicted',
  'painted',
  'cast',
  'billed',
  'touted',
  'known',
]);
const PASSIVE_AS: CueEntry = Object.freeze({
  act: 'believe',
  cls: 'belief',
  npObject: true,
  note: '[X] is seen as [Y]',
});

/**
 * "[The senator] is widely seen as [the favourite]", "[it] was seen by some as [a snub]": a passive judgement, the
 * subject and what it is judged to be as content; the agent after "by", when named, is the source.
 */
function passiveAs(run: Run, s: Sentence, i: number): Cand | null {
  const toks = run.toks;
  let k = i - 1;
  while (k >= s.tokenStart && (toks[k]!.pos === 'ADV' || NEGATION.has(toks[k]!.lower))) k--;
  if (k < s.tokenStart || toks[k]!.lemma !== 'be' || run.quoted(k)) return null;
  let c0 = k;
  while (c0 - 1 >= s.tokenStart && auxOrAdverb(toks[c0 - 1]!)) c0--;
  // "by some", "by many voters": the holders of the view.
  let as = i + 1;
  let s0 = -1;
  let s1 = -1;
  if (toks[as]?.lower === 'by') {
    const e = npRight(toks, as + 1, s.tokenEnd);
    if (e <= as + 1) return null;
    s0 = as + 1;
    s1 = e;
    as = e;
  }
  while (as < s.tokenEnd && as - i <= 3 && toks[as]!.pos === 'ADV') as++;
  // "is best known for …": what someone is known for is a reputation, as "known as" is a name.
  const known = toks[i]!.lower === 'known' && toks[as]?.lower === 'for';
  if (as >= s.tokenEnd - 1 || (toks[as]!.lower !== 'as' && !known) || run.quoted(as + 1)) return null;
  let a = npLeft(toks, c0, s.tokenStart);
  if (a < 0 && c0 - 1 >= s.tokenStart && isRelative(toks[c0 - 1]!) && !run.quoted(c0 - 1)) a = c0 - 1;
  if (a < 0 || run.quoted(a)) return null;
  const c = synthetic(run, c0, as + 1, PASSIVE_AS, s0, s1, 'attribution/passive-as', 0.55);
  c.side = 'right';
  c.kind = 'indirect';
  c.mode = 'subject';
  c.x0 = a;
  c.head = i;
  c.content.push([a, c0]);
  return c;
}

/**
 * "[Trump's supporters] seemed [equally unperturbed]": an impression the writer reports, two spans and no source.
 * Only with an adjective (past adverbs) or "like" right after the verb.
 */
function copular(run: Run, s: Sentence, i: number): Cand | null {
  const toks = run.toks;
  let k = i + 1;
  while (k < s.tokenEnd && toks[k]!.pos === 'ADV' && k - i <= 2) k++;
  const n = toks[k];
  if (!n || k >= s.tokenEnd) return null;
  // "seemed rattled", "appeared poised to win": a participle stands as the adjective.
  // "look" and "sound" take only the plain shapes: "things don't look good" is a hedge more often than a view.
  const wide = RAISING_VERBS.has(toks[i]!.lemma);
  const participle = wide && n.pos === 'VERB' && n.lower.endsWith('ed');
  if (!(n.pos === 'ADJ' || participle || (n.lower === 'like' && k === i + 1))) return null;
  let c0 = i;
  while (
    c0 - 1 >= s.tokenStart &&
    (wide ? auxOrAdverb(toks[c0 - 1]!) : toks[c0 - 1]!.pos === 'AUX' || toks[c0 - 1]!.pos === 'ADV')
  )
    c0--;
  const plain = npLeft(toks, c0, s.tokenStart);
  const subj = wide ? raisedSubject(run, s, c0) : plain >= 0 ? ([plain, c0] as [number, number]) : null;
  // "It seems …" has nothing to report on the left; "it looks like" is a hedge, not an impression of something.
  if (!subj || (subj[1] - subj[0] === 1 && toks[subj[0]]!.lower === 'it')) return null;
  const c = synthetic(run, c0, i + 1, RAISED, -1, -1, 'attribution/raising', 0.5);
  c.side = 'right';
  c.kind = 'indirect';
  c.x0 = subj[0];
  c.content.push(subj);
  return c;
}

/**
 * The subject of a raising or seeming verb group starting at c0, as a token range: the noun phrase right before it, a
 * relative pronoun ("who seems …"), a sentence-opening noun phrase before an aside ("The figures, which were leaked,
 * appear …"), or the subject of the first conjunct ("Ames led and appeared poised to win").
 */
function raisedSubject(run: Run, s: Sentence, c0: number): [number, number] | null {
  const toks = run.toks;
  const a = npLeft(toks, c0, s.tokenStart);
  if (a >= 0) return [a, c0];
  const p = toks[c0 - 1];
  if (!p || c0 - 1 < s.tokenStart || run.quoted(c0 - 1)) return null;
  if (isRelative(p)) return [c0 - 1, c0];
  if (p.pos === 'CCONJ' && (p.lower === 'and' || p.lower === 'but')) {
    const subj = sentenceSubject(run, s, c0 - 1);
    return subj && subj[1] < c0 - 1 ? subj : null;
  }
  if (!isComma(p)) return null;
  const chain = asideChainSubject(
    toks,
    c0 - 1,
    s.tokenStart,
    (k) => run.quoted(k),
    () => false,
  );
  return chain ? [chain[0], c0 - 1] : null;
}

/** "It seems (that) …", "it appears likely that …": the writer's impression, content after the verb, no source. */
function itSeems(run: Run, s: Sentence, i: number): Cand | null {
  const toks = run.toks;
  if (!RAISING_VERBS.has(toks[i]!.lemma)) return null;
  let c0 = i;
  while (c0 - 1 >= s.tokenStart && auxOrAdverb(toks[c0 - 1]!)) c0--;
  const it = toks[c0 - 1];
  if (!it || c0 - 1 < s.tokenStart || it.lower !== 'it' || run.quoted(c0 - 1)) return null;
  // "it seems to me that" and "it appears in …" report nothing; a clause (or "that", or "likely that") must follow.
  let k = i + 1;
  if (isComma(toks[k])) {
    while (k < s.tokenEnd && k - i <= 4 && toks[k + 1]?.lower !== 'that') k++;
    k++;
  }
  const n = toks[k];
  if (!n || k >= s.tokenEnd || n.lower === 'to' || n.pos === 'ADP') return null;
  const clause =
    n.lower === 'that' ||
    ((n.pos === 'ADV' || n.pos === 'ADJ') && findThat(run, k, Math.min(s.tokenEnd, k + 4)) >= 0) ||
    (n.lower === 'like' && hasFiniteVerb(toks, k + 1, Math.min(s.tokenEnd, k + 6))) ||
    ((n.pos === 'DET' || n.pos === 'PRON' || n.pos === 'PROPN' || n.pos === 'NOUN') &&
      hasFiniteVerb(toks, k, Math.min(s.tokenEnd, k + 6)));
  if (!clause) return null;
  const c = synthetic(run, c0 - 1, i + 1, RAISED, -1, -1, 'attribution/it-seems', 0.5);
  c.head = i;
  c.side = 'right';
  c.kind = 'indirect';
  c.mode = 'subject';
  c.x1 = n.lower === 'like' ? k + 1 : k;
  return c;
}
const RAISING_PARTICIPLES: ReadonlySet<string> = new Set([
  'expected',
  'projected',
  'predicted',
  'believed',
  'thought',
  'rumored',
  'rumoured',
  'reported',
  'said',
  'alleged',
]);

/**
 * Raising and passive cues without a source: "[The merger] is expected [to close in May]", "[Rubio] seemed [to urge
 * …]". The content is the subject and the infinitive, two spans.
 */
function raising(run: Run, s: Sentence, i: number): Cand | null {
  const toks = run.toks;
  const t = toks[i]!;
  const to = toks[i + 1];
  if (to?.lower !== 'to' || i + 2 >= s.tokenEnd) return null;
  // "is expected to formally announce": one adverb may split the infinitive.
  const v = toks[i + 2]!.pos === 'ADV' && i + 3 < s.tokenEnd ? toks[i + 3]! : toks[i + 2]!;
  if (v.pos !== 'VERB' && v.pos !== 'AUX') return null;
  let c0 = i;
  if (RAISING_VERBS.has(t.lemma) && t.pos === 'VERB') {
    while (c0 - 1 >= s.tokenStart && auxOrAdverb(toks[c0 - 1]!)) c0--;
  } else if (RAISING_PARTICIPLES.has(t.lower) && i - 1 >= s.tokenStart) {
    let k = i - 1;
    // "is not expected to", "isn't expected to".
    while (k >= s.tokenStart && (toks[k]!.pos === 'ADV' || NEGATION.has(toks[k]!.lower))) k--;
    if (k < s.tokenStart || toks[k]!.lemma !== 'be') return null;
    c0 = k;
    while (c0 - 1 >= s.tokenStart && auxOrAdverb(toks[c0 - 1]!)) c0--;
  } else return null;
  // "delegates who are expected to …": the relative pronoun stands for the subject.
  const subj = raisedSubject(run, s, c0);
  if (!subj) return null;
  const c = synthetic(run, c0, i + 1, RAISED, -1, -1, 'attribution/raising', 0.55);
  c.side = 'right';
  c.kind = 'indirect';
  c.x0 = subj[0];
  c.content.push(subj);
  return c;
}

/** An auxiliary, adverb or negation in a verb group ("does not seem", "had n't been"). */
function auxOrAdverb(t: Token): boolean {
  return t.pos === 'AUX' || t.pos === 'ADV' || NEGATION.has(t.lower);
}

const ASKED_LEADS: ReadonlySet<string> = new Set(['when', 'after', 'if', 'once']);

/** "Asked about the deficit, the senator said …": the question, with no source of its own. */
function askedLead(run: Run, s: Sentence, i: number): Cand | null {
  const toks = run.toks;
  // Also "…, he said when asked about the vote": a question inside a time clause, up to a comma or the end.
  const p = toks[i - 1];
  const when = p !== undefined && i - 1 >= s.tokenStart && ASKED_LEADS.has(p.lower) && !run.quoted(i - 1);
  if (toks[i]!.lower !== 'asked' || (i !== firstContentTok(run, s) && !when)) return null;
  let c1 = i + 1;
  if (when && toks[c1]?.pos === 'ADV' && toks[c1]!.lower.endsWith('ly')) c1++;
  if (toks[c1]?.lower === 'about') c1++;
  let e = c1;
  // A colon or a quote after the question starts the answer.
  while (
    e < s.tokenEnd &&
    !((isComma(toks[e]) || (when && (toks[e]!.text === ':' || run.opens[e]! >= 0))) && !run.quoted(e))
  )
    e++;
  if ((e >= s.tokenEnd && !when) || e - c1 < 2) return null;
  if (when) e = trimEnd(run, c1, e);
  const c = synthetic(run, i, c1, ASKED, -1, -1, 'attribution/asked', 0.6);
  c.side = 'right';
  c.kind = 'indirect';
  c.x1 = c1;
  c.content.push([c1, e]);
  run.askedEnd = e;
  return c;
}

/** Headline verbs that wink often tags as proper nouns in Title Case ("Lawmakers Rip Trump As …"). */
const HEADLINE_VERBS: ReadonlyMap<string, CueEntry> = new Map(
  (
    [
      ['rip', 'criticise'],
      ['knock', 'criticise'],
      ['hit', 'criticise'],
      ['bash', 'criticise'],
      ['see', 'believe'],
      ['speak', 'assert'],
    ] as const
  ).map(([w, act]) => [w, Object.freeze({ act, cls: 'stance', note: 'headline verb', npObject: true }) as CueEntry]),
);

/** "Farm Groups Slam Minister As A ‘Total Failure.’": a Title-Case headline with a saying verb. */
function headlineCue(run: Run, s: Sentence, i: number, prev: readonly Cand[]): Cand | null {
  const toks = run.toks;
  if (prev.length > 0 || i === s.tokenStart || i - s.tokenStart > 6 || !isFirstKept(run, s.block)) return null;
  const t = toks[i]!;
  if (t.pos === 'VERB' || !CAP_LOWER.test(t.text)) return null;
  const stem = t.lower.replace(/(e)?s$/, '');
  const entry =
    HEADLINE_VERBS.get(stem) ??
    HEADLINE_VERBS.get(t.lower) ??
    REPORTING_VERBS.get(stem) ??
    REPORTING_VERBS.get(t.lower.replace(/s$/, '')) ??
    REPORTING_VERBS.get(t.lower);
  if (!entry) return null;
  if (!entry || entry.cls === 'belief' || entry.cls === 'intend' || entry.cls === 'evidence') {
    if (!HEADLINE_VERBS.has(stem)) return null;
  }
  for (let k = s.tokenStart; k < i; k++) if (!UPPER_START.test(toks[k]!.text) && toks[k]!.pos !== 'PART') return null;
  if (i + 1 >= s.tokenEnd) return null;
  const c = synthetic(run, i, i + 1, entry, s.tokenStart, i, 'attribution/headline', 0.6);
  c.side = 'right';
  c.kind = 'indirect';
  c.x0 = s.tokenStart;
  c.mode = 'subject';
  return c;
}

/** "voters", "most Republicans", "a majority": a group of people may hold a stance; "the bill" may not. */
function pluralHead(t: Token): boolean {
  return t.pos === 'NOUN' && t.lower.endsWith('s') && t.lemma !== t.lower;
}

/** Gates the cues whose words are often not attributions (beliefs, evidence, naming). */
function gate(run: Run, s: Sentence, c: Cand): Cand | null {
  const toks = run.toks;
  const cls = c.entry.cls;
  if (cls === 'evidence') {
    // "A poll conducted by X for Y shows …": an evidence noun within the subject, which runs up to the cue.
    let k = c.c0 - 1;
    while (k >= s.tokenStart && c.c0 - k <= 16 && !EVIDENCE_SUBJECTS.has(toks[k]!.lower)) k--;
    // "The researchers found that …", "His record shows that …": with "that", any subject reports a finding.
    const that = c.side === 'right' && c.s0 >= 0 && toks[c.c1]?.lower === 'that';
    if ((k < s.tokenStart || c.c0 - k > 16) && that) return c;
    if (k < s.tokenStart || c.c0 - k > 16) return null;
    // "…, new fundraising reports show.": inverted only when the evidence noun is in the subject NP.
    if (c.side !== 'right' && !(c.s0 >= 0 && k >= c.s0 && k < c.s1)) return null;
    const a = npLeft(toks, k + 1, s.tokenStart);
    c.s0 = a >= 0 ? a : k;
    c.s1 = c.c0;
    c.x0 = c.s0;
  }
  // "The escalation signals that …": a happening is no source.
  if (c.s0 >= 0 && c.s1 > c.s0 && cls === 'speech') {
    // The head is the last noun before an inner preposition or participle: "the organizer of a rally",
    // "people briefed on the move".
    let h = c.s1 - 1;
    for (let k = c.s0 + 1; k < c.s1; k++)
      if (toks[k]!.pos === 'ADP' || toks[k]!.pos === 'VERB') {
        h = k - 1;
        break;
      }
    const head = toks[h]!;
    if (EVENT_SUBJECTS.has(head.lower) && !hasName(toks, c.s0, c.s1)) return null;
  }
  if (c.entry.personSubject) {
    if (c.s0 < 0 || c.side !== 'right') return null;
    const np = toks.slice(c.s0, c.s1);
    const ok =
      (np.length === 1 && /^(he|she|they|we|who|i|you)$/.test(np[0]!.lower)) ||
      np.some((t) => (t.pos === 'PROPN' && UPPER_START.test(t.text)) || t.pos === 'NUM') ||
      pluralHead(np[np.length - 1]!);
    if (!ok) return null;
  }
  if (c.entry.clauseOnly && c.side === 'right' && !clauseAfter(run, s, c.c1)) return null;
  if (c.entry.asObject) {
    let as = -1;
    for (let k = c.c1 + 1; k < Math.min(s.tokenEnd, c.c1 + 10); k++) {
      const t = toks[k]!;
      if (t.lower === 'as') {
        as = k;
        break;
      }
      if (t.pos === 'VERB' || t.pos === 'AUX' || CLOSERS.has(t.text) || isComma(t) || run.quoted(k)) break;
    }
    if (as < 0) return null;
  }
  if (cls === 'belief' || cls === 'intend') {
    // "Such a move, they believe, would backfire": a belief between commas, its subject before the verb.
    if (cls === 'belief' && c.side === 'left' && c.mode === 'subject' && c.s0 >= 0 && beliefAside(run, s, c)) return c;
    // "…, as some economists expect.": the clause before "as" is what they hold.
    if (cls === 'belief' && c.s0 > s.tokenStart + 2 && toks[c.s0 - 1]!.lower === 'as' && isComma(toks[c.s0 - 2])) {
      const n = toks[c.c1];
      if (!n || c.c1 >= s.tokenEnd || isComma(n) || CLOSERS.has(n.text)) {
        c.side = 'left';
        c.x0 = c.s0 - 1;
        return c;
      }
    }
    if (c.side !== 'right' || c.s0 < 0 || c.mode === 'inverted') return null;
    const sp = toks[c.s0]!;
    if (c.s1 - c.s0 === 1 && sp.lower === 'it') return null;
    const n = toks[c.c1];
    if (!n || n.pos === 'PUNCT') return null;
  }
  if (cls === 'naming' && c.entry.act === 'assert') {
    // "called" and friends count only with a quoted fragment close after ("called it “a disaster”").
    const lemma = toks[c.head]!.lemma;
    if (lemma !== 'describe' && lemma !== 'characterize') {
      let found = -1;
      for (let k = c.c1; k < Math.min(s.tokenEnd, c.c1 + 10); k++) {
        if (run.opens[k]! >= 0) {
          found = run.opens[k]!;
          break;
        }
        if (CLOSERS.has(toks[k]!.text) || toks[k]!.text === ';') break;
      }
      if (found < 0 && !(c.side === 'right' && c.s0 >= 0 && smallClause(run, s, c.c1))) return null;
    }
  }
  return c;
}

/**
 * "called him a fraud", "calls himself conservative": an object and what it is called, a second noun phrase or an
 * adjective right after the first, without quote marks.
 */
function smallClause(run: Run, s: Sentence, k: number): boolean {
  const toks = run.toks;
  // The chunker runs "the plan a gift" together: a determiner after a head noun starts the second noun phrase.
  let head = false;
  for (let m = k; m < s.tokenEnd && m - k <= 6 && !run.quoted(m); m++) {
    const t = toks[m]!;
    if (head && (t.pos === 'DET' || isPossessive(t))) {
      const h = toks[m + 1];
      return h !== undefined && m + 1 < s.tokenEnd && (h.pos === 'NOUN' || h.pos === 'ADJ' || h.pos === 'PROPN');
    }
    if (m === k && t.pos === 'PRON' && !isPossessive(t)) head = true;
    else if (isNpHead(t)) head = true;
    else if (!isNpTok(t)) break;
  }
  // "called the deal unfair": an adjective after the object.
  const e = npRight(toks, k, s.tokenEnd);
  return e > k && e < s.tokenEnd && e - k <= 6 && !run.quoted(e) && toks[e]!.pos === 'ADJ';
}

function isPossessive(t: Token): boolean {
  return t.lower === 'his' || t.lower === 'her' || t.lower === 'their' || t.lower === 'its' || t.lower === 'my';
}

/** A clause, a quote or a colon follows token k (past an addressee-like pronoun): not a bare noun phrase object. */
function clauseAfter(run: Run, s: Sentence, k: number): boolean {
  const toks = run.toks;
  const t = toks[k];
  if (!t || k >= s.tokenEnd || CLOSERS.has(t.text)) return true;
  if (t.lower === 'that' || t.text === ':' || isComma(t) || isDash(t) || run.opens[k]! >= 0) return true;
  return hasFiniteVerb(toks, k, Math.min(s.tokenEnd, k + 8));
}

/** A belief cue set off by commas: a comma before its subject, and a comma or the sentence end after the verb. */
function beliefAside(run: Run, s: Sentence, c: Cand): boolean {
  const toks = run.toks;
  // "…, you know, …" is a filler.
  if (!isComma(toks[c.s0 - 1]) || c.s1 - c.s0 > 6 || toks[c.head]!.lemma === 'know') return false;
  const n = toks[c.c1];
  return !n || c.c1 >= s.tokenEnd || isComma(n) || CLOSERS.has(n.text) || isDash(n);
}

/** What follows the cue (and an addressee): the sentence end, a comma then more, or more words. */
function followsEnd(run: Run, s: Sentence, c: Cand): 'end' | 'comma-more' | 'more' {
  const toks = run.toks;
  let k = c.c1;
  if (c.entry.addressee) {
    const e = npRight(toks, k, s.tokenEnd);
    if (e > k) k = e;
  }
  // A short prepositional phrase ("in a statement", "on Tuesday") may follow; an object noun phrase ("43 said the
  // same") is more.
  const f = toks[k];
  if (
    f &&
    k < s.tokenEnd &&
    (f.pos === 'DET' || f.pos === 'NOUN' || (f.pos === 'PROPN' && !MONTHS.test(f.lower))) &&
    !TIME_WORDS.test(f.lower)
  )
    return 'more';
  let p = k;
  while (
    p < s.tokenEnd &&
    p - k < 8 &&
    (toks[p]!.pos === 'ADP' ||
      toks[p]!.pos === 'DET' ||
      isNpHead(toks[p]!) ||
      toks[p]!.pos === 'ADJ' ||
      toks[p]!.pos === 'ADV' ||
      // "in a follow-up interview": a hyphenated compound, whatever its parts' tags.
      toks[p]!.text === '-' ||
      toks[p + 1]?.text === '-') &&
    toks[p]!.lower !== 'that'
  )
    p++;
  const at = toks[p];
  if (!at || p >= s.tokenEnd || CLOSERS.has(at.text) || at.text === ';') return 'end';
  if (isComma(at) && (p === k || toks[k]!.pos === 'ADP' || toks[k]!.pos === 'ADV' || TIME_WORDS.test(toks[k]!.lower)))
    return p + 1 >= s.tokenEnd - 1 ? 'end' : 'comma-more';
  if (p === k && run.closes[p]! >= 0) return 'end';
  return 'more';
}

/** The first token of a sentence's content, past a leading conjunction or adverb. */
function firstContentTok(run: Run, s: Sentence): number {
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

function sentenceSubject(run: Run, s: Sentence, before: number): [number, number] | null {
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

/** "Reid: “Never underestimate …”" and headline "Poll: …": a short NP opening the sentence, then a colon. */
function colonCue(run: Run, s: Sentence, i: number): Cand | null {
  const toks = run.toks;
  if (i - s.tokenStart > 6 || i === s.tokenStart) return null;
  // A short name opening the sentence: an NP, or capitalised words whatever their tags ("Lynch/VERB: …").
  let a = npLeft(toks, i, s.tokenStart);
  if (a !== s.tokenStart) {
    const caps = toks
      .slice(s.tokenStart, i)
      .every((t) => UPPER_START.test(t.text) || t.lower === "'s" || t.lower === '’s' || t.text === '.');
    if (!caps) return null;
    a = s.tokenStart;
  }
  // AP's "The Latest: …" and similar section labels are not sources.
  if (SECTION_LABELS.has(toks[i - 1]!.lower)) return null;
  if (!toks.slice(a, i).some((t) => UPPER_START.test(t.text))) return null;
  const n = i + 1 < s.tokenEnd ? i + 1 : -1;
  if (n < 0) return null;
  const block = run.doc.blocks[s.block];
  const headline = block !== undefined && (block.role !== 'body' || isFirstKept(run, s.block));
  // Transcripts: "TAPPER: Do you think …" at the start of a paragraph.
  const transcript =
    block !== undefined &&
    block.span.start === toks[a]!.start &&
    toks.slice(a, i).every((t) => t.text.length > 1 && t.text === t.text.toUpperCase() && HAS_UPPER.test(t.text));
  if (run.opens[n]! < 0 && !headline && !transcript) return null;
  return {
    c0: i,
    c1: i + 1,
    head: i,
    entry: COLON,
    mode: 'colon',
    s0: a,
    s1: i,
    ante: null,
    x0: a,
    x1: i + 1,
    side: 'right',
    negated: false,
    content: [],
    regions: [],
    kind: 'indirect',
    rule: 'attribution/colon',
    confidence: 0.7,
    dropped: false,
  };
}

/** Section and page labels before a colon ("BYLINE: …", "Breaking: …", "Watch: …"): not sources. */
const SECTION_LABELS: ReadonlySet<string> = new Set([
  'latest',
  'update',
  'updated',
  'watch',
  'byline',
  'email',
  'breaking',
  'wow',
  'boom',
  'photo',
  'photos',
  'video',
  'related',
  'exclusive',
  'analysis',
  'opinion',
  'note',
  'correction',
  'source',
  'sources',
  'dateline',
  'section',
  'length',
  'headline',
]);

function isFirstKept(run: Run, block: number): boolean {
  return run.firstKept === block;
}

// ---------------------------------------------------------------------------------------------------------------
// Contents

/** Fills each construction's content and drops cues nested in another's content. */
function contents(run: Run, s: Sentence, cands: Cand[]): void {
  const toks = run.toks;
  const end = sentenceEnd(s);
  let leftFloor = s.tokenStart;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k]!;
    if (c.dropped) continue;
    if (c.rule === 'attribution/passive-by') {
      leftFloor = c.x1;
      continue;
    }
    if (c.rule === 'attribution/known-as') {
      leftFloor = c.x1;
      continue;
    }
    if (c.rule === 'attribution/raising' || c.rule === 'attribution/asked') {
      // Content fixed when found; the infinitive of a raising verb runs to the next boundary.
      if (c.rule === 'attribution/raising') {
        let e = end;
        for (let m = k + 1; m < cands.length; m++) {
          const d = cands[m]!;
          if (!d.dropped && d.x0 > c.c1 && isBoundary(run, d)) {
            e = d.x0;
            break;
          }
        }
        for (let q = c.c1; q < e; q++)
          if ((isComma(toks[q]) || toks[q]!.text === ';') && !run.quoted(q)) {
            e = q;
            break;
          }
        e = trimEnd(run, c.c1, e);
        if (e > c.c1) c.content.push([c.c1, e]);
        else c.dropped = true;
        leftFloor = e;
      } else leftFloor = c.content[0]![1] + 1;
      continue;
    }
    if (c.side === 'right') {
      let p = c.x1;
      // "According to a poll by X released Monday, …": the content starts after the comma.
      if (c.mode === 'according') {
        let q = p;
        while (q < end && !(isComma(toks[q]) && !run.quoted(q)) && q - p < 25) q++;
        if (q < end - 1 && isComma(toks[q])) p = q + 1;
      }
      // "said — in a radio interview, no less — that …": an aside between dashes.
      if (isDash(toks[p]) && toks[p]!.text !== '-') {
        for (let q = p + 1; q < end && q < p + 14; q++)
          if (isDash(toks[q])) {
            if (q + 1 < end) p = q + 1;
            break;
          }
      }
      // Addressee and time phrases before "that" or a quote: "told reporters on Tuesday that …", "told CNN: “…”".
      const that = canSkipTo(run, c, p)
        ? findThat(run, p, Math.min(end, p + 14))
        : p < end && toks[p]!.lower === 'that'
          ? p
          : -1;
      if (that >= 0) p = that;
      else {
        const lead = leadInQuote(run, p, end);
        if (lead >= 0) p = lead;
        else if (c.entry.addressee) {
          let e = npRight(toks, p, end);
          // "told the Ledger last week she would …": a time phrase after the hearer is not the content either.
          if (e > p) e = skipTimePhrase(run, e, end);
          const n = toks[e];
          // "asked the city to pay" reports the hearer with the infinitive; "warned voters of …" only the "of" part.
          if (e > p && n && (n.lower === 'to' || n.lower === 'of'))
            p = n.lower === 'of' && c.entry.act !== 'accuse' ? e : p;
          else if (e > p && n && n.lower === 'about' && e + 1 < end && e - p <= 8 && !isEstimate(toks[e + 1]!)) p = e;
          // "told reporters he would run", "asked him whether …": the hearer is not the content.
          else if (
            e > p &&
            e - p <= 8 &&
            n &&
            e < end &&
            (n.pos === 'PRON' ||
              n.pos === 'DET' ||
              n.pos === 'PROPN' ||
              /^(whether|if|how|what|why|when)$/.test(n.lower))
          )
            p = e;
        } else p = skipSettingPhrase(run, p, end);
      }
      if (p < end && (toks[p]!.text === ':' || isComma(toks[p]))) p++;
      // "speculated about the cost", "asked Lee about the deal": the topic, not its preposition, is what was said.
      // ("about half the cost", "about 40 percent" keep it: an estimate, not a topic.)
      if (p + 1 < end && toks[p]!.lower === 'about' && !run.quoted(p) && !isEstimate(toks[p + 1]!)) p++;
      // "agreed on a plan", "pinned his hopes on Ohio": so is the object of "on" (not a date nor an occasion).
      else if (
        p + 1 < end &&
        toks[p]!.lower === 'on' &&
        !run.quoted(p) &&
        !isWhen(toks[p + 1]!) &&
        !settingAt(run, p, end)
      )
        p++;
      // Direct quote straight after the cue.
      const r = p < toks.length ? run.opens[p]! : -1;
      if (r >= 0 && !run.used[r] && (p > c.x1 || regionFillsRest(run, r, s))) {
        takeRegions(run, c, r);
        c.kind = 'direct';
        c.rule = c.mode === 'colon' ? 'attribution/colon' : 'attribution/direct-lead-in';
        c.confidence = 0.9;
        leftFloor = run.regionCloseTok[r]! + 1;
        cutLater(run, cands, k, run.regionCloseTok[r]! + 1);
        // "The plan, he said, “will not survive” the winter": one mixed content around the aside.
        const around =
          c.mode === 'colon' || c.x0 <= s.tokenStart ? null : parentheticalAround(run, c, c.x0 - 1, r, end);
        if (around) {
          c.content.push(around[0]);
          if (around[1]) {
            c.content.push(around[1]);
            leftFloor = around[1][1];
          }
          c.kind = 'mixed';
          c.rule = 'attribution/parenthetical';
          c.confidence = 0.75;
        }
        continue;
      }
      if (c.entry.cls === 'naming') {
        let ne = end;
        for (let m = k + 1; m < cands.length; m++) {
          const d = cands[m]!;
          if (!d.dropped && d.x0 >= p && isBoundary(run, d)) {
            ne = d.x0;
            break;
          }
        }
        naming(run, s, c, end, clauseEnd(run, p, ne));
        continue;
      }
      let e = end;
      // Past a nested participle ("blamed him for saying …"), later cues are its business, not the outer content's.
      let nested = false;
      for (let m = k + 1; m < cands.length; m++) {
        const d = cands[m]!;
        if (d.dropped || d.x0 < p) continue;
        // "According to a poll, 51 percent said …": what the poll says includes the later cue.
        if (d.x0 === p && c.mode === 'according') {
          d.dropped = true;
          continue;
        }
        // "… a break with the past, centrists who wanted …": a relative's antecedent after a comma starts a new item.
        const ante = d.mode === 'relative' && d.ante && d.ante[0] > p ? d.ante[0] : -1;
        const conj = ante > 1 && toks[ante - 1]!.pos === 'CCONJ' && isComma(toks[ante - 2]) ? 2 : 1;
        if (ante > 0 && isComma(toks[ante - conj]) && !hasFiniteVerb(toks, p, ante)) {
          e = Math.min(e, ante - conj + 1);
          break;
        }
        if (isBoundary(run, d)) {
          e = Math.min(e, d.x0);
          break;
        }
        if (nestedCue(run, d)) nested = true;
        else if (!nested) d.dropped = true;
      }
      e = clauseEnd(run, p, e);
      if (c.mode !== 'according') e = subordinateEnd(run, c, s, p, e);
      if (c.mode === 'noun') e = c.entry.npObject ? firstVerbGroup(run, p, e) : secondVerbGroup(run, p, e);
      if (c.mode === 'relative') e = relativeEnd(run, c, p, e);
      if (c.entry.npObject && toks[p]?.lower !== 'that') {
        // Stance verbs with a noun-phrase object: the content ends at the first comma.
        for (let q = p; q < e; q++)
          if ((isComma(toks[q]) || toks[q]!.text === ';') && !run.quoted(q) && !listGoesOn(run, q, e)) {
            // "praised Ames, who ran twice, for his courage": past an aside on the object to its complement.
            const q2 = asideThenComplement(run, q, e);
            if (q2 > q) {
              q = q2;
              continue;
            }
            e = q;
            break;
          }
      }
      e = cutAfterQuote(run, p, e);
      if (c.mode !== 'according') e = cutComment(run, p, e);
      e = trimEnd(run, p, e);
      // "praised the plan in an interview": the occasion closes a bare object (a clause keeps it, measured).
      if (!hasFiniteVerb(toks, p, e)) e = cutSetting(run, p, e);
      // Only an object's time phrase: in a clause it is part of what was said ("the bridge would reopen in April").
      if (!hasFiniteVerb(toks, p, e)) e = trimTrailingTime(run, p, e);
      if (e <= p) {
        c.dropped = true;
        continue;
      }
      c.content.push([p, extendToRegion(run, e)]);
      leftFloor = e;
      if (c.rule === 'attribution/subject')
        c.rule = toks[p]!.lower === 'that' ? 'attribution/indirect-that' : 'attribution/indirect';
    } else {
      // Content before the construction: a direct quote closing right before it, or the clause from the floor.
      let q = c.x0 - 1;
      while (q >= leftFloor && (isComma(toks[q]) || isDash(toks[q]))) q--;
      // The quote must close in the cue's own paragraph: a cue opening the next paragraph reports its own content.
      const r = closesInBlock(run, s, q) ? run.closes[q]! : -1;
      if (r >= 0 && !run.used[r]) {
        let head = r;
        while (run.regions[head]!.prev >= 0) head = run.regions[head]!.prev;
        // "Voters want a leader “who listens,” Ames said": words before the quote in its sentence make it mixed.
        let a = Math.max(leftFloor, s.tokenStart);
        while (a < q && (toks[a]!.pos === 'PUNCT' || toks[a]!.pos === 'CCONJ') && run.opens[a]! < 0) a++;
        const open = run.regionOpenTok[head]!;
        if (c.mode !== 'according' && open >= a + 2 && !run.quoted(a) && hasFiniteVerb(toks, a, q)) {
          for (let k = head; k >= 0; k = run.regions[k]!.next) run.used[k] = 1;
          c.content.push([a, q + 1]);
          c.kind = 'mixed';
          c.rule = 'attribution/mixed-trailing';
          c.confidence = 0.8;
          leftFloor = c.x1;
          continue;
        }
        takeRegions(run, c, head);
        c.kind = 'direct';
        c.rule = c.mode === 'according' ? 'attribution/according-to' : 'attribution/direct-trailing';
        c.confidence = c.s0 >= 0 ? 0.92 : 0.6;
        // Split quote: "“A,” said X, “B.”", also past a phrase: "“A,” X said at a rally in Ohio, “B.”"
        // Past a relative or "of" phrase on the speaker too ("“A,” said X, an economist who is …, “B”"), but never
        // past another cue, which reports its own quote.
        for (let p = c.x1; p < s.tokenEnd && p < c.x1 + 30; p++) {
          const t = toks[p]!;
          if (CLOSERS.has(t.text) || t.text === ';' || (p > c.x1 && startsCue(cands, p))) break;
          const r2 = isComma(t) && p + 1 < toks.length ? run.opens[p + 1]! : -1;
          if (r2 >= 0 && !run.used[r2]) {
            takeRegions(run, c, r2);
            c.rule = 'attribution/split';
            break;
          }
          if (run.quoted(p)) break;
        }
        // "“Only you,” she said, would dare to ask": the sentence the quote opened goes on after the cue.
        if (c.rule === 'attribution/direct-trailing') {
          const k = commaAfterCue(run, c.x1, end);
          if (k >= 0 && !startsCue(cands, k + 1) && continuesClause(run, k + 1, end)) {
            const e2 = trimEnd(run, k + 1, clauseEnd(run, k + 1, end));
            if (e2 > k + 1) {
              c.content.push([k + 1, extendToRegion(run, e2)]);
              c.kind = 'mixed';
              c.rule = 'attribution/mixed-continued';
              c.confidence = 0.7;
              leftFloor = e2;
              continue;
            }
          }
        }
        leftFloor = c.x1;
        continue;
      }
      // "Asked what he wanted, Adelson said, “…”": the quote after the cue is the content, not the clause before.
      {
        let p = c.x1;
        if (isComma(toks[p]) || toks[p]?.text === ':') p++;
        const rr = p < toks.length ? run.opens[p]! : -1;
        if (rr >= 0 && !run.used[rr] && p > c.x1) {
          takeRegions(run, c, rr);
          c.kind = 'direct';
          c.rule = 'attribution/direct-lead-in';
          c.confidence = 0.85;
          leftFloor = run.regionCloseTok[rr]! + 1;
          // "The plan, he said, “will not survive” the winter": a subject noun phrase before the aside and words
          // after the quote make one mixed content.
          const around = parentheticalAround(run, c, Math.max(c.x0 - 1, 0), rr, end);
          if (around) {
            c.content.push(around[0]);
            if (around[1]) c.content.push(around[1]);
            c.kind = 'mixed';
            c.rule = 'attribution/parenthetical';
            c.confidence = 0.75;
            leftFloor = Math.max(leftFloor, around[1] ? around[1][1] : leftFloor);
          }
          continue;
        }
      }
      let a = Math.max(leftFloor, s.tokenStart);
      // A quote that opened in an earlier sentence and closes in this one is direct content handled above.
      // A sentence-opening "And" or "But" links to the sentence before; it is not part of what was said.
      // ("Nor" stays: it carries the negation.)
      while (a < q && (toks[a]!.pos === 'PUNCT' || LINKS.has(toks[a]!.lower)) && run.opens[a]! < 0) a++;
      const e = q + 1;
      if (e <= a) {
        c.dropped = true;
        continue;
      }
      c.content.push([a, e]);
      // Parenthetical: "Otherwise, she said, countries may …".
      // Past a short phrase on the cue too: "It helps, she said in an interview, that the rules are clear".
      let p = Math.max(c.x1, commaAfterCue(run, c.x1, end));
      // After "said X," a noun phrase is X's appositive ("said Ann Lee, a professor of law"), no second part.
      // After "according to X," a relative or a noun phrase with no verb of its own is X's too ("…, a pollster").
      const appositive =
        c.s0 >= c.c1 && !continuesClause(run, p + 1, end) && (c.mode !== 'according' || isAppositive(run, p + 1, end));
      if (isComma(toks[p]) && p + 1 < end && !startsCue(cands, p + 1) && !appositive) {
        const rr = run.opens[p + 1]!;
        if (rr >= 0 && !run.used[rr]) takeRegions(run, c, rr);
        else {
          p++;
          const e2 = trimEnd(run, p, end);
          if (e2 > p) c.content.push([p, extendToRegion(run, e2)]);
          c.rule = 'attribution/parenthetical';
        }
      }
      leftFloor = c.x1;
    }
  }
}

/** A day, a month, a date or a time word after "on" ("on Monday", "on May 4"). */
function isWhen(t: Token): boolean {
  return t.pos === 'NUM' || /^\d/.test(t.text) || MONTHS.test(t.lower) || TIME_WORDS.test(t.lower);
}

/** A number or "half" after "about": an estimate ("about half", "about 40 percent"), not a topic. */
function isEstimate(t: Token): boolean {
  return t.pos === 'NUM' || t.lower === 'half' || /^\d/.test(t.text);
}

/** The comma right after a cue, or after a short phrase on it ("she said in an interview,"); -1 when none. */
function commaAfterCue(run: Run, x1: number, end: number): number {
  const toks = run.toks;
  for (let k = x1; k < end && k <= x1 + 8; k++) {
    const t = toks[k]!;
    if (isComma(t)) return k;
    if (run.quoted(k) || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || CLOSERS.has(t.text)) return -1;
    if (t.text === ';' || t.text === ':' || isDash(t) || isRelative(t)) return -1;
  }
  return -1;
}

/** Tokens from `a` are a relative or a bare noun phrase up to a comma, a preposition or the end: an appositive. */
function isAppositive(run: Run, a: number, end: number): boolean {
  const toks = run.toks;
  const t = toks[a];
  if (!t || a >= end) return false;
  if (isRelative(t) || t.lower === 'where') return true;
  const j = npRight(toks, a, end);
  if (j < 0) return false;
  const n = toks[j];
  return j >= end || !n || isComma(n) || CLOSERS.has(n.text) || n.pos === 'ADP' || isRelative(n);
}

/** Tokens from `a` carry on a clause ("would use …", "to pursue …", "that the law …", "his plan would …"). */
function continuesClause(run: Run, a: number, end: number): boolean {
  const toks = run.toks;
  const n = toks[a];
  if (!n || a >= end || run.quoted(a) || !LOWER_START.test(n.text) || isRelative(n)) return false;
  if (n.pos === 'VERB' && n.lower.endsWith('ing')) return false;
  if (n.lower === 'that' || (n.lower === 'to' && toks[a + 1]?.pos === 'VERB')) return true;
  if (!(n.pos === 'AUX' || n.pos === 'VERB' || n.pos === 'PRON' || n.pos === 'ADV')) return false;
  return hasFiniteVerb(toks, a, Math.min(end, a + 6));
}

/**
 * For a construction between commas followed by a quote: the sentence-opening noun phrase before the comma at `comma`
 * (which is the subject of the quoted words) and the words after the quote up to the sentence end; null when the
 * part before is no bare noun phrase ("Asked what he wanted, Adelson said, “…”").
 */
function parentheticalAround(
  run: Run,
  c: Cand,
  comma: number,
  r: number,
  end: number,
): [[number, number], [number, number] | null] | null {
  const toks = run.toks;
  const s = run.doc.sentences[toks[c.c0]!.sentence]!;
  let a = s.tokenStart;
  while (a < comma && (toks[a]!.pos === 'CCONJ' || toks[a]!.pos === 'PUNCT') && run.opens[a]! < 0) a++;
  // A quote opening in lower case goes on with the words before the aside ("Lee, an aide said, “is sure” …"), whatever
  // their shape ("Both of these rules, he said, “point the same way”"), unless they hold a verb of their own.
  const inner = toks[run.regionOpenTok[r]! + 1];
  const goesOn = inner !== undefined && LOWER_START.test(inner.text) && plainLead(run, a, comma);
  if (!isComma(toks[comma]) || comma - a < (goesOn ? 1 : 2) || run.quoted(a)) return null;
  // "In cases of abortion, it said, “…”", "While sales are up, he said, “…”": an adverbial lead-in is said too.
  if (!goesOn && npLeft(toks, comma, a) !== a && !adverbialLead(run, a, comma)) return null;
  // "Last week, Ames said, “…”": a time phrase is no subject; "Lamenting their luck, …": nor is a participle phrase.
  if (toks[a]!.lower.endsWith('ing')) return null;
  const head = toks[comma - 1]!.lower;
  if (TIME_HEADS.has(head) || TIME_WORDS.test(head) || MONTHS.test(head)) return null;
  const close = run.regionCloseTok[r]!;
  let tail: [number, number] | null = null;
  const b = close + 1;
  if (b < end && !CLOSERS.has(toks[b]!.text) && !isComma(toks[b]) && !run.quoted(b)) {
    const e = trimEnd(run, b, clauseEnd(run, b, end));
    if (e > b) tail = [b, e];
  }
  return [[a, comma], tail];
}

/** Tokens [a, comma) hold no quote, verb, "according" or "that" of their own (a phrase, not a clause). */
function plainLead(run: Run, a: number, comma: number): boolean {
  for (let k = a; k < comma; k++) {
    const t = run.toks[k]!;
    if (run.quoted(k) || t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'according' || t.lower === 'that')
      return false;
  }
  return true;
}

/** Conditions and contrasts opening a lead ("While sales are up, he said, “…”"); others measured as the writer's. */
const LEAD_OPENERS: ReadonlySet<string> = new Set(['while', 'if', 'whether', 'unless']);

/** Tokens [a, comma) are an adverbial clause or phrase opening the sentence (not a participle or "asked" lead). */
function adverbialLead(run: Run, a: number, comma: number): boolean {
  const toks = run.toks;
  if (!LEAD_OPENERS.has(toks[a]!.lower)) return false;
  for (let k = a; k < comma; k++) {
    const t = toks[k]!;
    // A "that" clause in the lead reports something else ("While he agreed that …, he said, “…”").
    if (run.quoted(k) || t.lower === 'asked' || t.lower === 'according' || t.lower === 'that') return false;
  }
  const n = toks[a + 1]!;
  return !(n.pos === 'VERB' && endsIngEd(n.lower));
}

function startsCue(cands: readonly Cand[], p: number): boolean {
  for (const c of cands) if (c.x0 === p || c.c0 === p) return true;
  return false;
}

/** Later cues that fall inside a direct quote just taken are not separate attributions. */
function cutLater(run: Run, cands: Cand[], k: number, until: number): void {
  void run;
  for (let m = k + 1; m < cands.length; m++) if (cands[m]!.x0 < until) cands[m]!.dropped = true;
}

/**
 * "criticised him for saying …": a speech participle after a preposition reports inside the content, and as its own
 * quote too; other participles after a preposition ("by emphasizing …") are only part of the content.
 */
function nestedCue(run: Run, d: Cand): boolean {
  const b = run.toks[d.x0 - 1];
  return d.mode === 'participle' && afterPreposition(b) && d.entry.cls === 'speech';
}

/** Prepositions the tagger may read as conjunctions before a gerund ("for saying", "by claiming"). */
const GERUND_PREPS: ReadonlySet<string> = new Set(['for', 'by', 'of', 'without', 'from', 'about', 'in']);

function afterPreposition(b: Token | undefined): boolean {
  return b !== undefined && (b.pos === 'ADP' || (b.pos === 'SCONJ' && GERUND_PREPS.has(b.lower)));
}
/** A later construction ends an earlier content when it starts a new clause (after a comma, "and", ";"). */
function isBoundary(run: Run, d: Cand): boolean {
  const b = run.toks[d.x0 - 1];
  // "criticised him for saying …": a participle after a preposition is inside the content, not a new clause.
  if (d.mode === 'participle' && afterPreposition(b)) return false;
  if (d.mode === 'participle' || d.mode === 'coord' || d.mode === 'according' || d.side === 'left') return true;
  if (!b) return true;
  return isComma(b) || b.pos === 'CCONJ' || b.text === ';' || isDash(b) || b.lower === 'while' || b.lower === 'but';
}

/** The token end of a sentence's content (trailing punctuation is trimmed per content by trimEnd). */
function sentenceEnd(s: Sentence): number {
  return s.tokenEnd;
}

const AFTER_COMMA_STOP: ReadonlySet<string> = new Set(['while', 'whereas', 'however', 'although', 'though']);

/**
 * A reported clause ends at a semicolon, or at a comma or dash that opens a contrasting or commenting clause
 * ("…, while 9 percent found …", "… — because he has never …"), outside quote marks.
 */
function clauseEnd(run: Run, a: number, e: number): number {
  const toks = run.toks;
  // Whether tokens [a, k) hold a finite verb, kept as k advances (no rescan).
  let finite = hasFiniteVerb(toks, a, a + 1);
  let nextComma = -1;
  for (let k = a + 1; k < e; finite ||= hasFiniteVerb(toks, k, k + 1), k++) {
    if (run.quoted(k)) continue;
    const t = toks[k]!;
    if (t.text === ';') return k;
    const n = toks[k + 1];
    if (!n || k + 1 >= e) break;
    if (isComma(t) && AFTER_COMMA_STOP.has(n.lower) && k - a >= 3) return k;
    // "rejected the report and sued the paper": after a noun-phrase object, "and" + verb is the subject's next act.
    if (
      (t.lower === 'and' || t.lower === 'but') &&
      k - a >= 1 &&
      (n.pos === 'VERB' || (n.pos === 'ADV' && toks[k + 2]?.pos === 'VERB')) &&
      !n.lower.endsWith('ing') &&
      !finite
    )
      return k;
    if (isDash(t) && t.text !== '-' && (n.pos === 'SCONJ' || n.lower === 'but' || n.lower === 'and') && k - a >= 3) {
      // "… authorities – and not the federal government – are in charge": a dash pair encloses an aside.
      const d2 = closingDash(run, k, e);
      if (d2 < 0) return k;
      k = d2;
      continue;
    }
    // "supports the final bill, which includes …": a relative running to the end comments on a noun-phrase object.
    if (isComma(t) && n.lower === 'which' && k - a >= 2) {
      if (nextComma < k + 2) nextComma = commaFrom(run, k + 2, e);
      if (nextComma >= e) return k;
    }
    // "…, but Mr. Obama was furious": a contrasting clause after a comma is the writer's.
    if (
      isComma(t) &&
      n.lower === 'but' &&
      k - a >= 3 &&
      // "…, but “the offers were …”": a quote right after "but" goes on with what was said.
      !(run.opens[k + 2]! >= 0) &&
      hasFiniteVerb(toks, k + 2, Math.min(e, k + 6))
    )
      return k;
    // "…, and now the allies are hoping …": a new clause with its own subject and finite verb is the writer's.
    if (isComma(t) && n.lower === 'and' && k - a >= 3 && finite && newClauseAt(run, k + 2, e)) return k;
    // "…, but went on to say …": a second verb phrase of the main clause.
    if ((isComma(t) || isDash(t)) && (n.lower === 'but' || n.lower === 'and') && k - a >= 2) {
      const v = toks[k + 2];
      if (v && (v.pos === 'VERB' || (v.pos === 'ADV' && toks[k + 3]?.pos === 'VERB')) && !v.lower.endsWith('ing'))
        return k;
    }
  }
  return e;
}

/** Conjunctions linking a sentence to the one before it. */
const LINKS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'so', 'yet']);

const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'while',
  'when',
  'if',
  'although',
  'though',
  'after',
  'before',
  'because',
  'since',
  'unless',
  'until',
  'once',
  'whereas',
  'whenever',
]);

/**
 * "While he said he would hold a hearing, the plan is unlikely to pass": a cue inside a subordinate clause that opens
 * the sentence reports only up to the comma where the main clause starts.
 */
function subordinateEnd(run: Run, c: Cand, s: Sentence, p: number, e: number): number {
  const toks = run.toks;
  const from = c.s0 >= 0 ? Math.min(c.s0, c.x0) : c.x0;
  let sub = false;
  // From the speaker's own first token: a capitalised "When" may have been read into the name.
  for (let k = from; k >= s.tokenStart && from - k <= 12; k--) {
    const t = toks[k]!;
    if (run.quoted(k) || isComma(t) || isDash(t) || t.text === ';' || t.text === ':') break;
    if (CLAUSE_OPENERS.has(t.lower) && (t.pos === 'SCONJ' || t.pos === 'ADP' || t.pos === 'ADV')) {
      sub = true;
      break;
    }
  }
  // "Having announced that he would stay, the judge …": a participle opening the sentence is a subordinate clause.
  if (!sub) {
    const h = toks[c.head]!;
    let k = s.tokenStart;
    while (k < c.c0 && (toks[k]!.pos === 'ADV' || toks[k]!.lower === 'having' || toks[k]!.lower === 'after')) k++;
    sub = k === c.c0 && c.head >= c.c0 && endsIngEd(h.lower) && h.pos === 'VERB' && !run.quoted(c.head);
  }
  if (!sub) return e;
  for (let k = p + 1; k < e; k++) if (isComma(toks[k]) && !run.quoted(k) && !listGoesOn(run, k, e)) return k;
  return e;
}

/** Tokens from `k` open a clause: an optional adverb, a subject noun phrase, then an auxiliary or finite verb. */
function newClauseAt(run: Run, k: number, e: number): boolean {
  const toks = run.toks;
  let j = k;
  if (toks[j]?.pos === 'ADV' && j + 1 < e) j++;
  if (j >= e || run.quoted(j)) return false;
  // A pronoun subject mostly goes on with what was said ("…, and it will be done live"); wh-words open its questions.
  const f = toks[j]!;
  if (f.pos === 'PRON' && !POSSESSIVES.has(f.lower)) return false;
  if (toks[j - 1]?.pos === 'ADV' && WH_WORDS.has(toks[j - 1]!.lower)) return false;
  const np = npRight(toks, j, e);
  if (np < 0 || np >= e) return false;
  let v = np;
  if (toks[v]?.pos === 'ADV' && v + 1 < e) v++;
  const t = toks[v]!;
  if (t.pos === 'AUX' || (t.pos === 'VERB' && !endsIngEd(t.lower))) return true;
  // A past tense, unless it is a participle modifying the noun ("other events designed to …").
  const n = toks[v + 1];
  return t.pos === 'VERB' && t.lower.endsWith('ed') && n !== undefined && n.pos !== 'ADP' && n.pos !== 'PART';
}

const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const WH_WORDS: ReadonlySet<string> = new Set(['how', 'why', 'when', 'where', 'whether', 'what']);

/** The dash closing an aside opened by the dash at `k` (within a few words, before `e`), or -1. */
function closingDash(run: Run, k: number, e: number): number {
  const toks = run.toks;
  const d = toks[k]!.text;
  for (let j = k + 2; j < e - 1 && j <= k + 12; j++) {
    const t = toks[j]!;
    if (t.text === d && !run.quoted(j)) return j;
    if (CLOSERS.has(t.text) || t.text === ';') return -1;
  }
  return -1;
}

/** The first unquoted comma in tokens [a, e), or e. Callers keep the answer, so scans never overlap. */
function commaFrom(run: Run, a: number, e: number): number {
  for (let k = a; k < e; k++) if (isComma(run.toks[k]) && !run.quoted(k)) return k;
  return e;
}

const OBJECT_COMPLEMENTS: ReadonlySet<string> = new Set(['for', 'of', 'as']);
/**
 * A comma opening an aside on an object noun ("Ames, who ran twice," / "a judge, Ann Lee,") whose closing comma is
 * followed by the verb's complement ("for …", "of …", "as …"): the closing comma's index, else -1.
 */
function asideThenComplement(run: Run, q: number, e: number): number {
  const toks = run.toks;
  if (!isComma(toks[q])) return -1;
  for (let k = q + 2; k < e - 1 && k <= q + 30; k++) {
    const t = toks[k]!;
    if (CLOSERS.has(t.text) || t.text === ';') return -1;
    if (isComma(t) && !run.quoted(k)) return OBJECT_COMPLEMENTS.has(toks[k + 1]!.lower) ? k : -1;
  }
  return -1;
}

/** "blamed growth, unemployment and inequality": a comma inside a list of nouns does not end the object. */
function listGoesOn(run: Run, comma: number, e: number): boolean {
  const toks = run.toks;
  if (!isComma(toks[comma])) return false;
  for (let k = comma + 1; k < Math.min(e, comma + 7); k++) {
    const t = toks[k]!;
    if (t.pos === 'CCONJ' && (t.lower === 'and' || t.lower === 'or')) return true;
    if (
      !(
        t.pos === 'NOUN' ||
        t.pos === 'ADJ' ||
        t.pos === 'PROPN' ||
        t.pos === 'DET' ||
        t.pos === 'NUM' ||
        isComma(t) ||
        (t.pos === 'VERB' && t.lower.endsWith('ing'))
      )
    )
      return false;
  }
  return false;
}

/**
 * A content inside a relative aside ends with it: "Ames, who said the vote was rigged, ran again" at the comma
 * closing the aside. (Cutting a restrictive one before the main verb, "those who said X backed Ames", measured worse.)
 */
function relativeEnd(run: Run, c: Cand, p: number, e: number): number {
  const toks = run.toks;
  const before = toks[c.x0 - 1];
  if (!isComma(before) && !isDash(before)) return e;
  for (let k = p + 1; k < e; k++) {
    const t = toks[k]!;
    // "Ames, who cast himself as the “law and order candidate,” has …": the comma may close inside the quote.
    const r = run.closes[k]!;
    if (r >= 0 && run.text.charCodeAt(run.regions[r]!.close - 1) === 44 && k + 1 < e) {
      const n = toks[k + 1]!;
      if (n.pos === 'AUX' || (n.pos === 'VERB' && !endsIngEd(n.lower))) return k + 1;
    }
    if (run.quoted(k)) continue;
    if ((isComma(t) && !listGoesOn(run, k, e)) || (isDash(t) && t.text !== '-') || t.text === ';') return k;
  }
  return e;
}

/** "his criticism of the plan was sharp": a nominal cue's object ends before the clause's verb or a comma. */
function firstVerbGroup(run: Run, a: number, e: number): number {
  for (let k = a; k < e; k++) {
    const t = run.toks[k]!;
    if (run.quoted(k)) continue;
    const finite = t.pos === 'VERB' && !t.lower.endsWith('ing') && run.toks[k + 1]?.lower !== 'by';
    if (t.pos === 'AUX' || finite || isComma(t) || t.text === ';') return k;
  }
  return e;
}

/** "X's claim that sales doubled was false": the clause ends before its second verb group. */
function secondVerbGroup(run: Run, a: number, e: number): number {
  let groups = 0;
  let inGroup = false;
  for (let k = a; k < e; k++) {
    const t = run.toks[k]!;
    const verbal = t.pos === 'VERB' || t.pos === 'AUX';
    const restart = t.pos === 'AUX' && run.toks[k - 1]?.pos === 'VERB';
    if (verbal && (!inGroup || restart)) {
      groups++;
      if (groups === 2) return k;
    }
    inGroup = verbal || (inGroup && (t.pos === 'ADV' || t.pos === 'PART'));
  }
  return e;
}

const TIME_LEADS: ReadonlySet<string> = new Set(['on', 'in', 'last', 'this', 'next', 'earlier', 'late', 'early']);

/**
 * "endorsed Cruz last week", "said so in December": a time phrase closing the content is when it was said, not what.
 * Drops one such phrase (a lead word and one or two time words) when something is left.
 */
function trimTrailingTime(run: Run, a: number, e: number): number {
  const toks = run.toks;
  let k = e - 1;
  if (k <= a || run.quoted(k)) return e;
  const isTime = (t: Token) => TIME_HEADS.has(t.lower) || MONTHS.test(t.lower);
  if (toks[k]!.pos === 'NUM' && k - 1 > a && MONTHS.test(toks[k - 1]!.lower)) k--;
  if (!isTime(toks[k]!)) return e;
  if (k - 1 > a && isTime(toks[k - 1]!)) k--;
  const lead = toks[k - 1];
  if (lead && k - 1 > a && TIME_LEADS.has(lead.lower)) k--;
  else if (!(TIME_WORDS.test(toks[k]!.lower) || toks[k]!.lower === 'yesterday' || toks[k]!.lower === 'today')) return e;
  return k > a ? trimEnd(run, a, k) : e;
}

/** Drops trailing punctuation and conjunctions from a content [a, e); keeps closing quote marks and "?"/"!". */
function trimEnd(run: Run, a: number, e: number): number {
  const toks = run.toks;
  while (e > a) {
    const t = toks[e - 1]!;
    if (run.closes[e - 1]! >= 0) break;
    if (t.text === '.' || isComma(t) || t.text === ';' || t.text === ':' || isDash(t) || CLAUSE_STOP.has(t.text)) e--;
    else if ((t.pos === 'CCONJ' || t.lower === 'while') && e - 1 > a) e--;
    else break;
  }
  return e;
}

/** Nouns naming where or how something was said: "in an interview", "at a rally", "during the debate". */
const SETTING_NOUNS: ReadonlySet<string> = new Set([
  'interview',
  'interviews',
  'statement',
  'speech',
  'email',
  'e-mail',
  'letter',
  'tweet',
  'tweets',
  'post',
  'op-ed',
  'debate',
  'rally',
  'conference',
  'hall',
  'event',
  'appearance',
  'address',
  'remarks',
  'meeting',
  'hearing',
  'briefing',
  'video',
  'ad',
  'memo',
  'message',
  'forum',
  'session',
  'broadcast',
  'podcast',
  'column',
  'editorial',
  'essay',
  'segment',
  'stop',
]);
const SETTING_PREPS: ReadonlySet<string> = new Set(['in', 'during', 'at', 'on']);

/**
 * "praised the plan in an interview with a radio station", "railed against the judge at a rally": a phrase naming
 * the occasion of speaking tells when and where it was said, not what; the content ends before it.
 */
function cutSetting(run: Run, a: number, e: number): number {
  const toks = run.toks;
  for (let k = a + 1; k < e - 1; k++) {
    const t = toks[k]!;
    if (run.quoted(k) || !SETTING_PREPS.has(t.lower)) continue;
    for (let j = k + 1; j < e && j <= k + 5; j++) {
      const w = toks[j]!;
      if (SETTING_NOUNS.has(w.lower) && (w.pos === 'NOUN' || w.pos === 'VERB')) return trimEnd(run, a, k);
      if (!(isNpTok(w) || POSSESSIVES.has(w.lower)) || run.quoted(j)) break;
    }
  }
  return e;
}

/** Tokens from `k` are a setting preposition and an occasion ("in an interview", "at a rally") before `e`. */
function settingAt(run: Run, k: number, e: number): boolean {
  const toks = run.toks;
  for (let j = k + 1; j < e && j <= k + 5; j++) {
    const w = toks[j]!;
    if (SETTING_NOUNS.has(w.lower) && (w.pos === 'NOUN' || w.pos === 'VERB')) return true;
    if (!(isNpTok(w) || POSSESSIVES.has(w.lower)) || run.quoted(j)) return false;
  }
  return false;
}

/** "a bit", "a little", "a lot": degree phrases, not a noun phrase commenting on the clause. */
const DEGREE_NOUNS: ReadonlySet<string> = new Set(['bit', 'little', 'lot', 'few', 'couple']);

/**
 * "… could win, a 16-point margin over …", "… at his rally, a swipe at …": after a whole clause, a comma and an
 * indefinite noun phrase is the writer's comment on it; the content ends at the comma.
 */
function cutComment(run: Run, a: number, e: number): number {
  const toks = run.toks;
  let finite = false;
  for (let k = a; k < e - 1; k++) {
    const t = toks[k]!;
    if (!finite && (t.pos === 'AUX' || (t.pos === 'VERB' && !endsIngEd(t.lower)))) finite = true;
    if (!finite || run.quoted(k)) continue;
    // "… raising taxes (which she also backs)": a closing aside in brackets is the writer's too.
    if (t.text === '(' && k > a) {
      let j = k + 1;
      while (j < e && toks[j]!.text !== ')' && toks[j]!.text !== '(') j++;
      if (j < e && toks[j]!.text === ')' && j >= e - 2) return k;
      continue;
    }
    if (!isComma(t)) continue;
    const n = toks[k + 1]!;
    // "… talks with Ann Lee, who was then his aide": a relative on a name in the clause is the writer's gloss.
    if (n.lower === 'who' && toks[k - 1]!.pos === 'PROPN' && !run.quoted(k + 1)) return k;
    // Not a name's appositive ("…, a Democrat") nor one item of a list ("a tax cut, a war, …").
    if (n.lower !== 'a' && n.lower !== 'an') continue;
    if (run.quoted(k + 1) || toks[k - 1]!.pos === 'PROPN' || DEGREE_NOUNS.has(toks[k + 2]?.lower ?? '')) continue;
    let list = false;
    for (let j = k + 2; j < e - 1 && !list; j++)
      list = isComma(toks[j]) && (toks[j + 1]!.pos === 'DET' || toks[j + 1]!.pos === 'CCONJ');
    if (!list) return k;
  }
  return e;
}

const ADVERBIAL: ReadonlySet<string> = new Set(['as']);
const QUOTE_TAIL_STOP: ReadonlySet<string> = new Set(['though', 'although', 'while', 'whereas', 'despite']);

/** A quoted fragment followed by an adverbial clause ("… “happy with the numbers” as she heads …") ends there. */
function cutAfterQuote(run: Run, a: number, e: number): number {
  for (let k = a; k < e - 1; k++) {
    if (run.closes[k]! >= 0) {
      const n = run.toks[k + 1]!;
      if (ADVERBIAL.has(n.lower) && (n.pos === 'SCONJ' || n.pos === 'ADP')) return k + 1;
      // "… “about right,” though voters …", "… “a proud Democrat,” echoing …": a quote closing on a comma, then a
      // contrast or a participle, ends the content.
      const g = run.regions[run.closes[k]!]!;
      const commaIn = run.text.charCodeAt(g.close - 1) === 44;
      const m = commaIn ? n : isComma(n) ? run.toks[k + 2] : undefined;
      if (m && (QUOTE_TAIL_STOP.has(m.lower) || (m.pos === 'VERB' && m.lower.endsWith('ing')))) return k + 1;
      // "… want “that mess,” in an interview on Sunday": the occasion after a quote closing on a comma is the writer's.
      if (m && SETTING_PREPS.has(m.lower) && !run.quoted(k + 1) && settingAt(run, commaIn ? k + 1 : k + 2, e))
        return k + 1;
    }
  }
  return e;
}

/** A content ending inside a quote region runs on to the region's close. */
function extendToRegion(run: Run, e: number): number {
  const r = run.inRegion[e - 1]!;
  if (r >= 0) {
    const c = run.regionCloseTok[r]!;
    if (c >= e) return c + 1;
  }
  return e;
}

/** Past an addressee or short phrase, the opening quote after a colon or comma ("told CNN on Sunday: “…”"); or -1. */
function leadInQuote(run: Run, p: number, max: number): number {
  const toks = run.toks;
  for (let k = p; k < Math.min(max, p + 12); k++) {
    const t = toks[k]!;
    if (run.opens[k]! >= 0) return k === p ? p : -1;
    if ((t.text === ':' || isComma(t)) && k + 1 < toks.length && run.opens[k + 1]! >= 0) return k + 1;
    if (t.pos === 'VERB' || t.pos === 'AUX' || CLOSERS.has(t.text) || t.pos === 'SCONJ' || run.quoted(k)) return -1;
  }
  return -1;
}

const MONTHS =
  /^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$|^(january|february|march|april|may|june|july|august|september|october|november|december)$/;

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
const QUANTIFIERS: ReadonlySet<string> = new Set(['both', 'many', 'most', 'some', 'few', 'several', 'others', 'all']);

const TIME_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|last|this|earlier|later|recently|again|repeatedly|privately|publicly)$/;

/** Only an addressee (for "tell"-like verbs), a prepositional phrase or a time phrase may sit before "that". */
function canSkipTo(run: Run, c: Cand, p: number): boolean {
  const t = run.toks[p];
  if (!t) return false;
  return (
    c.entry.addressee === true || t.pos === 'ADP' || t.pos === 'ADV' || TIME_WORDS.test(t.lower) || t.lower === 'that'
  );
}

/** Past a time phrase starting at `k` ("last week", "on Tuesday", "earlier this month"); `k` when there is none. */
function skipTimePhrase(run: Run, k: number, end: number): number {
  const toks = run.toks;
  let j = k;
  const lead = toks[j];
  if (lead && (lead.lower === 'on' || lead.lower === 'in' || TIME_LEADS.has(lead.lower))) j++;
  let heads = 0;
  while (j < end && j < k + 4) {
    const t = toks[j]!;
    if (TIME_HEADS.has(t.lower) || MONTHS.test(t.lower) || (heads > 0 && t.pos === 'NUM')) {
      heads++;
      j++;
    } else break;
  }
  return heads > 0 ? j : k;
}

const SETTING_LEADS: ReadonlySet<string> = new Set([
  'in',
  'on',
  'at',
  'during',
  'over',
  'through',
  'via',
  'throughout',
]);

/**
 * "acknowledged in a forum on Monday “it will be hard”", "questioned in recent days whether …": a prepositional
 * phrase between the cue and its complement tells where or when; the content starts after it. Returns `p` when what
 * follows the phrase is no complement (a whether/if/that clause, an infinitive, a quote or a clause).
 */
function skipSettingPhrase(run: Run, p: number, end: number): number {
  const toks = run.toks;
  const t = toks[p];
  if (!t || !SETTING_LEADS.has(t.lower) || run.quoted(p)) return p;
  let j = p + 1;
  while (j < end && j < p + 12) {
    const w = toks[j]!;
    if (run.quoted(j)) break;
    if (isNpTok(w) || POSSESSIVES.has(w.lower) || w.lower === 'of' || w.lower === 'with') j++;
    else break;
  }
  if (j === p + 1 || j >= end) return p;
  const n = toks[j]!;
  if (isComma(n)) return p;
  // A quote there is as often a title inside the phrase ("on NBC's “Meet the Press”") as what was said: kept.
  if (run.quoted(j)) return p;
  if (n.lower === 'whether' || n.lower === 'if' || n.lower === 'that') return j;
  if (n.lower === 'to' && toks[j + 1]?.pos === 'VERB') return j;
  if (
    n.pos === 'PRON' &&
    !POSSESSIVES.has(n.lower) &&
    !isRelative(n) &&
    hasFiniteVerb(toks, j + 1, Math.min(end, j + 3))
  )
    return j;
  return p;
}

/** Index of "that" opening a complement within [p, max), past an addressee or time phrase; -1 when none. */
function findThat(run: Run, p: number, max: number): number {
  const toks = run.toks;
  for (let k = p; k < max; k++) {
    const t = toks[k]!;
    if (t.lower === 'that' && (t.pos === 'SCONJ' || t.pos === 'PRON' || t.pos === 'DET')) return k === p ? p : k;
    // A capitalised "verb" inside an addressee name ("told The Morning Ledger on Friday that") is a name.
    const nameWord = t.pos === 'VERB' && k > p && UPPER_START.test(t.text);
    if ((t.pos === 'VERB' && !nameWord) || t.pos === 'AUX' || CLOSERS.has(t.text) || run.quoted(k) || t.pos === 'SCONJ')
      return -1;
    // "said Sunday in Madison, Wisconsin, that …": a comma inside a place name or right before "that".
    if (isComma(t) && k > p) {
      const n = run.toks[k + 1];
      if (!n || !(n.lower === 'that' || (n.pos === 'PROPN' && run.toks[k - 1]!.pos === 'PROPN'))) return -1;
    }
  }
  return -1;
}

/** Does region r (after a lead-in) run to the end of the sentence (or the paragraph)? */
function regionFillsRest(run: Run, r: number, s: Sentence): boolean {
  let last = r;
  while (run.regions[last]!.next >= 0) last = run.regions[last]!.next;
  const close = run.regionCloseTok[last]!;
  if (close < 0) return true;
  const after = close + 1;
  const t = run.toks[after];
  if (!t || t.sentence !== run.toks[close]!.sentence) return true;
  void s;
  return CLOSERS.has(t.text) || isComma(t) || t.text === ';' || isDash(t);
}

function takeRegions(run: Run, c: Cand, r: number): void {
  for (let k = r; k >= 0; k = run.regions[k]!.next) {
    if (run.used[k]) break;
    run.used[k] = 1;
    c.regions.push(k);
  }
}

const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
/**
 * After the quoted name, the naming verb's subject may act again: "called them “liars” and left", "calling him a
 * “fraud,” linking to …", "called him a “crook” and he …": the content ends with the name. Anything else (a phrase,
 * a reason, another quoted name) stays.
 */
function namingTail(run: Run, a: number, clause: number): number {
  const toks = run.toks;
  const n = toks[a];
  if (!n || a >= clause || run.quoted(a)) return clause;
  const m = toks[a + 1];
  if (!m || run.quoted(a + 1)) return clause;
  if (n.pos === 'CCONJ' && (m.pos === 'VERB' || SUBJECT_PRONOUNS.has(m.lower))) return a;
  if ((isComma(n) || n.pos === 'CCONJ') && m.pos === 'VERB' && m.lower.endsWith('ing')) return a;
  // "called him a “fraud,” linking to …", "… a “fraud,” a jab at …": past a name closing on a comma, a participle
  // or a noun phrase is the writer's comment.
  const r = run.closes[a - 1] ?? -1;
  const commaIn = r >= 0 && run.text.charCodeAt(run.regions[r]!.close - 1) === 44;
  if (commaIn && ((n.pos === 'VERB' && n.lower.endsWith('ing')) || n.lower === 'a' || n.lower === 'an')) return a;
  return clause;
}

/** Naming cues: the quoted fragment is the content ("labeled rumors … as “fake news.”"). */
function naming(run: Run, s: Sentence, c: Cand, end: number, clause: number): void {
  const toks = run.toks;
  for (let k = c.c1; k < Math.min(end, c.c1 + 12); k++) {
    const r = run.opens[k]!;
    if (r >= 0 && !run.used[r]) {
      const between = k - c.c1;
      const lemma = toks[c.head]!.lemma;
      const bare = lemma === 'label' || lemma === 'brand' || lemma === 'dub' || lemma === 'term';
      if (between === 0 || (bare && toks[k - 1]!.lower === 'as')) {
        takeRegions(run, c, r);
        c.kind = 'partial';
      } else {
        // "called both candidates “crazy” because …": what is named, the name and the rest of the clause.
        const close = run.regionCloseTok[r]!;
        const tail = namingTail(run, close + 1, clause);
        c.content.push([c.c1, Math.max(close + 1, trimEnd(run, c.c1, tail))]);
        run.used[r] = 1;
        c.kind = 'mixed';
      }
      c.rule = 'attribution/naming';
      c.confidence = 0.85;
      return;
    }
    if (CLOSERS.has(toks[k]!.text) || toks[k]!.text === ';') break;
  }
  // "described X as …": the object up to the sentence end or a comma.
  let e = c.c1;
  while (e < end && !isComma(toks[e]) && toks[e]!.text !== ';') e++;
  e = trimEnd(run, c.c1, e);
  if (e > c.c1) {
    c.content.push([c.c1, e]);
    c.rule = 'attribution/naming';
    c.confidence = 0.6;
  } else c.dropped = true;
  void s;
}

// ---------------------------------------------------------------------------------------------------------------
// Quote regions no cue claimed

function leftoverRegions(run: Run): void {
  const toks = run.toks;
  // Regions already inside an indirect content make it mixed.
  for (const c of run.out) {
    for (const [a, e] of c.content) {
      for (let k = a; k < e; k++) {
        const r = run.opens[k]!;
        if (r >= 0) {
          run.used[r] = 1;
          if (c.kind === 'indirect') c.kind = 'mixed';
        }
      }
    }
  }
  // The last direct or mixed quote per block, for continuations and follow-on paragraphs ("… a “change agent,” Cole
  // said. “That is what people want.”" is one mixed quote).
  const lastDirectByBlock = new Map<number, Cand>();
  const directs = run.out.filter((c) => c.kind === 'direct' || c.kind === 'partial' || c.kind === 'mixed');
  let di = 0;
  directs.sort((a, b) => lastTok(a, run) - lastTok(b, run));
  let prevBlockDirect: Cand | null = null;
  let curBlock = -1;
  for (let r = 0; r < run.regions.length; r++) {
    const g = run.regions[r]!;
    const open = run.regionOpenTok[r]!;
    if (open < 0) continue;
    // Advance the direct-quote pointer to quotes ending before this region.
    while (di < directs.length && lastTok(directs[di]!, run) < open) {
      const d = directs[di]!;
      const b = run.doc.sentences[toks[lastTok(d, run)]!.sentence]!.block;
      lastDirectByBlock.set(b, d);
      di++;
    }
    if (g.block !== curBlock) {
      if (curBlock >= 0) prevBlockDirect = lastDirectByBlock.get(curBlock) ?? prevBlockDirect;
      curBlock = g.block;
    }
    if (run.used[r] || g.prev >= 0) continue;
    const close = run.regionCloseTok[r]!;
    // Trailing attribution: "“…” — Name".
    const d0 = close + 1;
    const sameBlock0 = toks[d0] && run.doc.sentences[toks[d0]!.sentence]!.block === g.block;
    if (g.closed && isDash(toks[d0]) && sameBlock0) {
      const e = npRight(toks, d0 + 1, toks.length);
      if (
        e > d0 + 1 &&
        (!toks[e] || CLOSERS.has(toks[e]!.text) || toks[e]!.sentence !== toks[d0]!.sentence || isComma(toks[e]))
      ) {
        if (toks.slice(d0 + 1, e).some((t) => t.pos === 'PROPN' || UPPER_START.test(t.text))) {
          const c = synthetic(run, d0, d0 + 1, DASH, d0 + 1, e, 'attribution/dash-trailing', 0.8);
          takeRegions(run, c, r);
          c.kind = 'direct';
          run.out.push(c);
          continue;
        }
      }
    }
    const words = wordCount(run.text, g.openEnd, g.close);
    const speechLike = words >= 5 || (/[.!?,]\s*$/.test(run.text.slice(g.openEnd, g.close)) && words >= 3);
    const sameBlock = lastDirectByBlock.get(g.block);
    // Continuation in the same paragraph: "“A,” X said. “B.”"
    // A short sentence counts too when it ends like one ("“We are hopeful.”"), right after the quote it continues.
    const sentenceLike = words >= 2 && /[.!?]\s*$/.test(run.text.slice(g.openEnd, g.close));
    if (sameBlock && (speechLike || sentenceLike) && noVerbOutside(run, r, lastTok(sameBlock, run) + 1)) {
      takeRegions(run, sameBlock, r);
      if (sameBlock.rule === 'attribution/direct-trailing' || sameBlock.rule === 'attribution/direct-lead-in')
        sameBlock.rule = 'attribution/split';
      continue;
    }
    // Follow-on paragraph: a paragraph opening with a quote continues the last speaker.
    const firstOfBlock = run.doc.blocks[g.block]!.span.start === g.open;
    if (!sameBlock && firstOfBlock && speechLike && prevBlockDirect && prevBlockDirect.s0 >= 0) {
      const p = prevBlockDirect;
      const c = synthetic(run, p.c0, p.c1, p.entry, p.s0, p.s1, 'attribution/follow-on', 0.6);
      c.ante = p.ante;
      takeRegions(run, c, r);
      c.kind = 'direct';
      run.out.push(c);
      lastDirectByBlock.set(g.block, c);
    }
    // "The timing does not surprise pollster Daron Shaw: “…”", "She then addressed the crowd again: “…”": a
    // speech-like quote introduced by a colon is what the clause before it reports.
    const colon = open - 1;
    if (speechLike && colon >= 0 && toks[colon]!.text === ':' && !run.quoted(colon)) {
      const s = run.doc.sentences[toks[colon]!.sentence]!;
      if (colon > s.tokenStart) {
        // A name right before the colon speaks ("… pollster Daron Shaw:", "More from Blumenthal and Cohen:"),
        // else the clause's subject ("She then addressed the crowd:").
        const subj = sentenceSubject(run, s, colon);
        let s0 = subj ? subj[0] : -1;
        let s1 = subj ? subj[1] : -1;
        const a = npLeft(toks, colon, s.tokenStart);
        const named = a >= 0 && toks.slice(a, colon).some((t) => t.pos === 'PROPN' && !MONTHS.test(t.lower));
        if (a >= 0 && (named || !subj)) [s0, s1] = [a, colon];
        if (s0 >= 0) {
          const c = synthetic(run, colon, colon + 1, COLON, s0, s1, 'attribution/colon', 0.6);
          takeRegions(run, c, r);
          c.kind = 'direct';
          run.out.push(c);
          lastDirectByBlock.set(g.block, c);
        }
      }
    }
    // Anything else short is a scare quote or a title; longer orphans are left out rather than guessed.
  }
}

function synthetic(
  run: Run,
  c0: number,
  c1: number,
  entry: CueEntry,
  s0: number,
  s1: number,
  rule: string,
  confidence: number,
): Cand {
  void run;
  return {
    c0,
    c1,
    head: c0,
    entry,
    mode: 'bare',
    s0,
    s1,
    ante: null,
    x0: c0,
    x1: c1,
    side: 'left',
    negated: false,
    content: [],
    regions: [],
    kind: 'direct',
    rule,
    confidence,
    dropped: false,
  };
}

/** The sentences holding region r have no verb outside quote marks (nothing else is said there). */
function noVerbOutside(run: Run, r: number, from: number): boolean {
  const toks = run.toks;
  let last = r;
  while (run.regions[last]!.next >= 0) last = run.regions[last]!.next;
  // A mark with no token of its own (the text ends on it) has no sentence to read: say nothing is known.
  const open = toks[run.regionOpenTok[r]!];
  const close = toks[run.regionCloseTok[last]!];
  if (!open || !close) return false;
  // From `from` on: the cue of the quote this one continues may share its sentence ("“A,” he said. “B.”" read as one).
  const a = Math.max(from, run.doc.sentences[open.sentence]!.tokenStart);
  let b = run.doc.sentences[close.sentence]!.tokenEnd;
  // A quote that closes on its own sentence end before a capital ("“… terrorists.” Ann Lee said: …") ends the
  // sentence there, whatever the splitter read: what follows is another statement.
  const closeTok = run.regionCloseTok[last]!;
  const after = toks[closeTok + 1];
  const g = run.regions[last]!;
  if (
    after &&
    after.sentence === close.sentence &&
    UPPER_START.test(after.text) &&
    /[.!?]\s*$/.test(run.text.slice(g.openEnd, g.close))
  )
    b = closeTok + 1;
  for (let k = a; k < b; k++) if (!run.quoted(k) && (toks[k]!.pos === 'VERB' || toks[k]!.pos === 'AUX')) return false;
  return true;
}

function wordCount(text: string, a: number, b: number): number {
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

function firstTok(c: Cand, run: Run): number {
  if (c.regions.length > 0) return run.regionOpenTok[c.regions[0]!]!;
  return c.content[0]?.[0] ?? c.c0;
}

function lastTok(c: Cand, run: Run): number {
  let m = Math.max(c.c1 - 1, c.s1 - 1);
  for (const r of c.regions) m = Math.max(m, run.regionCloseTok[r]!);
  for (const [, e] of c.content) m = Math.max(m, e - 1);
  return m;
}

// ---------------------------------------------------------------------------------------------------------------
// Output

function emit(run: Run): void {
  const { doc, toks, text } = run;
  const cands = run.out.sort((a, b) => firstTok(a, run) - firstTok(b, run));
  const quotes: Quote[] = [];
  const minChars = 2;
  for (const c of cands) {
    const spans: Span[] = [];
    for (const r of c.regions) {
      const g = run.regions[r]!;
      let a = g.openEnd;
      let b = g.close;
      while (a < b && isWs(text.charCodeAt(a))) a++;
      while (b > a && isWs(text.charCodeAt(b - 1))) b--;
      if (c.kind === 'partial') while (b > a && (text[b - 1] === '.' || text[b - 1] === ',')) b--;
      if (b > a) spans.push({ start: a, end: b });
    }
    for (const [a, e] of c.content) spans.push({ start: toks[a]!.start, end: toks[e - 1]!.end });
    spans.sort((x, y) => x.start - y.start);
    const len = spans.reduce((n, s) => n + s.end - s.start, 0);
    if (spans.length === 0 || len < minChars) continue;
    const cue: Span | null = c.c0 >= 0 ? { start: toks[c.c0]!.start, end: toks[c.c1 - 1]!.end } : null;
    let speaker: Speaker;
    if (c.s0 >= 0) {
      speaker = run.speakers.resolve(toks, c.s0, c.s1, c.ante);
      run.speakers.remember(speaker);
    } else speaker = { mention: null, entity: null, name: null };
    const contentText = spanText(text, spans);
    const firstWord = c.content[0] ? toks[c.content[0][0]]!.lower : '';
    const act: SpeechAct = decideAct(
      c.entry.act,
      c.entry.cls === 'naming',
      contentText,
      firstWord === 'to' ||
        (c.entry.addressee === true && /\bto\b/.test(contentText.slice(0, 40)) && c.entry.act === 'question'),
    );
    quotes.push({
      id: `q${quotes.length + 1}`,
      kind: c.kind,
      content: spans,
      cue,
      act,
      speaker,
      ...(c.negated ? { negated: true } : {}),
      rule: c.rule,
      confidence: c.confidence,
    });
  }
  doc.quotes = quotes;
}

/** The spans' text joined by single spaces (one slice for the usual single span, no intermediate array). */
function spanText(text: string, spans: readonly Span[]): string {
  let out = text.slice(spans[0]!.start, spans[0]!.end);
  for (let k = 1; k < spans.length; k++) out += ` ${text.slice(spans[k]!.start, spans[k]!.end)}`;
  return out;
}

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/** Whether a token range holds a capitalised name. */
function hasName(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (t.pos === 'PROPN' && UPPER_START.test(t.text)) return true;
  }
  return false;
}

/** Whether a quote closes at token `k` inside the paragraph of sentence `s` (a quote never reaches across one). */
function closesInBlock(run: Run, s: Sentence, k: number): boolean {
  if (k < 0 || run.closes[k]! < 0) return false;
  return run.doc.sentences[run.toks[k]!.sentence]!.block === s.block;
}
