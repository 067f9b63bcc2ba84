import type { CopyFingerprint } from './fingerprint.js';
import { estimateJaccard, intersectionSize } from './minhash.js';
import { DEDUP_DEFAULTS, type DedupOptions } from './options.js';

/** How two fingerprints compare, with the evidence for the decision. */
export interface CopyComparison {
  /** `exact`: same normalised body; `near`: a near-copy; `none`: not a copy. */
  readonly kind: 'exact' | 'near' | 'none';
  /** MinHash estimate of the shingle Jaccard. */
  readonly estimate: number;
  /** Shingle Jaccard (exact when both fingerprints carry shingles, else the estimate). */
  readonly jaccard: number;
  /** Share of the smaller shingle set found in the larger (exact, or derived from the estimate and the sizes). */
  readonly containment: number;
  /** Whether `jaccard`/`containment` were computed from the shingle sets (true) or estimated (false). */
  readonly verified: boolean;
  /** `dedup/exact-hash`, `dedup/jaccard`, `dedup/containment`, `dedup/none`, or `dedup/empty` (a body without words). */
  readonly rule: string;
}

/**
 * Compares two fingerprints: exact by hash; otherwise a near-copy when the shingle Jaccard reaches `minJaccard`, or
 * when the shorter body is almost wholly contained in the longer one (a trimmed or extended copy) and is long enough
 * to tell.
 *
 * @example
 * compareCopies(fingerprintText(wire), fingerprintText(trimmedCopy)).kind // 'near'
 */
export function compareCopies(
  a: CopyFingerprint,
  b: CopyFingerprint,
  o: DedupOptions = DEDUP_DEFAULTS,
): CopyComparison {
  // An empty body (no words) says nothing about what it copies.
  if (a.size === 0 || b.size === 0)
    return { kind: 'none', estimate: 0, jaccard: 0, containment: 0, verified: true, rule: 'dedup/empty' };
  const estimate = estimateJaccard(a.signature, b.signature);
  if (a.hash === b.hash)
    return { kind: 'exact', estimate, jaccard: 1, containment: 1, verified: true, rule: 'dedup/exact-hash' };
  const small = Math.min(a.size, b.size);
  let jaccard: number;
  let containment: number;
  const verified = a.shingles !== undefined && b.shingles !== undefined;
  if (verified) {
    const inter = intersectionSize(a.shingles!, b.shingles!);
    const union = a.size + b.size - inter;
    jaccard = union === 0 ? 0 : inter / union;
    containment = small === 0 ? 0 : inter / small;
  } else {
    // |A∩B| = J·|A∪B| and |A∪B| = (|A|+|B|)/(1+J).
    jaccard = estimate;
    const inter = (estimate * (a.size + b.size)) / (1 + estimate);
    containment = small === 0 ? 0 : Math.min(1, inter / small);
  }
  let rule = 'dedup/none';
  if (jaccard >= o.minJaccard) rule = 'dedup/jaccard';
  else if (containment >= o.minContainment && small >= o.minContainedShingles) rule = 'dedup/containment';
  return { kind: rule === 'dedup/none' ? 'none' : 'near', estimate, jaccard, containment, verified, rule };
}

/**
 * True when two fingerprints are the same story copied (exact or near).
 *
 * @example
 * isNearCopy(fingerprintText(a), fingerprintText(b)) // true
 */
export function isNearCopy(a: CopyFingerprint, b: CopyFingerprint, o: DedupOptions = DEDUP_DEFAULTS): boolean {
  return compareCopies(a, b, o).kind !== 'none';
}
