/**
 * Constructions with a shape of their own: "known as", copular and raising judgements ("seems doomed", "is expected
 * to"), "Asked about X, …", headline cues, colon cues; and the gate that keeps belief, evidence and naming cues only
 * where they are attributions.
 */
import type { Sentence, Token } from '../model/index.js';
import { findThat, trimEnd } from './content-trims.js';
import { subjectReport, synthetic } from './leftovers.js';
import { HOLDER_PREPOSITIONS, RECEIVED_NOUNS } from './lexicon/nominal-cues.js';
import { type CueEntry, REPORTING_VERBS } from './lexicon/reporting-verbs.js';
import { EVENT_SUBJECTS, EVIDENCE_SUBJECTS } from './lexicon/sources.js';
import {
  ASKED,
  CAP_LOWER,
  type Cand,
  COLON,
  closesInBlock,
  firstContentTok,
  HAS_UPPER,
  hasFiniteVerb,
  hasName,
  LOWER_START,
  MONTH_WORDS,
  NEGATION,
  POSSESSIVES,
  RAISED,
  type Run,
  sentenceSubject,
  TIME_WORDS,
  titleLike,
  UPPER_START,
} from './run.js';
import { asideChainSubject } from './subjects.js';
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
  TIME_HEADS,
} from './tokens.js';

const RAISING_VERBS: ReadonlySet<string> = new Set(['seem', 'appear']);

/** Verbs of seeming with an adjective: "[the plan] seems [doomed]", "[she] looks [strong]". */
export const COPULAR_JUDGEMENT: ReadonlySet<string> = new Set(['seem', 'appear', 'look', 'sound']);

const KNOWN_AS: CueEntry = Object.freeze({ act: 'assert', cls: 'naming', note: '[X] known as [Y]' });

/** "[the final week of voting] known as [the home stretch]": a common name for something, two spans and no source. */
export function knownAs(run: Run, s: Sentence, i: number): Cand | null {
  const toks = run.toks;
  let c0 = i;
  while (c0 - 1 >= s.tokenStart && (toks[c0 - 1]!.pos === 'ADV' || toks[c0 - 1]!.pos === 'AUX')) c0--;
  if (isComma(toks[c0 - 1])) c0--;
  let a = npLeft(toks, c0, s.tokenStart);
  const e = npRight(toks, i + 2, s.tokenEnd);
  if (a < 0 || e < 0 || run.quoted(a)) return null;
  // "his record in [the series of races] known as …": the name is of the last noun phrase, past "in/at/for/with".
  for (let k = c0 - 2; k > a; k--)
    if (toks[k]!.pos === 'ADP' && toks[k]!.lower !== 'of' && isNpTok(toks[k + 1]!)) {
      a = k + 1;
      break;
    }
  const c = synthetic(run, i, i + 2, KNOWN_AS, -1, -1, 'attribution/known-as', 0.5);
  c.side = 'right';
  c.kind = 'indirect';
  c.x0 = a;
  c.x1 = e;
  c.content.push([a, c0], [i + 2, e]);
  return c;
}

/** Participles of judging verbs whose passive with "as" reports a view held by others. */
export const PASSIVE_JUDGEMENT: ReadonlySet<string> = new Set([
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
  'remembered',
  'interpreted',
]);

/**
 * Participles of verbs that declare or name without "as" ("[Ortiz] was declared [the winner]", "[the files] were
 * deemed [secret]"); with "as" they read like the judging ones. Only in a full passive: a reduced one ("a plan announced
 * Monday") is `reducedAnnounced`'s.
 */
export const PASSIVE_DECLARING: ReadonlySet<string> = new Set([
  'declared',
  'projected',
  'announced',
  'deemed',
  'crowned',
  'proclaimed',
  'dubbed',
]);

/** Words that cannot open what someone was declared ("was announced on Monday", "was deemed by …"). */
const NOT_DECLARED: ReadonlySet<string> = new Set(['this', 'that', 'last', 'next', 'each', 'every', 'these', 'those']);

const PASSIVE_DECLARED: CueEntry = Object.freeze({
  act: 'assert',
  cls: 'speech',
  npObject: true,
  note: '[X] was declared [the winner]',
});

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
export function passiveAs(run: Run, s: Sentence, i: number): Cand | null {
  const toks = run.toks;
  let k = i - 1;
  while (k >= s.tokenStart && (toks[k]!.pos === 'ADV' || NEGATION.has(toks[k]!.lower))) k--;
  if (k < s.tokenStart || run.quoted(k)) return null;
  // "a state seen as critical", "Low tolls, widely viewed as a gift, …": a reduced relative on the noun before.
  // Not "known as/for" ("a method known as fracking" is a name, handled by knownAs).
  const namedAs = toks[i]!.lower === 'known' && toks[i + 1]?.lower !== 'for';
  const declaring = PASSIVE_DECLARING.has(toks[i]!.lower);
  if (declaring && toks[k]!.lemma !== 'be') return null;
  const reduced = toks[k]!.lemma !== 'be' && !namedAs ? reducedHead(toks, k, s.tokenStart) : -1;
  if (toks[k]!.lemma !== 'be' && reduced < 0) return null;
  let c0 = reduced >= 0 ? k + 1 : k;
  while (reduced < 0 && c0 - 1 >= s.tokenStart && auxOrAdverb(toks[c0 - 1]!)) c0--;
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
  // "was declared the winner", "were deemed secret": what they were declared follows the participle itself.
  const d = toks[i + 1];
  const bare =
    declaring &&
    as === i + 1 &&
    d !== undefined &&
    (d.pos === 'DET' || d.pos === 'ADJ' || d.pos === 'NOUN' || (d.pos === 'VERB' && d.lower.endsWith('ed'))) &&
    !NOT_DECLARED.has(d.lower) &&
    !TIME_WORDS.has(d.lower) &&
    !MONTH_WORDS.has(d.lower);
  if (bare) as = i;
  else if (as >= s.tokenEnd - 1 || (toks[as]!.lower !== 'as' && !known) || run.quoted(as + 1)) return null;
  let a = reduced >= 0 ? npLeft(toks, reduced + 1, s.tokenStart) : npLeft(toks, c0, s.tokenStart);
  if (a < 0 && c0 - 1 >= s.tokenStart && isRelative(toks[c0 - 1]!) && !run.quoted(c0 - 1)) a = c0 - 1;
  // "The union, which backs Ortiz, is widely seen as …": the subject before an aside, or of a first conjunct.
  let subjEnd = c0;
  if (a < 0 && reduced < 0) {
    const subj = raisedSubject(run, s, c0);
    if (subj) [a, subjEnd] = subj;
  }
  if (a < 0 || run.quoted(a)) return null;
  // A reduced passive ("X, seen as Y") keeps the noun phrase up to the comma; a full one up to the cue.
  const r = reduced >= 0;
  const rule = bare ? 'attribution/passive-declared' : r ? 'attribution/passive-as-reduced' : 'attribution/passive-as';
  const entry = declaring ? PASSIVE_DECLARED : PASSIVE_AS;
  const c = subjectReport(synthetic(run, c0, as + 1, entry, s0, s1, rule, r ? 0.5 : 0.55), 'right', [
    a,
    r ? reduced + 1 : subjEnd,
  ]);
  c.head = i;
  if (bare) {
    // What they were declared is a noun phrase with its place or contest ("the winner in Ohio", "the nominee of the
    // party"), or an adjective; an agent or a setting after it ("by the networks", "on social media") is not.
    const e = declaredEnd(run, i + 1, s.tokenEnd);
    c.x1 = e;
    c.content.push([i + 1, e]);
  }
  return c;
}

