/**
 * Copy decisions for one ingest batch: exact copies by normalised body hash, near-copies by LSH band keys looked up
 * in the store (never an in-memory index of the corpus) and verified with the dedup module's comparison.
 */
import type { AnalysisV1 } from '../../model/index.js';
import type { CopyLink, Store } from '../../store/index.js';
import {
  type CopyFingerprint,
  copyJaccard,
  type DedupOptions,
  fingerprintAnalysis,
  lshBandKeyNumbers,
} from '../dedup/index.js';
import { BandKeySet } from './band-set.js';

export interface Fingerprinted {
  readonly fp: CopyFingerprint;
  readonly bands: number[];
}

export function fingerprintOf(a: AnalysisV1, o: DedupOptions): Fingerprinted {
  const fp = fingerprintAnalysis(a, o);
  return { fp, bands: lshBandKeyNumbers(fp.signature, o.bands, o.rows) };
}

export interface CopyDecisions {
  /** One link (or null: an original) per article of the batch. */
  readonly links: (CopyLink | null)[];
  /**
   * The band keys to store per article: its keys that are not yet full. A key already held by `maxBucket` stored
   * articles (or earlier ones of the batch) is boilerplate: adding more rows would only make the table and its
   * random-keyed writes grow with the corpus, while look-ups return at most `maxBucket` per key anyway.
   */
  readonly bandsToStore: number[][];
}

/**
 * Band keys known to be full (held by `maxBucket` stored articles). Stored band rows are never removed, so a full
 * key stays full: these are not looked up again. Bounded (emptied when it reaches `limit`).
 */
export class FullBands {
  private readonly keys: BandKeySet;
  constructor(private readonly limit = 1 << 18) {
    // One typed table (4 MB at the default limit), not a Set of heap numbers that grows with the corpus.
    this.keys = new BandKeySet(limit);
  }
  has(band: number): boolean {
    return this.keys.has(band);
  }
  add(band: number): void {
    if (this.keys.size >= this.limit) this.keys.clear();
    this.keys.add(band);
  }
}

/**
 * Decides, for each article of the batch in order, whether it copies a stored article or an earlier one of the
 * same batch, and which of its band keys to store.
 */
export async function decideCopies(
  store: Store,
  items: readonly Fingerprinted[],
  o: DedupOptions,
  fullBands: FullBands = new FullBands(),
): Promise<CopyDecisions> {
  const stored = await store.byBodyHash(items.map((x) => x.fp.hash));
  // Boilerplate keys (shared by many articles) bring their maxBucket most recent articles only; keys already known
  // to be full are not looked up.
  const bandHits = await store.lshLookup(
    items.flatMap((x) => x.bands.filter((b) => !fullBands.has(b))),
    o.maxBucket,
  );
  const heldBy = (band: number) => (fullBands.has(band) ? o.maxBucket : (bandHits.get(band)?.length ?? 0));
  // A key held by maxBucket stored articles is boilerplate (template text shared by unrelated articles): it
  // brings no candidates, so the candidates per article stay below bands × maxBucket however large the corpus.
  const full = (band: number) => heldBy(band) >= o.maxBucket;
  for (const [band, ids] of bandHits) if (ids.length >= o.maxBucket) fullBands.add(band);
  const candidateIds = new Set<number>();
  for (const ids of bandHits.values()) if (ids.length < o.maxBucket) for (const id of ids) candidateIds.add(id);
  const candidates = await store.copyCandidates([...candidateIds]);

  const out: (CopyLink | null)[] = [];
  const bandsToStore: number[][] = [];
  const batchByHash = new Map<string, number>();
  const batchBands = new Map<number, number[]>();
  items.forEach((x, i) => {
    out.push(decideOne(x, i));
    if (!batchByHash.has(x.fp.hash)) batchByHash.set(x.fp.hash, i);
    const keep: number[] = [];
    for (const band of x.bands) {
      const list = batchBands.get(band);
      if (heldBy(band) + (list?.length ?? 0) < o.maxBucket) keep.push(band);
      if (!list) batchBands.set(band, [i]);
      else if (list.length < o.maxBucket) list.push(i);
    }
    bandsToStore.push(keep);
  });
  return { links: out, bandsToStore };

  function decideOne(x: Fingerprinted, i: number): CopyLink | null {
    const exact = stored.get(x.fp.hash);
    if (exact) return { of: { id: exact.copyOf ?? exact.id }, kind: 'exact', similarity: 1 };
    const inBatch = batchByHash.get(x.fp.hash);
    if (inBatch !== undefined) return { of: { batchIndex: inBatch }, kind: 'exact', similarity: 1 };
    let best: CopyLink | null = null;
    let bestJ = -1;
    const seenStored = new Set<number>();
    const seenBatch = new Set<number>();
    for (const band of x.bands) {
      if (full(band)) continue;
      for (const id of bandHits.get(band) ?? []) {
        if (seenStored.has(id)) continue;
        seenStored.add(id);
        const c = candidates.get(id);
        if (!c?.fingerprint) continue;
        const jaccard = copyJaccard(x.fp, c.fingerprint, o);
        if (jaccard >= 0 && jaccard > bestJ) {
          bestJ = jaccard;
          best = { of: { id: c.copyOf ?? c.id }, kind: 'near', similarity: round(jaccard) };
        }
      }
      for (const j of batchBands.get(band) ?? []) {
        if (seenBatch.has(j) || j >= i) continue;
        seenBatch.add(j);
        const jaccard = copyJaccard(x.fp, items[j]!.fp, o);
        if (jaccard >= 0 && jaccard > bestJ) {
          bestJ = jaccard;
          best = { of: { batchIndex: j }, kind: 'near', similarity: round(jaccard) };
        }
      }
    }
    return best;
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;
