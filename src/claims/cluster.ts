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
  const order = closedFirst(statements);
  const clusters: Cluster[] = [];
  // Predicates (concept keys, lemmas) and PLOVER types share one index: a collision only adds a candidate, which
  // sameProposition then checks.
  const byKey = new Map<string, number[]>();
  const seenAt: number[] = [];
  let stamp = 0;
  for (const s of order) {
    stamp++;
    let joined = -1;
    const sig = s.sig;
    const nKeys = sig.predicates.length + (sig.plover ? 1 : 0);
    for (let k = 0; k < nKeys; k++) {
      const key = k < sig.predicates.length ? sig.predicates[k]! : sig.plover!;
      const list = byKey.get(key);
      if (!list) continue;
      for (const ci of list) {
        if (seenAt[ci] === stamp) continue;
        seenAt[ci] = stamp;
        if ((joined < 0 || ci < joined) && sameProposition(clusters[ci]!.sig, sig)) joined = ci;
      }
    }
    if (joined < 0) {
      joined = clusters.length;
      clusters.push({ sig, members: [s] });
    } else {
      const c = clusters[joined]!;
      c.members.push(s);
      c.sig = mergeSignatures(c.sig, sig);
    }
    for (let k = 0; k < nKeys; k++) {
      const key = k < sig.predicates.length ? sig.predicates[k]! : sig.plover!;
      const list = byKey.get(key);
      if (!list) byKey.set(key, [joined]);
      else if (!list.includes(joined)) list.push(joined);
    }
  }
  return clusters;
}

/** Closed signatures first, then text order. */
function byOrder(a: Statement, b: Statement): number {
  return Number(a.sig.open) - Number(b.sig.open) || a.at - b.at;
}

/**
 * The statements in byOrder order. They mostly come in text order, open ones among them: then splitting off the
 * open ones (keeping the order of each part) is what the stable sort gives, without sorting.
 */
function closedFirst(statements: readonly Statement[]): readonly Statement[] {
  if (inOrder(statements)) return statements;
  const closed: Statement[] = [];
  const open: Statement[] = [];
  for (const s of statements) (s.sig.open ? open : closed).push(s);
  if (inOrder(closed) && inOrder(open)) return closed.concat(open);
  return [...statements].sort(byOrder);
}

/** Already in byOrder order (statements mostly come in text order): then the (stable) sort would change nothing. */
function inOrder(statements: readonly Statement[]): boolean {
  for (let i = 1; i < statements.length; i++) if (byOrder(statements[i - 1]!, statements[i]!) > 0) return false;
  return true;
}
