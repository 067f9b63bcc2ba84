import { stem } from '../stories/features.js';
import { STOPWORDS } from '../stories/lexicon/stopwords.js';

/** An event as a proposition signature reads it (a structural subset of the contract's `EventJson`). */
export interface SignatureEvent {
  readonly cameo: string;
  readonly source: { readonly code: string; readonly country: string | null; readonly entity?: string | null };
  readonly target: { readonly code: string; readonly country: string | null; readonly entity?: string | null } | null;
}

// Words that carry the stance, not the proposition: "China denied holding talks" and "China held talks" are one
// proposition with two stances.
const STANCE_WORDS: ReadonlySet<string> = new Set(
  'not no never nor deny denied denies denying reject rejected rejects dismiss dismissed false untrue baseless confirm confirmed confirms insist insisted claim claims claimed allegation allegations alleged'.split(
    ' ',
  ),
);
const WORD = /[\p{L}\p{N}]+(?:['\u2019.][\p{L}\p{N}]+)*/gu;

/**
 * The proposition signature: claims with equal signatures across articles are one corpus proposition. With an event,
 * the event's CAMEO base code (3 digits) and its source and target (country, else actor code); without, the sorted
 * distinct content-word stems of the proposition text (stance words left out).
 *
 * @example
 * propositionSignature({ text: 'China and the U.S. held trade talks', event: null }) // 't:china held talk trade u.s'
 */
export function propositionSignature(
  proposition: { readonly text: string; readonly event: string | null },
  event?: SignatureEvent | null,
): string {
  if (event) {
    const actor = (a: SignatureEvent['source'] | null) => (a ? (a.country ?? a.code) : '-');
    return `ev:${event.cameo.slice(0, 3)}:${actor(event.source)}:${actor(event.target)}`;
  }
  return `t:${propositionTerms(proposition.text).join(' ')}`;
}

/** Sorted distinct content-word stems of a proposition text. */
export function propositionTerms(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = m[0].replace(/\u2019/g, "'");
    if (STOPWORDS.has(w) || STANCE_WORDS.has(w) || w.length < 2) continue;
    out.add(stem(w));
  }
  return [...out].sort();
}
