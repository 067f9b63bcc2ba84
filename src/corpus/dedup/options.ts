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
  /**
   * A LSH band key shared by this many originals is boilerplate (template text, a recurring standfirst): it says
   * nothing about copying, gives no candidates and stores no more articles. Without the cap every new article would
   * be compared with a share of the whole corpus; with it, fewer than bands × maxBucket candidates per article,
   * whatever the corpus size. Copies store no band keys, so a wire story copied many times never fills its keys.
   */
  readonly maxBucket: number;
}

export const DEDUP_DEFAULTS: DedupOptions = Object.freeze({
  shingle: 4,
  permutations: 128,
  bands: 32,
  rows: 4,
  minJaccard: 0.5,
  minContainment: 0.8,
  minContainedShingles: 25,
  maxBucket: 8,
});

export function resolveDedupOptions(o: Partial<DedupOptions> = {}): DedupOptions {
  const r = { ...DEDUP_DEFAULTS, ...o };
  if (r.bands * r.rows !== r.permutations) throw new RangeError('dedup: bands × rows must equal permutations');
  if (!(r.maxBucket >= 1)) throw new RangeError('dedup: maxBucket must be at least 1');
  if (r.shingle < 1 || r.permutations < 1) throw new RangeError('dedup: shingle and permutations must be positive');
  return Object.freeze(r);
}
