/**
 * Cue detection: per sentence, the tokens that open a reporting construction — verbs and verb phrases of the lexicon,
 * nouns read as verbs, light-verb and nominal cues, "according to", colons and special constructions — each handed to
 * `construct` or to a construction of its own, then to `contents`.
 */
import type { Sentence, Token } from '../model/index.js';
import { construct } from './construct.js';
import {
  askedLead,
  asSource,
  COPULAR_JUDGEMENT,
  colonCue,
  copular,
  followsEnd,
  HEARSAY_ADVERBS,
  headlineCue,
  hearsay,
  itSeems,
  knownAs,
  PASSIVE_DECLARING,
  PASSIVE_JUDGEMENT,
  passiveAs,
  pluralHead,
  questionIs,
  raising,
  receivedStance,
  selfNamed,
} from './constructions.js';
import { settingAt } from './content-trims.js';
import { contents } from './contents.js';
import { subjectReport, synthetic } from './leftovers.js';
import { LIGHT_VERBS, NOUN_PREPOSITIONS, SPEECH_NOUNS, TO_NOUNS } from './lexicon/light-verb-cues.js';
import {
  BARE_NOMINAL_CUES,
  NOMINAL_CUES,
  RECEIVED_NOUNS,
  RECEIVING_VERBS,
  THAT_NOUNS,
} from './lexicon/nominal-cues.js';
import { ADJECTIVE_CUES, type PhraseCue, VERB_PHRASE_CUES } from './lexicon/phrasal-cues.js';
import { type CueEntry, PARTICLES, REPORTING_VERBS } from './lexicon/reporting-verbs.js';
import { CUE_NOUNS, EVIDENCE_SUBJECTS } from './lexicon/sources.js';
import { inPoll, pollHas } from './polls.js';
import {
  ACCORDING,
  afterBe,
  type Cand,
  firstContentTok,
  hasFiniteVerb,
  IN_SOURCE,
  LOWER_START,
  type Mode,
  NEAR_FRAGMENT,
  NEAR_QUOTE,
  NOT_SPEECH,
  OTHER_SENSE,
  POSSESSIVES,
  QUANTIFIERS,
  type Run,
  TIME_WORDS,
  TO_SOURCE,
  titleLike,
  UPPER_START,
  wordCount,
} from './run.js';
import { POLLED } from './subjects.js';
import {
  CLOSERS,
  isComma,
  isDash,
  isNpHead,
  isNpTok,
  isRelative,
  npLeft,
  npRight,
  POSSESSIVE_PRONOUNS,
  TIME_HEADS,
} from './tokens.js';

const LIKE_TO: CueEntry = Object.freeze({ act: 'intend', cls: 'intend', note: '"would like to …"' });
const WOULD: ReadonlySet<string> = new Set(['would', "'d", '’d']);

/** A name or a subject pronoun: what may stand right before a finite verb. */
function subjectBefore(t: Token): boolean {
  return (
    (t.pos === 'PROPN' && UPPER_START.test(t.text)) ||
    /^(he|she|they|we|i|who)$/.test(t.lower) ||
    // "has referenced/ADJ", "had denounced/ADJ": a perfect.
    (t.pos === 'AUX' && t.lemma === 'have')
  );
}

/**
 * A plural noun or a plural name ending a subject right before token `k + 1`: "voters", "women", "the Ortizes"; not a
 * name after a determiner or a possessive ("the Sanders plan").
 */
function pluralSubject(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  if (t.pos === 'NOUN') return t.lemma !== t.lower && LOWER_START.test(t.text);
  const b = toks[k - 1];
  return (
    t.pos === 'PROPN' &&
    t.lower.endsWith('s') &&
    UPPER_START.test(t.text) &&
    !(b && (b.pos === 'DET' || b.pos === 'PART' || POSSESSIVES.has(b.lower)))
  );
}

/** The lexicon entry of a past tense: "referenced" → reference, "preferred" → prefer, "decried" → decry. */
function pastTenseEntry(w: string): CueEntry | undefined {
  const doubled = w.length > 4 && w.charCodeAt(w.length - 3) === w.charCodeAt(w.length - 4);
  return (
    REPORTING_VERBS.get(w.slice(0, -1)) ??
    REPORTING_VERBS.get(w.slice(0, -2)) ??
    (doubled ? REPORTING_VERBS.get(w.slice(0, -3)) : undefined) ??
    (w.endsWith('ied') ? REPORTING_VERBS.get(`${w.slice(0, -3)}y`) : undefined)
  );
}

/** Words before an "-ing" form that make it a participle of the clause: ", mocking …", "by repeating …". */
const INGS_BEFORE: ReadonlySet<string> = new Set([',', 'and', 'by', 'while', 'after', 'before']);

