/**
 * Where an indirect content ends: clause boundaries after commas, subordinate and relative clauses, verb groups and
 * lists that go on.
 */
import type { Sentence, Token } from '../model/index.js';
import { BACKING_VERBS, REPORTING_VERBS } from './lexicon/reporting-verbs.js';
import { type Cand, endsIngEd, hasFiniteVerb, POSSESSIVES, type Run, TIME_WORDS, UPPER_START } from './run.js';
import {
  CLOSERS,
  isComma,
  isDash,
  isNpHead,
  isNpTok,
  isRelative,
  npRight,
  PERSONAL_SUBJECTS,
  TIME_HEADS,
} from './tokens.js';

/** The comma closing a verbless aside of a few words from `k` when "that" follows it, or -1. */
function asideBeforeThat(run: Run, k: number, e: number): number {
  const toks = run.toks;
  for (let j = k; j < e - 1 && j < k + 5; j++) {
    const t = toks[j]!;
    if (run.quoted(j) || t.pos === 'VERB' || t.pos === 'AUX') return -1;
    if (isComma(t)) return toks[j + 1]!.lower === 'that' ? j : -1;
  }
  return -1;
}

/** Words opening a complement clause whose subject comes before its verb. */
const COMPLEMENT_OPENERS: ReadonlySet<string> = new Set(['that', 'whether', 'if', 'how', 'why']);

const AFTER_COMMA_STOP: ReadonlySet<string> = new Set(['while', 'whereas', 'however', 'although', 'though']);

/**
 * A reported clause ends at a semicolon, or at a comma or dash that opens a contrasting or commenting clause
 * ("…, while 9 percent found …", "… — because he has never …"), outside quote marks.
 */
