export type Stance = 'assert' | 'deny' | 'question' | 'doubt';

export interface Position {
  readonly holder: string | null;
  readonly holderName: string;
  readonly stance: Stance;
  /** A quote id or an event id. */
  readonly evidence: string;
}

/**
 * What a proposition is about, independent of who holds it and with what stance: predicates (concept keys such as
 * NEGOTIATE, or lemmas), PLOVER type, parties. Compared by `sameProposition` (src/claims, docs/claims.md), also across
 * articles.
 */
export interface PropositionSignature {
  readonly predicates: readonly string[];
  readonly concept: string | null;
  readonly plover: string | null;
  readonly cameo: string | null;
  readonly symmetric: boolean;
  readonly agents: readonly string[];
  readonly patients: readonly string[];
  readonly topics: readonly string[];
  readonly open: boolean;
  readonly anchored: boolean;
  /** The predicates that are plain nouns (objects, details: "border", "town"); the rest say what happens. */
  readonly details?: readonly string[];
  /** What the proposition says of its event: that it is, will be, must be, or would be the case. */
  readonly mood: 'actual' | 'future' | 'demanded' | 'hypothetical';
}

export interface Claim {
  readonly id: string;
  readonly proposition: { readonly text: string; readonly event: string | null };
  readonly positions: Position[];
  readonly disputed: boolean;
  /** What the proposition is about, for matching claims across articles (docs/claims.md). */
  readonly signature?: PropositionSignature;
}