/** Prepositions that stay with what someone was declared: its place, contest or rival. */
const DECLARED_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'for', 'at', 'behind', 'from', 'over']);

/** The end of what someone was declared, starting at `k` (a noun phrase and its prepositional phrases, or one word). */
function declaredEnd(run: Run, k: number, max: number): number {
  const toks = run.toks;
  // "dubbed the “Fair Fares Act”": a quoted name after the determiner.
  const q = run.opens[k + 1]!;
  if (toks[k]!.pos === 'DET' && q >= 0) return Math.min(max, run.regionCloseTok[q]! + 1);
  let e = npRight(toks, k, max);
  if (e <= k) return k + 1;
  // "the nominee next month": a closing time phrase is the writer's.
  for (let m = k + 1; m < e; m++)
    if (TIME_WORDS.has(toks[m]!.lower)) {
      e = m;
      break;
    }
  while (e + 1 < max && DECLARED_PREPOSITIONS.has(toks[e]!.lower)) {
    const f = npRight(toks, e + 1, max);
    if (f <= e + 1) break;
    e = f;
  }
  return e;
}

/**
 * The head noun a reduced passive relative modifies ("a state seen as …": the noun right before; "Low tolls, seen as
 * …": the noun before the comma), or -1. `k` is the token before the participle and its adverbs.
 */
function reducedHead(toks: readonly Token[], k: number, min: number): number {
  const t = toks[k]!;
  if (t.pos === 'NOUN' || (t.pos === 'PROPN' && UPPER_START.test(t.text))) return k;
  if (isComma(t) && k - 1 >= min) {
    const h = toks[k - 1]!;
    if (h.pos === 'NOUN' || (h.pos === 'PROPN' && UPPER_START.test(h.text))) return k - 1;
  }
  return -1;
}

/**
 * "[Trump's supporters] seemed [equally unperturbed]": an impression the writer reports, two spans and no source.
 * Only with an adjective (past adverbs) or "like" right after the verb.
 */
export function copular(run: Run, s: Sentence, i: number): Cand | null {
  const toks = run.toks;
  // "look" and "sound" take only the plain shapes: "things don't look good" is a hedge more often than a view.
  const wide = RAISING_VERBS.has(toks[i]!.lemma);
  let k = i + 1;
  while (k < s.tokenEnd && toks[k]!.pos === 'ADV' && k - i <= 2 && !(wide && comparative(toks[k]!))) k++;
  const n = toks[k];
  if (!n || k >= s.tokenEnd) return null;
  // "seemed rattled", "appeared poised to win": a participle stands as the adjective.
  const participle = wide && n.pos === 'VERB' && n.lower.endsWith('ed');
  // "seemed a reminder that …", "seemed beside the point": "seem" also judges with a noun or prepositional phrase.
  const seemPhrase = toks[i]!.lemma === 'seem' && (n.pos === 'DET' || (n.pos === 'ADP' && n.lower !== 'to'));
  const closer = wide && comparative(n);
  if (!(n.pos === 'ADJ' || participle || seemPhrase || closer || (n.lower === 'like' && k === i + 1))) return null;
  let c0 = i;
  while (
    c0 - 1 >= s.tokenStart &&
    (wide ? auxOrAdverb(toks[c0 - 1]!) : toks[c0 - 1]!.pos === 'AUX' || toks[c0 - 1]!.pos === 'ADV')
  )
    c0--;
  const plain = npLeft(toks, c0, s.tokenStart);
  const subj = wide ? raisedSubject(run, s, c0) : plain >= 0 ? ([plain, c0] as [number, number]) : null;
  // "It seems …" has nothing to report on the left; "it looks like" is a hedge, not an impression of something.
  // "it seemed like an impossible task" is an impression of the thing "it" stands for.
  const likeNp = wide && n.lower === 'like' && k === i + 1 && toks[k + 1]?.pos === 'DET';
  if (!subj || (subj[1] - subj[0] === 1 && toks[subj[0]]!.lower === 'it' && !likeNp)) return null;
  return raisedCand(run, c0, i, subj, 0.5);
}