/** Marks that close a quotation. */
const QUOTE_CLOSE: ReadonlySet<string> = new Set(['”', '’', '"', "'"]);

const CALL_TO: CueEntry = Object.freeze({ act: 'demand', cls: 'speech', note: '"called to ban …"' });

/** Finds the cue starting at token i, if any: [entry, end of cue, head, and a rule id of its own if it has one]. */
function cueAt(run: Run, i: number, s: Sentence): [CueEntry, number, Mode, string?] | null {
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
  // "…, promising/ADJ to …": a participle after a comma that the tagger read as an adjective (also after a quote
  // closing on a comma: "… its “fair share,” promising to …").
  const afterComma =
    isComma(toks[i - 1]) || (i - 1 > s.tokenStart && QUOTE_CLOSE.has(toks[i - 1]!.text) && isComma(toks[i - 2]));
  if (t.pos === 'ADJ' && next && i > s.tokenStart && afterComma && t.lower.endsWith('ing')) {
    const e = ingVerb(t.lower);
    if (e && (next.lower === 'to' || next.lower === 'that')) return [e, i + 1, 'subject'];
  }
  // "…, mocking/NOUN his rival's plan", "by repeating/NOUN the claim": a participle the tagger read as a noun.
  if (
    (t.pos === 'NOUN' || t.pos === 'ADJ') &&
    next &&
    i > s.tokenStart &&
    t.lower.endsWith('ing') &&
    (INGS_BEFORE.has(toks[i - 1]!.lower) || (toks[i - 1]!.pos === 'AUX' && toks[i - 1]!.lemma === 'be'))
  ) {
    const e = ingVerb(t.lower);
    // "Ortiz is promising/ADJ lower taxes": after "be", an adjective and its noun may open the object too.
    const adjObject = next.pos === 'ADJ' && toks[i + 2]?.pos === 'NOUN' && i + 2 < s.tokenEnd;
    if (
      e &&
      e.cls !== 'belief' &&
      (next.pos === 'DET' ||
        next.pos === 'PROPN' ||
        next.pos === 'PRON' ||
        next.lower === 'that' ||
        adjObject ||
        // "is promising/ADJ to cut taxes", "by vowing/NOUN to …": a speech act with an infinitive (session 6 round 2)
        (next.lower === 'to' && e.cls === 'speech' && toks[i + 2]?.pos === 'VERB'))
    )
      return [e, i + 1, 'subject'];
  }
  // "Ortiz referenced/ADJ the report": a past tense the tagger read as an adjective, right after a name or pronoun.
  // Also after a plural subject ("most women preferred/ADJ Clinton", "The Ortizes preferred/ADJ …", session 7).
  if (
    t.pos === 'ADJ' &&
    next &&
    i > s.tokenStart &&
    t.lower.endsWith('ed') &&
    (subjectBefore(toks[i - 1]!) || pluralSubject(toks, i - 1))
  ) {
    const e = pastTenseEntry(t.lower);
    if (
      e &&
      (e.cls === 'speech' || e.cls === 'stance') &&
      (next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'PRON' || next.lower === 'that')
    )
      return [e, i + 1, 'subject'];
  }
  // "271 pledged delegates": a participle between a number and its noun modifies the noun.
  if (t.pos === 'VERB' && next && i > s.tokenStart && attributiveParticiple(toks[i - 1]!, t, next)) return null;
  if (t.pos === 'VERB' || (t.pos === 'NOUN' && verbLikeNoun(run, i, s))) {
    const lemma = t.pos === 'NOUN' ? nounVerbLemma(t) : t.lemma;
    // The lemma differs from wink's only for nouns read as verbs: no second look-up otherwise.
    const phrases = VERB_PHRASE_CUES.get(lemma) ?? (lemma !== t.lemma ? VERB_PHRASE_CUES.get(t.lemma) : undefined);
    if (phrases) {
      const m = matchRest(run, i, s, phrases) ?? matchAfterGap(run, i, s, phrases, lemma);
      if (m) return [m[0], m[1], 'subject'];
    }
    // "Ames would like to see the pier rebuilt": a wish.
    if (t.lemma === 'like' && next?.lower === 'to' && i > s.tokenStart && WOULD.has(toks[i - 1]!.lower))
      return [LIKE_TO, i + 1, 'subject'];
    // "Ames called to ban the tolls": "call" with an infinitive is a demand.
    if (t.lemma === 'call' && next?.lower === 'to' && toks[i + 2]?.pos === 'VERB' && i + 2 < s.tokenEnd)
      return [CALL_TO, i + 1, 'subject'];
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
    (CUE_NOUNS.has(t.lower) || THAT_NOUNS.has(t.lower)) &&
    !inPhrase(toks, i, s.tokenStart) &&
    !(after && i + 2 < s.tokenEnd && (after.pos === 'AUX' || after.pos === 'VERB'))
  ) {
    const act = CUE_NOUNS.get(t.lower) ?? THAT_NOUNS.get(t.lower)!;
    return [{ act, cls: 'speech', note: 'noun cue' }, i + 1, 'noun'];
  }
  // "claims by the agencies that …", "warnings from economists that …": the source after "by/from", then the clause.
  if (t.pos === 'NOUN' && (next?.lower === 'by' || next?.lower === 'from') && CUE_NOUNS.has(t.lower)) {
    const e = npRight(toks, i + 2, s.tokenEnd);
    if (e > i + 2 && e - i <= 10 && toks[e]?.lower === 'that' && e + 1 < s.tokenEnd && !run.quoted(i + 2)) {
      const after = toks[e + 1]!;
      if (after.pos !== 'AUX' && after.pos !== 'VERB')
        return [{ act: CUE_NOUNS.get(t.lower)!, cls: 'speech', note: 'noun cue, source after by/from' }, e, 'noun'];
    }
  }
  // "his criticism of the plan", "Ames's support for the bill": a possessor, a speech noun and its preposition.
  if (t.pos === 'NOUN' && next && i > s.tokenStart && isPossessor(toks[i - 1]!)) {
    const n = NOMINAL_CUES.get(t.lemma);
    if (n?.prepositions.has(next.lower) && i + 2 < s.tokenEnd && !settingOrTime(run, i + 1, s.tokenEnd))
      return [n.entry, i + 2, 'noun'];
  }
  // "lingering doubts about the plan", "chants of “…”": a speech noun counted without a possessor (session 7).
  if (t.pos === 'NOUN' && next && i + 2 < s.tokenEnd) {
    const n = BARE_NOMINAL_CUES.get(t.lemma);
    if (
      n?.prepositions.has(next.lower) &&
      !settingOrTime(run, i + 1, s.tokenEnd) &&
      // "questions about whether he will run", "doubts about where he stands": PolNeAR leaves these out.
      !WH_OPENERS.has(toks[i + 2]!.lower) &&
      // "won the praise of the mayor", "the praise for Lee from …": after "the", a holder follows as often.
      !(toks[i - 1]?.lower === 'the' && n.entry.act === 'praise')
    )
      return [n.entry, i + 2, 'noun', BARE_RULE];
  }
  return null;
}

