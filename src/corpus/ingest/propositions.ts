/**
 * Corpus propositions, decided online at ingest. A claim's coarse `propositionKey` (link module) is exact for event
 * and text keys: the key is the proposition. A key that names parties (`p:`) only narrows the field: the claim joins
 * the first known proposition under it that it states (`sameCorpusProposition`), or starts a new one. Those
 * candidates come from the store (the most recently used first, a bounded number), so neither memory nor lookup cost
 * grows with the corpus; new keys are deterministic (article hash + claim id), so a restarted run gives the same keys.
 */
import type { AnalysisV1, ClaimJson, EventJson } from '../../model/index.js';
import type { ClaimKey, Store } from '../../store/index.js';
import { type KeyedClaim, propositionKey, type SignatureEvent, sameCorpusProposition } from '../link/index.js';

interface Known {
  readonly key: string;
  readonly claim: KeyedClaim;
  readonly event: SignatureEvent | null;
}

interface MatchData {
  readonly claim: KeyedClaim;
  readonly event: SignatureEvent | null;
}

/** Coarse keys that need matching within; the others are exact. */
const needsMatching = (coarse: string): boolean => coarse.startsWith('p:');

const toSignatureEvent = (e: EventJson | undefined): SignatureEvent | null =>
  e
    ? {
        cameo: e.cameo,
        source: { code: e.source.code, country: e.source.country },
        target: e.target ? { code: e.target.code, country: e.target.country } : null,
      }
    : null;

const keyedClaim = (c: ClaimJson): KeyedClaim => ({
  proposition: c.proposition,
  ...(c.signature ? { signature: c.signature } : {}),
});

/** One map (claim id → key) per article, in order; articles are identified by their content hash. */
export async function assignPropositions(
  store: Store,
  articles: readonly { readonly contentHash: string; readonly analysis: AnalysisV1 }[],
): Promise<Map<string, ClaimKey>[]> {
  const prepared = articles.map((a) => {
    const events = new Map(a.analysis.events.map((e) => [e.id, e]));
    return a.analysis.claims.map((c) => {
      const event = toSignatureEvent(c.proposition.event ? events.get(c.proposition.event) : undefined);
      const claim = keyedClaim(c);
      return { id: c.id, claim, event, coarse: propositionKey(claim, event) };
    });
  });
  const wanted = prepared.flatMap((cs) => cs.map((c) => c.coarse)).filter(needsMatching);
  const stored = wanted.length > 0 ? await store.propositions(wanted) : new Map();
  const known = new Map<string, Known[]>();
  for (const [coarse, list] of stored) {
    const parsed: Known[] = [];
    for (const p of list as { key: string; match: string }[]) {
      try {
        const m = JSON.parse(p.match) as MatchData;
        parsed.push({ key: p.key, claim: m.claim, event: m.event });
      } catch {
        // unreadable matching data matches nothing
      }
    }
    known.set(coarse, parsed);
  }
  return prepared.map((claims, i) => {
    const out = new Map<string, ClaimKey>();
    for (const c of claims) {
      if (!needsMatching(c.coarse)) {
        out.set(c.id, { key: c.coarse, coarse: null, match: null });
        continue;
      }
      const list = known.get(c.coarse) ?? [];
      const hit = list.find((k) => sameCorpusProposition(c.claim, k.claim, c.event, k.event));
      if (hit) out.set(c.id, { key: hit.key, coarse: c.coarse, match: null });
      else {
        const key = `${c.coarse}#${articles[i]!.contentHash.slice(0, 16)}/${c.id}`;
        list.unshift({ key, claim: c.claim, event: c.event });
        known.set(c.coarse, list);
        out.set(c.id, {
          key,
          coarse: c.coarse,
          match: JSON.stringify({ claim: c.claim, event: c.event } satisfies MatchData),
        });
      }
    }
    return out;
  });
}
