/**
 * The article-extraction benchmark's page metric, written once for `eval/extract.ts` (the table) and
 * `eval/extract-errors.ts` (the error listing): word 4-gram multisets, words as Python's `\w+` with re.UNICODE.
 */
const WORD = /[\p{L}\p{N}_]+/gu; // letters, digits (all numerics), underscore

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The word 4-grams of `t`; a text of one to three words is one gram of its own. */
export function fourGrams(t: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 4 <= t.length; i++) out.push(t.slice(i, i + 4).join(' '));
  if (t.length > 0 && t.length < 4) out.push(t.join(' '));
  return out;
}

export function shingles(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const g of fourGrams(words(text))) m.set(g, (m.get(g) ?? 0) + 1);
  return m;
}

/** Shared, missed and extra shingles of one page as shares of their sum (how the benchmark averages pages). */
export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

export function pageScore(pred: string, truth: string): PageScore {
  const a = shingles(truth);
  const b = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, x] of a) {
    const y = b.get(k) ?? 0;
    tp += Math.min(x, y);
    fn += Math.max(0, x - y);
  }
  for (const [k, y] of b) fp += Math.max(0, y - (a.get(k) ?? 0));
  const s = tp + fp + fn;
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp, fp, fn };
}

/** Precision, recall and F1 of one page (an empty side counts as perfect on its own measure). */
export function pageF1(pred: string, truth: string): { f: number; p: number; r: number } {
  const { tp, fp, fn } = pageScore(pred, truth);
  const p = tp + fp > 0 ? tp / (tp + fp) : 1;
  const r = tp + fn > 0 ? tp / (tp + fn) : 1;
  return { f: p + r > 0 ? (2 * p * r) / (p + r) : 0, p, r };
}
