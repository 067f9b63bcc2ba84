/** Settings of copy detection. Defaults were tuned on the synthetic syndication set (`npm run eval:dedup`). */
export interface DedupOptions {
  /** Words per shingle. */
  readonly shingle: number;
  /** MinHash permutations (signature length); must equal bands × rows. */
  readonly permutations: number;
  /** LSH bands. */
  readonly bands: number;
  /** Signature rows per band. */
  readonly rows: number;
  /** A pair is a copy when the shingle Jaccard reaches this. */
  readonly minJaccard: number;
  /** … or when the shorter text's shingles are this much contained in the longer one (trimmed copies) … */
  readonly minContainment: number;
  /** … and the shorter text has at least this many distinct shingles (short texts share too little to tell). */
  readonly minContainedShingles: number;
}

export const DEDUP_DEFAULTS: DedupOptions = Object.freeze({
  shingle: 4,
  permutations: 128,
  bands: 32,
  rows: 4,
  minJaccard: 0.5,
  minContainment: 0.8,
  minContainedShingles: 25,
});

export function resolveDedupOptions(o: Partial<DedupOptions> = {}): DedupOptions {
  const r = { ...DEDUP_DEFAULTS, ...o };
  if (r.bands * r.rows !== r.permutations) throw new RangeError('dedup: bands × rows must equal permutations');
  if (r.shingle < 1 || r.permutations < 1) throw new RangeError('dedup: shingle and permutations must be positive');
  return Object.freeze(r);
}
