/**
 * Generic scoring helpers shared by the eval scripts: span-set overlap, one-to-one best-first matching, P/R/F1
 * and a dated fixed-width table. Nothing here knows about quotes.
 */

/** A half-open character range (the same shape as the model's Span). */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** Characters covered by a set of ranges (overlapping members counted once). */
export function coveredLength(spans: readonly Range[]): number {
  if (spans.length === 1) return Math.max(0, spans[0]!.end - spans[0]!.start);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let total = 0;
  let curS = -1;
  let curE = -1;
  for (const s of sorted) {
    if (s.start >= curE) {
      total += curE - curS;
      curS = s.start;
      curE = s.end;
    } else if (s.end > curE) curE = s.end;
  }
  return total + (curE - curS);
}

/** Characters shared by two sets of ranges. */
export function sharedLength(a: readonly Range[], b: readonly Range[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

/** Shared characters over the longer of the two range sets (0..1): the "overlap of the longer span" criterion. */
export function overlapOfLonger(a: readonly Range[], b: readonly Range[]): number {
  const longer = Math.max(coveredLength(a), coveredLength(b));
  return longer > 0 ? sharedLength(a, b) / longer : 0;
}

/** True when any range of `a` overlaps any range of `b`. */
export function anyOverlap(a: readonly Range[], b: readonly Range[]): boolean {
  for (const x of a) for (const y of b) if (x.start < y.end && y.start < x.end) return true;
  return false;
}

export interface Pair {
  readonly pred: number;
  readonly gold: number;
  readonly score: number;
}

/**
 * One-to-one best-first matching: every (pred, gold) pair scoring at least `threshold` is ranked by score, and taken
 * greedily when neither side is used yet. Returns the pairs taken.
 */
export function matchBestFirst<P, G>(
  preds: readonly P[],
  golds: readonly G[],
  score: (p: P, g: G) => number,
  threshold: number,
): Pair[] {
  const cands: Pair[] = [];
  for (let i = 0; i < preds.length; i++) {
    for (let j = 0; j < golds.length; j++) {
      const s = score(preds[i]!, golds[j]!);
      if (s > 0 && s >= threshold) cands.push({ pred: i, gold: j, score: s });
    }
  }
  cands.sort((x, y) => y.score - x.score || x.gold - y.gold || x.pred - y.pred);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: Pair[] = [];
  for (const c of cands) {
    if (usedP.has(c.pred) || usedG.has(c.gold)) continue;
    usedP.add(c.pred);
    usedG.add(c.gold);
    out.push(c);
  }
  return out;
}

export interface Prf {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
}

export function prf(tp: number, predicted: number, gold: number): Prf {
  const p = predicted > 0 ? tp / predicted : 0;
  const r = gold > 0 ? tp / gold : 0;
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/** A ratio, or 0 for an empty denominator. */
export function ratio(n: number, d: number): number {
  return d > 0 ? n / d : 0;
}

export function fmt(x: number, digits = 3): string {
  return Number.isFinite(x) ? x.toFixed(digits) : '-';
}

/** A plain fixed-width table: one header row, a rule, then rows; columns padded to their widest cell. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
