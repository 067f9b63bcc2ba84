/**
 * A synthetic syndication test set, generated at eval time from base texts read from ../shared/data (never saved):
 * wire-style copies of base articles with the edits outlets make (new headline, agency dateline, byline, trimmed or
 * extra paragraphs, reflowed whitespace, other quote and dash styles, a typo or two, boilerplate), beside the other
 * base articles as negatives, including hard ones: same-topic ECB+ documents (independent reports of one event, or
 * of a similar event) and PolNeAR articles from the same day.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DATA = fileURLToPath(new URL('../../shared/data/', import.meta.url));

export interface BaseArticle {
  readonly id: string;
  /** Hard-negative group: ECB+ topic or PolNeAR publication date. */
  readonly topic: string;
  readonly text: string;
}

export interface SyndicatedArticle {
  readonly id: string;
  /** Copy group: the base article's id (bases and their copies share it). */
  readonly group: string;
  readonly topic: string;
  readonly text: string;
  /** The edits applied (empty for a base article). */
  readonly edits: readonly string[];
}

/** mulberry32: a small seeded PRNG, so a run is reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** ECB+ documents (all topics present here), topic = ECB+ topic. */
export function loadEcbBases(): BaseArticle[] {
  const lines = readFileSync(join(DATA, 'clustering/ecbplus.jsonl'), 'utf8').split('\n').filter(Boolean);
  return lines.map((l) => {
    const r = JSON.parse(l) as { doc_id: string; topic: number; text: string };
    return { id: `ecb:${r.doc_id}`, topic: `ecb:${r.topic}`, text: r.text };
  });
}

/** PolNeAR texts of a split, topic = publication date (articles of one day often cover one event). */
export function loadPolnearBases(split: 'train' | 'dev'): BaseArticle[] {
  const dir = join(DATA, 'polnear', split, 'text');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      id: `polnear:${f.replace(/\.txt$/, '')}`,
      topic: `date:${f.split('_')[1] ?? '?'}`,
      text: readFileSync(join(dir, f), 'utf8'),
    }));
}

const CITIES = ['WASHINGTON', 'NEW YORK', 'LONDON', 'BEIJING', 'BRUSSELS', 'LOS ANGELES', 'PARIS', 'CHICAGO'];
const AGENCIES = ['AP', 'Reuters', 'AFP'];
const AUTHORS = ['Dana Whitfield', 'Marco Ellison', 'Priya Raman', 'Tom Okafor', 'Lena Brandt', 'Sam Kowalczyk'];
const OUTLETS = ['Associated Press', 'The Daily Ledger', 'Metro Courier', 'Valley Tribune'];
const BOILERPLATE = [
  'Copyright 2016 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
  'Follow us on Twitter and Facebook for the latest updates. Sign up for our morning newsletter.',
  'Have a news tip? Email the newsroom or call our tip line, day or night.',
  'This story has been corrected to show the right spelling of a name.',
];
const EXTRA = [
  'Local officials said they were watching the situation closely and would hold a briefing later in the week.',
  'The Ledger reached out to the offices of both state senators for comment but had not heard back by press time.',
  'Residents interviewed downtown on Friday were divided, with several saying they had not followed the news at all.',
  'Editor’s note: an earlier version of this report was published online before the vote.',
];

