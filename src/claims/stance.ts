import type { QuoteKind, SpeechAct, Stance } from '../model/index.js';
import { DENY_CUES, DOUBT_CUES } from './lexicon/words.js';
import type { Clause } from './read.js';

/**
 * How each speech act relates its speaker to the content. `assert` and `deny` are polarities that the content's own
 * negation can flip; `question` is kept; `none` acts (demands, threats, promises, intentions) are not truth claims
 * and make no position. An accusation asserts what it accuses of; praise and criticism assert what they evaluate.
 */
export const ACT_STANCE: Readonly<Record<SpeechAct, 'assert' | 'deny' | 'question' | 'none'>> = Object.freeze({
  assert: 'assert',
  predict: 'assert',
  warn: 'assert',
  concede: 'assert',
  believe: 'assert',
  accuse: 'assert',
  praise: 'assert',
  criticise: 'assert',
  deny: 'deny',
  question: 'question',
  demand: 'none',
  threaten: 'none',
  promise: 'none',
  intend: 'none',
});

export interface StanceInput {
  readonly act: SpeechAct;
  readonly kind: QuoteKind;
  /** Lemma of the cue's head word, or '' when there is no cue. */
  readonly cueLemma: string;
  readonly clause: Clause;
  /** A linked event coded its content as negated. */
  readonly eventNegated: boolean;
}

/**
 * The stance a holder takes on the proposition of one clause, or null when the clause is no truth claim.
 * Rules (docs/claims.md, "Stance"):
 * 1. question act, or a content sentence that is a question, → question; doubt cue ("doubt", "skeptical") → doubt; hedged content ("may", "unclear") → doubt.
 * 2. assert-type act: deny when the content is negated ("no talks are taking place"), contains a deny verb ("is
 *    contesting the idea that …") or a verdict ("fake news"), else assert. Two of these cancel ("not fake").
 * 3. deny act: deny. Only an indirect content under a denying cue ("denied that no talks were held") is a double
 *    negative and asserts; a deny act with another cue took its act from the content's own negation.
 */
export function stanceOf(s: StanceInput): Stance | null {
  const base = ACT_STANCE[s.act];
  if (base === 'none' || s.clause.directive) return null;
  if (base === 'question' || (s.clause.interrogative && base === 'assert')) return 'question';
  if (DOUBT_CUES.has(s.cueLemma) && base === 'assert') return 'doubt';
  const c = s.clause;
  if (base === 'assert') {
    if (c.hedge) return 'doubt';
    let flips = 0;
    if (c.negated) flips++;
    if (c.denyVerb) flips++;
    if (c.verdict && s.act !== 'accuse') flips++;
    if (flips === 0 && s.eventNegated) flips = 1;
    return flips % 2 === 1 ? 'deny' : 'assert';
  }
  // base === 'deny'
  if (c.verdict) return 'deny';
  const indirect = s.kind === 'indirect' || s.kind === 'mixed';
  if ((c.negated || c.denyVerb) && indirect && DENY_CUES.has(s.cueLemma)) return 'assert';
  return 'deny';
}
