/**
 * Light-verb cues: a semantically light verb and a speech noun as its object say what a plain verb would ("made the
 * case that …" = argued, "made no mention of …", "issued a warning about …", "launched an attack on …"). The cue is
 * the verb through the noun (and a following of/about/on/against/for); the content is what follows. Authored for
 * Parley.
 */
import type { SpeechAct } from '../../model/index.js';
import type { CueEntry } from './reporting-verbs.js';

/** Verbs (lemmas) that carry a speech noun as their object. */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'make',
  'issue',
  'deliver',
  'offer',
  'launch',
  'level',
  'voice',
  'express',
  'give',
  'renew',
  'repeat',
  'raise',
  'lodge',
  'file',
  'take',
  // session 6 (2026-11-29)
  'heap',
  'throw',
  'lend',
  'ask',
  'pose',
  'field',
  'mount',
  'unleash',
  'press',
  'intensify',
  'escalate',
  'sharpen',
  'beg',
  'answer',
  // "showed no sign of backing down", "showed little enthusiasm for …" (session 6)
  'show',
  // "sounded the alarm about …", "sounded a cautious note on …" (session 6 round 2)
  'sound',
]);

type Row = readonly [noun: string, act: SpeechAct, note: string];

const ROWS: readonly Row[] = [
  ['case', 'assert', '"made the case that / for"'],
  ['mention', 'assert', '"made no mention of"'],
  ['reference', 'assert', '"made a reference to"'],
  ['statement', 'assert', '"made statements on"'],
  ['observation', 'assert', '"made the observation that"'],
  ['point', 'assert', '"made the point that"'],
  ['argument', 'assert', '"made the argument that"'],
  ['claim', 'assert', '"made the claim that"'],
  ['comment', 'assert', '"made comments about"'],
  ['remark', 'assert', '"made remarks on"'],
  ['speech', 'assert', '"gave a speech on"'],
  ['announcement', 'assert', '"made an announcement"'],
  ['allegation', 'accuse', '"made allegations against"'],
  ['accusation', 'accuse', '"leveled accusations at"'],
  ['charge', 'accuse', '"leveled charges against"'],
  ['attack', 'criticise', '"launched an attack on"'],
  ['alarm', 'warn', '"sounded the alarm about" (session 6 round 2)'],
  ['note', 'assert', '"sounded a cautious note on" (session 6 round 2)'],
  ['interest', 'intend', '"showed no interest in" (session 6 round 2)'],
  ['inclination', 'intend', '"showed its inclination to" (session 6 round 2)'],
  ['willingness', 'intend', '"showed a willingness to" (session 6 round 2)'],
  ['reluctance', 'intend', '"showed reluctance to" (session 6 round 2)'],
  ['joke', 'assert', '"made jokes about" (session 6 round 2)'],
  ['critique', 'criticise', '"delivered a critique of" (session 6 round 2)'],
  ['tirade', 'criticise', '"delivered a tirade against" (session 6 round 2)'],
  ['broadside', 'criticise', '"launched a broadside at" (session 6 round 2)'],
  ['defense', 'praise', '"offered a defense of" (session 6 round 2)'],
  ['criticism', 'criticise', '"voiced criticism of"'],
  ['complaint', 'criticise', '"filed a complaint against"'],
  ['warning', 'warn', '"issued a warning about"'],
  ['threat', 'threaten', '"made threats against"'],
  ['promise', 'promise', '"made a promise to"'],
  ['pledge', 'promise', '"made a pledge that"'],
  ['commitment', 'promise', '"made a commitment that"'],
  ['vow', 'promise', '"made a vow to"'],
  ['prediction', 'predict', '"made a prediction that"'],
  ['forecast', 'predict', '"issued a forecast"'],
  ['appeal', 'demand', '"made an appeal for"'],
  ['plea', 'demand', '"made a plea for"'],
  ['request', 'demand', '"made a request for"'],
  ['demand', 'demand', '"made demands for"'],
  ['call', 'demand', '"renewed calls for"'],
  ['apology', 'concede', '"offered an apology for"'],
  ['endorsement', 'praise', '"gave an endorsement to"'],
  ['praise', 'praise', '"offered praise for"'],
  ['support', 'praise', '"offered support for"'],
  ['denial', 'deny', '"issued a denial of"'],
  ['rebuttal', 'deny', '"offered a rebuttal to"'],
  ['concern', 'warn', '"raised concerns about"'],
  ['question', 'question', '"raised questions about"'],
  ['doubt', 'question', '"raised doubts about"'],
  ['shot', 'criticise', '"took a shot at"'],
  ['swipe', 'criticise', '"took a swipe at"'],
  ['jab', 'criticise', '"took a jab at"'],
  ['dig', 'criticise', '"took a dig at"'],
  ['potshot', 'criticise', '"took potshots at"'],
  ['issue', 'criticise', '"took issue with"'],
  ['exception', 'criticise', '"took exception to"'],
  ['credit', 'praise', '"took credit for"'],
  ['stance', 'assert', '"took a firm stance against"'],
  ['position', 'assert', '"took the position that"'],
  ['sign', 'assert', '"showed no sign of backing down" (session 6)'],
  ['enthusiasm', 'praise', '"showed little enthusiasm for" (session 6)'],
  ['appetite', 'intend', '"showed no appetite for" (session 6)'],
  ['condemnation', 'criticise', '"issued a condemnation of" (session 7)'],
  ['denunciation', 'criticise', '"delivered a denunciation of" (session 7)'],
];

/** Speech nouns by lemma, with the act the verb-and-noun pair carries. */
export const SPEECH_NOUNS: ReadonlyMap<string, CueEntry> = new Map(
  ROWS.map(([noun, act, note]) => [noun, Object.freeze({ act, cls: 'speech', note }) as CueEntry]),
);

/** Prepositions after the noun that belong to the cue: the content is their object. */
export const NOUN_PREPOSITIONS: ReadonlySet<string> = new Set([
  'of',
  'about',
  'on',
  'against',
  'for',
  'at',
  'with',
  // "threw her support behind" (session 6)
  'behind',
]);

/**
 * Speech nouns whose object may also follow "to" (session 7): "threw her support to Ortiz", "pledged their support to
 * the mayor". Not "reference, rebuttal, tribute" (train: one match at 0.8 gained for two lost).
 */
export const TO_NOUNS: ReadonlySet<string> = new Set(['support']);
