import type { CopyFingerprint } from './fingerprint.js';
import { lshBandKeys } from './lsh.js';
import { type CopyComparison, compareCopies } from './near-copy.js';
import { DEDUP_DEFAULTS, type DedupOptions, resolveDedupOptions } from './options.js';

/** What `CopyIndex.add` decided for an article. */
export interface CopyDecision {
  readonly id: string;
  /** `unique` (a new canonical article), `exact` or `near` (a copy of `canonical`). */
  readonly kind: 'unique' | 'exact' | 'near';
  /** The canonical article (the first seen of the copy group); the article itself when unique. */
  readonly canonical: string;
  /** The indexed article the decision rests on, with the comparison; null when unique. */
  readonly match: { readonly id: string; readonly comparison: CopyComparison } | null;
}

/**
 * An in-memory copy index (LSH buckets + fingerprints) for evaluations and small runs. Large corpora keep the same
 * band keys (`lshBandKeys`) in a store table instead; the decision logic is `compareCopies` in both cases.
 *
 * @example
 * const idx = new CopyIndex();
 * idx.add('a', fingerprintText(wire));                    // {kind: 'unique', canonical: 'a'}
 * idx.add('b', fingerprintText(copy)).canonical           // 'a'
 */
export class CopyIndex {
  readonly options: DedupOptions;
  private readonly buckets = new Map<string, string[]>();
  private readonly byHash = new Map<string, string>();
  private readonly prints = new Map<string, CopyFingerprint>();
  private readonly canonicalOf = new Map<string, string>();

  constructor(options: Partial<DedupOptions> = {}) {
    this.options = options === DEDUP_DEFAULTS ? DEDUP_DEFAULTS : resolveDedupOptions(options);
  }

  get size(): number {
    return this.prints.size;
  }

  /**
   * Candidate ids sharing at least one LSH band with the fingerprint (or its exact hash), best first. A key shared
   * by `maxBucket` indexed articles is boilerplate and gives none.
   */
  candidates(fp: CopyFingerprint): string[] {
    const counts = new Map<string, number>();
    const exact = this.byHash.get(fp.hash);
    if (exact !== undefined) counts.set(exact, Number.POSITIVE_INFINITY);
    const max = this.options.maxBucket;
    for (const key of lshBandKeys(fp.signature, this.options.bands, this.options.rows)) {
      const list = this.buckets.get(key);
      // A full bucket is a boilerplate key: no candidates.
      if (!list || list.length >= max) continue;
      for (const id of list) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return [...counts.entries()].sort((x, y) => y[1] - x[1]).map(([id]) => id);
  }

  /** The best matching indexed article, or null: exact first, then the highest Jaccard among verified copies. */
  query(fp: CopyFingerprint): { readonly id: string; readonly comparison: CopyComparison } | null {
    let best: { id: string; comparison: CopyComparison } | null = null;
    for (const id of this.candidates(fp)) {
      const other = this.prints.get(id);
      if (!other) continue;
      const c = compareCopies(fp, other, this.options);
      if (c.kind === 'none') continue;
      if (c.kind === 'exact') return { id, comparison: c };
      if (!best || c.jaccard > best.comparison.jaccard) best = { id, comparison: c };
    }
    return best;
  }

  /** Decides whether the article copies an indexed one, then indexes it. Adding an id twice throws a RangeError. */
  add(id: string, fp: CopyFingerprint): CopyDecision {
    if (this.prints.has(id)) throw new RangeError(`CopyIndex: id already added: ${id}`);
    const match = this.query(fp);
    const canonical = match ? (this.canonicalOf.get(match.id) ?? match.id) : id;
    this.prints.set(id, fp);
    this.canonicalOf.set(id, canonical);
    if (!this.byHash.has(fp.hash)) this.byHash.set(fp.hash, id);
    for (const key of lshBandKeys(fp.signature, this.options.bands, this.options.rows)) {
      const list = this.buckets.get(key);
      // A boilerplate key stops growing once full (bounded candidates and memory), as in the store.
      if (!list) this.buckets.set(key, [id]);
      else if (list.length < this.options.maxBucket) list.push(id);
    }
    if (!match) return { id, kind: 'unique', canonical, match: null };
    return { id, kind: match.comparison.kind === 'exact' ? 'exact' : 'near', canonical, match };
  }

  /** The canonical article of an indexed id (itself when unique), or undefined when not indexed. */
  canonical(id: string): string | undefined {
    return this.canonicalOf.get(id);
  }
}
