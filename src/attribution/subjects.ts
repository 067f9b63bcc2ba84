/**
 * Subject shapes before a cue that the plain noun-phrase chunker does not read as a noun phrase: a reduced relative
 * ("those surveyed said", "voters polled say"), a partitive on an object pronoun ("most of them said", "two of us
 * told"), and the contracted perfect ("he's said" is "he has said", not a passive).
 */
import type { Token } from '../model/index.js';
import { WEEKDAYS } from '../nlp/lexicon/calendar.js';
import {
  gerundAfterPossessor,
  isNpHead,
  npLeft,
  npRight,
  POSSESSIVE_PRONOUNS,
  STANDALONE_HEADS,
  SUBJECT_PRONOUNS,
} from './tokens.js';

/** Quantifiers taking "of them / of us" ("most of them said"). */
const PARTITIVE_HEADS: ReadonlySet<string> = new Set([
  'most',
  'many',
  'some',
  'all',
  'both',
  'none',
  'each',
  'one',
  'few',
  'several',
  'half',
  'neither',
  'either',
  'majority',
  'percent',
  'rest',
]);

/** Participles naming the people a poll asked ("voters polled", "those surveyed"). */
export const POLLED: ReadonlySet<string> = new Set(['polled', 'surveyed', 'questioned', 'interviewed', 'sampled']);

/** A capitalised plural ("Americans", "Democrats"), not a name ending in "s" alone ("Sanders" has no lower "ns"). */
const GROUP_NAME = /^\p{Lu}\p{Ll}+(an|ic|at|er|ist|ite|ian|ean)s$/u;

const DET_SUBJECTS: ReadonlySet<string> = new Set(['another', 'each', 'neither', 'either']);

const PARTITIVE_PRONOUNS: ReadonlySet<string> = new Set(['them', 'us', 'those']);

/**
 * Start of a subject ending at token `j` (inclusive) that is a reduced relative or a partitive, or -1.
 * "those surveyed said", "Some 56 percent of voters polled said", "most of them said".
 */
export function specialSubjectStart(toks: readonly Token[], j: number, min: number): number {
  const L = toks[j];
  const P = toks[j - 1];
  // "another said", "each says": a determiner standing for a person already named.
  if (L?.pos === 'DET' && DET_SUBJECTS.has(L.lower) && j >= min) return j;
  if (!L || !P || j - 1 < min) return -1;
  // "a source familiar with his thinking said": a gerund after a possessor heads the subject.
  if (gerundAfterPossessor(toks, j, min)) {
    const a = npLeft(toks, j + 1, min);
    if (a >= 0) return a;
  }
  // "the experts I interviewed said": a relative with no pronoun on the subject ends right before the cue.
  const Q = toks[j - 2];
  if (
    L.pos === 'VERB' &&
    L.lower.endsWith('ed') &&
    SUBJECT_PRONOUNS.has(P.lower) &&
    Q !== undefined &&
    j - 2 >= min &&
    (Q.pos === 'NOUN' || Q.pos === 'PROPN')
  ) {
    const a = npLeft(toks, j - 1, min);
    if (a >= 0) return a;
  }
  // Reduced relative: a past participle right after the head noun ("voters polled") or a standalone determiner.
  if (L.pos === 'VERB' && L.lower.endsWith('ed') && L.lemma !== L.lower) {
    if (P.pos === 'DET' || P.pos === 'ADJ') return STANDALONE_HEADS.has(P.lower) ? j - 1 : -1;
    // "Cuban-Americans polled", "Democrats surveyed": a plural group name, tagged as a proper noun.
    const plural =
      (P.pos === 'NOUN' && P.lower.endsWith('s') && P.lemma !== P.lower) ||
      (P.pos === 'PROPN' && POLLED.has(L.lower) && GROUP_NAME.test(P.text));
    if (plural || P.lower === 'percent' || P.text === '%') {
      const a = npLeft(toks, j, min);
      return a >= 0 ? a : -1;
    }
    return -1;
  }
  // "42% say …": a share standing as subject.
  if (L.text === '%' && P.pos === 'NUM') return j - 1;
  // "58 percent of Ohio voters overall said": a quantifier adjective after the head noun.
  if (L.pos === 'ADJ' && (L.lower === 'overall' || L.lower === 'alone') && isNpHead(P)) {
    const a = npLeft(toks, j, min);
    return a >= 0 ? a : -1;
  }
  // Partitive: "most of them", "two of us", "58 percent of those".
  if (L.pos === 'PRON' && PARTITIVE_PRONOUNS.has(L.lower) && P.lower === 'of' && j - 2 >= min) {
    const Q = toks[j - 2]!;
    if (Q.pos === 'NUM' || PARTITIVE_HEADS.has(Q.lower)) {
      const a = isNpHead(Q) ? npLeft(toks, j - 1, min) : j - 2;
      return a >= 0 ? a : j - 2;
    }
  }
  return -1;
}