/**
 * "his wide support among the county's mayors", "Lee's 34% support among women": a stance noun on a possessor, held by
 * the group after "among"; the possessor is what the stance is about (as in `receivedStance`, session 7).
 */
function possessedStance(run: Run, s: Sentence, i: number): Cand | null {
  const toks = run.toks;
  const entry = RECEIVED_NOUNS.get(toks[i]!.lemma);
  if (!entry || i + 2 >= s.tokenEnd || run.quoted(i + 2)) return null;
  let p = i - 1;
  while (p > s.tokenStart && i - p <= 5 && STANCE_MODIFIERS.has(toks[p]!.pos) && !isComma(toks[p])) p--;
  const w = toks[p];
  if (!w || p < s.tokenStart) return null;
  let a = p;
  if (w.lower === "'s" || w.lower === '’s') a = npLeft(toks, p, s.tokenStart);
  else if (!POSSESSIVE_PRONOUNS.has(w.lower)) return null;
  const e = npRight(toks, i + 2, s.tokenEnd);
  if (a < 0 || e <= i + 2) return null;
  const c = subjectReport(synthetic(run, i, i + 1, entry, i + 2, e, 'attribution/received', 0.5), 'right', [a, p + 1]);
  c.x1 = e;
  return c;
}

/** Words between a possessor and its stance noun: "her broad, largely unwavering support", "his 34% support". */
const STANCE_MODIFIERS: ReadonlySet<string> = new Set(['ADJ', 'ADV', 'NUM', 'SYM', 'NOUN', 'PUNCT', 'CCONJ']);

/** Words opening an indirect question. */
const WH_OPENERS: ReadonlySet<string> = new Set([
  'whether',
  'if',
  'how',
  'what',
  'why',
  'where',
  'when',
  'who',
  'which',
]);

/** The rule id of a nominal cue counted without a possessor. */
const BARE_RULE = 'attribution/noun-bare';

/** The saying or stance verb of an "-ing" form ("promising" → promise, "vowing" → vow), or undefined. */
function ingVerb(w: string): CueEntry | undefined {
  const stem = w.slice(0, -3);
  const e = REPORTING_VERBS.get(stem) ?? REPORTING_VERBS.get(`${stem}e`);
  return e && (e.cls === 'speech' || e.cls === 'stance') ? e : undefined;
}