export function clauseEnd(run: Run, a: number, e: number): number {
  const toks = run.toks;
  // Whether tokens [a, k) hold a finite verb, kept as k advances (no rescan).
  let finite = hasClauseVerb(toks, a, a + 1);
  let nextComma = -1;
  const infinitive = toks[a]?.lower === 'to' && toks[a + 1]?.pos !== 'DET';
  // ("that trade and related job losses have …": before its verb a complement clause is still in its subject.)
  const complement = COMPLEMENT_OPENERS.has(toks[a]?.lower ?? '');
  for (let k = a + 1; k < e; finite ||= hasClauseVerb(toks, k, k + 1), k++) {
    // A quote closing on a comma (“… Senate,” but he …) is that comma: the cut keeps the closing mark.
    const qc = closesOnComma(run, k);
    if (run.quoted(k) && !qc) continue;
    const t = toks[k]!;
    if (t.text === ';') return k;
    const n = toks[k + 1];
    if (!n || k + 1 >= e) break;
    const comma = qc || isComma(t);
    const cut = qc ? k + 1 : k;
    // ("…, while Ames would win 52 to 38": a contrast with no cue of its own goes on with a reported clause, not with
    // a bare object: "sought protection, while others cut routes".)
    if (comma && AFTER_COMMA_STOP.has(n.lower) && k - a >= 2 && !(finite && contrastGoesOn(run, k + 1, e))) {
      // "it was possible, though not likely, that she …": a verbless aside before the clause's "that" goes on.
      const q = qc ? -1 : asideBeforeThat(run, k + 2, e);
      if (q < 0) return cut;
      k = q;
      continue;
    }
    // "rejected the report and sued the paper": after a noun-phrase object, "and" + verb is the subject's next act.
    if (
      (t.lower === 'and' || t.lower === 'but') &&
      k - a >= 1 &&
      (n.pos === 'VERB' || (n.pos === 'ADV' && toks[k + 2]?.pos === 'VERB')) &&
      !n.lower.endsWith('ing') &&
      !finite &&
      !complement
    )
      return k;
    // ("… pliable — and that …", "… — and more" go on; "— and" + a clause with its own subject is the writer's.)
    const dashAnd = n.lower === 'and' && newClauseAt(run, k + 2, e);
    if (isDash(t) && t.text !== '-' && (n.pos === 'SCONJ' || n.lower === 'but' || dashAnd) && k - a >= 3) {
      // "… county clerks – and not the state board – will certify": a dash pair encloses an aside.
      const d2 = closingDash(run, k, e);
      if (d2 < 0) return k;
      k = d2;
      continue;
    }
    // "pledged to be “the best” and cast doubt …", "vowed to fight and pledges …": an inflected verb after "and"
    // cannot go on with an infinitive content; it is the subject's next act.
    if (
      infinitive &&
      t.lower === 'and' &&
      n.pos === 'VERB' &&
      n.lower !== n.lemma &&
      !n.lower.endsWith('ing') &&
      !run.quoted(k + 1) &&
      !clauseInside(run, a + 2, k)
    )
      return k;
    // "supports the final bill, which includes …": a relative running to the end comments on a noun-phrase object.
    if (comma && n.lower === 'which' && k - a >= 2) {
      if (nextComma < k + 2) nextComma = commaFrom(run, k + 2, e);
      if (nextComma >= e) return cut;
    }
    // "…, but rather …", "…, but also …", "…, but because …": an adverb or a subordinator after "but" mostly goes on
    // with what was said (about 3 to 1 in PolNeAR).
    // (Not a time adverb: "…, but now the group favors …" contrasts then and now.)
    const b2 = toks[k + 2];
    // (Nor before an inflected verb: "…, but still lost the race" is the subject's next act.)
    const b3 = toks[k + 3];
    const butGoesOn =
      n.lower === 'but' &&
      b2 !== undefined &&
      (b2.pos === 'SCONJ' ||
        (b2.pos === 'ADV' &&
          !TIME_WORDS.has(b2.lower) &&
          b2.lower !== 'now' &&
          !(b3?.pos === 'VERB' && b3.lower !== b3.lemma)));
    // "…, but Mr. Obama was furious": a contrasting clause after a comma is the writer's.
    if (
      comma &&
      !butGoesOn &&
      n.lower === 'but' &&
      k - a >= 3 &&
      // "…, but “the offers were …”": a quote right after "but" goes on with what was said.
      !(run.opens[k + 2]! >= 0) &&
      hasClauseVerb(toks, k + 2, Math.min(e, k + 6)) &&
      // After a quoted comma only a clause with a subject of its own ("…,” but he gave …", not "but because …").
      (!qc || SUBJECT_STARTS.has(toks[k + 2]!.pos))
    )
      return cut;
    if (qc) continue;
    // "…, and now the allies are hoping …": a new clause with its own subject and finite verb is the writer's.
    // After a bare object too ("charged Ames with fraud, and the mayor released …"), unless a list comes before.
    if (comma && n.lower === 'and' && k - a >= 3 && (finite || !commaBefore(run, a, k)) && newClauseAt(run, k + 2, e))
      return cut;
    // "…, but went on to say …": a second verb phrase of the main clause.
    if ((comma || isDash(t)) && (n.lower === 'but' || n.lower === 'and') && k - a >= 2 && !(comma && butGoesOn)) {
      const v = toks[k + 2];
      // ("… would open the primaries, and make them fair": a base verb after a modal or "to" goes on with it.)
      const base = v !== undefined && v.pos === 'VERB' && v.lower === v.lemma && baseVerbsGoOn(run, a, k);
      if (
        v &&
        (v.pos === 'VERB' || (v.pos === 'ADV' && toks[k + 3]?.pos === 'VERB')) &&
        !v.lower.endsWith('ing') &&
        !base
      )
        return cut;
    }
  }
  return e;
}

/**
 * Tokens [a, b) hold a finite verb, counting a past form in -ed after a subject pronoun ("it started cutting …") or
 * between a noun and its object ("the council approved the plan"), which `hasFiniteVerb` reads as a participle.
 */
