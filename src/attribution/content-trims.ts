/**
 * Trimming and extending a content: trailing time and setting phrases, punctuation and conjunctions, adverbial tails
 * after a quote, "that" complements past addressees and time phrases, lead-in quotes, quote regions, naming contents.
 */
import type { Sentence, Token } from '../model/index.js';
import { listGoesOn } from './content-ends.js';
import {
  type Cand,
  CLAUSE_STOP,
  endsIngEd,
  hasFiniteVerb,
  isWs,
  MONTH_WORDS,
  POSSESSIVES,
  type Run,
  TIME_WORDS,
  titleLike,
  UPPER_START,
} from './run.js';
import { CLOSERS, isComma, isDash, isNpTok, isRelative, PERSONAL_SUBJECTS, TIME_HEADS } from './tokens.js';

const TIME_LEADS: ReadonlySet<string> = new Set(['on', 'in', 'last', 'this', 'next', 'earlier', 'late', 'early']);

/**
 * "endorsed Cruz last week", "said so in December": a time phrase closing the content is when it was said, not what.
 * Drops one such phrase (a lead word and one or two time words) when something is left.
 */
export function trimTrailingTime(run: Run, a: number, e: number): number {
  const toks = run.toks;
  let k = e - 1;
  if (k <= a || run.quoted(k)) return e;
  const span = trailingSpan(run, a, e);
  if (span < e) return trimEnd(run, a, span);
  const isTime = (t: Token) => TIME_HEADS.has(t.lower) || MONTH_WORDS.has(t.lower);
  if (toks[k]!.pos === 'NUM' && k - 1 > a && MONTH_WORDS.has(toks[k - 1]!.lower)) k--;
  if (!isTime(toks[k]!)) return e;
  if (k - 1 > a && isTime(toks[k - 1]!)) k--;
  const lead = toks[k - 1];
  if (lead && k - 1 > a && TIME_LEADS.has(lead.lower)) k--;
  else if (!TIME_WORDS.has(toks[k]!.lower)) return e;
  return k > a ? trimEnd(run, a, k) : e;
}

/** Units of a stretch of time ("for years", "for more than two decades"). */
const SPAN_UNITS: ReadonlySet<string> = new Set(['years', 'decades', 'months', 'weeks', 'days', 'hours']);

/**
 * "backed the plan for years", "ignored the facts for two hours": a closing stretch of time is how long, not what.
 * Returns where that phrase starts, else `e`. (A closing year, "in 2012", is as often part of what was said.)
 */
function trailingSpan(run: Run, a: number, e: number): number {
  const toks = run.toks;
  const k = e - 1;
  if (!SPAN_UNITS.has(toks[k]!.lower)) return e;
  for (let j = k - 1; j > a && j >= k - 4; j--) {
    const t = toks[j]!;
    if (t.lower === 'for') return j;
    if (!(t.pos === 'NUM' || t.pos === 'ADJ' || t.pos === 'ADV' || t.lower === 'than' || t.lower === 'a')) return e;
  }
  return e;
}

