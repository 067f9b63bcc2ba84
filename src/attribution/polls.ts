/**
 * Poll constructions without a reporting verb: "[Lee held a 9-point lead] in a Gazette poll" (the clause before "in" is
 * the poll's finding, the poll its source). Session 7 (att-polls).
 */
import type { Sentence } from '../model/index.js';
import { trimEnd } from './content-trims.js';
import { subjectReport, synthetic } from './leftovers.js';
import type { CueEntry } from './lexicon/reporting-verbs.js';
import { EVIDENCE_SUBJECTS, POLL_NOUNS } from './lexicon/sources.js';
import { type Cand, firstContentTok, POSSESSIVES, type Run } from './run.js';
import { isComma, isDash, npLeft, npRight } from './tokens.js';

const IN_POLL: CueEntry = Object.freeze({ act: 'assert', cls: 'evidence', note: '[X leads] in a poll' });

/** Words that open a clause of their own inside a sentence: the finding starts after them. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'where',
  'although',
  'though',
  'while',
  'because',
  'when',
  'as',
  'but',
  'since',
  'after',
  'before',
  'if',
  'that',
  'whereas',
]);

/** Relative pronouns: a finding inside a relative clause ("Lee, who leads in the poll, …") is background. */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'whom', 'whose']);

/**
 * "[Lee held a 9-point lead over Ames] in a Gazette poll.", "[Ortiz took 6 percent of the vote] in the new survey,
 * …": one poll or survey named after "in" (not "in the polls": PolNeAR annotates the plural standing only about one
 * time in seven), with the main clause before it as the content (subject and finite verb, after an opening phrase or
 * subordinator). Not when the poll phrase sits inside the subject ("voters in the poll said …"), inside a range
 * ("from 61 percent in the May survey to 57 percent"), or when the clause holds a cue of its own (its report stays).
 */
export function inPoll(run: Run, s: Sentence, i: number, prev: readonly Cand[]): Cand | null {
  const toks = run.toks;
  if (run.quoted(i)) return null;
  const lead = i === firstContentTok(run, s);
  let h = -1;
  // "in one of the first polls to emerge": one poll among several.
  const one = toks[i + 1]?.lower === 'one' && toks[i + 2]?.lower === 'of' ? i + 2 : i;
  for (let k = one + 1; k < s.tokenEnd && k <= one + 10; k++) {
    const u = toks[k]!;
    if (POLL_NOUNS.has(u.lower) || (PLURAL_POLLS.has(u.lower) && (lead || namedPolls(run, s, k)))) {
      h = k;
      break;
    }
    if (run.quoted(k) || isComma(u)) return null;
    const ok =
      u.pos === 'DET' ||
      u.pos === 'ADJ' ||
      u.pos === 'PROPN' ||
      u.pos === 'NOUN' ||
      u.pos === 'NUM' ||
      u.pos === 'PART' ||
      // "the first/ADV post-debate polls", "online and snap polls".
      u.pos === 'ADV' ||
      u.lower === 'and' ||
      u.text === '-' ||
      u.text === '/' ||
      (u.pos === 'VERB' && u.lower.endsWith('ed'));
    if (!ok) return null;
  }
  if (h < 0) return null;
  if (lead) return pollLead(run, s, i, h);
  const n = toks[h + 1];
  // "residents in the survey had no view", "from 61 percent in the May survey to 57 percent".
  const range = n?.lower === 'to' && !PLURAL_POLLS.has(toks[h]!.lower);
  if (n && h + 1 < s.tokenEnd && (n.pos === 'AUX' || range || (n.pos === 'VERB' && !PARTICIPLE.test(n.lower))))
    return null;
  const c1 = isComma(toks[i - 1]) ? i - 1 : i;
  let c0 = s.tokenStart;
  for (let k = c1 - 1; k >= s.tokenStart; k--) {
    const u = toks[k]!;
    if (run.quoted(k) || RELATIVES.has(u.lower) || POLL_NOUNS.has(u.lower) || u.lower === 'polls') return null;
    if (
      (CLAUSE_OPENERS.has(u.lower) && u.pos !== 'ADP') ||
      u.text === ';' ||
      u.text === ':' ||
      (isDash(u) && u.text !== '-')
    ) {
      c0 = k + 1;
      break;
    }
    // "In March, Cruz had …": a comma closes an opening phrase when a clause with its own subject follows it.
    if (isComma(u)) {
      const v = finiteAt(run, k + 1, c1);
      if (v > k + 1 && subjectBefore(run, v, k + 1)) {
        c0 = k + 1;
        break;
      }
    }
  }
  while (c0 < c1 && (toks[c0]!.pos === 'CCONJ' || toks[c0]!.pos === 'PUNCT')) c0++;
  const v = finiteAt(run, c0, c1);
  if (v <= c0 || !subjectBefore(run, v, c0)) return null;
  // "67 percent said they had a poor view of Lee in the poll": the saying cue reports that clause.
  for (const p of prev) if (!p.dropped && p.c0 >= c0 && p.c0 < c1) return null;
  const c = synthetic(run, i, i + 1, IN_POLL, i + 1, h + 1, 'attribution/in-poll', 0.5);
  c.kind = 'indirect';
  c.mode = 'according';
  c.x0 = c0;
  c.x1 = h + 1;
  c.content.push([c0, c1]);
  return c;
}

