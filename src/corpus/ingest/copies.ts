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

export interface Fingerprinted {
  readonly fp: CopyFingerprint;
  readonly bands: number[];
}

export function fingerprintOf(a: AnalysisV1, o: DedupOptions): Fingerprinted {
  const fp = fingerprintAnalysis(a, o);
  return { fp, bands: lshBandKeyNumbers(fp.signature, o.bands, o.rows) };
}

/**
 * Decides, for each article of the batch in order, whether it copies a stored article or an earlier one of the
 * same batch. Returns one link (or null) per article.
 */
export async function decideCopies(
  store: Store,
  items: readonly Fingerprinted[],
  o: DedupOptions,
): Promise<(CopyLink | null)[]> {
  const stored = await store.byBodyHash(items.map((x) => x.fp.hash));
  // Boilerplate keys (shared by many articles) bring their maxBucket most recent articles only.
  const bandHits = await store.lshLookup(
    items.flatMap((x) => x.bands),
    o.maxBucket,
  );
  const candidateIds = new Set<number>();
  for (const ids of bandHits.values()) for (const id of ids) candidateIds.add(id);
  const candidates = await store.copyCandidates([...candidateIds]);

  const out: (CopyLink | null)[] = [];
  const batchByHash = new Map<string, number>();
  const batchBands = new Map<number, number[]>();
  items.forEach((x, i) => {
    out.push(decideOne(x, i));
    if (!batchByHash.has(x.fp.hash)) batchByHash.set(x.fp.hash, i);
    for (const band of x.bands) {
      const list = batchBands.get(band);
      if (!list) batchBands.set(band, [i]);
      else if (list.length < o.maxBucket) list.push(i);
    }
  });
  return out;

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