export function hasClauseVerb(toks: readonly Token[], a: number, b: number): boolean {
  if (hasFiniteVerb(toks, a, b)) return true;
  for (let k = Math.max(a, 1); k < b && k < toks.length; k++) {
    const t = toks[k]!;
    if (t.pos !== 'VERB' || !t.lower.endsWith('ed')) continue;
    const before = toks[k - 1]!;
    if (before.pos === 'PRON' && PERSONAL_SUBJECTS.has(before.lower)) return true;
    const n = toks[k + 1];
    // ("Ruiz appeared unsteady": a linking verb before an adjective.)
    if (
      (before.pos === 'NOUN' || before.pos === 'PROPN') &&
      n &&
      (n.pos === 'DET' || POSSESSIVES.has(n.lower) || n.pos === 'ADJ')
    )
      return true;
  }
  return false;
}

/** An unquoted comma in tokens [a, k) (the object before "…, and" is a list). */
function commaBefore(run: Run, a: number, k: number): boolean {
  for (let j = a; j < k; j++) if (isComma(run.toks[j]) && !run.quoted(j)) return true;
  return false;
}

/**
 * A "while/whereas/(al)though" clause at `w` that holds a finite verb of its own and no cue verb ("…, while the
 * fugitives were beyond reach") contrasts inside what was said; one with a cue ("…, while 9 percent found it a
 * deterrent") reports apart.
 */
function contrastGoesOn(run: Run, w: number, e: number): boolean {
  const toks = run.toks;
  const t = toks[w]!;
  if (t.lower !== 'while' && t.lower !== 'whereas' && t.lower !== 'though' && t.lower !== 'although') return false;
  let verb = false;
  for (let k = w + 1; k < e && k <= w + 16; k++) {
    const v = toks[k]!;
    if (run.quoted(k)) continue;
    if (isComma(v) || v.text === ';') break;
    if (v.pos === 'VERB' && REPORTING_VERBS.has(v.lemma)) return false;
    if (hasClauseVerb(toks, k, k + 1)) verb = true;
  }
  return verb;
}

const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', "'ll"]);

/** Tokens [a, k) hold "to" + verb or a modal: a base verb after "and" continues that verb phrase. */
function baseVerbsGoOn(run: Run, a: number, k: number): boolean {
  const toks = run.toks;
  for (let j = a; j < k; j++) {
    const t = toks[j]!;
    if (run.quoted(j)) continue;
    if ((t.lower === 'to' && toks[j + 1]?.pos === 'VERB') || (t.pos === 'AUX' && MODALS.has(t.lower))) return true;
  }
  return false;
}

const SUBJECT_STARTS: ReadonlySet<string> = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'ADJ', 'NUM']);

/** Token k is a closing quote mark right after a comma ("… the Senate,” but …"). */
export function closesOnComma(run: Run, k: number): boolean {
  const r = run.closes[k]!;
  return r >= 0 && run.text.charCodeAt(run.regions[r]!.close - 1) === 44;
}

/** Tokens [a, b) hold an unquoted auxiliary, finite verb or "that" (an embedded clause of their own). */
function clauseInside(run: Run, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = run.toks[k]!;
    if (run.quoted(k)) continue;
    if (t.lower === 'that' || t.pos === 'AUX' || (t.pos === 'VERB' && !endsIngEd(t.lower))) return true;
  }
  return false;
}

