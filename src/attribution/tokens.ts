/** Token-level helpers for attribution: noun-phrase chunks over UPOS tags and small word classes. */
import type { Token } from '../model/index.js';
import { WEEKDAYS } from '../nlp/index.js';

export const CLOSERS: ReadonlySet<string> = new Set(['.', '!', '?']);

/** Prepositions that may sit inside a speaker NP ("director of X", "Yun Sun from the Stimson Center"). */
const INNER_ADP: ReadonlySet<string> = new Set(['of', 'from', 'at', 'for', 'in', 'with']);

const RELATIVE: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom']);
/** Pronouns in the subject form only ("he", not "him"): never an object. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);
/** Personal pronouns that can stand as a subject, "it" and "you" included. */
export const PERSONAL_SUBJECTS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, 'it', 'you']);

// "Brazil on Tuesday denied …", "The senator last week said …": a time phrase between subject and cue; also the
// time words that end a content ("endorsed Cruz last week") or are no speaker head.
export const TIME_HEADS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  'today',
  'yesterday',
  'tonight',
  'week',
  'month',
  'year',
  'weekend',
  'morning',
  'afternoon',
  'evening',
  'night',
]);
const TIME_LEADS: ReadonlySet<string> = new Set(['on', 'last', 'this', 'earlier', 'late', 'early', 'also']);

/** Start of a time phrase ending at `end` ("on Tuesday", "last week", "on Friday night"), or -1. */
function timePhraseStart(toks: readonly Token[], end: number, min: number): number {
  const last = toks[end - 1];
  if (!last || !TIME_HEADS.has(last.lower)) return -1;
  let k = end - 1;
  if (k - 1 >= min && TIME_HEADS.has(toks[k - 1]!.lower)) k--; // "Friday night"
  if (k - 1 >= min && TIME_LEADS.has(toks[k - 1]!.lower)) return k - 1;
  return -1;
}

const CAP_LOWER = /^\p{Lu}\p{Ll}+$/u;
const CAP_START = /^\p{Lu}/u;
const INFLECTED = /(s|ed|ing)$/;

/**
 * A first name the tagger read as a verb or adjective ("Josh/VERB Smith", "Earnest"): capitalised, uninflected, right
 * before a proper noun. Inflected forms stay verbs ("Trump Slams Clinton" in a headline).
 */
function nameLike(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  const n = toks[k + 1];
  return (
    t !== undefined &&
    n !== undefined &&
    n.pos === 'PROPN' &&
    (t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'ADV') &&
    CAP_LOWER.test(t.text) &&
    // "the Associated Press": after a determiner an inflected form is part of the name too.
    (!INFLECTED.test(t.lower) || toks[k - 1]?.pos === 'DET')
  );
}

/** "Stephen Lynch/VERB (D-Mass.)": a capitalised word the tagger read as a verb or adjective right after a first name. */
function surnameAfterName(toks: readonly Token[], k: number, min: number): boolean {
  const t = toks[k]!;
  const b = toks[k - 1];
  return (
    k - 1 >= min &&
    b !== undefined &&
    b.pos === 'PROPN' &&
    CAP_LOWER.test(b.text) &&
    (t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'ADV') &&
    CAP_LOWER.test(t.text)
  );
}

/** "his thinking", "the governor’s thinking": an -ing form after a possessor is a noun. */
export function gerundAfterPossessor(toks: readonly Token[], k: number, min: number): boolean {
  const t = toks[k]!;
  const b = toks[k - 1];
  return (
    k - 1 >= min &&
    b !== undefined &&
    t.pos === 'VERB' &&
    t.lower.endsWith('ing') &&
    (POSSESSIVES.has(b.lower) || b.lower === "'s" || b.lower === '’s')
  );
}

/** Third-person possessive determiners ("his", "their"): a possessor already named. */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);

/** Possessive determiners. */
export const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** A symbol inside a word, touching the letters on both sides ("AT&T", a garbled "FranÃ§ois"). */
function gluedSymbol(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  const b = toks[k - 1];
  const n = toks[k + 1];
  return (
    t !== undefined && t.pos === 'SYM' && b !== undefined && n !== undefined && b.end === t.start && t.end === n.start
  );
}

/** The participle of a hyphenated modifier ("Texas-based", "state-owned"). */
function hyphenParticiple(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  return t !== undefined && t.pos === 'VERB' && t.lower.endsWith('ed') && toks[k - 1]?.text === '-';
}

/** Can this token be part of a noun phrase? */
export function isNpTok(t: Token): boolean {
  switch (t.pos) {
    case 'DET':
    case 'ADJ':
    case 'NOUN':
    case 'PROPN':
    case 'NUM':
      return true;
    case 'PRON':
      return !RELATIVE.has(t.lower);
    case 'PART':
      return t.lower === "'s" || t.lower === '’s' || t.lower === "'" || t.lower === '’';
    case 'PUNCT':
      return t.text === '-' || t.text === '&' || t.text === '.';
    case 'ADV':
      return false;
    default:
      return false;
  }
}

/** A token that can end (be the head of) a speaker NP. */
export function isNpHead(t: Token): boolean {
  return t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'PRON' && !RELATIVE.has(t.lower)) || t.pos === 'NUM';
}

export function isRelative(t: Token): boolean {
  return t.pos !== 'DET' && RELATIVE.has(t.lower);
}

/**
 * The NP ending just before `end` (exclusive), not reaching before `min`: returns its start, or -1 when the token
 * before `end` cannot end an NP. Inner prepositions and "and" join NP pieces ("Trump and Pence").
 */
