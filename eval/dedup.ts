/**
 * `npm run eval:dedup`: copy detection (exact hash + MinHash/LSH near-copies) on a synthetic syndication set built at
 * run time from PolNeAR and ECB+ texts (eval/syndication.ts). Scores pairs: a predicted pair is two articles linked
 * to the same canonical article; a gold pair is two articles of one copy group. Prints a dated table.
 * Flags: --verbose lists false positives and misses; --seed N.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type CopyFingerprint,
  CopyIndex,
  DEDUP_DEFAULTS,
  fingerprintAnalysis,
  fingerprintText,
  minhashSignature,
  shingleHashes,
  wordHashes,
} from '../src/corpus/dedup/index.js';
import { createAnalyzer } from '../src/index.js';
import { fmt, prf, renderTable } from './score.js';
import {
  buildSyndicationSet,
  distinctBases,
  EDIT_NAMES,
  loadEcbBases,
  loadPolnearBases,
  type SyndicatedArticle,
} from './syndication.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const seedAt = args.indexOf('--seed');
const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 2016;

const bases = distinctBases([...loadPolnearBases('train'), ...loadEcbBases()]);
const set = buildSyndicationSet(bases.kept, seed);
const byId = new Map(set.map((a) => [a.id, a]));

interface Run {
  readonly name: string;
  readonly canonical: Map<string, string>;
  readonly usPerDoc: number;
}

function pairs2(n: number): number {
  return (n * (n - 1)) / 2;
}

function runIndex(name: string, prints: Map<string, CopyFingerprint>, usPerDoc: number, useShingles = true): Run {
  const idx = new CopyIndex();
  const canonical = new Map<string, string>();
  for (const a of set) {
    const fp = prints.get(a.id)!;
    const d = idx.add(a.id, useShingles ? fp : { hash: fp.hash, signature: fp.signature, size: fp.size });
    canonical.set(a.id, d.canonical);
  }
  return { name, canonical, usPerDoc };
}

function exactOnly(prints: Map<string, CopyFingerprint>): Run {
  const first = new Map<string, string>();
  const canonical = new Map<string, string>();
  for (const a of set) {
    const h = prints.get(a.id)!.hash;
    if (!first.has(h)) first.set(h, a.id);
    canonical.set(a.id, first.get(h)!);
  }
  return { name: 'baseline: exact hash only', canonical, usPerDoc: 0 };
}

function score(run: Run) {
  const cell = new Map<string, number>();
  const pred = new Map<string, number>();
  const gold = new Map<string, number>();
  for (const a of set) {
    const c = run.canonical.get(a.id)!;
    pred.set(c, (pred.get(c) ?? 0) + 1);
    gold.set(a.group, (gold.get(a.group) ?? 0) + 1);
    const k = `${c}\u0000${a.group}`;
    cell.set(k, (cell.get(k) ?? 0) + 1);
  }
  let tp = 0;
  let p = 0;
  let g = 0;
  for (const n of cell.values()) tp += pairs2(n);
  for (const n of pred.values()) p += pairs2(n);
  for (const n of gold.values()) g += pairs2(n);
  // Hard negatives: predicted pairs within one topic but across copy groups.
  const clusters = new Map<string, SyndicatedArticle[]>();
  for (const a of set) {
    const c = run.canonical.get(a.id)!;
    const l = clusters.get(c);
    if (l) l.push(a);
    else clusters.set(c, [a]);
  }
  let hardFp = 0;
  const fps: string[] = [];
  for (const members of clusters.values())
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        const x = members[i]!;
        const y = members[j]!;
        if (x.group === y.group) continue;
        if (x.topic === y.topic) hardFp++;
        fps.push(`${x.id} ~ ${y.id}`);
      }
  return { ...prf(tp, p, g), tp, predicted: p, gold: g, hardFp, fps };
}

// Hard-negative pairs available: same topic, different copy group.
const topicGroups = new Map<string, Map<string, number>>();
for (const a of set) {
  const m = topicGroups.get(a.topic) ?? new Map<string, number>();
  m.set(a.group, (m.get(a.group) ?? 0) + 1);
  topicGroups.set(a.topic, m);
}
let hardPairs = 0;
for (const m of topicGroups.values()) {
  const sizes = [...m.values()];
  const total = sizes.reduce((s, n) => s + n, 0);
  hardPairs += pairs2(total) - sizes.reduce((s, n) => s + pairs2(n), 0);
}

// Fingerprints: from plain text, and from the analysis (body paragraphs, dateline cut, headline left out).
const t0 = performance.now();
const textPrints = new Map(set.map((a) => [a.id, fingerprintText(a.text)]));
const textUs = ((performance.now() - t0) * 1000) / set.length;
const analyzer = createAnalyzer();
const analysisPrints = new Map<string, CopyFingerprint>();
let fpUs = 0;
for (const a of set) {
  const an = analyzer.analyze(a.text);
  const s = performance.now();
  analysisPrints.set(a.id, fingerprintAnalysis(an));
  fpUs += (performance.now() - s) * 1000;
}
fpUs /= set.length;

const runs = [
  exactOnly(analysisPrints),
  runIndex('MinHash+LSH, estimate only (text)', textPrints, textUs, false),
  runIndex('MinHash+LSH+verify (text)', textPrints, textUs),
  runIndex('MinHash+LSH+verify (analysis body)', analysisPrints, fpUs),
];

const copies = set.filter((a) => a.edits.length > 0).length;
const o = DEDUP_DEFAULTS;
process.stdout.write(
  `eval:dedup  ${new Date().toISOString().slice(0, 10)}  node ${process.version}  seed ${seed}\n` +
    `set: ${set.length} articles (${set.length - copies} bases: PolNeAR train + ECB+, ${bases.dropped} latent copies left out; ` +
    `${copies} generated copies), ` +
    `${hardPairs} same-topic hard-negative pairs\n` +
    `settings: ${o.shingle}-word shingles, ${o.permutations} permutations, LSH ${o.bands}×${o.rows}, ` +
    `Jaccard ≥ ${o.minJaccard} or containment ≥ ${o.minContainment} (≥ ${o.minContainedShingles} shingles)\n\n`,
);
const rows = runs.map((run) => {
  const s = score(run);
  return [
    run.name,
    fmt(s.p),
    fmt(s.r),
    fmt(s.f1),
    String(s.tp),
    String(s.predicted),
    String(s.gold),
    String(s.hardFp),
    run.usPerDoc ? run.usPerDoc.toFixed(0) : '-',
  ];
});
const header = ['method', 'P', 'R', 'F1', 'TP pairs', 'pred pairs', 'gold pairs', 'hard FP', 'µs/doc'];
process.stdout.write(`${renderTable(header, rows)}\n\n`);

// Recall by edit, for the main run (a copy counts when it shares its base's canonical).
const main = runs[runs.length - 1]!;
const editRows = ['exact', ...EDIT_NAMES].map((e) => {
  const with_ = set.filter((a) => a.edits.includes(e));
  const hit = with_.filter((a) => main.canonical.get(a.id) === main.canonical.get(a.group)).length;
  return [e, String(with_.length), fmt(with_.length ? hit / with_.length : 0)];
});
process.stdout.write(`${renderTable(['edit (in copy)', 'copies', 'recall'], editRows)}\n\n`);

// Speed on the seed article.
const seedText = readFileSync(
  fileURLToPath(new URL('../../shared/data/seed/000_478727a100a7c5f2.txt', import.meta.url)),
  'utf8',
);
const words = wordHashes(seedText);
const sh = shingleHashes(words, o.shingle);
let it = 0;
const s0 = performance.now();
while (performance.now() - s0 < 300) {
  minhashSignature(sh, o.permutations);
  it++;
}
const sigUs = ((performance.now() - s0) * 1000) / it;
it = 0;
const s1 = performance.now();
while (performance.now() - s1 < 300) {
  fingerprintText(seedText);
  it++;
}
const allUs = ((performance.now() - s1) * 1000) / it;
process.stdout.write(
  `seed article (${seedText.length} chars, ${sh.length} shingles): MinHash ${sigUs.toFixed(1)} µs; ` +
    `full fingerprint (normalise, shingle, hash, MinHash) ${allUs.toFixed(1)} µs\n`,
);
if (verbose) {
  const s = score(main);
  process.stdout.write(`\nfalse-positive pairs (${s.fps.length}):\n${s.fps.slice(0, 60).join('\n')}\n`);
  const misses = set.filter((a) => a.edits.length > 0 && main.canonical.get(a.id) !== main.canonical.get(a.group));
  process.stdout.write(`\nmissed copies (${misses.length}):\n`);
  for (const a of misses.slice(0, 40)) process.stdout.write(`${a.id}  edits: ${a.edits.join(',')}\n`);
}
void byId;
