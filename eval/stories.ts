/**
 * `npm run eval:stories`: online story clustering on ECB+ (../shared/data/clustering/ecbplus.jsonl; gold story =
 * `story_id`), BCubed precision, recall and F1, beside the all-in-one and singleton baselines. Articles arrive in
 * the file order and in shuffled orders (mean over seeds); topics are split in two halves (odd/even topic numbers)
 * so a setting tuned on one half can be read on the other. Flags: --text-only (skip the analyzer), --threshold X.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  bcubed,
  STORY_DEFAULTS,
  StoryClusterer,
  type StoryFeatures,
  type StoryOptions,
  storyFeaturesOfAnalysis,
  storyFeaturesOfText,
} from '../src/corpus/stories/index.js';
import { createAnalyzer } from '../src/index.js';
import { fmt, renderTable } from './score.js';
import { rng } from './syndication.js';

interface EcbDoc {
  readonly doc_id: string;
  readonly topic: number;
  readonly story_id: string;
  readonly text: string;
}

const args = process.argv.slice(2);
const textOnly = args.includes('--text-only');
const thAt = args.indexOf('--threshold');
const overrides: Partial<StoryOptions> = thAt >= 0 ? { threshold: Number(args[thAt + 1]) } : {};
const SEEDS = [1, 2, 3, 4, 5];

const path = fileURLToPath(new URL('../../shared/data/clustering/ecbplus.jsonl', import.meta.url));
const docs: EcbDoc[] = readFileSync(path, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as EcbDoc);
const gold = new Map(docs.map((d) => [d.doc_id, d.story_id]));

const t0 = performance.now();
const textFeatures = new Map(docs.map((d) => [d.doc_id, storyFeaturesOfText(d.text)]));
const textMs = performance.now() - t0;
let analysisFeatures: Map<string, StoryFeatures> | null = null;
if (!textOnly) {
  const analyzer = createAnalyzer();
  // ECB+ has no publication dates, and the dates some of its texts carry are update stamps spread over weeks: the
  // eval clusters on content alone (no time window), as for the text features.
  analysisFeatures = new Map(
    docs.map((d) => [d.doc_id, { ...storyFeaturesOfAnalysis(analyzer.analyze(d.text)), published: null }]),
  );
}

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const r = rng(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function cluster(order: readonly EcbDoc[], features: Map<string, StoryFeatures>, o: Partial<StoryOptions>) {
  const sc = new StoryClusterer(o);
  const pred = new Map<string, string>();
  let candidates = 0;
  const t = performance.now();
  for (const d of order) {
    const a = sc.assign(features.get(d.doc_id)!);
    pred.set(d.doc_id, a.story);
    candidates += a.candidates;
  }
  return { pred, ms: performance.now() - t, candidates: candidates / order.length, stories: sc.size };
}

type Row = { p: number; r: number; f1: number; n: number; stories: number; cand: number };

function scoreOn(pred: ReadonlyMap<string, string>, keep: (d: EcbDoc) => boolean): Row {
  const sub = new Map([...pred].filter(([id]) => keep(docs.find((d) => d.doc_id === id)!)));
  const s = bcubed(sub, gold);
  return { p: s.precision, r: s.recall, f1: s.f1, n: s.items, stories: new Set(sub.values()).size, cand: 0 };
}

const halves: [string, (d: EcbDoc) => boolean][] = [
  ['all topics', () => true],
  ['odd topics', (d) => d.topic % 2 === 1],
  ['even topics', (d) => d.topic % 2 === 0],
];

function mean(rows: Row[]): Row {
  const m = (k: keyof Row) => rows.reduce((s, r) => s + r[k], 0) / rows.length;
  return { p: m('p'), r: m('r'), f1: m('f1'), n: m('n'), stories: m('stories'), cand: m('cand') };
}

const table: string[][] = [];
const goldStories = new Set(docs.map((d) => d.story_id)).size;
for (const [name, keep] of halves) {
  const all = new Map(docs.map((d) => [d.doc_id, 'one']));
  const single = new Map(docs.map((d) => [d.doc_id, d.doc_id]));
  for (const [label, pred] of [
    ['baseline: all in one', all],
    ['baseline: singletons', single],
  ] as const) {
    const s = scoreOn(pred, keep);
    table.push([name, label, fmt(s.p), fmt(s.r), fmt(s.f1), String(s.stories), '-']);
  }
  const variants: [string, Map<string, StoryFeatures>][] = [['terms (text)', textFeatures]];
  if (analysisFeatures) variants.push(['terms + entities (analysis)', analysisFeatures]);
  for (const [label, feats] of variants) {
    const inOrder = cluster(docs, feats, overrides);
    const s = scoreOn(inOrder.pred, keep);
    table.push([
      name,
      `${label}, file order`,
      fmt(s.p),
      fmt(s.r),
      fmt(s.f1),
      String(s.stories),
      inOrder.candidates.toFixed(1),
    ]);
    const runs = SEEDS.map((seed) => {
      const c = cluster(shuffled(docs, seed), feats, overrides);
      return { ...scoreOn(c.pred, keep), cand: c.candidates };
    });
    const m = mean(runs);
    const lo = Math.min(...runs.map((r) => r.f1));
    table.push([
      name,
      `${label}, shuffled ×${SEEDS.length} (min F1 ${fmt(lo)})`,
      fmt(m.p),
      fmt(m.r),
      fmt(m.f1),
      m.stories.toFixed(0),
      m.cand.toFixed(1),
    ]);
  }
}

const o = { ...STORY_DEFAULTS, ...overrides };
const perDoc = cluster(shuffled(docs, 9), textFeatures, overrides);
process.stdout.write(
  `eval:stories  ${new Date().toISOString().slice(0, 10)}  node ${process.version}\n` +
    `ECB+ (this half): ${docs.length} documents, ${new Set(docs.map((d) => d.topic)).size} topics, ` +
    `${goldStories} gold stories; BCubed over documents\n` +
    `settings: threshold ${o.threshold}, ${o.articleTerms} terms/article, ${o.centroidTerms} terms/centroid, ` +
    `weights name ${o.nameWeight} entity ${o.entityWeight} number ${o.numberWeight}; no dates in ECB+ (no window)\n\n` +
    `${renderTable(['topics', 'method', 'P', 'R', 'F1', 'stories', 'cand/doc'], table)}\n\n` +
    `speed: features ${((textMs * 1000) / docs.length).toFixed(0)} µs/doc (text), ` +
    `assignment ${((perDoc.ms * 1000) / docs.length).toFixed(0)} µs/doc\n`,
);
