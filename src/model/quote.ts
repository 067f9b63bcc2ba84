import type { Evidence, Span } from './span.js';

export type QuoteKind = 'direct' | 'partial' | 'mixed' | 'indirect';

/**
 * What a quote does. `believe` and `intend` are attributed thoughts rather than speech (PolNeAR annotates them).
 * The list and each act's cues are documented in docs/speech-acts.md.
 */
export const SPEECH_ACTS = [
  'assert',
  'deny',
  'accuse',
  'demand',
  'warn',
  'threaten',
  'predict',
  'concede',
  'question',
  'praise',
  'criticise',
  'promise',
  'believe',
  'intend',
] as const;
export type SpeechAct = (typeof SPEECH_ACTS)[number];

export interface Speaker {
  /** The mention in the quote's own clause ("Sun" in "…, said Sun"), or null. */
  readonly mention: Span | null;
  /** The entity it resolves to, or null when it cannot be resolved. */
  readonly entity: string | null;
  /** The entity's name, or the mention's text for an unresolved or anonymous speaker. */
  readonly name: string | null;
  /** True for "a senior official", "sources", "people familiar with the matter". */
  readonly anonymous?: boolean;
}

export interface Quote extends Evidence {
  readonly id: string;
  readonly kind: QuoteKind;
  /** One span, or several for a split quote; for direct quotes the span excludes the quote marks. */
  readonly content: Span[];
  readonly cue: Span | null;
  readonly act: SpeechAct;
  readonly speaker: Speaker;
  /** Whether the cue is negated ("did not say"). */
  readonly negated?: boolean;
}