/** Drops trailing punctuation and conjunctions from a content [a, e); keeps closing quote marks and "?"/"!". */
export function trimEnd(run: Run, a: number, e: number): number {
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
export function cutSetting(run: Run, a: number, e: number): number {
  const toks = run.toks;
  for (let k = a + 1; k < e - 1; k++) {
    const t = toks[k]!;
    if (run.quoted(k) || !SETTING_PREPS.has(t.lower) || inCompound(toks, k)) continue;
    for (let j = k + 1; j < e && j <= k + 7; j++) {
      const w = toks[j]!;
      if (SETTING_NOUNS.has(w.lower) && (w.pos === 'NOUN' || w.pos === 'VERB')) return trimEnd(run, a, k);
      if (!(isNpTok(w) || POSSESSIVES.has(w.lower) || inCompound(toks, j)) || run.quoted(j)) break;
    }
  }
  return e;
}

/** Token k is a hyphen or a word joined by hyphens inside a compound ("one-on-one", "face-to-face"). */
function inCompound(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  const p = toks[k - 1];
  const n = toks[k + 1];
  if (t.text === '-') return p !== undefined && n !== undefined && p.end === t.start && t.end === n.start;
  return (
    (p !== undefined && p.text === '-' && p.end === t.start) || (n !== undefined && n.text === '-' && t.end === n.start)
  );
}

/** Tokens from `k` are a setting preposition and an occasion ("in an interview", "at a rally") before `e`. */
export function settingAt(run: Run, k: number, e: number): boolean {
  const toks = run.toks;
  for (let j = k + 1; j < e && j <= k + 5; j++) {
    const w = toks[j]!;
    if (SETTING_NOUNS.has(w.lower) && (w.pos === 'NOUN' || w.pos === 'VERB')) return true;
    if (!(isNpTok(w) || POSSESSIVES.has(w.lower)) || run.quoted(j)) return false;
  }
  return false;
}

/**
 * "… said they backed the levy, compared with 40 percent who …": a poll share's answer ends before the writer's
 * comparison with another share (a number follows "compared with/to"; "compared with Ortiz" can be what was said).
 */
export function cutComparison(run: Run, a: number, e: number): number {
  const toks = run.toks;
  for (let k = a + 1; k + 3 < e; k++) {
    if (!isComma(toks[k]) || toks[k + 1]!.lower !== 'compared' || run.quoted(k)) continue;
    const w = toks[k + 2]!.lower;
    if ((w === 'with' || w === 'to') && toks[k + 3]!.pos === 'NUM') return k;
  }
  return e;
}

/** "a bit", "a little", "a lot": degree phrases, not a noun phrase commenting on the clause. */
const DEGREE_NOUNS: ReadonlySet<string> = new Set(['bit', 'little', 'lot', 'few', 'couple']);

/**
 * "… could win, a 16-point margin over …", "… at his rally, a swipe at …": after a whole clause, a comma and an
 * indefinite noun phrase is the writer's comment on it; the content ends at the comma.
 */
export function cutComment(run: Run, a: number, e: number): number {
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
    // "… had reached $2 million — a high sum for the state": a dash and a noun phrase closing the clause comment on it.
    if (spacedDash(run, k) && k > a + 2 && dashComment(run, k, e)) return k;
    if (!isComma(t)) continue;
    const n = toks[k + 1]!;
    // "… talks with Ann Lee, who was then his aide": a relative on a name in the clause is the writer's gloss.
    if (n.lower === 'who' && toks[k - 1]!.pos === 'PROPN' && !run.quoted(k + 1)) return k;
    // Not a name's appositive ("…, a Democrat") nor one item of a list ("a tax cut, a war, …").
    // "…, the latest sign that …", "…, the first time it has …": a comment noun after "the" too.
    if (n.lower === 'the' && !run.quoted(k + 1) && commentHead(run, k + 2, e)) return k;
    if (n.lower !== 'a' && n.lower !== 'an') continue;
    if (run.quoted(k + 1) || toks[k - 1]!.pos === 'PROPN' || DEGREE_NOUNS.has(toks[k + 2]?.lower ?? '')) continue;
    let list = false;
    for (let j = k + 2; j < e - 1 && !list; j++)
      list = isComma(toks[j]) && (toks[j + 1]!.pos === 'DET' || toks[j + 1]!.pos === 'CCONJ');
    if (!list) return k;
  }
  return e;
}

/**
 * Nouns that sum up a statement or an event ("— a move that …", "— a point officials dispute"): a dash and such a noun
 * phrase comment on the whole clause. Concrete heads ("— a suspect with a warrant", "— a combination of …") mostly
 * describe the last noun instead and stay.
 */
const COMMENT_NOUNS: ReadonlySet<string> = new Set([
  'move',
  'message',
  'point',
  'fact',
  'proposal',
  'issue',
  'argument',
  'process',
  'sum',
  'boost',
  'milestone',
  'step',
  'sign',
  'reference',
  'nod',
  'jab',
  'swipe',
  'dig',
  'remark',
  'claim',
  'charge',
  'allegation',
  'assertion',
  'position',
  'stance',
  'reversal',
  'shift',
  'departure',
  'contrast',
  'rebuke',
  'promise',
  'pledge',
  'threat',
  'warning',
  'record',
  'increase',
  'rise',
  'drop',
  'gain',
  'jump',
  'figure',
  'number',
  'idea',
  'notion',
  'view',
  'theme',
  'refrain',
  'tactic',
  'strategy',
  'reminder',
  'signal',
  'statement',
  'comment',
  'admission',
  'concession',
  'suggestion',
  'accusation',
  'criticism',
  'complaint',
  'prospect',
  'scenario',
  'possibility',
  'outcome',
  'result',
  'sentiment',
  'echo',
  'allusion',
]);