/** A participle after a poll noun ("conducted", "taken", "leading up to …"). */
const PARTICIPLE = /(ed|ing|taken|done|run)$/;

/** Plural poll nouns: "In recent polls, …" opens a finding as a single poll does. */
const PLURAL_POLLS: ReadonlySet<string> = new Set(['polls', 'surveys', 'polling']);

/**
 * Polls named by what follows them, not the standing "in the polls": a participle ("polls taken in May", "surveys
 * leading up to the vote"), "from" their makers, or an infinitive ("the first polls to emerge"). `k` is the noun.
 */
function namedPolls(run: Run, s: Sentence, k: number): boolean {
  const n = run.toks[k + 1];
  if (!n || k + 1 >= s.tokenEnd) return false;
  if (n.pos === 'VERB' && PARTICIPLE.test(n.lower)) return true;
  return n.lower === 'from' || (n.lower === 'to' && run.toks[k + 2]?.pos === 'VERB');
}

/**
 * "In a Herald poll released Monday, [52 percent backed the levy, while 40 percent opposed it]": a poll named before
 * the first comma reports all the rest of the sentence (contrasts and later clauses included). A participle phrase on
 * the poll between commas (", conducted in May,") and a "however," stay out. `h` is the poll noun.
 */
function pollLead(run: Run, s: Sentence, i: number, h: number): Cand | null {
  const toks = run.toks;
  let q = h + 1;
  while (q < s.tokenEnd && q - h <= 16 && !isComma(toks[q]) && !run.quoted(q) && toks[q]!.pos !== 'AUX') q++;
  if (!isComma(toks[q]) || q + 2 >= s.tokenEnd) return null;
  let p = q + 1;
  const skipTo = (k: number) => {
    let m = k;
    while (m < s.tokenEnd && m - k <= 12 && !isComma(toks[m]) && toks[m]!.pos !== 'AUX') m++;
    return isComma(toks[m]) ? m + 1 : -1;
  };
  // ", conducted in May,": the poll's own participle phrase.
  if (toks[p]!.pos === 'VERB' && toks[p]!.lower.endsWith('ed')) {
    const m = skipTo(p);
    if (m > 0) p = m;
  }
  // ", however, …".
  if (toks[p]?.pos === 'ADV' && isComma(toks[p + 1])) p += 2;
  const e = trimEnd(run, p, s.tokenEnd);
  if (e <= p || finiteAt(run, p, e) < 0) return null;
  // The rule of the sentence-opening "In a poll, …" (construct's `IN_SOURCE`), with its content fixed here.
  const c = synthetic(run, i, i + 1, IN_POLL, i + 1, h + 1, 'attribution/in-source', 0.7);
  c.kind = 'indirect';
  c.mode = 'according';
  c.side = 'right';
  c.x1 = e;
  c.content.push([p, e]);
  return c;
}

/** A noun phrase runs from `a` up to the verb at `v`, past adverbs before the verb ("Ames also finished …"). */
function subjectBefore(run: Run, v: number, a: number): boolean {
  let e = v;
  while (e - 1 > a && run.toks[e - 1]!.pos === 'ADV') e--;
  return npLeft(run.toks, e, a) === a;
}

/** The first finite verb in [a, b) (an auxiliary, or a verb not in -ing), or -1. */
function finiteAt(run: Run, a: number, b: number): number {
  for (let m = a; m < b; m++) {
    const t = run.toks[m]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing'))) return m;
  }
  return -1;
}

/** Words before a poll noun phrase that leave its participle a finding of its own ("with polls showing …"). */
const FINDING_LEADS: ReadonlySet<string> = new Set(['with', 'despite', 'amid', 'after', 'of', 'by', 'as', 'before']);

/**
 * "with polls showing [Lee ahead]", "days after a fresh poll showing […]": an evidence participle right after a poll
 * or record noun reports that noun's finding; the noun phrase is the source (`c` is the participle's construction, `j`
 * the noun). Only after a preposition: as the object or subject of another verb ("cited polls showing …") the phrase is
 * part of that clause's content, which PolNeAR annotates instead. The finding runs to the first comma past a short
 * appositive ("Ted Cruz, R-Texas,"), or to a semicolon or dash.
 */