/** Adverbs in "-er" that are no comparatives. */
const NOT_COMPARATIVE: ReadonlySet<string> = new Set([
  'never',
  'ever',
  'however',
  'rather',
  'whether',
  'later',
  'earlier',
  'together',
  'further',
  'sooner',
  'either',
  'neither',
]);

/** A comparative the tagger reads as an adverb: "[the race] appears [closer in Ohio]". */
function comparative(t: Token): boolean {
  return t.pos === 'ADV' && t.lower.length > 4 && t.lower.endsWith('er') && !NOT_COMPARATIVE.has(t.lower);
}

/**
 * The subject of a raising or seeming verb group starting at c0, as a token range: the noun phrase right before it, a
 * relative pronoun ("who seems …"), a sentence-opening noun phrase before an aside ("The figures, which were leaked,
 * appear …"), or the subject of the first conjunct ("Ames led and appeared poised to win").
 */
function raisedSubject(run: Run, s: Sentence, c0: number): [number, number] | null {
  const toks = run.toks;
  const a = npLeft(toks, c0, s.tokenStart);
  if (a >= 0) return [widerSubject(run, s, a), c0];
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
  if (!chain) return null;
  // "The plan, drafted in May, is expected …": a participle aside is not part of what is judged ("no one, including
  // Ortiz, seems …" is; a relative aside is kept about as often as not).
  for (let k = chain[0] + 1; k < c0 - 2; k++) {
    const n = toks[k + 1]!;
    if (isComma(toks[k]) && n.pos === 'VERB' && n.lower !== 'including') return [chain[0], k];
  }
  return [chain[0], c0 - 1];
}

/** Prepositions that join a noun phrase to the head it modifies ("the tie between A and B", "her lead among women"). */
const SUBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'of',
  'in',
  'on',
  'for',
  'from',
  'at',
  'with',
  'between',
  'among',
  'to',
  'over',
  'about',
  'against',
  'toward',
  'towards',
  'within',
  'behind',
]);

/** Words before a number that belong to it ("more than 200 voters", "at least 40 delegates"). */
const NUMBER_LEADS: ReadonlySet<string> = new Set(['nearly', 'almost', 'about', 'roughly', 'some', 'least', 'over']);

/**
 * A raised subject is the content, so it is the whole noun phrase, not only its last piece as for a speaker: past
 * prepositions ("[the gap between Lee and Ames] seems …", "[her lead among women] appears …"), a gerund head ("[the
 * final closing of the plant] is expected …"), a reflexive ("[the race itself] seemed …") and a number's lead ("[more
 * than 300 voters] are expected …").
 */
function widerSubject(run: Run, s: Sentence, a: number): number {
  const toks = run.toks;
  const min = s.tokenStart;
  for (let guard = 0; guard < 4; guard++) {
    const t = toks[a]!;
    const p = toks[a - 1];
    if (!p || a - 1 < min || run.quoted(a - 1)) break;
    if (REFLEXIVES.has(t.lower)) {
      const b = npLeft(toks, a, min);
      if (b < 0 || b >= a) break;
      a = b;
      continue;
    }
    if (t.pos === 'NUM' && p.lower === 'than' && a - 2 >= min && /^(more|less|fewer)$/.test(toks[a - 2]!.lower)) {
      a -= 2;
      continue;
    }
    if (t.pos === 'NUM' && NUMBER_LEADS.has(p.lower)) {
      a -= p.lower === 'least' && toks[a - 2]?.lower === 'at' ? 2 : 1;
      continue;
    }
    if (!SUBJECT_PREPOSITIONS.has(p.lower) || a - 2 < min || run.quoted(a - 2)) break;
    const h = toks[a - 2]!;
    // "the final shuttering of …": an -ing word after a determiner or adjective is a noun.
    if (h.pos === 'VERB' && h.lower.endsWith('ing') && a - 3 >= min) {
      let b = a - 2;
      while (
        b - 1 >= min &&
        (toks[b - 1]!.pos === 'ADJ' || toks[b - 1]!.pos === 'DET' || POSSESSIVES.has(toks[b - 1]!.lower))
      )
        b--;
      if (b === a - 2 || toks[b]!.pos === 'ADJ') break;
      a = b;
      continue;
    }
    if (!isNpHead(h) || h.pos === 'PRON') break;
    const b = npLeft(toks, a - 1, min);
    if (b < 0 || b >= a - 1) break;
    a = b;
  }
  return a;
}

const REFLEXIVES: ReadonlySet<string> = new Set(['itself', 'himself', 'herself', 'themselves']);