/** Conjunctions linking a sentence to the one before it. */
export const LINKS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'so', 'yet']);

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
export function subordinateEnd(run: Run, c: Cand, s: Sentence, p: number, e: number): number {
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
  if (f.pos === 'PRON' && !POSSESSIVES.has(f.lower) && !THIRD_PERSON.has(f.lower)) return false;
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

const THIRD_PERSON: ReadonlySet<string> = new Set(['he', 'she', 'they']);

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
export function asideThenComplement(run: Run, q: number, e: number): number {
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
export function listGoesOn(run: Run, comma: number, e: number): boolean {
  const toks = run.toks;
  if (!isComma(toks[comma])) return false;
  if (adjectivesGoOn(run, comma, e)) return true;
  // ("his tactics, his aides, his judgment and his temper": items that open on a possessive may run longer.)
  const reach = POSSESSIVES.has(toks[comma + 1]?.lower ?? '') ? 12 : 7;
  for (let k = comma + 1; k < Math.min(e, comma + reach); k++) {
    const t = toks[k]!;
    if (t.pos === 'CCONJ' && (t.lower === 'and' || t.lower === 'or')) return true;
    if (
      !(
        t.pos === 'NOUN' ||
        t.pos === 'ADJ' ||
        t.pos === 'PROPN' ||
        t.pos === 'DET' ||
        t.pos === 'NUM' ||
        // "his tactics, his judgment and his decency": a possessive opens the next item.
        POSSESSIVES.has(t.lower) ||
        // "her views on trade, her support for tariffs and …": an inner "of/for/on" phrase in an item.
        (ITEM_PREPOSITIONS.has(t.lower) && toks[k - 1]!.pos === 'NOUN' && !toks[comma + 1]!.lower.endsWith('ing')) ||
        isComma(t) ||
        (t.pos === 'VERB' && t.lower.endsWith('ing')) ||
        // "rules to end the deferral, stop inversions and close loopholes": a list of base verbs with objects.
        (t.pos === 'VERB' && k === comma + 1 && t.lower === t.lemma && inInfinitive(run, comma))
      )
    )
      return false;
  }
  return false;
}

const ITEM_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'on']);

const PREPOSITION_PARTICIPLES: ReadonlySet<string> = new Set(['including', 'excluding', 'following', 'according']);

/** "the angry, divisive rhetoric", "a private, nongovernmental account": a comma between adjectives before a noun. */
export function adjectivesGoOn(run: Run, comma: number, e: number): boolean {
  const toks = run.toks;
  if (toks[comma - 1]?.pos !== 'ADJ' || run.quoted(comma - 1)) return false;
  for (let k = comma + 1; k < e && k <= comma + 5; k++) {
    const t = toks[k]!;
    if (run.quoted(k)) return false;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return k > comma + 1;
    // ("questionable, including Lee": a participle read as a preposition opens an example, not an adjective.)
    if (PREPOSITION_PARTICIPLES.has(t.lower)) return false;
    if (!(t.pos === 'ADJ' || t.text === '-' || (t.pos === 'VERB' && endsIngEd(t.lower)))) return false;
  }
  return false;
}

/** A "to" + verb opens the clause of the comma at `comma`, a few words before it. */
function inInfinitive(run: Run, comma: number): boolean {
  for (let k = comma - 1; k >= 0 && comma - k <= 10; k--) {
    const t = run.toks[k]!;
    if (t.lower === 'to' && run.toks[k + 1]?.pos === 'VERB') return true;
    if (isComma(t) || t.pos === 'AUX' || CLOSERS.has(t.text)) return false;
  }
  return false;
}

/**
 * A content inside a relative aside ends with it: "Ames, who said the vote was rigged, ran again" at the comma
 * closing the aside. (Cutting a restrictive one before the main verb, "those who said X backed Ames", measured worse.)
 */
