import type { PagePara } from './paragraphs.js';

const MIN_PARA_CHARS = 40;
const MAX_LINK_DENSITY = 0.35;

/**
 * The density fallback, for pages where Readability finds nothing or too little: every text-rich, link-poor
 * paragraph scores its parent (full length) and grandparent (half); the best-scoring container's paragraphs, in
 * order, are the article. Paragraphs in page chrome (nav, footer, comments, related boxes) never count.
 */
export function densityParagraphs(paras: readonly PagePara[]): string[] {
  const score = new Map<unknown, number>();
  const good = (p: PagePara): boolean =>
    !p.heading && !p.chrome && p.text.length >= MIN_PARA_CHARS && p.linkDensity <= MAX_LINK_DENSITY;
  for (const p of paras) {
    if (!good(p)) continue;
    const parent = p.el.parentElement;
    if (!parent) continue;
    const w = p.text.length;
    score.set(parent, (score.get(parent) ?? 0) + w);
    const gp = parent.parentElement;
    if (gp) score.set(gp, (score.get(gp) ?? 0) + w / 2);
  }
  let best: unknown = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  if (!best) return [];
  const container = best as { contains(n: unknown): boolean };
  return paras
    .filter((p) => container.contains(p.el) && !p.chrome && p.linkDensity <= MAX_LINK_DENSITY && p.text.length >= 2)
    .map((p) => p.text);
}