/**
 * "He's said …", "she's told reporters …": a contracted "'s" before a participle with a personal subject is the
 * perfect "has", not a passive "is" ("it's said that …" stays passive).
 */
export function contractedPerfect(toks: readonly Token[], aux: number, min: number): boolean {
  const a = toks[aux];
  const s = toks[aux - 1];
  if (!a || !s || aux - 1 < min || (a.lower !== "'s" && a.lower !== '’s')) return false;
  if (s.pos === 'PRON') return s.lower === 'he' || s.lower === 'she' || s.lower === 'who';
  return s.pos === 'PROPN';
}

const ING_ED = /(ing|ed)$/;
const UPPER_START = /^\p{Lu}/u;
const ASIDE_RELATIVES: ReadonlySet<string> = new Set(['who', 'whose', 'which', 'whom']);

/** Is tokens [a, b) an aside that may sit between a subject and its verb? */
function asideSegment(toks: readonly Token[], a: number, b: number): boolean {
  if (b <= a) return false;
  const f = toks[a]!;
  let finite = false;
  let allAdv = true;
  for (let m = a; m < b; m++) {
    const t = toks[m]!;
    if (ASIDE_RELATIVES.has(t.lower) && t.pos !== 'DET') return true;
    if (t.pos !== 'ADV') allAdv = false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !ING_ED.test(t.lower) && !UPPER_START.test(t.text))) finite = true;
  }
  // "meanwhile", "after the scandal broke in March", "appearing on Fox News", "a former aide".
  return allAdv || f.pos === 'ADP' || f.pos === 'SCONJ' || (f.pos === 'VERB' && ING_ED.test(f.lower)) || !finite;
}

/**
 * "Sanders, meanwhile, who has no such endorsements, said …", "Rubio, R-Fla., appearing on TV, said …": a chain of up
 * to four comma-delimited asides between the sentence-opening subject and the cue. `comma` is the comma right before
 * the cue. Returns [subject start, first aside comma] or null; the subject must open the sentence or follow a quote
 * that closed just before it ("“…,” Ana Ruiz, 67, a retired nurse in Ohio, said").
 */
export function asideChainSubject(
  toks: readonly Token[],
  comma: number,
  min: number,
  quoted: (k: number) => boolean,
  afterQuote: (a: number) => boolean,
): [number, number, number] | null {
  let k = comma;
  for (let seg = 0; seg < 4; seg++) {
    let p = k - 1;
    while (p > min && k - p < 24 && toks[p]!.text !== ',' && !quoted(p)) p--;
    if (p <= min || toks[p]!.text !== ',' || !asideSegment(toks, p + 1, k)) return null;
    const a = npLeft(toks, p, min);
    const opening =
      a === min || (a === min + 1 && (toks[min]!.pos === 'CCONJ' || toks[min]!.pos === 'ADV')) || afterQuote(a);
    if (a >= 0 && opening) return [a, p, seg + 1];
    k = p;
  }
  return null;
}

/**
 * "It was widely reported that …", "it has been claimed that …": the token at `j` (just before the auxiliary chain)
 * is an expletive "it" and "that" follows the cue at `c1`.
 */