/** The paragraphs of a text: blank-line blocks when it has them, else lines. */
export function paragraphs(text: string): string[] {
  const blocks = text.split(/\n\s*\n/).map((p) => p.trim());
  const out = blocks.length > 2 ? blocks : text.split('\n').map((p) => p.trim());
  return out.filter((p) => p !== '');
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

type Edit = (paras: string[], r: () => number, other: BaseArticle) => string[];

/** The edits: each takes paragraphs (the first is the headline when headline-shaped) and returns new ones. */
const EDITS: Readonly<Record<string, Edit>> = {
  headline: (p, r) => {
    const first = p[0] ?? '';
    const body = isHeadline(first) ? p.slice(1) : p;
    const words = (body[0] ?? '').split(/\s+/).filter((w) => w.length > 3);
    const start = Math.floor(r() * Math.max(1, words.length - 7));
    const h = words
      .slice(start, start + 4 + Math.floor(r() * 4))
      .map((w) => w.replace(/[^\p{L}\p{N}'-]/gu, ''))
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(' ');
    return [r() < 0.3 ? `UPDATE 2-${h}` : h, ...body];
  },
  dateline: (p, r) => {
    const i = isHeadline(p[0] ?? '') ? 1 : 0;
    const out = [...p];
    if (out[i] !== undefined) out[i] = `${pick(r, CITIES)} (${pick(r, AGENCIES)}) \u2014 ${out[i]}`;
    return out;
  },
  byline: (p, r) => {
    const i = isHeadline(p[0] ?? '') ? 1 : 0;
    return [...p.slice(0, i), `By ${pick(r, AUTHORS)}, ${pick(r, OUTLETS)}`, ...p.slice(i)];
  },
  trim: (p, r) => {
    // Drop the last paragraph, or up to a third of the story (wire copies are cut from the bottom).
    const n = r() < 0.5 ? 1 : Math.max(1, Math.floor(p.length * (0.15 + r() * 0.2)));
    return p.length - n >= 3 ? p.slice(0, p.length - n) : p;
  },
  extra: (p, r, other) => {
    // A paragraph the outlet adds: its own local line, or one from an unrelated story.
    const ps = paragraphs(other.text);
    const add = r() < 0.5 ? pick(r, EXTRA) : (ps[Math.min(ps.length - 1, 2)] ?? pick(r, EXTRA));
    const at = 2 + Math.floor(r() * Math.max(1, p.length - 2));
    return [...p.slice(0, at), add, ...p.slice(at)];
  },
  reflow: (p, r) => {
    // Straight/curly quotes swapped, dashes changed, paragraphs re-broken or joined, doubled spaces.
    const swap = (s: string) =>
      s
        .replace(/[\u201C\u201D]/g, '"')
        .replace(/[\u2018\u2019]/g, "'")
        .replace(/ \u2014 /g, ' -- ')
        .replace(/"([^"]+)"/g, '\u201C$1\u201D')
        .replace(/\. /g, r() < 0.5 ? '.  ' : '. ');
    const out = p.map(swap);
    const j = 1 + Math.floor(r() * Math.max(1, out.length - 2));
    if (out[j] !== undefined && out[j + 1] !== undefined) out.splice(j, 2, `${out[j]} ${out[j + 1]}`);
    return out;
  },
  typo: (p, r) => {
    const out = [...p];
    for (let k = 0; k < 1 + Math.floor(r() * 2); k++) {
      const i = Math.floor(r() * out.length);
      const words = (out[i] ?? '').split(' ');
      const w = Math.floor(r() * words.length);
      const s = words[w] ?? '';
      if (s.length > 4) words[w] = s.slice(0, 1) + s.charAt(2) + s.charAt(1) + s.slice(3);
      out[i] = words.join(' ');
    }
    return out;
  },
  boilerplate: (p, r) => [...p, pick(r, BOILERPLATE)],
};

export const EDIT_NAMES = Object.keys(EDITS);

/** Bases shorter than this (words) get no generated copies (they stay in the set as negatives). */
export const MIN_COPY_WORDS = 120;

/**
 * Copies that already exist among the base texts (ECB+ holds some wire stories twice, PolNeAR some articles in two
 * versions). Found independently of shingles: two bases are one group when at least half of the sentences of the
 * shorter (six words or more, normalised) occur verbatim in the other. Returns base id → group id.
 */
export function naturalCopyGroups(bases: readonly BaseArticle[]): Map<string, string> {
  const sentences = bases.map((b) => [
    ...new Set(
      b.text
        .split(/(?<=[.!?])\s+|\n+/)
        .map((x) =>
          x
            .toLowerCase()
            .replace(/[^\p{L}\p{N}]+/gu, ' ')
            .trim(),
        )
        .filter((x) => x.split(' ').length >= 6),
    ),
  ]);
  const parent = bases.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const bySentence = new Map<string, number[]>();
  sentences.forEach((ss, i) => {
    for (const x of ss) {
      const l = bySentence.get(x);
      if (l) l.push(i);
      else bySentence.set(x, [i]);
    }
  });
  for (let i = 0; i < bases.length; i++) {
    const shared = new Map<number, number>();
    for (const x of sentences[i]!)
      for (const j of bySentence.get(x)!) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, n] of shared) {
      const small = Math.min(sentences[i]!.length, sentences[j]!.length);
      if (small > 0 && n / small >= 0.5) parent[find(j)] = find(i);
    }
  }
  // Rewritten write-throughs keep long verbatim runs though few whole sentences: half of the shorter text's
  // 8-word sequences found in the other.
  const grams = bases.map((b) => {
    const w = b.text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    const g = new Set<string>();
    for (let k = 0; k + 8 <= w.length; k++) g.add(w.slice(k, k + 8).join(' '));
    return g;
  });
  const byGram = new Map<string, number[]>();
  grams.forEach((gs, i) => {
    for (const x of gs) {
      const l = byGram.get(x);
      if (l) l.push(i);
      else byGram.set(x, [i]);
    }
  });
  for (let i = 0; i < bases.length; i++) {
    const shared = new Map<number, number>();
    for (const x of grams[i]!) for (const j of byGram.get(x)!) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, n] of shared) {
      const small = Math.min(grams[i]!.size, grams[j]!.size);
      if (small > 0 && n / small >= 0.5) parent[find(j)] = find(i);
    }
  }
  const out = new Map<string, string>();
  for (let i = 0; i < bases.length; i++) out.set(bases[i]!.id, bases[find(i)]!.id);
  return out;
}