/** "It seems (that) …", "it appears likely that …": the writer's impression, content after the verb, no source. */
export function itSeems(run: Run, s: Sentence, i: number): Cand | null {
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
  const c = subjectReport(synthetic(run, c0 - 1, i + 1, RAISED, -1, -1, 'attribution/it-seems', 0.5), 'right');
  c.head = i;
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

/** Participles that raise in a reduced relative: "a town known to be wary of outsiders". */
const REDUCED_RAISING: ReadonlySet<string> = new Set(['known', 'expected', 'believed', 'thought', 'rumored', 'said']);

/**
 * Raising and passive cues without a source: "[The merger] is expected [to close in May]", "[Rubio] seemed [to urge
 * …]". The content is the subject and the infinitive, two spans.
 */
export function raising(run: Run, s: Sentence, i: number): Cand | null {
  const toks = run.toks;
  const t = toks[i]!;
  // "seems not to have …": a negation before "to" (of a raising verb only).
  const not = RAISING_VERBS.has(t.lemma) && NEGATION.has(toks[i + 1]?.lower ?? '') ? 1 : 0;
  const to = toks[i + 1 + not];
  if (to?.lower !== 'to' || i + 2 + not >= s.tokenEnd) return null;
  // "is expected to formally announce", "seems to not grasp", "appears to either be": one adverb, a negation or
  // "either" may split the infinitive.
  const w = toks[i + 2 + not]!;
  const split = w.pos === 'ADV' || NEGATION.has(w.lower) || w.lower === 'either';
  const v = split && i + 3 + not < s.tokenEnd ? toks[i + 3 + not]! : w;
  if (v.pos !== 'VERB' && v.pos !== 'AUX') return null;
  let c0 = i;
  if (RAISING_VERBS.has(t.lemma) && t.pos === 'VERB') {
    while (c0 - 1 >= s.tokenStart && auxOrAdverb(toks[c0 - 1]!)) c0--;
    // "He just can't seem to win": an inability, not an impression.
    if (cannot(toks, c0, i)) return null;
  } else if (REDUCED_RAISING.has(t.lower) && i - 1 >= s.tokenStart && toks[i - 1]!.pos === 'NOUN') {
    // "a town known to be wary of outsiders": a reduced relative on the noun before, no "be".
    const a = npLeft(toks, i, s.tokenStart);
    // "what many voters believed to be …", "which aides thought to be …": an active verb in an object relative.
    const p = toks[a - 1];
    const wh = (k: number) => k >= s.tokenStart && (isRelative(toks[k]!) || WH_WORDS.has(toks[k]!.lower));
    if (a < 0 || run.quoted(a) || wh(a) || (p && wh(a - 1))) return null;
    return raisedCand(run, i, i, [a, i], 0.5);
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
  return raisedCand(run, c0, i, subj, 0.55);
}

/** Words that open a clause the writer adds after a raised infinitive ("… to win, after …", "… to fall when …"). */
const RAISED_TAIL_OPENERS: ReadonlySet<string> = new Set(['after', 'because', 'while', 'whereas', 'although']);

/**
 * Where the infinitive or adjective of a raising cue ends, at most `e`: before a colon or a spaced dash (the writer's
 * aside or a quote follows), or before a clause of time or cause the writer adds ("[is expected] [to close in May]
 * after …"). PolNeAR ends the judged content there.
 */
export function raisedEnd(run: Run, x1: number, e: number): number {
  const toks = run.toks;
  for (let q = x1 + 2; q < e; q++) {
    const t = toks[q]!;
    if (run.quoted(q)) continue;
    if (t.text === ':') return q;
    // "… to be heavily used — so much so that …": a dash before a clause or a relative; a dash before a noun phrase
    // ("— a 74-year-old senator") is an appositive PolNeAR keeps.
    const n = toks[q + 1];
    const spaced = t.text !== '-' || t.start > toks[q - 1]!.end;
    const finite = (n?.pos === 'VERB' || n?.pos === 'AUX') && !/(ing|ed)$/.test(n.lower);
    if (isDash(t) && spaced && n && (n.pos === 'ADV' || n.pos === 'PRON' || finite)) return q;
    if (RAISED_TAIL_OPENERS.has(t.lower)) return q;
  }
  return e;
}

/** A raising construction over cue tokens [c0, i]: its subject is the content (what seems, is expected, …). */
function raisedCand(run: Run, c0: number, i: number, subj: [number, number], confidence: number): Cand {
  const c = synthetic(run, c0, i + 1, RAISED, -1, -1, 'attribution/raising', confidence);
  c.side = 'right';
  c.kind = 'indirect';
  c.x0 = subj[0];
  c.content.push(subj);
  return c;
}

/** "can't", "cannot", "couldn't" among tokens [a, b). */
function cannot(toks: readonly Token[], a: number, b: number): boolean {
  let modal = false;
  let not = false;
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.lower === 'cannot') return true;
    if (t.lemma === 'can' || t.lower === 'could' || t.lower === 'ca') modal = true;
    if (NEGATION.has(t.lower)) not = true;
  }
  return modal && not;
}

/** An auxiliary, adverb or negation in a verb group ("does not seem", "had n't been"). */
function auxOrAdverb(t: Token): boolean {
  return t.pos === 'AUX' || t.pos === 'ADV' || NEGATION.has(t.lower);
}

const ASKED_LEADS: ReadonlySet<string> = new Set(['when', 'after', 'if', 'once']);

