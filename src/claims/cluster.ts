import { mergeSignatures, type PropositionSignature, sameProposition } from './signature.js';
import type { Statement } from './statements.js';

export interface Cluster {
  sig: PropositionSignature;
  readonly members: Statement[];
}

/**
 * Groups statements into claims. Statements whose parties are all known go first, so that an open statement ("the
 * U.S. claims negotiations are under way") joins the claim that names its counterpart rather than founding its own.
 * Each statement is compared with the representative signature of clusters that share a predicate or PLOVER type
 * (an inverted index keeps this near linear); it joins the first that matches, else founds a new one.
 */
export function clusterStatements(statements: readonly Statement[]): Cluster[] {
  const order = [...statements].sort((a, b) => Number(a.sig.open) - Number(b.sig.open) || a.at - b.at);
  const clusters: Cluster[] = [];
  const byKey = new Map<string, number[]>();
  const keysOf = (sig: PropositionSignature): string[] => {
    const keys = sig.predicates.map((p) => `p:${p}`);
    if (sig.plover) keys.push(`t:${sig.plover}`);
    return keys;
  };
  for (const s of order) {
    let joined = -1;
    const seen = new Set<number>();
    for (const k of keysOf(s.sig)) {
      for (const ci of byKey.get(k) ?? []) {
        if (seen.has(ci)) continue;
        seen.add(ci);
        if (joined < 0 || ci < joined) {
          if (sameProposition(clusters[ci]!.sig, s.sig)) joined = ci;
        }
      }
    }
    if (joined < 0) {
      joined = clusters.length;
      clusters.push({ sig: s.sig, members: [s] });
    } else {
      const c = clusters[joined]!;
      c.members.push(s);
      c.sig = mergeSignatures(c.sig, s.sig);
    }
    for (const k of keysOf(s.sig)) {
      const list = byKey.get(k);
      if (!list) byKey.set(k, [joined]);
      else if (!list.includes(joined)) list.push(joined);
    }
  }
  return clusters;
}