export function relativeEnd(run: Run, c: Cand, p: number, e: number): number {
  const toks = run.toks;
  const before = toks[c.x0 - 1];
  if (!isComma(before) && !isDash(before)) return e;
  for (let k = p + 1; k < e; k++) {
    const t = toks[k]!;
    // "Okafor, who cast himself as the “people’s senator,” has …": the comma may close inside the quote.
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

/**
 * "his criticism of the plan was sharp": a nominal cue's object ends before the clause's verb or a comma. A relative
 * clause on the object is part of it ("her support for a law that shields gun makers"), and so is an infinitive on a
 * noun that takes one ("his attacks on her willingness to accept donations"); another "to" + verb is the clause's
 * purpose and ends the object before "to" ("his endorsement of Lee to rally voters", session 7).
 */
export function firstVerbGroup(run: Run, a: number, e: number): number {
  const toks = run.toks;
  for (let k = a; k < e; k++) {
    const t = toks[k]!;
    if (run.quoted(k)) continue;
    const finite = t.pos === 'VERB' && !t.lower.endsWith('ing') && toks[k + 1]?.lower !== 'by' && !inName(toks, k);
    if (t.pos === 'AUX' || finite) {
      const b = toks[k - 1];
      if (k - 1 > a && b && OBJECT_RELATIVES.has(b.lower) && isNounish(toks[k - 2]!)) {
        while (k + 1 < e && VERB_GROUP.has(toks[k + 1]!.pos)) k++;
        continue;
      }
      if (k - 1 > a && b?.lower === 'to') {
        if (INFINITIVE_NOUNS.has(toks[k - 2]!.lemma)) continue;
        return k - 1;
      }
      return k;
    }
    // "doubts about his record: after all, …": a colon ends it too.
    if (isComma(t) || t.text === ';' || t.text === ':') return k;
  }
  return e;
}

const OBJECT_RELATIVES: ReadonlySet<string> = new Set(['that', 'who', 'which']);
const VERB_GROUP: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADV', 'PART']);

function isNounish(t: Token): boolean {
  return t.pos === 'NOUN' || t.pos === 'PROPN';
}

/** Nouns whose infinitive belongs to them ("willingness to pay", "plan to cut"): the object goes on through it. */
const INFINITIVE_NOUNS: ReadonlySet<string> = new Set([
  'willingness',
  'unwillingness',
  'refusal',
  'failure',
  'decision',
  'plan',
  'effort',
  'attempt',
  'bid',
  'push',
  'offer',
  'promise',
  'pledge',
  'vow',
  'call',
  'proposal',
  'ability',
  'inability',
  'right',
  'need',
  'desire',
  'determination',
  'readiness',
  'eagerness',
  'reluctance',
  'move',
  'order',
  'threat',
  'campaign',
  'fight',
  'drive',
  'intention',
  'qualification',
]);

/** A capitalised word the tagger read as a verb inside a name ("Sen. Ted Cruz"). */
function inName(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  const b = toks[k - 1];
  return (
    UPPER_START.test(t.text) && b !== undefined && (b.pos === 'PROPN' || UPPER_START.test(b.text)) && b.text !== '.'
  );
}

/** "X's claim that sales doubled was false": the clause ends before its second verb group. */
export function secondVerbGroup(run: Run, a: number, e: number): number {
  let groups = 0;
  let inGroup = false;
  for (let k = a; k < e; k++) {
    const t = run.toks[k]!;
    const verbal = (t.pos === 'VERB' && !inName(run.toks, k)) || t.pos === 'AUX';
    const restart = t.pos === 'AUX' && run.toks[k - 1]?.pos === 'VERB';
    if (verbal && (!inGroup || restart) && !innerVerb(run, a, k)) {
      groups++;
      // "Despite complaints that the fee is unfair, the mayor kept it": the main clause's subject after a comma.
      if (groups === 2) return subjectAfterComma(run, a, k);
    }
    // ("is trying to second-guess": a hyphen inside a verb keeps the group.)
    inGroup = verbal || (inGroup && (t.pos === 'ADV' || t.pos === 'PART' || innerHyphenAt(run, k)));
  }
  return e;
}

/**
 * The verb at k opens no clause of its own: an infinitive ("had anything to do with"), a gerund after a preposition
 * ("that by staying in the race he …") or a relative clause on a noun ("a donor who was caught …"), session 7.
 */
function innerVerb(run: Run, a: number, k: number): boolean {
  if (k - 1 <= a) return false;
  const toks = run.toks;
  const t = toks[k]!;
  const b = toks[k - 1]!;
  if (b.lower === 'to' && b.pos === 'PART') return true;
  if (t.lower.endsWith('ing')) {
    // "the shooting team": an attribute before its noun.
    if (toks[k + 1]?.pos === 'NOUN' && (b.pos === 'DET' || b.pos === 'ADJ' || b.pos === 'NOUN')) return true;
    // "by formally staying", "for working people": a gerund after a preposition (and an adverb).
    const p = b.pos === 'ADV' && k - 2 > a ? toks[k - 2]! : b;
    if (p.pos === 'ADP' || (p.pos === 'SCONJ' && GERUND_PREPOSITIONS.has(p.lower))) return true;
  }
  if (k - 2 > a && OBJECT_RELATIVES.has(b.lower) && isNounish(toks[k - 2]!)) return true;
  // "that they would skip the vote because she had ignored their town": a subordinate clause's own subject and verb.
  let m = k - 1;
  while (m > a && k - m <= 4 && isNpTok(toks[m]!) && !isComma(toks[m])) m--;
  return m > a && m < k - 1 && INNER_SUBORDINATORS.has(toks[m]!.lower);
}

/** Subordinators whose clause stays inside a nominal cue's content. */
const INNER_SUBORDINATORS: ReadonlySet<string> = new Set(['because', 'since', 'if', 'unless', 'although', 'though']);

/** Prepositions the tagger may read as conjunctions before a gerund ("for working", "by staying"). */
const GERUND_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'by', 'of', 'about', 'without', 'after', 'before']);

