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
  const rule = copyRule(jaccard, containment, small, o);
  return { kind: rule === 'dedup/none' ? 'none' : 'near', estimate, jaccard, containment, verified, rule };
}

/** The one near-copy decision, shared by compareCopies and copyJaccard. `small`: shingles of the shorter body. */
function copyRule(jaccard: number, containment: number, small: number, o: DedupOptions): string {
  if (jaccard >= o.minJaccard) return 'dedup/jaccard';
  if (containment >= o.minContainment && small >= o.minContainedShingles) return 'dedup/containment';
  return 'dedup/none';
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

/**
 * What a copy decision needs of `compareCopies`: the shingle Jaccard when `a` and `b` are copies (1 for an exact
 * copy), else -1 — the same decision and the same value, cheaper: no MinHash estimate when both carry their
 * shingles, and the merge of the two shingle sets stops as soon as the pair can no longer reach either threshold
 * (ingest compares each new article with every stored article that shares a band key with it).
 *
 * @example
 * copyJaccard(fingerprintText(wire), fingerprintText(unrelated)) // -1
 */
export function copyJaccard(a: CopyFingerprint, b: CopyFingerprint, o: DedupOptions = DEDUP_DEFAULTS): number {
  if (a.size === 0 || b.size === 0) return -1;
  if (a.hash === b.hash) return 1;
  const sa = a.shingles;
  const sb = b.shingles;
  if (sa === undefined || sb === undefined) {
    const c = compareCopies(a, b, o);
    return c.kind === 'none' ? -1 : c.jaccard;
  }
  const small = Math.min(a.size, b.size);
  const total = a.size + b.size;
  // The decision of compareCopies for an intersection size; it only grows with the intersection.
  const isCopy = (inter: number): boolean => {
    const union = total - inter;
    return copyRule(union === 0 ? 0 : inter / union, small === 0 ? 0 : inter / small, small, o) !== 'dedup/none';
  };
  const la = sa.length;
  const lb = sb.length;
  let i = 0;
  let j = 0;
  let inter = 0;
  let step = 0;
  while (i < la && j < lb) {
    // Every 32 steps: could the rest of the merge still make a copy?
    if (++step === 32) {
      step = 0;
      if (!isCopy(inter + Math.min(la - i, lb - j))) return -1;
    }
    const x = sa[i]!;
    const y = sb[j]!;
    if (x === y) {
      inter++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  if (!isCopy(inter)) return -1;
  const union = total - inter;
  return union === 0 ? 0 : inter / union;
}