/** "Asked about the deficit, the senator said …": the question, with no source of its own. */
export function askedLead(run: Run, s: Sentence, i: number): Cand | null {
  const toks = run.toks;
  // Also "…, he said when asked about the vote": a question inside a time clause, up to a comma or the end.
  const p = toks[i - 1];
  const when = p !== undefined && i - 1 >= s.tokenStart && ASKED_LEADS.has(p.lower) && !run.quoted(i - 1);
  if (toks[i]!.lower !== 'asked' || (i !== firstContentTok(run, s) && !when)) return null;
  // "“Why now?” asked Ana Ruiz": right after a closing quote, "asked" reports that quote (an inverted cue).
  if (!when && toks[i]!.text === 'asked' && closesInBlock(run, s, i - 1)) return null;
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
export function headlineCue(run: Run, s: Sentence, i: number, prev: readonly Cand[]): Cand | null {
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
  if (i + 1 >= s.tokenEnd || !headlineSubject(toks, s.tokenStart, i)) return null;
  // "Washington Post Assembles …": "Post" after a capitalised word ends a paper's name.
  if (stem === 'post') return null;
  const c = subjectReport(synthetic(run, i, i + 1, entry, s.tokenStart, i, 'attribution/headline', 0.6), 'right');
  c.x0 = s.tokenStart;
  return c;
}

/** Words opening a headline that asks or explains ("Why Ames's Plan Could Fail"): no one speaks there. */
const HEADLINE_QUESTION: ReadonlySet<string> = new Set(['why', 'how', 'what', 'when', 'where', 'who', 'which']);

/**
 * The Title-Case words before a headline verb name its subject: no auxiliary or verb among them ("Ames Is Touring
 * States …", "Ames Got More Votes Than …": the headline's verb came earlier) and no question word first.
 */
function headlineSubject(toks: readonly Token[], a: number, i: number): boolean {
  if (HEADLINE_QUESTION.has(toks[a]!.lower)) return false;
  for (let k = a; k < i; k++) {
    const t = toks[k]!;
    // ("Major Firms Pull Support For …": a verb right before a cue noun is the light verb of that cue.)
    if (t.pos === 'AUX' || (t.pos === 'VERB' && k > a && k < i - 1)) return false;
  }
  return true;
}

/** "voters", "most Republicans", "a majority": a group of people may hold a stance; "the bill" may not. */
export function pluralHead(t: Token): boolean {
  return t.pos === 'NOUN' && t.lower.endsWith('s') && t.lemma !== t.lower;
}

/** Gates the cues whose words are often not attributions (beliefs, evidence, naming). */
export function gate(run: Run, s: Sentence, c: Cand): Cand | null {
  const toks = run.toks;
  const cls = c.entry.cls;
  // "spokeswoman Hope Hicks said": a capitalised "verb" between a lower-case word and a name is part of the name
  // (in a Title-Case headline the word before is capitalised too: "Sanders Promises Action …").
  const h = toks[c.head]!;
  const before = toks[c.head - 1];
  if (
    before &&
    c.head > s.tokenStart &&
    LOWER_START.test(before.text) &&
    UPPER_START.test(h.text) &&
    toks[c.head + 1]?.pos === 'PROPN' &&
    !run.quoted(c.head)
  )
    return null;
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
    // "polls that show …", "a survey, which shows …": the relative pronoun is not part of the source.
    if (
      c.mode === 'relative' &&
      c.s1 - 1 > c.s0 &&
      (toks[c.s1 - 1]!.lower === 'that' || toks[c.s1 - 1]!.lower === 'which')
    ) {
      c.s1--;
      if (c.s1 - 1 > c.s0 && isComma(toks[c.s1 - 1])) c.s1--;
    }
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
  // "…,” said Ann Lee, a pollster who backs Ortiz": support or an aim in a relative on the speaker just named is the
  // writer's background on that speaker, not a second attribution (accusations and echoes there are reported).
  const backing = cls === 'intend' || (cls === 'stance' && c.entry.act === 'praise');
  if (backing && c.mode === 'relative' && c.ante && speakerJustNamed(run, s, c.ante[0])) return null;
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
    for (let k = c.c1 + 1; k < Math.min(s.tokenEnd, c.c1 + 20); k++) {
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
    if (!n || (n.pos === 'PUNCT' && !asideThenThat(run, c.c1, s.tokenEnd))) return null;
  }
  if (cls === 'naming' && c.entry.act === 'assert') {
    // "called" and friends count only with a quoted fragment close after ("called it “a disaster”").
    const lemma = toks[c.head]!.lemma;
    if (lemma !== 'describe' && lemma !== 'characterize') {
      let found = -1;
      for (let k = c.c1; k < Math.min(s.tokenEnd, c.c1 + 16); k++) {
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
 * The noun phrase ending before `a` (a name, its age, its appositive) follows a speech verb: "said Ann Lee, 52, a
 * nurse …". Scans back at most 20 tokens of noun-phrase words and commas.
 */
function speakerJustNamed(run: Run, s: Sentence, a: number): boolean {
  const toks = run.toks;
  for (let k = a - 1; k >= s.tokenStart && a - k <= 20; k--) {
    const t = toks[k]!;
    if (run.quoted(k)) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return REPORTING_VERBS.get(t.lemma)?.cls === 'speech' && k + 1 < a;
    if (!(isNpTok(t) || isComma(t) || t.pos === 'NUM' || t.pos === 'ADP' || t.pos === 'CCONJ')) return false;
  }
  return false;
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

/** Subordinators that may open the reported clause itself ("recognized long ago that/whether/if …"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['whether', 'if', 'how', 'why', 'what']);

/** A clause, a quote or a colon follows token k (past an addressee-like pronoun): not a bare noun phrase object. */
function clauseAfter(run: Run, s: Sentence, k: number): boolean {
  const toks = run.toks;
  const t = toks[k];
  if (!t || k >= s.tokenEnd || CLOSERS.has(t.text)) return true;
  if (t.lower === 'that' || t.text === ':' || isComma(t) || isDash(t) || run.opens[k]! >= 0) return true;
  // The clause's own verb: not one past a subordinator or a relative ("maintained their lead as they sit atop …",
  // "the enthusiasm of voters who were …"), nor a bare form after a singular noun ("a delegate lead/VERB over …").
  const end = Math.min(s.tokenEnd, k + 8);
  for (let m = k; m < end; m++) {
    const u = toks[m]!;
    if (
      m > k &&
      u.lower !== 'that' &&
      (u.pos === 'SCONJ' || u.lower === 'as' || isRelative(u)) &&
      !CLAUSE_OPENERS.has(u.lower)
    )
      return false;
    const p = toks[m - 1]!;
    const bare = u.pos === 'VERB' && u.lower === u.lemma && m > k && p.pos === 'NOUN' && !p.lower.endsWith('s');
    if (!bare && hasFiniteVerb(toks, m, m + 1)) return true;
  }
  return false;
}

/** "believes, for example, that …": a short aside between commas, then "that". */
function asideThenThat(run: Run, k: number, end: number): boolean {
  const toks = run.toks;
  if (!isComma(toks[k]) || run.quoted(k)) return false;
  for (let q = k + 2; q < end - 1 && q <= k + 6; q++) {
    const t = toks[q]!;
    if (run.quoted(q) || t.pos === 'VERB' || t.pos === 'AUX' || CLOSERS.has(t.text)) return false;
    if (isComma(t)) return toks[q + 1]!.lower === 'that';
  }
  return false;
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
export function followsEnd(run: Run, s: Sentence, c: Cand): 'end' | 'comma-more' | 'more' {
  const toks = run.toks;
  let k = c.c1;
  if (c.entry.addressee) {
    const e = npRight(toks, k, s.tokenEnd);
    if (e > k) k = e;
  }
  // A short prepositional phrase ("in a statement", "on Tuesday") may follow; an object noun phrase ("43 said the
  // same") is more.
  const f = toks[k];
  // "…, the poll found him with a lead": an object pronoun opens what was found ("her" only when no noun follows, as
  // in "announced her resignation").
  if (f && k < s.tokenEnd && !c.entry.addressee && (isObjectPronoun(f) || objectHer(toks, k))) return 'more';
  if (
    f &&
    k < s.tokenEnd &&
    (f.pos === 'DET' || f.pos === 'NOUN' || (f.pos === 'PROPN' && !MONTH_WORDS.has(f.lower))) &&
    !TIME_WORDS.has(f.lower)
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
  // "on WXYZ's “Morning Show.”": a quoted show title (after a possessive) closes the setting.
  if (p > k && (toks[p]?.lower === "'s" || toks[p]?.lower === '’s')) p++;
  const title = p > k + 1 && p < s.tokenEnd ? run.opens[p]! : -1;
  if (title >= 0 && titleLike(run, run.regions[title]!)) p = run.regionCloseTok[title]! + 1;
  const at = toks[p];
  if (!at || p >= s.tokenEnd || CLOSERS.has(at.text) || at.text === ';') return 'end';
  // "…, the office reported on Tuesday — a shift that …": a dash after the setting opens the writer's aside.
  const dash = isDash(at) && at.text !== '-' && p + 1 < s.tokenEnd && toks[p + 1]!.lower !== 'that';
  if (
    (isComma(at) || dash) &&
    (p === k || toks[k]!.pos === 'ADP' || toks[k]!.pos === 'ADV' || TIME_WORDS.has(toks[k]!.lower))
  )
    return p + 1 >= s.tokenEnd - 1 ? 'end' : 'comma-more';
  if (p === k && run.closes[p]! >= 0) return 'end';
  return 'more';
}

/** "her" standing as an object ("found her with a lead"), not a possessive ("her record"). */
function objectHer(toks: readonly Token[], k: number): boolean {
  const n = toks[k + 1];
  return toks[k]!.lower === 'her' && n !== undefined && !isNpTok(n) && n.pos !== 'ADV';
}

/** "Reid: “Never underestimate …”" and headline "Poll: …": a short NP opening the sentence, then a colon. */
export function colonCue(run: Run, s: Sentence, i: number): Cand | null {
  const toks = run.toks;
  if (i - s.tokenStart > 6 || i === s.tokenStart) return null;
  // "EXCLUSIVE – Ann Lee: …": a capitalised label and a dash before the name.
  let from = s.tokenStart;
  const f0 = toks[from]!;
  if (i - from > 2 && isDash(toks[from + 1]) && f0.text === f0.text.toUpperCase() && HAS_UPPER.test(f0.text)) from += 2;
  // A short name opening the sentence: an NP, or capitalised words whatever their tags ("Lynch/VERB: …").
  let a = npLeft(toks, i, from);
  let s1 = i;
  if (a !== from) {
    const caps = toks
      .slice(from, i)
      .every(
        (t) => UPPER_START.test(t.text) || t.lower === "'s" || t.lower === '’s' || t.text === '.' || t.text === '-',
      );
    // "Ames to Farmers: …", "Lee on the Levy: …": a headline naming its speaker, then the hearer or the topic.
    s1 = caps ? i : hearerOrTopic(toks, from, i);
    if (s1 < 0) return null;
    a = from;
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
  // "Lee: Well, the levy is dead." opening a paragraph, when the same name opens another paragraph with a colon: a
  // transcript with names in mixed case; the turn runs to the paragraph's end.
  const turn =
    !transcript &&
    !headline &&
    s1 === i &&
    i - a <= 3 &&
    run.opens[n]! < 0 &&
    block !== undefined &&
    block.span.start === toks[a]!.start &&
    toks[i - 1]!.text.length > 1 &&
    repeatedTurn(run, s.block, toks[i - 1]!.text);
  if ((run.opens[n]! < 0 || s1 < i) && !headline && !transcript && !turn) return null;
  const c: Cand = {
    c0: i,
    c1: i + 1,
    head: i,
    entry: COLON,
    mode: 'colon',
    s0: a,
    s1,
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
  if (turn) {
    let last = s.tokenEnd;
    for (let k = s.index + 1; k < run.doc.sentences.length && run.doc.sentences[k]!.block === s.block; k++)
      last = run.doc.sentences[k]!.tokenEnd;
    const e = trimEnd(run, n, last);
    if (e <= n || !hasFiniteVerb(toks, n, e)) return null;
    c.content.push([n, e]);
    c.x1 = e;
    return c;
  }
  // A headline's colon reports all the rest of it, past commas, semicolons and inner cues ("Ames: Levy Is ‘Dead,’ Will
  // Not Return"); the content is fixed here.
  if (headline && !transcript && run.opens[n]! < 0) {
    // "Ted Cruz: Outsider or Insider?": a headline asking about its subject quotes no one.
    if (toks[s.tokenEnd - 1]!.text === '?') return null;
    const e = trimEnd(run, n, s.tokenEnd);
    if (e > n) {
      c.content.push([n, e]);
      c.x1 = e;
    }
  }
  return c;
}

/** Another paragraph of the document opens with `name` and a colon ("Lopez: …", "Luciana Lopez: …"). */
function repeatedTurn(run: Run, block: number, name: string): boolean {
  for (const b of run.doc.blocks) {
    if (b.index === block) continue;
    const head = run.text.slice(b.span.start, Math.min(b.span.end, b.span.start + 48));
    const colon = head.indexOf(':');
    const at = colon - name.length;
    if (at >= 0 && head.slice(at, colon) === name && (at === 0 || head[at - 1] === ' ')) return true;
  }
  return false;
}

/** The "to" or "on" after a capitalised name and before capitalised words ("Ames to Farmers"), or -1. */
function hearerOrTopic(toks: readonly Token[], a: number, i: number): number {
  let k = a;
  while (k < i && UPPER_START.test(toks[k]!.text)) k++;
  const t = toks[k];
  if (k === a || k + 1 >= i || !t || (t.text !== 'to' && t.text !== 'on')) return -1;
  for (let m = k + 1; m < i; m++) if (UPPER_START.test(toks[m]!.text)) return k;
  return -1;
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
  // "Revealed: …", "Bombshell: …", "Paid Notice: …", "STAT OF THE WEEK: …" ("Poll: …" reports the poll's finding).
  'revealed',
  'bombshell',
  'notice',
  'week',
]);

function isFirstKept(run: Run, block: number): boolean {
  return run.firstKept === block;
}

/**
 * "As The Ledger reported, …", "As reported by The Ledger, …", "…, as some aides have speculated.": "as" + a source
 * and a saying or believing verb, set off by a comma, attributes the clause on the other side of the comma
 * (`attribution/as-source`; the source is the noun phrase, or the agent after "by"). Only at a sentence start (the
 * clause after the comma) or at its end (the clause before it); in mid-sentence "as he noted" is too often a time.
 */
const PUT_IT: CueEntry = Object.freeze({ act: 'assert', cls: 'speech', note: 'as X put it' });

export function asSource(run: Run, s: Sentence, i: number): Cand | null {
  const toks = run.toks;
  const start = i === firstContentTok(run, s) || (i === s.tokenStart + 1 && toks[s.tokenStart]!.text === '(');
  const end = !start && i > s.tokenStart + 3 && isComma(toks[i - 1]) && !run.quoted(i - 2);
  if (!start && !end) return null;
  let k = i + 1;
  let s0 = -1;
  let s1 = -1;
  // "As reported by X": the agent is the source.
  const passive = toks[k]?.pos === 'VERB' && toks[k + 1]?.lower === 'by';
  if (!passive) {
    s0 = k;
    const e = npRight(toks, k, s.tokenEnd, 8);
    if (e < 0) return null;
    s1 = e;
    k = e;
  }
  let c0 = k;
  while (k < s.tokenEnd && (toks[k]!.pos === 'AUX' || toks[k]!.pos === 'ADV') && k - c0 < 3) k++;
  const v = toks[k];
  if (v?.pos !== 'VERB' || run.quoted(k)) return null;
  // "as one aide put it": the phrasing verb with its "it".
  const putIt = v.lemma === 'put' && toks[k + 1]?.lower === 'it' && !passive;
  const entry = putIt ? PUT_IT : REPORTING_VERBS.get(v.lemma);
  if (!entry || (entry.cls !== 'speech' && entry.cls !== 'belief')) return null;
  if (passive) c0 = k;
  if (putIt) k++;
  let x1 = k + 1;
  if (passive) {
    const e = npRight(toks, k + 2, s.tokenEnd, 10);
    if (e < 0) return null;
    s0 = k + 2;
    s1 = e;
    x1 = e;
  }
  // Up to three more words (a time or place: "reported on Monday") before the comma or the sentence end.
  let q = x1;
  while (q < s.tokenEnd && q - x1 < 4 && !isComma(toks[q]) && !CLOSERS.has(toks[q]!.text) && toks[q]!.pos !== 'VERB')
    q++;
  const n = toks[q];
  if (start ? !isComma(n) || q + 3 >= s.tokenEnd : q < s.tokenEnd && !CLOSERS.has(n!.text)) return null;
  const c = synthetic(run, c0, k + 1, entry, s0, s1, 'attribution/as-source', 0.7);
  c.mode = 'according';
  c.kind = 'indirect';
  c.x0 = i;
  c.x1 = start ? q : x1;
  c.side = start ? 'right' : 'left';
  return c;
}

/**
 * "[Ortiz] won the backing of [the unions]", "[the plan] drew criticism from [landlords]": a stance received, its
 * subject as the content and the noun phrase after "from/of/among" as the holder. The cue runs from the verb group to
 * the preposition.
 */
export function receivedStance(run: Run, s: Sentence, i: number): Cand | null {
  const toks = run.toks;
  let k = i + 1;
  let entry: CueEntry | undefined;
  for (; k < s.tokenEnd && k - i <= 5; k++) {
    const t = toks[k]!;
    if (run.quoted(k)) return null;
    entry = t.pos === 'NOUN' ? RECEIVED_NOUNS.get(t.lemma) : undefined;
    if (entry) break;
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'ADV' || t.pos === 'NUM' || t.pos === 'NOUN')) return null;
  }
  const p = toks[k + 1];
  if (!entry || !p || k + 2 >= s.tokenEnd || !HOLDER_PREPOSITIONS.has(p.lower)) return null;
  const e = npRight(toks, k + 2, s.tokenEnd);
  if (e <= k + 2 || run.quoted(k + 2)) return null;
  let c0 = i;
  while (c0 - 1 >= s.tokenStart && auxOrAdverb(toks[c0 - 1]!)) c0--;
  let a = npLeft(toks, c0, s.tokenStart);
  if (a < 0 && c0 - 1 >= s.tokenStart && isRelative(toks[c0 - 1]!)) a = c0 - 1;
  if (a < 0 || run.quoted(a)) return null;
  // "with Sanders receiving …": the absolute clause's own subject; "this week Trump secured …": past a time phrase.
  for (let m = c0 - 1; m > a && toks[i]!.lower.endsWith('ing'); m--)
    if (toks[m]!.lower === 'with') {
      a = m + 1;
      break;
    }
  if (a + 2 < c0 && TIME_WORDS.has(toks[a]!.lower) && TIME_HEADS.has(toks[a + 1]!.lower)) a += 2;
  const c = subjectReport(synthetic(run, c0, k + 2, entry, k + 2, e, 'attribution/received', 0.5), 'right', [a, c0]);
  c.x1 = e;
  c.head = k;
  c.negated = toks.slice(c0, i).some((t) => NEGATION.has(t.lower));
  return c;
}

const QUESTION_IS: CueEntry = Object.freeze({ act: 'question', cls: 'speech', note: '"the question is whether …"' });

/** Words that open an indirect question. */
const WH_WORDS: ReadonlySet<string> = new Set(['whether', 'if', 'how', 'what', 'who', 'why', 'when', 'which']);

/**
 * "The question is [whether the pier reopens]", "the bigger question remains [how …]": a question named by the writer,
 * its content the indirect question after the verb, no source.
 */
export function questionIs(run: Run, s: Sentence, i: number): Cand | null {
  const toks = run.toks;
  let k = i + 1;
  if (toks[k]?.lemma !== 'be' && toks[k]?.lemma !== 'remain') return null;
  k++;
  while (
    k < s.tokenEnd &&
    k - i <= 5 &&
    (toks[k]!.pos === 'ADV' || NEGATION.has(toks[k]!.lower) || toks[k]!.text === ':')
  )
    k++;
  const w = toks[k];
  if (!w || k + 2 >= s.tokenEnd || !WH_WORDS.has(w.lower) || run.quoted(k)) return null;
  const c = subjectReport(synthetic(run, i, k, QUESTION_IS, -1, -1, 'attribution/question-is', 0.5), 'right');
  c.head = i;
  return c;
}

const HEARSAY: CueEntry = Object.freeze({ act: 'assert', cls: 'speech', note: '"[X has] reportedly [spent …]"' });

/** Adverbs that report a claim without its source. */
export const HEARSAY_ADVERBS: ReadonlySet<string> = new Set(['reportedly', 'allegedly', 'supposedly', 'purportedly']);

/**
 * "[The club is] reportedly [buying two ferries]", "Reportedly, [he …]": a claim the writer passes on
 * without its source. The clause around the adverb is the content (the subject and auxiliaries before it, the rest
 * after), no source.
 */
export function hearsay(run: Run, s: Sentence, i: number): Cand | null {
  const toks = run.toks;
  let j = i - 1;
  while (j >= s.tokenStart && (toks[j]!.pos === 'AUX' || NEGATION.has(toks[j]!.lower))) j--;
  const n = toks[i + 1];
  if (!n || i + 1 >= s.tokenEnd || run.quoted(i + 1)) return null;
  // "Trump reportedly said …", "is reportedly yelling: …": the reporting verb after the adverb is the cue.
  for (let k = i + 1; k < s.tokenEnd && k <= i + 3; k++)
    if (toks[k]!.pos === 'VERB' && REPORTING_VERBS.get(toks[k]!.lemma)?.cls === 'speech') return null;
  let a = -1;
  if (j < s.tokenStart || isComma(toks[j]) || (j === s.tokenStart && toks[j]!.pos === 'CCONJ')) {
    // "Reportedly, he …" / "…, reportedly …": the clause is all to the right.
    if (isComma(n) && i + 2 < s.tokenEnd) {
      const c = subjectReport(synthetic(run, i, i + 1, HEARSAY, -1, -1, 'attribution/hearsay', 0.5), 'right');
      c.x1 = i + 2;
      return c;
    }
    if (j >= s.tokenStart) return null;
  } else {
    a = isNpHead(toks[j]!) ? npLeft(toks, j + 1, s.tokenStart) : -1;
    if (a < 0 || run.quoted(a)) return null;
  }
  return subjectReport(
    synthetic(run, i, i + 1, HEARSAY, -1, -1, 'attribution/hearsay', 0.5),
    'right',
    a >= 0 ? [a, i] : undefined,
  );
}

/** Participles after "self-" that report how someone names themselves. */
const SELF_NAMING: ReadonlySet<string> = new Set([
  'described',
  'proclaimed',
  'styled',
  'declared',
  'professed',
  'identified',
]);

const SELF_NAMED: CueEntry = Object.freeze({ act: 'assert', cls: 'naming', note: '"a self-described [socialist]"' });

/**
 * "a self-described [democratic socialist]", "the self-styled [voice of the valley]": how someone names themselves;
 * the noun phrase after the participle is the content, "self" the source (resolved to no one).
 */
export function selfNamed(run: Run, s: Sentence, i: number): Cand | null {
  const toks = run.toks;
  const t = toks[i]!;
  if (!SELF_NAMING.has(t.lower) || i < s.tokenStart + 2) return null;
  const h = toks[i - 1]!;
  const self = h.text === '-' || h.text === '‑' ? i - 2 : i - 1;
  if (toks[self]?.lower !== 'self' || self < s.tokenStart) return null;
  let e = i + 1;
  while (e < s.tokenEnd && e - i <= 6 && !run.quoted(e) && (isNpTok(toks[e]!) || toks[e]!.pos === 'ADJ')) e++;
  if (run.opens[i + 1]! >= 0) e = run.regionCloseTok[run.opens[i + 1]!]! + 1;
  if (e <= i + 1 || e > s.tokenEnd) return null;
  const c = synthetic(run, self, i + 1, SELF_NAMED, self, self + 1, 'attribution/self-named', 0.5);
  c.c0 = i;
  c.side = 'right';
  c.kind = 'indirect';
  c.head = i;
  c.x0 = self;
  c.x1 = e;
  c.content.push([i + 1, e]);
  return c;
}