export function npLeft(toks: readonly Token[], end: number, min: number, maxLen = 14): number {
  const time = timePhraseStart(toks, end, min);
  if (time > min) {
    const a = npLeft(toks, time, min, maxLen);
    if (a >= 0) return a;
  }
  // A parenthesis right before ("Sen. Elizabeth Warren (D-MA) said") belongs to the NP.
  if (toks[end - 1]?.text === ')') {
    let k = end - 2;
    while (k > min && end - k < 30 && toks[k]!.text !== '(' && toks[k]!.text !== ')') k--;
    if (toks[k]?.text === '(' && k > min) {
      const a = npLeft(toks, k, min, maxLen);
      return a;
    }
  }
  const last = toks[end - 1];
  if (
    !last ||
    end - 1 < min ||
    !(isNpHead(last) || surnameAfterName(toks, end - 1, min) || gerundAfterPossessor(toks, end - 1, min))
  )
    return -1;
  let j = end - 1;
  // A pronoun is an NP on its own.
  if (last.pos === 'PRON') return j;
  while (j - 1 >= min && end - j < maxLen) {
    const t = toks[j - 1]!;
    // "so tense that Ohio Gov. Lena Marsh said": "that" before a name is a complementiser.
    if (isNpTok(t) && t.pos !== 'PRON' && !(t.lower === 'that' && CAP_START.test(toks[j]!.text))) j--;
    else if (t.lower === 'that') break;
    else if (nameLike(toks, j - 1) || (hyphenParticiple(toks, j - 1) && j - 2 > min) || gluedSymbol(toks, j - 1)) j--;
    else if (t.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(t.lower)) j--;
    else if (
      (INNER_ADP.has(t.lower) || t.lower === 'and') &&
      j - 2 >= min &&
      (isNpHead(toks[j - 2]!) ||
        (t.lower !== 'and' && toks[j - 2]!.pos === 'ADJ' && j - 3 >= min && isNpHead(toks[j - 3]!))) &&
      toks[j - 2]!.pos !== 'PRON'
    )
      j--;
    // "she and another reporter": a subject pronoun as the first conjunct ends the NP there.
    else if (t.lower === 'and' && j - 2 >= min && SUBJECT_PRONOUNS.has(toks[j - 2]!.lower)) {
      j -= 2;
      break;
    } else break;
  }
  // Never start on a preposition or conjunction.
  while (j < end - 1 && (INNER_ADP.has(toks[j]!.lower) || toks[j]!.lower === 'and')) j++;
  return j;
}

/** The NP starting at `start`, not reaching `max`: returns its end (exclusive), or -1 when there is none. */
export function npRight(toks: readonly Token[], start: number, max: number, maxLen = 14): number {
  let j = start;
  let head = -1;
  while (j < max && j - start < maxLen) {
    const t = toks[j]!;
    if (t.pos === 'PRON' && j === start && !RELATIVE.has(t.lower)) {
      const poss = POSSESSIVE_PRONOUNS.has(t.lower);
      if (!poss) return j + 1;
      j++;
      continue;
    }
    if (isNpTok(t) && t.pos !== 'PRON') {
      // "the 46-year-old": a hyphenated compound ends on its adjective.
      if (isNpHead(t) || (t.pos === 'ADJ' && j > start && toks[j - 1]!.text === '-')) head = j;
      j++;
    } else if (nameLike(toks, j) || (head >= 0 && hyphenParticiple(toks, j))) j++;
    else if (INNER_ADP.has(t.lower) && head >= 0 && j + 1 < max && isNpTok(toks[j + 1]!)) j++;
    else break;
  }
  return head >= 0 ? head + 1 : -1;
}

export function isComma(t: Token | undefined): boolean {
  return t !== undefined && (t.text === ',' || t.text === '，');
}

export function isDash(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    (t.text === '—' || t.text === '–' || t.text === '--' || t.text === '-' || t.text === '―' || t.text === '‒')
  );
}

/** Adjectives and participles that take a prepositional complement inside a source NP. */
export const POSTMODIFIERS: ReadonlySet<string> = new Set([
  'close',
  'familiar',
  'loyal',
  'opposed',
  'briefed',
  'involved',
  'allied',
  'aligned',
  'affiliated',
  'knowledgeable',
  'sympathetic',
  'friendly',
  'critical',
  'connected',
  'linked',
  'tied',
  'supportive',
  'near',
]);

/**
 * "a source close to him", "people familiar with the talks", "officials briefed on the matter": the NP starting at
 * `a` is the object of a postmodifier; returns the start of the whole source NP, or `a` when there is none.
 */
export function postmodifiedStart(toks: readonly Token[], a: number, min: number): number {
  const p = toks[a - 1];
  const m = toks[a - 2];
  if (!p || !m || a - 3 < min || p.pos !== 'ADP' || !POSTMODIFIERS.has(m.lower)) return a;
  const b = npLeft(toks, a - 2, min);
  if (b >= 0) return b;
  // "those close to him", "some familiar with the talks": a pronoun-like determiner heads the source.
  const d = toks[a - 3];
  return d !== undefined && a - 3 >= min && STANDALONE_HEADS.has(d.lower) ? a - 3 : a;
}

/** Determiners that stand alone as a subject's head ("those surveyed", "those close to him", "most of them"). */
export const STANDALONE_HEADS: ReadonlySet<string> = new Set([
  'those',
  'these',
  'many',
  'most',
  'some',
  'all',
  'others',
]);

const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'them', 'me', 'us', 'whom']);

/** "him", "them": pronouns that never stand as a subject. */
export function isObjectPronoun(t: Token): boolean {
  return t.pos === 'PRON' && OBJECT_PRONOUNS.has(t.lower);
}