/** After the dash at `k`: "a/an" + a noun phrase headed by a comment noun, with no second dash closing an aside. */
function dashComment(run: Run, k: number, e: number): boolean {
  const toks = run.toks;
  const n = toks[k + 1];
  if (!n || run.quoted(k + 1) || (n.lower !== 'a' && n.lower !== 'an')) return false;
  if (!commentHead(run, k + 2, e)) return false;
  for (let j = k + 2; j < e; j++) if (spacedDash(run, j)) return false;
  return true;
}

/** A comment noun heads the noun phrase from `a` (past a few adjectives, adverbs and modifier nouns). */
function commentHead(run: Run, a: number, e: number): boolean {
  for (let j = a; j < e && j <= a + 4; j++) {
    const t = run.toks[j]!;
    if (COMMENT_NOUNS.has(t.lower) && (t.pos === 'NOUN' || t.pos === 'VERB')) return true;
    if (!(t.pos === 'ADJ' || t.pos === 'ADV' || t.pos === 'NOUN' || t.pos === 'NUM')) return false;
  }
  return false;
}

const ADVERBIAL: ReadonlySet<string> = new Set(['as']);

const QUOTE_TAIL_STOP: ReadonlySet<string> = new Set(['though', 'although', 'while', 'whereas', 'despite']);

/** A quoted fragment followed by an adverbial clause ("… “happy with the numbers” as she heads …") ends there. */
export function cutAfterQuote(run: Run, a: number, e: number): number {
  for (let k = a; k < e - 1; k++) {
    if (run.closes[k]! >= 0) {
      const n = run.toks[k + 1]!;
      if (ADVERBIAL.has(n.lower) && (n.pos === 'SCONJ' || n.pos === 'ADP')) return k + 1;
      // "… “about right,” though voters …", "… “a proud Democrat,” echoing …": a quote closing on a comma, then a
      // contrast or a participle, ends the content.
      const g = run.regions[run.closes[k]!]!;
      const commaIn = run.text.charCodeAt(g.close - 1) === 44;
      const m = commaIn ? n : isComma(n) ? run.toks[k + 2] : undefined;
      // (The tagger reads some participles as adjectives: "promising to …".)
      const ing = (m?.pos === 'VERB' || m?.pos === 'ADJ') && m.lower.endsWith('ing');
      if (m && (QUOTE_TAIL_STOP.has(m.lower) || ing)) return k + 1;
      // "… want “that mess,” in an interview on Sunday": the occasion after a quote closing on a comma is the writer's.
      if (m && SETTING_PREPS.has(m.lower) && !run.quoted(k + 1) && settingAt(run, commaIn ? k + 1 : k + 2, e))
        return k + 1;
    }
  }
  return e;
}

/** A content ending inside a quote region runs on to the region's close. */
export function extendToRegion(run: Run, e: number): number {
  const r = run.inRegion[e - 1]!;
  if (r >= 0) {
    const c = run.regionCloseTok[r]!;
    if (c >= e) return c + 1;
  }
  return e;
}

/** Past an addressee or short phrase, the opening quote after a colon or comma ("told CNN on Sunday: “…”"); or -1. */
export function leadInQuote(run: Run, p: number, max: number): number {
  const toks = run.toks;
  for (let k = p; k < Math.min(max, p + 12); k++) {
    const t = toks[k]!;
    if (run.opens[k]! >= 0) return k === p ? p : -1;
    if ((t.text === ':' || isComma(t)) && k + 1 < toks.length && run.opens[k + 1]! >= 0) return k + 1;
    if (t.pos === 'VERB' || t.pos === 'AUX' || CLOSERS.has(t.text) || t.pos === 'SCONJ' || run.quoted(k)) return -1;
  }
  return -1;
}