/** A past participle right after a number and right before a noun: an attribute, not a verb. */
function attributiveParticiple(prev: Token, t: Token, next: Token): boolean {
  return (
    prev.pos === 'NUM' &&
    (next.pos === 'NOUN' || next.pos === 'PROPN') &&
    t.lower.endsWith('ed') &&
    LOWER_START.test(t.text)
  );
}

/**
 * "made the case that …", "made no mention of …", "launched a new attack on …": a light verb, a few determiners or
 * modifiers, then a speech noun (and its preposition). Returns [entry, end of cue] or null.
 */
function lightVerbCue(run: Run, i: number, s: Sentence): [CueEntry, number] | null {
  const toks = run.toks;
  // "made an explicit, stern and anxious case that …": a list of modifiers widens the window (session 6 round 2).
  let listed = 0;
  for (let k = i + 1; k < s.tokenEnd && k <= i + 5 + 2 * listed; k++) {
    const t = toks[k]!;
    if (t.pos === 'NOUN') {
      const e = SPEECH_NOUNS.get(t.lemma);
      if (!e) return null;
      const n = toks[k + 1];
      // Not "made his remarks at a rally", "made comments on Thursday": a setting or a time is no topic.
      if (
        n &&
        k + 1 < s.tokenEnd &&
        (NOUN_PREPOSITIONS.has(n.lower) || (n.lower === 'to' && TO_NOUNS.has(t.lemma))) &&
        !run.quoted(k + 1)
      )
        return settingOrTime(run, k + 1, s.tokenEnd) ? null : [e, k + 2];
      // The noun alone ends the cue only before a clause or a quote: "made the case that …", "issued a statement: “…”".
      if (n && (n.lower === 'that' || n.text === ':' || isComma(n) || run.opens[k + 1]! >= 0)) return [e, k + 1];
      // "showed no interest in …", "showed a willingness to …": an intention noun with "in" or an infinitive.
      if (e.act === 'intend' && n && k + 1 < s.tokenEnd && !run.quoted(k + 1)) {
        if (n.lower === 'in') return [e, k + 2];
        if (n.lower === 'to' && toks[k + 2]?.pos === 'VERB') return [e, k + 1];
      }
      // "made the case to repeal the levy": the case for an act, as an infinitive (session 6 round 2).
      if (n?.lower === 'to' && t.lemma === 'case' && toks[k + 2]?.pos === 'VERB' && k + 2 < s.tokenEnd)
        return [e, k + 1];
      // "made the case to voters that …": a hearer after "to", then the clause.
      if (n?.lower === 'to' && t.lemma === 'case') {
        const h = npRight(toks, k + 2, s.tokenEnd);
        if (h > k + 2 && h - k <= 10 && toks[h]?.lower === 'that' && h < s.tokenEnd) return [e, k + 1];
      }
      return null;
    }
    if (
      !(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'ADV' || t.pos === 'NUM' || POSSESSIVE_PRONOUNS.has(t.lower))
    ) {
      // A comma or a conjunction between two modifiers ("a bizarre, thinly veiled attack on").
      const list = (isComma(t) || t.pos === 'CCONJ') && k > i + 1 && toks[k - 1]!.pos === 'ADJ';
      if (!list || listed >= 3) return null;
      listed++;
    }
  }
  return null;
}