export function expletivePassive(toks: readonly Token[], j: number, c1: number, min: number, max: number): boolean {
  const it = toks[j];
  if (!it || j < min || (it.lower !== 'it' && it.lower !== "it's" && it.lower !== 'it’s')) return false;
  return c1 < max && toks[c1]!.lower === 'that';
}

/** Words that open an adverbial participle clause ("After thanking the crowd, …", "Since announcing …"). */
const PARTICIPLE_OPENERS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'since',
  'in',
  'while',
  'when',
  'by',
  'upon',
  'on',
  'without',
]);

/** Finite verb or auxiliary (a capitalised "verb" is a name). */
function finite(t: Token): boolean {
  return t.pos === 'AUX' || (t.pos === 'VERB' && !ING_ED.test(t.lower) && !UPPER_START.test(t.text));
}

/**
 * The subject of the clause a participle cue at `i` hangs on, when the plain subject search found none:
 * - "After thanking the crowd, Ruiz touted …", "And in explaining why, Ames described …": an adverbial participle
 *   clause opening the sentence; the subject after the comma that closes it, before its verb;
 * - "Ruiz, a former aide who …, has filed …, saying …": the noun phrase opening the sentence, past asides between
 *   commas, when the main verb comes before the participle.
 * [start, end) or null. `from`/`to` bound the sentence.
 */
export function participleSubject(
  toks: readonly Token[],
  i: number,
  from: number,
  to: number,
  quoted: (k: number) => boolean,
): [number, number] | null {
  let a = from;
  while (a < i && (toks[a]!.pos === 'CCONJ' || toks[a]!.pos === 'ADV' || toks[a]!.pos === 'PUNCT')) a++;
  if (a >= i || quoted(a)) return null;
  // Adverbial clause: "[One month] after/since/in V-ing …, SUBJECT VERB".
  let lead = -1;
  for (let k = a; k < i && k - a <= 4; k++) {
    const t = toks[k]!;
    if (PARTICIPLE_OPENERS.has(t.lower)) {
      lead = k;
      break;
    }
    if (!(t.pos === 'NUM' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET')) break;
  }
  if (lead >= 0 && lead === i - 1) {
    let comma = i + 1;
    while (comma < to && comma - i < 40 && !(toks[comma]!.text === ',' && !quoted(comma))) {
      if (finite(toks[comma]!) && !quoted(comma)) return null;
      comma++;
    }
    if (comma >= to || toks[comma]!.text !== ',') return null;
    const e = npRight(toks, comma + 1, to);
    if (e <= comma + 1) return null;
    let v = e;
    while (v < to && toks[v]!.pos === 'ADV') v++;
    const verb = toks[v];
    return verb && v < to && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !verb.lower.endsWith('ing')))
      ? [comma + 1, e]
      : null;
  }
  // Sentence-opening subject, asides, main verb, then ", V-ing".
  if (lead >= 0 || toks[i - 1]?.text !== ',') return null;
  const e = npRight(toks, a, i);
  if (e <= a || toks[e]!.text !== ',' || !isNpHead(toks[e - 1]!)) return null;
  for (let k = e + 1; k < i - 1; k++) if (finite(toks[k]!) && !quoted(k)) return [a, e];
  return null;
}

/** Words of a time phrase standing between a subject and its verb ("on Sunday", "last year", "late in the day"). */
const TIME_NP: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  'last',
  'this',
  'next',
  'the',
  'week',
  'weekend',
  'month',
  'year',
  'day',
  'night',
  'morning',
  'afternoon',
  'evening',
  'today',
  'yesterday',
  'tonight',
  // "has in the past said", "has in recent weeks said", "in the coming days will"
  'past',
  'recent',
  'coming',
  'few',
  'several',
  'days',
  'weeks',
  'months',
  'years',
]);

/** Quantifiers and reflexives floating after the subject ("have both urged", "Clinton herself signaled"). */
const FLOATING: ReadonlySet<string> = new Set(['both', 'all', 'each', 'himself', 'herself', 'themselves', 'itself']);