/** Only an addressee (for "tell"-like verbs), a prepositional phrase or a time phrase may sit before "that". */
export function canSkipTo(run: Run, c: Cand, p: number): boolean {
  const t = run.toks[p];
  if (!t) return false;
  return (
    c.entry.addressee === true || t.pos === 'ADP' || t.pos === 'ADV' || TIME_WORDS.has(t.lower) || t.lower === 'that'
  );
}

/** Past a time phrase starting at `k` ("last week", "on Tuesday", "earlier this month"); `k` when there is none. */
export function skipTimePhrase(run: Run, k: number, end: number): number {
  const toks = run.toks;
  let j = k;
  const lead = toks[j];
  if (lead && (lead.lower === 'on' || lead.lower === 'in' || TIME_LEADS.has(lead.lower))) j++;
  let heads = 0;
  while (j < end && j < k + 4) {
    const t = toks[j]!;
    if (TIME_HEADS.has(t.lower) || MONTH_WORDS.has(t.lower) || (heads > 0 && t.pos === 'NUM')) {
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
  'after',
  'before',
  'under',
  'amid',
]);

/**
 * "acknowledged in a forum on Monday “it will be hard”", "questioned in recent days whether …": a prepositional
 * phrase between the cue and its complement tells where or when; the content starts after it. Returns `p` when what
 * follows the phrase is no complement (a whether/if/that clause, an infinitive, a quote or a clause).
 */
export function skipSettingPhrase(run: Run, p: number, end: number): number {
  const toks = run.toks;
  const t = toks[p];
  if (!t || !SETTING_LEADS.has(t.lower) || run.quoted(p)) return p;
  let j = p + 1;
  while (j < end && j < p + 12) {
    const w = toks[j]!;
    if (run.quoted(j)) break;
    // "said in the interview he would …": a subject pronoun starts the clause, it does not end the phrase.
    if (w.pos === 'PRON' && !POSSESSIVES.has(w.lower) && j > p + 1) break;
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
export function findThat(run: Run, p: number, max: number): number {
  const toks = run.toks;
  // Inside a comma aside on a name (a place, an appositive): its closing comma may follow.
  let aside = false;
  for (let k = p; k < max; k++) {
    const t = toks[k]!;
    // "said on the show “Morning Call” that …": a title in the hearer or setting phrase.
    const r = k > p ? run.opens[k]! : -1;
    if (r >= 0 && run.regionCloseTok[r]! > k && titleLike(run, run.regions[r]!)) {
      k = run.regionCloseTok[r]!;
      continue;
    }
    if (t.lower === 'that' && (t.pos === 'SCONJ' || t.pos === 'PRON' || t.pos === 'DET')) return k === p ? p : k;
    // A capitalised "verb" inside an addressee name ("told The Morning Ledger on Friday that") is a name.
    const nameWord = t.pos === 'VERB' && k > p && UPPER_START.test(t.text);
    // "told an invited crowd …", "said at a campaign stop in Toledo that": a participle before a noun, or an occasion
    // noun the tagger reads as a verb, after a determiner or noun.
    const b = toks[k - 1];
    const afterNp = k > p && b !== undefined && (b.pos === 'DET' || b.pos === 'NOUN' || b.pos === 'ADJ');
    const nounLike =
      t.pos === 'VERB' &&
      afterNp &&
      (SETTING_NOUNS.has(t.lower) ||
        (endsIngEd(t.lower) && (toks[k + 1]?.pos === 'NOUN' || toks[k + 1]?.pos === 'ADJ')));
    if (
      (t.pos === 'VERB' && !nameWord && !nounLike) ||
      t.pos === 'AUX' ||
      CLOSERS.has(t.text) ||
      run.quoted(k) ||
      t.pos === 'SCONJ'
    )
      return -1;
    // "said Sunday in Madison, Wisconsin, that …": a comma inside a place name or right before "that"; the comma
    // closing a place or an appositive on a name ("told diners in Dover, Delaware, on Friday that", "told Ann Lee,
    // his aide, that") too: the scan still ends at any verb.
    if (isComma(t) && k > p) {
      const n = run.toks[k + 1];
      const name = run.toks[k - 1]!.pos === 'PROPN';
      if (!n) return -1;
      if (n.lower === 'that' || (name && n.pos === 'PROPN')) {
        aside = true;
        continue;
      }
      if (aside && name) {
        aside = false;
        continue;
      }
      if (!(name && (n.pos === 'DET' || POSSESSIVES.has(n.lower)))) return -1;
      aside = true;
    }
  }
  return -1;
}

/** Does region r (after a lead-in) run to the end of the sentence (or the paragraph)? */
export function regionFillsRest(run: Run, r: number, s: Sentence): boolean {
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

export function takeRegions(run: Run, c: Cand, r: number): void {
  for (let k = r; k >= 0; k = run.regions[k]!.next) {
    if (run.used[k]) break;
    run.used[k] = 1;
    c.regions.push(k);
  }
}

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
  if (n.pos === 'CCONJ' && (m.pos === 'VERB' || PERSONAL_SUBJECTS.has(m.lower))) return a;
  if ((isComma(n) || n.pos === 'CCONJ') && m.pos === 'VERB' && m.lower.endsWith('ing')) return a;
  // "called him a “fraud,” linking to …", "… a “fraud,” a jab at …": past a name closing on a comma, a participle
  // or a noun phrase is the writer's comment.
  const r = run.closes[a - 1] ?? -1;
  const commaIn = r >= 0 && run.text.charCodeAt(run.regions[r]!.close - 1) === 44;
  if (commaIn && ((n.pos === 'VERB' && n.lower.endsWith('ing')) || n.lower === 'a' || n.lower === 'an')) return a;
  // "called the law “much better,” since …", "called it “meritless” on Monday", "called them “rapists” (although …)",
  // "called him a “crook” and Ames …": a comma, dash, bracket, conjunction, adverb or setting after the name is the
  // writer's; "than …", "that …", "for …", "if …" go on with what was said.
  if (r >= 0 && endsName(run, a, commaIn)) return a;
  return clause;
}

/** "what/which her team calls …": the relative pronoun right before the naming cue's subject, or -1. */
function relativeBefore(run: Run, c: Cand): number {
  if (c.s0 <= 0 || c.s0 > c.c0) return -1;
  const t = run.toks[c.s0 - 1]!;
  return (t.lower === 'what' || t.lower === 'which') && !run.quoted(c.s0 - 1) ? c.s0 - 1 : -1;
}

/** A dash standing apart ("impulses - it has"), not a hyphen inside a word ("rally-goers"). */
function spacedDash(run: Run, k: number): boolean {
  const t = run.toks[k]!;
  return isDash(t) && isWs(run.text.charCodeAt(t.start - 1));
}

/** "… as terrorists and despised them": "and" + a verb is the subject's next act. */
function nextAct(run: Run, k: number, ing: boolean): boolean {
  const t = run.toks[k]!;
  const n = run.toks[k + 1];
  // ("unsubstantiated and fabricated by …" coordinates a participle: not after "by".)
  const o = run.toks[k + 2];
  if (t.pos !== 'CCONJ' || !n || run.quoted(k + 1)) return false;
  // "describes himself as a moderate and has said …": an auxiliary opens the next verb group.
  if (n.pos === 'AUX' && (o?.pos === 'VERB' || o?.pos === 'ADV')) return true;
  // "calling them liars and vowing to …": a participle cue goes on to the next participle.
  const nextIng = n.pos === 'VERB' && n.lower.endsWith('ing') && ing;
  if (n.pos !== 'VERB' || (n.lower.endsWith('ing') && !nextIng) || o?.pos === 'ADP') return false;
  // ("responsible and respected figures" coordinates adjectives; "divisive and accused him" does not.)
  return !(run.toks[k - 1]?.pos === 'ADJ' && (o?.pos === 'NOUN' || o?.pos === 'ADJ'));
}

/** Subordinators ending a naming object ("described him as a hawk when he ran"). */
const NAMING_STOPS: ReadonlySet<string> = new Set(['when', 'while', 'because', 'after', 'before', 'since', 'although']);

/** What follows a quoted name and ends the naming content (see namingTail). */
function endsName(run: Run, a: number, commaIn: boolean): boolean {
  const toks = run.toks;
  const n = toks[a]!;
  const m = toks[a + 1];
  if (isDash(n) || n.text === '(' || (n.pos === 'ADV' && !WH_ADVERBS.has(n.lower) && !run.quoted(a + 1))) return true;
  // "… a “fascist” and a “Stalinist”", "“rapists” and someone who …": a second name goes on; "and Ames …" does not.
  if (n.pos === 'CCONJ')
    return (
      m !== undefined &&
      !run.quoted(a + 1) &&
      (m.pos === 'PROPN' || m.pos === 'VERB' || m.pos === 'AUX' || PERSONAL_SUBJECTS.has(m.lower))
    );
  if (isComma(n) || commaIn) {
    const w = toks[isComma(n) ? a + 1 : a];
    if (!w) return false;
    return (
      w.pos === 'CCONJ' || w.lower === 'though' || w.lower === 'although' || (w.pos === 'VERB' && !endsIngEd(w.lower))
    );
  }
  // "… “abhorrent” in a tweet Sunday", "“meritless” on Monday": a setting or a time, not "“a step” in efforts to …".
  if (n.lower === 'in' || n.lower === 'on' || n.lower === 'at')
    return settingAt(run, a, toks.length) || (m !== undefined && TIME_WORDS.has(m.lower));
  return false;
}

const WH_ADVERBS: ReadonlySet<string> = new Set(['when', 'where', 'while', 'why', 'how']);

/**
 * The "as" after an aside closed by a comma within a few words of the naming cue's object ("Ann Lee, the mayor, as
 * …", "Sen. Tom Reyes, D-Ohio, as …"), or -1.
 */
function asideBeforeAs(run: Run, a: number, end: number): number {
  const toks = run.toks;
  let commas = 0;
  for (let k = a; k < end - 1 && k < a + 14; k++) {
    const t = toks[k]!;
    if (run.quoted(k) || t.pos === 'VERB' || t.pos === 'AUX' || CLOSERS.has(t.text)) return -1;
    if (!isComma(t)) continue;
    commas++;
    if (commas === 2) return toks[k + 1]!.lower === 'as' ? k + 1 : -1;
  }
  return -1;
}

/** Naming cues: the quoted fragment is the content ("labeled rumors … as “fake news.”"). */
export function naming(run: Run, s: Sentence, c: Cand, end: number, clause: number): void {
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
        // "what her team calls her “open door” agenda": the relative pronoun is named too.
        const rel = relativeBefore(run, c);
        if (rel >= 0) c.content.push([rel, rel + 1]);
        // "is describing as “unhinged” a tweet that …": with the object moved after the name, the content is the name.
        const moved = between === 1 && toks[c.c1]!.lower === 'as';
        const tail = moved ? close + 1 : namingTail(run, close + 1, clause);
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
  // "described X as …": the object up to the sentence end or a comma, a dash or a clause of time or reason
  // ("… as a climate hawk when he ran in 2008").
  let e = c.c1;
  const ing = toks[c.head]!.lower.endsWith('ing');
  // "described Ann Lee, the mayor, as a hawk": an appositive between the object and "as".
  const asAt = asideBeforeAs(run, c.c1, end);
  while (
    e < end &&
    // ("called him a kind, loving and fair man": a comma inside a list goes on.)
    !(isComma(toks[e]) && e >= asAt && !(toks[e + 1]?.pos !== 'CCONJ' && listGoesOn(run, e, end))) &&
    toks[e]!.text !== ';' &&
    !(
      e > c.c1 + 1 &&
      !run.quoted(e) &&
      (spacedDash(run, e) || NAMING_STOPS.has(toks[e]!.lower) || nextAct(run, e, ing))
    )
  )
    e++;
  // "called him a liar and the mayor accused him …": a later clause with its own cue ends the named object.
  if (clause > c.c1 + 1 && clause < e && toks[clause - 1]!.pos === 'CCONJ') e = clause;
  e = trimEnd(run, c.c1, e);
  if (e > c.c1) {
    c.content.push([c.c1, e]);
    c.rule = 'attribution/naming';
    c.confidence = 0.6;
  } else c.dropped = true;
  void s;
}