/** The comma before the noun phrase ending at k (the subject of the verb at k), or k (session 7). */
function subjectAfterComma(run: Run, a: number, k: number): number {
  let m = k - 1;
  while (m > a && k - m <= 8 && (isNpTok(run.toks[m]!) || run.toks[m]!.lower === 'of') && !isComma(run.toks[m])) m--;
  return m > a && m < k - 1 && isComma(run.toks[m]) && !run.quoted(m) ? m : k;
}

/** Subordinators opening the circumstances of a backing ("backed Ames because …", "endorsed her after the debate"). */
const BACKING_STOPS: ReadonlySet<string> = new Set([
  'because',
  'after',
  'before',
  'when',
  'while',
  'since',
  'though',
  'although',
  'until',
  'once',
  'whereas',
]);

/**
 * "endorsed Ames last week and has campaigned with her", "backs Ruiz because he worries …", "opposed it — the first
 * time …": after a backing verb's name or pronoun object, a time, a reason, a dash or the subject's next act is the
 * writer's; the content is the object. ("supports Ruiz for mayor", "backs her over Lee", "would back him if …" go
 * on.) Returns the end of the object, else `e`.
 */
export function backedObjectEnd(run: Run, head: number, p: number, e: number): number {
  const toks = run.toks;
  if (!BACKING_VERBS.has(toks[head]!.lemma) || run.quoted(p)) return e;
  let j = npRight(toks, p, e);
  // ("her" alone is an object; npRight reads it as a possessive waiting for its noun.)
  if (j < 0 && toks[p]!.pos === 'PRON') j = p + 1;
  if (j < 0 || j >= e) return e;
  // "Ames last week": npRight reads a closing time phrase into the noun phrase.
  for (let m = p + 1; m < j; m++)
    if ((toks[m]!.lower === 'last' || toks[m]!.lower === 'this') && TIME_HEADS.has(toks[m + 1]?.lower ?? '')) j = m;
  const n = toks[j]!;
  const m = toks[j + 1];
  if (run.quoted(j) || !m) return e;
  if (BACKING_STOPS.has(n.lower) || (n.lower === 'as' && asClause(run, j + 1, e))) return j;
  if (TIME_WORDS.has(n.lower) || n.lower === 'early' || (isDash(n) && n.text !== '-')) return j;
  // "backed Ruiz by calling …" (the manner), not "backs Ruiz by 4 points" (the margin).
  if (n.lower === 'by' && m.pos === 'VERB' && m.lower.endsWith('ing')) return j;
  if ((n.lower === 'and' || n.lower === 'but') && (m.pos === 'AUX' || (m.pos === 'VERB' && !m.lower.endsWith('ing'))))
    return j;
  if (n.lower === 'and' && newClauseAt(run, j + 1, e)) return j;
  return e;
}

/** Tokens from `k` open a clause after "as" ("as she closed in …", "as the vote neared"), not a role ("as a candidate"). */
function asClause(run: Run, k: number, e: number): boolean {
  const t = run.toks[k];
  if (!t) return false;
  if (t.pos === 'PRON' && !POSSESSIVES.has(t.lower) && t.lower !== 'it') return true;
  return hasFiniteVerb(run.toks, k, Math.min(e, k + 4));
}