/** The preposition at k opens a setting or a time ("at a rally", "on Thursday"), not the topic of the cue noun. */
function settingOrTime(run: Run, k: number, end: number): boolean {
  const w = run.toks[k + 1];
  return settingAt(run, k, end) || (w !== undefined && k + 1 < end && TIME_HEADS.has(w.lower));
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
  return POSSESSIVE_PRONOUNS.has(w) || w === "'s" || w === '’s';
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

/** A quote closes at token k, or right before a comma at k (a module function: no closure per verb). */
function closesAt(run: Run, k: number): boolean {
  return k >= 0 && (run.closes[k]! >= 0 || (isComma(run.toks[k]) && k > 0 && run.closes[k - 1]! >= 0));
}

/**
 * The quote closing at token k (or before a comma at k) reads as an utterance: it ends on punctuation inside the
 * marks, or it opens its sentence (or follows a colon or a dash), not a quoted word or two inside a clause.
 */
function utteranceBefore(run: Run, k: number, s: Sentence): boolean {
  const c = run.closes[k]! >= 0 ? k : k - 1;
  const g = run.regions[run.closes[c]!]!;
  if (/[.!?,;:…-]$/.test(run.text.slice(g.openEnd, g.close).trimEnd())) return true;
  const o = run.regionOpenTok[run.closes[c]!]!;
  if (o <= s.tokenStart) return true;
  const p = run.toks[o - 1]!;
  return p.text === ':' || isDash(p) || p.sentence !== run.toks[k]!.sentence;
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
      // "what aides called a “sham” took an uglier turn": a quoted word inside a clause is no utterance to frame.
      if (!utteranceBefore(run, j, s)) return false;
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

/** The verb lemma of a third-person verb tagged as a plural noun: "notes" → note, "argues" → argue, "says" → say. */
function nounVerbLemma(t: Token): string {
  if (REPORTING_VERBS.has(t.lemma)) return t.lemma;
  const s1 = t.lower.replace(/s$/, '');
  if (REPORTING_VERBS.has(s1) || VERB_PHRASE_CUES.has(s1)) return s1;
  return t.lower.replace(/es$/, '');
}

/** `/[a-z]s$/` without a regex: an ASCII lower-case letter, then a final "s". */
function endsInLetterS(w: string): boolean {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 115) return false;
  const c = w.charCodeAt(n - 2);
  return c >= 97 && c <= 122;
}

/** Base forms of evidence verbs the tagger reads as nouns after a plural subject ("Polls there show …"). */
const EVIDENCE_BASE: ReadonlySet<string> = new Set(['show', 'find', 'suggest', 'indicate']);

/** A poll or record noun among the few words before token i, with no verb between ("polls in the state show"). */
function evidenceBefore(toks: readonly Token[], i: number, min: number): boolean {
  for (let k = i - 1; k >= min && i - k <= 6; k--) {
    const t = toks[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || isComma(t)) return false;
    if (EVIDENCE_SUBJECTS.has(t.lower)) return true;
  }
  return false;
}

/** Words that give a share of a group standing as a subject: "two-thirds", "a majority of voters", "40 percent of …". */
const SHARE_WORDS: ReadonlySet<string> = new Set([
  'percent',
  '%',
  'thirds',
  'quarters',
  'half',
  'majority',
  'majorities',
  'plurality',
  'minority',
]);

/**
 * A share of a group is the subject right before token i ("About three-quarters support …", "40 percent of voters in
 * the valley support …"): a share word among the noun-phrase words before it, within a few tokens.
 */
function shareSubject(toks: readonly Token[], i: number, min: number): boolean {
  for (let k = i - 1; k >= min && i - k <= 10; k--) {
    const t = toks[k]!;
    if (SHARE_WORDS.has(t.lower)) return true;
    // "19 percent of students polled support …": past the participle naming who was asked.
    if (!(isNpTok(t) || t.pos === 'ADP' || t.text === '-' || (t.pos === 'VERB' && POLLED.has(t.lower)))) return false;
  }
  return false;
}

/** "the EU claims talks are close": a plural-looking noun tag on a third-person verb. */
function verbLikeNoun(run: Run, i: number, s: Sentence): boolean {
  const toks = run.toks;
  const t = toks[i]!;
  const prev = i > s.tokenStart ? toks[i - 1]! : undefined;
  const next = i + 1 < s.tokenEnd ? toks[i + 1]! : undefined;
  if (!prev || !next) return false;
  // "Lee, a retired pilot, notes/NOUN that …", "Some growers, however, question/NOUN the …": the verb after an aside.
  if ((isComma(prev) || prev.text === ')') && asideBefore(toks, i, s.tokenStart)) return verbAfterAside(toks, i);
  // "respondents who support Sanders", "Many fear Trump will …": a base-form verb tagged as a noun after a relative
  // pronoun or a quantifier standing as subject.
  if (!endsInLetterS(t.lower)) {
    // "Six in 10 say …", "52 percent believe …": a count standing as subject.
    // "state Rep. Ana Ortiz", "the state Senate": the noun.
    if (t.lower === 'state' && next.lower !== 'that') return false;
    const e = REPORTING_VERBS.get(t.lemma);
    // "Labor leaders point/NOUN out that …", "aides who point/NOUN to the polls": a phrase cue's verb after a plural
    // subject or a relative, before its own preposition (session 7).
    if (!e) return phraseAfterPlural(toks, i, t.lemma, next.lower);
    const count =
      prev.pos === 'NUM' || prev.lower === 'percent' || prev.text === '%' || shareSubject(toks, i, s.tokenStart);
    // "Critics call it …", "three-quarters support a ban": a plural noun standing as subject.
    const plural =
      (((e.cls === 'speech' || e.cls === 'belief') && (pluralHead(prev) || pluralSubject(toks, i - 1))) ||
        (e.cls !== 'evidence' && coordinatedSubject(toks, i - 1, s.tokenStart))) &&
      (i - 1 === s.tokenStart || toks[i - 2]!.pos !== 'ADP');
    // "Polls in Ohio show …", "Audit files from the county show that …": a base-form evidence verb after a subject
    // holding a poll or record noun.
    const evidence = EVIDENCE_BASE.has(t.lemma) && evidenceBefore(toks, i, s.tokenStart);
    if (!(prev.lower === 'who' || QUANTIFIERS.has(prev.lower) || count || plural || evidence)) return false;
    if (evidence && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'NUM')) return true;
    // "two-thirds of voters support banning the levy": a share's stance on an action.
    if (count && next.pos === 'VERB' && next.lower.endsWith('ing')) return true;
    // "analysts who claim/NOUN to …", "Ortiz's aides vow/NOUN to …": a saying or intention verb with its infinitive.
    if (next.lower === 'to' && (e.cls === 'speech' || e.cls === 'intend') && toks[i + 2]?.pos === 'VERB') return true;
    return next.lower === 'that' || next.pos === 'PROPN' || next.pos === 'DET' || next.pos === 'PRON';
  }
  // "Western states", "the United States": the plural noun, unless "that" follows at once.
  if (t.lower === 'states' && next.lower !== 'that') return false;
  // "The candidate plans to …", "the group claims that …".
  if (prev.pos === 'NOUN' && (next.lower === 'that' || next.lower === 'to') && REPORTING_VERBS.has(nounVerbLemma(t)))
    return true;
  if (prev.pos === 'NOUN' && headedSubject(toks, i - 1)) return objectAfterSaying(run, i, nounVerbLemma(t));
  if (!(prev.pos === 'PROPN' || (prev.pos === 'NOUN' && UPPER_START.test(prev.text)) || prev.pos === 'PRON'))
    return false;
  // "“…,” Viguerie notes." — a saying verb closing its sentence.
  if ((CLOSERS.has(next.text) || isComma(next)) && REPORTING_VERBS.get(nounVerbLemma(t))?.cls === 'speech') return true;
  // "Clinton plans to …": an intention verb before its infinitive.
  if (next.lower === 'to') return REPORTING_VERBS.get(nounVerbLemma(t))?.cls === 'intend';
  // "Sanders talks about a revolution", "Lee speaks to Ohio voters": a phrase cue's verb before its preposition.
  if (VERB_PHRASE_CUES.get(nounVerbLemma(t))?.some((p) => p.rest[0] === next.lower)) return true;
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

/**
 * A singular noun closing a short subject ("the agency", "Lee's lawsuit", "a Saudi prince"): lower-case, not a plural,
 * right after a determiner, a possessive, an adjective or a name, not after another noun ("the campaign pledges").
 */
function headedSubject(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  const b = toks[k - 1];
  if (!b || t.lemma !== t.lower || !LOWER_START.test(t.text) || b.sentence !== t.sentence) return false;
  return (
    b.pos === 'DET' ||
    b.pos === 'ADJ' ||
    (b.pos === 'PROPN' && UPPER_START.test(b.text)) ||
    isPossessor(b) ||
    (b.pos === 'PART' && (b.lower === "'s" || b.lower === '’s'))
  );
}

/**
 * "The agency lists/NOUN the town …", "the ad slams/NOUN Ortiz", "the paper notes/NOUN the …": a saying or stance
 * verb's "-s" form after a short singular subject, with an object at once (a determiner, a name, a possessive or
 * object pronoun, a quote); not a subject pronoun ("the campaign pledges he made").
 */
function objectAfterSaying(run: Run, i: number, lemma: string): boolean {
  const e = REPORTING_VERBS.get(lemma);
  const n = run.toks[i + 1]!;
  // An inflected form only ("the press", "the address" are nouns), and no time after it ("credit reports each year").
  if (!e || (e.cls !== 'speech' && e.cls !== 'stance') || run.toks[i]!.lower === lemma) return false;
  if (n.lower === 'each' || n.lower === 'every' || TIME_HEADS.has(run.toks[i + 2]?.lower ?? '')) return false;
  return (
    n.pos === 'DET' ||
    (n.pos === 'PROPN' && UPPER_START.test(n.text)) ||
    isPossessor(n) ||
    n.lower === 'him' ||
    n.lower === 'them' ||
    run.opens[i + 1]! >= 0
  );
}

/** An aside closing right before token i ("…, a pilot, ", "…, however, ", "… (in Ohio) ") after a subject's head. */
function asideBefore(toks: readonly Token[], i: number, min: number): boolean {
  let k = i - 2;
  while (k > min && i - k < 14 && !isComma(toks[k]) && toks[k]!.text !== '(') k--;
  const b = toks[k - 1];
  return k > min && (isComma(toks[k]) || toks[k]!.text === '(') && b !== undefined && isNpHead(b) && !isRelative(b);
}

/** A saying, stance or intention verb (or a phrase cue's verb) after an aside, with its object or clause at once. */
function verbAfterAside(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  const n = toks[i + 1]!;
  const lemma = REPORTING_VERBS.has(t.lemma) || VERB_PHRASE_CUES.has(t.lemma) ? t.lemma : nounVerbLemma(t);
  if (VERB_PHRASE_CUES.get(lemma)?.some((p) => p.rest[0] === n.lower)) return true;
  if (!REPORTING_VERBS.has(lemma)) return false;
  if (n.lower === 'to') return toks[i + 2]?.pos === 'VERB';
  return n.lower === 'that' || n.pos === 'DET' || n.pos === 'PROPN' || n.pos === 'PRON';
}

/** Two names joined ending at token k: "China and Russia", "Obama and Clinton", "Britain and France" (session 7). */
function coordinatedSubject(toks: readonly Token[], k: number, min: number): boolean {
  let m = k;
  while (m > min && k - m < 4 && toks[m]!.pos === 'PROPN' && UPPER_START.test(toks[m]!.text)) m--;
  const b = toks[m - 1];
  return m < k && m > min && toks[m]!.lower === 'and' && b !== undefined && b.pos === 'PROPN';
}

/** A phrase cue's base-form verb tagged as a noun after a plural subject or "who", right before its preposition. */
function phraseAfterPlural(toks: readonly Token[], i: number, lemma: string, next: string): boolean {
  const prev = toks[i - 1]!;
  if (!(prev.lower === 'who' || pluralHead(prev) || pluralSubject(toks, i - 1) || coordinatedSubject(toks, i - 1, 0)))
    return false;
  // The phrase's object follows at once (not "the trends they point to with alarm").
  const o = toks[i + 2];
  if (!o || o.sentence !== prev.sentence || !(isNpTok(o) || o.pos === 'PRON' || o.lower === 'that')) return false;
  return (
    VERB_PHRASE_CUES.get(lemma)?.some((p) => p.rest[0] === next) === true ||
    (PARTICLES.has(next) && REPORTING_VERBS.has(`${lemma} ${next}`))
  );
}

/** A relative clause on a closing source ("…, according to an aide who …") still closes the sentence. */
const SOURCE_RELATIVES: ReadonlySet<string> = new Set(['who', 'whose']);

/**
 * "Ortiz pushed the bill and promised to fight for it, she said.", "…, according to the filing.": a speech cue closing
 * the sentence after a comma reports the whole clause before it, so cues inside that clause are not attributions of
 * their own (they would cut the clause and leave the closing cue nothing). Not when a quote closes right before the
 * cue (that quote is its content and the clause before it stays apart).
 */
function finalInvertedWins(run: Run, s: Sentence, cands: Cand[]): void {
  const toks = run.toks;
  for (let m = cands.length - 1; m > 0; m--) {
    const c = cands[m]!;
    if (c.side !== 'left' || c.entry.cls !== 'speech' || c.dropped) continue;
    const n = toks[c.x1];
    // Past the source: the sentence end, a comma, or a relative clause on the source ("…, according to an aide who …").
    // (Also past a closing setting: "…, Ruiz said at the time.")
    if (
      c.x1 < s.tokenEnd &&
      !CLOSERS.has(n!.text) &&
      !isComma(n) &&
      !SOURCE_RELATIVES.has(n!.lower) &&
      !closingSetting(run, s, c)
    )
      continue;
    const q = c.x0 - 2;
    if (!isComma(toks[q + 1]) || q < s.tokenStart || run.quoted(q)) continue;
    for (let k = 0; k < m; k++) {
      const d = cands[k]!;
      if (d.side === 'right') d.dropped = true;
    }
    return;
  }
}

/** Words opening the setting of a closing cue: "…, Ruiz said at the time", "…, she told Reuters on Monday". */
const SETTING_LEADS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'over']);