/** Between a subject and a time phrase or floating word: auxiliaries, adverbs, "on/in/at/during/earlier". */
const BRIDGE: ReadonlySet<string> = new Set([
  'on',
  'in',
  'at',
  'during',
  'over',
  'for',
  'throughout',
  'earlier',
  'later',
  'late',
  'early',
]);

/**
 * "Ruiz on Sunday defended …", "Ames (D-Ohio) late in the day praised …", "Lee and Kim have both urged …",
 * "Clinton herself signaled …": the noun phrase [a, e) found before the cue is a time phrase or a floating word, and
 * the subject is the noun phrase before it. Returns the subject [start, end), or null when [a, e) is a subject itself.
 */
export function floatingSubject(toks: readonly Token[], a: number, e: number, min: number): [number, number] | null {
  let time = true;
  for (let k = a; k < e; k++) if (!TIME_NP.has(toks[k]!.lower)) time = false;
  const floating = e - a === 1 && FLOATING.has(toks[a]!.lower);
  if ((!time || toks[e - 1]!.lower === 'the' || toks[e - 1]!.lower === 'this') && !floating) return null;
  let k = a - 1;
  // (Time words the noun phrase left out count too: "has over the past few months argued" gives "few months".)
  while (
    k >= min &&
    a - k <= 6 &&
    (toks[k]!.pos === 'AUX' || toks[k]!.pos === 'ADV' || BRIDGE.has(toks[k]!.lower) || TIME_NP.has(toks[k]!.lower))
  )
    k--;
  if (k < min) return null;
  const t = toks[k]!;
  // A relative pronoun ("who last year threatened") is read by the relative construction, not here.
  if (!(t.text === ')' || isNpHead(t)) || ASIDE_RELATIVES.has(t.lower) || t.lower === 'that') return null;
  const b = npLeft(toks, k + 1, min);
  return b >= 0 && b <= k ? [b, k + 1] : null;
}

/** Nouns for something issued or published that "says" what its author says. */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement',
  'release',
  'letter',
  'article',
  'memo',
  'op-ed',
  'email',
  'tweet',
  'post',
  'video',
  'ad',
  'advertisement',
  'message',
  'filing',
]);

/**
 * "issued a statement saying …", "sent out a press release saying …", "in an article stating …": the noun phrase
 * [a, e) before a participle cue names a document that is the object of a verb or follows "in/with", so the one who
 * issued it (the clause subject) is the speaker.
 */
export function documentIssuer(toks: readonly Token[], a: number, e: number, min: number): boolean {
  const head = toks[e - 1]!;
  if (!DOCUMENT_NOUNS.has(head.lemma) && !DOCUMENT_NOUNS.has(head.lower)) return false;
  const p = toks[a - 1];
  if (!p || a - 1 < min) return false;
  return p.pos === 'VERB' || p.lower === 'in' || p.lower === 'with' || p.lower === 'out';
}

/** The possessive marks after a name ("Ruiz's", "Sanders'"). */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);

/**
 * The token before a cue noun at `i` that may hold its possessor, past adjectives, adverbs and hyphenated compounds
 * ("Lee's recent unfounded claim", "his stern warning"): the index of a possessive mark or pronoun, or -1.
 */
export function possessorEnd(toks: readonly Token[], i: number, min: number): number {
  let p = i - 1;
  while (p > min && i - p <= 5) {
    const t = toks[p]!;
    const hyphen = t.text === '-' || toks[p + 1]?.text === '-';
    if (t.pos === 'ADJ' || t.pos === 'ADV' || (hyphen && p < i - 1)) p--;
    else break;
  }
  const t = toks[p];
  if (!t) return -1;
  // A bare apostrophe is a possessive only after a name ending in "s" ("Sanders' charge").
  const mark =
    t.lower === "'s" || t.lower === '’s' || ((t.text === "'" || t.text === '’') && /s$/i.test(toks[p - 1]?.text ?? ''));
  return mark || POSSESSIVE_PRONOUNS.has(t.lower) ? p : -1;
}
