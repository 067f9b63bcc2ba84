import { sameProposition } from '../../claims/index.js';
import type { PropositionSignature } from '../../model/index.js';
import { stem } from '../stories/features.js';
import { STOPWORDS } from '../stories/lexicon/stopwords.js';

/** An event as a proposition key reads it (a structural subset of the contract's `EventJson`). */
export interface SignatureEvent {
  readonly cameo: string;
  readonly source: { readonly code: string; readonly country: string | null };
  readonly target: { readonly code: string; readonly country: string | null } | null;
}

/** A claim as corpus matching reads it (a structural subset of the contract's `ClaimJson`). */
export interface KeyedClaim {
  readonly proposition: { readonly text: string; readonly event: string | null };
  readonly signature?: PropositionSignature;
}

// Words that carry the stance, not the proposition: "China denied holding talks" and "China held talks" are one
// proposition with two stances.
const STANCE_WORDS: ReadonlySet<string> = new Set(
  'not no never nor deny denied denies denying reject rejected rejects dismiss dismissed false untrue baseless confirm confirmed confirms insist insisted claim claims claimed allegation allegations alleged'.split(
    ' ',
  ),
);
const WORD = /[\p{L}\p{N}]+(?:['\u2019.][\p{L}\p{N}]+)*/gu;

/** The parties of a signature (agents and patients, sorted, distinct). */
function parties(s: PropositionSignature): string[] {
  return [...new Set([...s.agents, ...s.patients])].sort();
}

/**
 * The corpus proposition key of a claim: a coarse, stable key a store can index; claims can only be the same
 * proposition when their keys are equal (`sameCorpusProposition` decides within a key).
 * - With the claims stage's signature naming parties: `p:<parties>` (e.g. `p:CHN+USA`).
 * - Else with a coded event: `ev:<CAMEO base code>:<source>:<target>` (countries, else actor codes).
 * - Else: `t:<sorted distinct content-word stems of the proposition text>` (stance words left out).
 *
 * @example
 * propositionKey({ proposition: { text: 'China and the U.S. held trade talks', event: null } })
 * // 't:china held talk trade u.s'
 */
export function propositionKey(claim: KeyedClaim, event?: SignatureEvent | null): string {
  const sig = claim.signature;
  if (sig) {
    const p = parties(sig);
    if (p.length > 0) return `p:${p.join('+')}`;
  }
  if (event) {
    const actor = (a: SignatureEvent['source'] | null) => (a ? (a.country ?? a.code) : '-');
    return `ev:${event.cameo.slice(0, 3)}:${actor(event.source)}:${actor(event.target)}`;
  }
  return textKey(claim.proposition.text);
}

// Text keys are recomputed for every stored claim a new one is compared with: a bounded memo (text → key).
const TEXT_KEYS = new Map<string, string>();
const TEXT_KEYS_LIMIT = 1 << 14;

function textKey(text: string): string {
  let key = TEXT_KEYS.get(text);
  if (key === undefined) {
    if (TEXT_KEYS.size >= TEXT_KEYS_LIMIT) TEXT_KEYS.clear();
    key = `t:${propositionTerms(text).join(' ')}`;
    TEXT_KEYS.set(text, key);
  }
  return key;
}

/**
 * Whether two claims with the same `propositionKey` state the same proposition across articles. With signatures on
 * both, the claims stage's `sameProposition` with no open parties (an article's implicit party is not the other's);
 * otherwise equal keys suffice (event and text keys are already exact).
 *
 * @example
 * sameCorpusProposition(claimInArticle1, claimInArticle2) // true
 */
export function sameCorpusProposition(
  a: KeyedClaim,
  b: KeyedClaim,
  eventA?: SignatureEvent | null,
  eventB?: SignatureEvent | null,
): boolean {
  const ka = propositionKey(a, eventA);
  if (ka !== propositionKey(b, eventB)) return false;
  if (ka.startsWith('p:') && a.signature && b.signature)
    return sameProposition(a.signature, b.signature, { allowOpen: false });
  return true;
}

/**
 * Sorted distinct content-word stems of a proposition text.
 *
 * @example
 * propositionTerms('The U.S. is not holding talks') // ['hold', 'talk', 'u.s']
 */
export function propositionTerms(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = m[0].replace(/\u2019/g, "'");
    if (STOPWORDS.has(w) || STANCE_WORDS.has(w) || w.length < 2) continue;
    out.add(stem(w));
  }
  return [...out].sort();
}