/** A closing cue followed only by its hearer and a time or setting phrase ("…, she told CNN on Monday."). */
function closingSetting(run: Run, s: Sentence, c: Cand): boolean {
  const toks = run.toks;
  let k = c.x1;
  if (c.entry.addressee) {
    // The hearer: a noun phrase with no phrase of its own ("told the board of the port" is an object).
    const e = npRight(toks, k, s.tokenEnd);
    while (k < e && toks[k]!.pos !== 'ADP') k++;
  }
  const n = toks[k];
  if (k >= s.tokenEnd || !n || CLOSERS.has(n.text)) return k > c.x1;
  return (SETTING_LEADS.has(n.lower) || TIME_WORDS.has(n.lower)) && followsEnd(run, s, c) === 'end';
}

/**
 * "Sanders was asked about the case during an interview, in which he said he …": a cue dropped as nested in an
 * earlier content that then ended before it (at an occasion, a comma, a relative) is nested in nothing; it gets its
 * own content after all. Only cues whose content lies to their right, and only when no kept content covers them.
 */
function restoreUncovered(run: Run, s: Sentence, cands: Cand[], dropped: readonly boolean[]): void {
  // Which of the sentence's tokens a kept content or quote covers, built once on the first cue to restore (most
  // sentences have none) and grown with each restored content: linear in a run-on sentence with many cues.
  let cover: Uint8Array | null = null;
  const base = s.tokenStart;
  const mark = (a: number, e: number) => {
    for (let k = Math.max(a, base); k < Math.min(e, s.tokenEnd); k++) cover![k - base] = 1;
  };
  const markCand = (c: Cand) => {
    for (const [a, e] of c.content) mark(a, e);
    for (const r of c.regions) mark(run.regionOpenTok[r]!, run.regionCloseTok[r]! + 1);
  };
  for (let k = 1; k < cands.length; k++) {
    const d = cands[k]!;
    if (dropped[k] || !d.dropped || d.side !== 'right' || d.content.length + d.regions.length > 0) continue;
    if (cover === null) {
      cover = new Uint8Array(s.tokenEnd - base);
      for (const c of cands) if (!c.dropped) markCand(c);
    }
    if (d.c0 >= base && d.c0 < s.tokenEnd && cover[d.c0 - base] === 1) continue;
    d.dropped = false;
    contents(run, s, [d]);
    if (!d.dropped) markCand(d);
  }
}