export function findingOnNoun(run: Run, s: Sentence, c: Cand, j: number): Cand | null {
  const toks = run.toks;
  if (!EVIDENCE_SUBJECTS.has(toks[j]!.lower)) return null;
  let a = npLeft(toks, j + 1, s.tokenStart);
  if (a < 0 || run.quoted(a)) return null;
  // "days after a fresh poll showing …": the poll's own noun phrase, past an inner preposition.
  for (let m = j - 1; m > a; m--)
    if (toks[m]!.pos === 'ADP') {
      a = m + 1;
      break;
    }
  const lead = toks[a - 1];
  if (!lead || a - 1 < s.tokenStart || !FINDING_LEADS.has(lead.lower)) return null;
  const p = c.c1;
  let e = s.tokenEnd;
  for (let k = p + 1; k < s.tokenEnd; k++) {
    const t = toks[k]!;
    if (run.quoted(k)) continue;
    if (t.text === ';' || (isDash(t) && t.text !== '-')) {
      e = k;
      break;
    }
    if (isComma(t)) {
      const q = shortAppositive(run, k, s.tokenEnd);
      if (q > k) {
        k = q;
        continue;
      }
      e = k;
      break;
    }
  }
  e = trimEnd(run, p, e);
  if (e <= p) return null;
  c.mode = 'participle';
  c.s0 = a;
  c.s1 = j + 1;
  c.x0 = a;
  c.x1 = e;
  c.content.push([p, e]);
  c.rule = 'attribution/poll-showing';
  c.confidence = 0.5;
  return c;
}

/** ", R-Texas, …", ", Ohio, …": up to three capitalised words between commas; the second comma, or -1. */
function shortAppositive(run: Run, k: number, end: number): number {
  const toks = run.toks;
  for (let m = k + 1; m < end && m <= k + 4; m++) {
    const t = toks[m]!;
    if (isComma(t)) return m > k + 1 ? m : -1;
    if (!(t.pos === 'PROPN' || t.text === '-' || t.text === '.')) return -1;
  }
  return -1;
}

const POLL_HAS: CueEntry = Object.freeze({ act: 'assert', cls: 'evidence', note: '[the poll] has [Lee leading]' });

/**
 * "The Herald poll has [Lee leading Ames by six points]", "the tracking poll puts [his approval at 49 percent]": a poll
 * subject right before "has" with an object and an -ing verb, or before "puts" with an object and "at". Not "the poll
 * carries an error margin of 4 points" (no -ing verb). The finding runs to the first comma or semicolon.
 */
export function pollHas(run: Run, s: Sentence, i: number): Cand | null {
  const toks = run.toks;
  const t = toks[i]!;
  const p = toks[i - 1];
  if (!p || i - 1 < s.tokenStart || !(POLL_NOUNS.has(p.lower) || PLURAL_POLLS.has(p.lower)) || run.quoted(i))
    return null;
  // "puts his approval at …": past a possessive pronoun.
  const o0 = t.lemma === 'put' && POSSESSIVES.has(toks[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  const o = npRight(toks, o0, s.tokenEnd);
  if (o <= o0 || (o >= s.tokenEnd && t.lemma === 'have')) return null;
  const n = toks[Math.min(o, s.tokenEnd - 1)]!;
  if (t.lemma === 'have' ? !(n.pos === 'VERB' && n.lower.endsWith('ing')) : !atAfter(run, s, o0 + 1)) return null;
  let e = t.lemma === 'have' ? o : o0;
  while (e < s.tokenEnd && !isComma(toks[e]) && toks[e]!.text !== ';' && !run.quoted(e)) e++;
  e = trimEnd(run, i + 1, e);
  const a = npLeft(toks, i, s.tokenStart);
  if (a < 0 || e <= o0) return null;
  const c = subjectReport(synthetic(run, i, i + 1, POLL_HAS, a, i, 'attribution/poll-has', 0.5), 'right');
  c.x0 = a;
  c.x1 = e;
  c.content.push([i + 1, e]);
  return c;
}

/** "puts [his approval in May] at 49 percent": "at" within a few words after the object, before any verb. */
function atAfter(run: Run, s: Sentence, o: number): boolean {
  for (let k = o; k < s.tokenEnd && k - o <= 14; k++) {
    const t = run.toks[k]!;
    if (t.lower === 'at') return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || isComma(t) || run.quoted(k)) return false;
  }
  return false;
}
