/** The speech act of a quote: the cue's act, adjusted by what the content does (denials phrased as statements). */
import type { SpeechAct } from '../model/index.js';
import { CLAIM_NOUNS, FALSITY_WORDS } from './lexicon/sources.js';

const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'no', 'never', 'nothing', 'none', 'neither', 'nor']);
const WORD = /[\p{L}']+/gu;
const MAY_NEGATE = /\b(?:not|no|never|nothing|none|neither|nor)\b|n't/i;
/** A statement denies only with an upper-case negator or a claim noun: whole `WORD`s, found before splitting. */
const MAY_EMPHASISE = /(?<![\p{L}'])(?:NOT|NEVER|NO)(?![\p{L}'])/u;
/** The first negator `WORD` (as `NEGATORS` or a word ending in n't reads it). */
const NEGATOR_WORD = /(?<![\p{L}'])(?:not|no|never|nothing|none|neither|nor|[\p{L}']*n't)(?![\p{L}'])/iu;
const MAY_NAME_CLAIM = new RegExp(
  `(?<![\\p{L}'])(?:${[...CLAIM_NOUNS].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}'])`,
  'giu',
);

/**
 * `cueAct` is the lexicon's act for the cue. A naming cue whose name is a falsity word ("labeled … as “fake news”")
 * denies; a statement that negates talks or claims ("are NOT having any negotiation", "no talks are taking place")
 * denies; "asked X to …" demands.
 */
export function decideAct(cueAct: SpeechAct, naming: boolean, content: string, startsWithTo: boolean): SpeechAct {
  if (cueAct === 'question' && startsWithTo) return 'demand';
  if (cueAct !== 'assert' && cueAct !== 'concede') return cueAct;
  // Most contents hold no negation at all: one cheap test before splitting words.
  if (!naming && !MAY_NEGATE.test(content)) return cueAct;
  // Words are read one at a time: only the first 40 matter for a statement.
  WORD.lastIndex = 0;
  if (naming) {
    for (let m = WORD.exec(content); m !== null; m = WORD.exec(content))
      if (FALSITY_WORDS.has(m[0].toLowerCase())) return 'deny';
    return cueAct;
  }
  if (cueAct !== 'assert') return cueAct;
  if (!MAY_EMPHASISE.test(content) && !claimAfterNegator(content)) return cueAct;
  let emphatic = false;
  let negation = false;
  let claim = false;
  let m = WORD.exec(content);
  for (let i = 0; m !== null && i < 40; i++, m = WORD.exec(content)) {
    const w = m[0];
    const lw = w.toLowerCase();
    if (NEGATORS.has(lw) || lw.endsWith("n't")) {
      negation = true;
      if (w === 'NOT' || w === 'NEVER' || w === 'NO') emphatic = true;
    }
    if (negation && CLAIM_NOUNS.has(lw)) claim = true;
    // Once either holds the answer is known: later words cannot undo it.
    if (emphatic || claim) return 'deny';
  }
  return emphatic || claim ? 'deny' : cueAct;
}

/** Is there a claim-noun word after the first negator word? (Only a pre-check: the word scan below decides.) */
function claimAfterNegator(content: string): boolean {
  const neg = NEGATOR_WORD.exec(content);
  if (neg === null) return false;
  MAY_NAME_CLAIM.lastIndex = neg.index;
  return MAY_NAME_CLAIM.test(content);
}