/**
 * "Ames, recalling his talks with Lee, described himself as …", "Lee, who said he would come, ultimately did not":
 * a participle or a second verb phrase sitting between a subject and its verb ends at the comma where that verb
 * resumes (an auxiliary or an inflected verb, maybe after an adverb).
 */
export function resumedVerbEnd(run: Run, p: number, e: number): number {
  const toks = run.toks;
  for (let k = p + 1; k < e - 1; k++) {
    if (!isComma(toks[k]) || run.quoted(k)) continue;
    // ("that Ann Lee, the mayor, has …": a second comma closes an aside inside the content; only the first counts.)
    if (commaBefore(run, p, k)) return e;
    let j = k + 1;
    if (toks[j]!.pos === 'ADV' && j + 1 < e) j++;
    const t = toks[j]!;
    if (run.quoted(j)) continue;
    if (
      t.pos === 'AUX' ||
      (t.pos === 'VERB' && !t.lower.endsWith('ing') && (t.lower !== t.lemma || t.lower.endsWith('ed')))
    )
      return k;
  }
  return e;
}

/**
 * "Her plans to rebuild the port will now fall through", "a party focused on winning the fall must …": an infinitive
 * content (or the gerund object of a cue that reports no clause) that meets an auxiliary right after its object noun
 * sits in the subject of that verb; the content ends before it (and its adverbs). A subject, a relative, a question
 * word, a comma or a conjunction on the way ends the scan.
 */
export function mainVerbEnd(run: Run, c: Cand, p: number, e: number): number {
  const toks = run.toks;
  const f = toks[p];
  if (!f || run.quoted(p)) return e;
  const clausal = c.entry.cls === 'speech' || c.entry.cls === 'belief';
  const gerund = f.pos === 'VERB' && f.lower.endsWith('ing') && !innerHyphenAt(run, p + 1);
  if (!((f.lower === 'to' && f.pos === 'PART') || (!clausal && gerund))) return e;
  for (let k = p + 1; k < e && k < p + 25; k++) {
    const t = toks[k]!;
    if (run.quoted(k) || isComma(t) || t.pos === 'CCONJ' || t.pos === 'SCONJ' || isRelative(t)) return e;
    if (WH_STOPS.has(t.lower) || (t.pos === 'PRON' && !POSSESSIVES.has(t.lower) && t.lower !== 'them')) return e;
    if (t.pos !== 'AUX') continue;
    if (!FINITE_AUX.has(t.lower)) return e;
    const n = toks[k + 1];
    if (!n || n.pos === 'PRON') return e;
    let j = k;
    while (j > p + 1 && toks[j - 1]!.pos === 'ADV') j--;
    const b = toks[j - 1]!;
    if (!(b.pos === 'NOUN' || b.pos === 'PROPN' || b.lower === 'them')) return e;
    // "to fix the roads the city has neglected": a noun phrase right after another opens a relative clause.
    let a = j - 1;
    while (a > p + 1 && (isNpHead(toks[a - 1]!) || toks[a - 1]!.pos === 'ADJ' || toks[a - 1]!.pos === 'NUM')) a--;
    if (a > p + 1 && (toks[a - 1]!.pos === 'DET' || POSSESSIVES.has(toks[a - 1]!.lower))) a--;
    const h = toks[a - 1]!;
    return a > p + 1 && (h.pos === 'NOUN' || h.pos === 'PROPN' || h.pos === 'PRON') ? e : j;
  }
  return e;
}

/** Question and relative words that open a clause of their own inside an infinitive content. */
const WH_STOPS: ReadonlySet<string> = new Set(
  'that where when why how whether if so hence as after before until since because unless while'.split(' '),
);

/** Auxiliaries that carry tense ("will", "was", "has"), not the base forms an object may take ("let them do"). */
const FINITE_AUX: ReadonlySet<string> = new Set(
  'is are was were has had will would can could shall should may might must does did'.split(' '),
);

/** A hyphen joining two words with no space at `k` ("working-class"). */
function innerHyphenAt(run: Run, k: number): boolean {
  const t = run.toks[k];
  return t?.text === '-' && run.toks[k - 1]!.end === t.start;
}