export function sentenceCues(run: Run, s: Sentence): void {
  const toks = run.toks;
  const cands: Cand[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (run.quoted(i)) continue;
    const t = toks[i]!;
    if (t.text === ':') {
      const c = colonCue(run, s, i);
      if (c) cands.push(c);
      // A headline's colon content is fixed: cues inside it are part of it.
      if (c && c.content.length > 0) i = c.x1 - 1;
      continue;
    }
    // Each special construction's first gate is checked here, so most tokens make no call at all.
    const special =
      (toks[i + 1]?.lower === 'to' || toks[i + 2]?.lower === 'to' ? raising(run, s, i) : null) ??
      (t.pos === 'VERB' && COPULAR_JUDGEMENT.has(t.lemma) ? (copular(run, s, i) ?? itSeems(run, s, i)) : null) ??
      (t.lower === 'known' && toks[i + 1]?.lower === 'as' ? knownAs(run, s, i) : null) ??
      (t.pos === 'VERB' && (PASSIVE_JUDGEMENT.has(t.lower) || PASSIVE_DECLARING.has(t.lower))
        ? passiveAs(run, s, i)
        : null) ??
      (t.lower === 'asked' ? askedLead(run, s, i) : null) ??
      (t.lower === 'as' ? asSource(run, s, i) : null) ??
      (t.lemma === 'question' && t.pos === 'NOUN' ? questionIs(run, s, i) : null) ??
      (HEARSAY_ADVERBS.has(t.lower) ? hearsay(run, s, i) : null) ??
      (t.lower === 'in' ? inPoll(run, s, i, cands) : null) ??
      ((t.lemma === 'have' || t.lemma === 'put') && EVIDENCE_SUBJECTS.has(toks[i - 1]?.lower ?? '')
        ? pollHas(run, s, i)
        : null) ??
      (t.pos === 'VERB' && i > s.tokenStart + 1 ? selfNamed(run, s, i) : null) ??
      ((t.pos === 'VERB' || t.pos === 'AUX') && RECEIVING_VERBS.has(t.lemma) ? receivedStance(run, s, i) : null) ??
      (t.pos === 'NOUN' && toks[i + 1]?.lower === 'among' ? possessedStance(run, s, i) : null) ??
      (cands.length === 0 && i !== s.tokenStart && i - s.tokenStart <= 6 ? headlineCue(run, s, i, cands) : null);
    if (special) {
      cands.push(special);
      // A poll opening the sentence reports all the rest: cues inside it are part of its finding.
      i = (special.rule === 'attribution/in-source' ? special.x1 : special.c1) - 1;
      continue;
    }
    const hit = cueAt(run, i, s);
    if (!hit) continue;
    const c = construct(run, s, i, hit[0], hit[1], hit[2], cands);
    if (c) {
      if (hit[3] && c.rule === 'attribution/noun-cue') c.rule = hit[3];
      cands.push(c);
      i = c.c1 - 1;
    }
  }
  if (cands.length === 0) return;
  if (cands.length > 1) finalInvertedWins(run, s, cands);
  const dropped = cands.length > 1 ? cands.map((c) => c.dropped) : null;
  contents(run, s, cands);
  if (dropped) restoreUncovered(run, s, cands, dropped);
  for (const c of cands) if (!c.dropped && c.content.length + c.regions.length > 0) run.out.push(c);
}