function isHeadline(p: string): boolean {
  return p.length < 140 && !/[.!?"”]$/.test(p);
}

/**
 * The bases without latent copies: of each natural copy group (see `naturalCopyGroups`) only the first is kept, so
 * that every pair the generator does not make is a true negative.
 */
export function distinctBases(bases: readonly BaseArticle[]): { kept: BaseArticle[]; dropped: number } {
  const groups = naturalCopyGroups(bases);
  const kept = bases.filter((b) => groups.get(b.id) === b.id);
  return { kept, dropped: bases.length - kept.length };
}

/**
 * Builds the set: every base article (pass `distinctBases(…).kept`), and for a share of them 1–3 copies with 2–5 random edits each (one copy in
 * twelve is an exact duplicate but for case, whitespace and quote styles).
 */
export function buildSyndicationSet(bases: readonly BaseArticle[], seed = 2016, copyShare = 0.5): SyndicatedArticle[] {
  const r = rng(seed);
  const out: SyndicatedArticle[] = [];
  for (const b of bases) {
    const group = b.id;
    out.push({ id: b.id, group, topic: b.topic, text: b.text, edits: [] });
    // Copies are made of wire-length stories only: a 30-word brief with a paragraph added is another text.
    if (r() >= copyShare || b.text.split(/\s+/).length < MIN_COPY_WORDS) continue;
    const copies = 1 + Math.floor(r() * 3);
    for (let c = 0; c < copies; c++) {
      let paras = paragraphs(b.text);
      let edits: string[];
      if (r() < 1 / 12) {
        edits = ['exact'];
        paras = paras.map((p) => p.replace(/[\u201C\u201D]/g, '"').replace(/ {2,}/g, ' '));
        out.push({ id: `${b.id}#copy${c}`, group, topic: b.topic, text: paras.join('\n\n  '), edits });
        continue;
      }
      const k = 2 + Math.floor(r() * 4);
      edits = [...EDIT_NAMES].sort(() => r() - 0.5).slice(0, k);
      // Edits apply in a fixed, realistic order: body edits first, then the furniture around them.
      for (const name of EDIT_NAMES) {
        if (!edits.includes(name)) continue;
        paras = EDITS[name]!(paras, r, pick(r, bases));
      }
      out.push({ id: `${b.id}#copy${c}`, group, topic: b.topic, text: paras.join('\n\n'), edits });
    }
  }
  // Arrival order: shuffled, so copies sometimes arrive before their original.
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
