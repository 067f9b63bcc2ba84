/** BCubed precision, recall and F1 of a clustering against gold classes. */
export interface BCubedScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly items: number;
}

/**
 * BCubed (Bagga & Baldwin 1998; Amigó et al. 2009): for each item, precision is the share of its predicted
 * cluster that shares its gold class, recall the share of its gold class that shares its predicted cluster; both are
 * averaged over items, and F1 is their harmonic mean. Items missing from either map are ignored.
 *
 * @example
 * bcubed(new Map([['a', 1], ['b', 1]]), new Map([['a', 'x'], ['b', 'y']])) // {precision: 1, recall: 0.5, f1: 0.667}
 */
export function bcubed<P, G>(predicted: ReadonlyMap<string, P>, gold: ReadonlyMap<string, G>): BCubedScore {
  const items = [...predicted.keys()].filter((k) => gold.has(k));
  if (items.length === 0) return { precision: 0, recall: 0, f1: 0, items: 0 };
  const byPred = new Map<P, string[]>();
  const byGold = new Map<G, string[]>();
  const pairCount = new Map<string, number>();
  for (const k of items) {
    const p = predicted.get(k)!;
    const g = gold.get(k)!;
    push(byPred, p, k);
    push(byGold, g, k);
  }
  // |cluster ∩ class| for each (cluster, class) pair, counted once.
  const key = (k: string) => `${String(predicted.get(k))}\u0000${String(gold.get(k))}`;
  for (const k of items) pairCount.set(key(k), (pairCount.get(key(k)) ?? 0) + 1);
  let p = 0;
  let r = 0;
  for (const k of items) {
    const both = pairCount.get(key(k))!;
    p += both / byPred.get(predicted.get(k)!)!.length;
    r += both / byGold.get(gold.get(k)!)!.length;
  }
  const precision = p / items.length;
  const recall = r / items.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, items: items.length };
}

function push<K>(m: Map<K, string[]>, k: K, v: string): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}
