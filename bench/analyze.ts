/**
 * Throughput of a full analysis on one core: the seed article (read from ../shared/data) and the bundled examples,
 * analysed round-robin after a warm-up. Prints a dated table with articles/s and tokens/s, and time per stage.
 *
 *   npx tsx bench/analyze.ts [--seconds 10]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// The built library, as users run it (`npm run bench` builds first): tsx's own transform of src/ differs (it turns
// \p{…} regex literals into per-call RegExp construction), so timing src/ would not measure what ships.
import { createAnalyzer, emptyDoc, STAGES } from '../dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 8;
const seedPath = `${root}../shared/data/seed/000_478727a100a7c5f2.txt`;
const inputs: Array<{ name: string; text: string }> = [];
if (existsSync(seedPath)) inputs.push({ name: 'seed', text: readFileSync(seedPath, 'utf8') });
for (const f of readdirSync(`${root}examples`).filter((f) => f.endsWith('.txt'))) {
  inputs.push({ name: f, text: readFileSync(`${root}examples/${f}`, 'utf8') });
}

const analyzer = createAnalyzer();
const ctx = { options: analyzer.options };

/** Runs `fn` for about `ms` of wall time; reports CPU time too, which other processes on the machine do not inflate. */
function runFor(ms: number, fn: (i: number) => number): { n: number; tokens: number; ms: number; cpuMs: number } {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let n = 0;
  let tokens = 0;
  while (performance.now() - t0 < ms) {
    for (let k = 0; k < 50; k++) tokens += fn(n++);
  }
  const c = process.cpuUsage(c0);
  return { n, tokens, ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000 };
}

// Warm-up: JIT, lexicon compilation, model load. Counted in CPU time, not wall time: on a shared machine 1.5 s of wall
// time gave the process well under a second of CPU, so the first timed input (the seed) was read while V8 was still
// optimising (≈600 art/s instead of ≈960 on the same build).
{
  const c0 = process.cpuUsage();
  for (let i = 0; ; i++) {
    analyzer.analyzeDoc(inputs[i % inputs.length]!.text);
    if (i % 50 === 49) {
      const c = process.cpuUsage(c0);
      if (c.user + c.system > 3_000_000) break;
    }
  }
}

const rows: string[][] = [];
for (const input of [...inputs, { name: 'all (round-robin)', text: '' }]) {
  const pick = (i: number) => (input.text ? input.text : inputs[i % inputs.length]!.text);
  const r = runFor((seconds * 1000) / (inputs.length + 1), (i) => analyzer.analyzeDoc(pick(i)).tokens.length);
  rows.push([
    input.name,
    String(input.text.length || '-'),
    (r.n / (r.ms / 1000)).toFixed(0),
    (r.n / (r.cpuMs / 1000)).toFixed(0),
    (r.tokens / (r.cpuMs / 1000)).toFixed(0),
    ((r.cpuMs / r.n) * 1000).toFixed(0),
  ]);
}

// Distinct articles, each analysed once (no repeat can hit a per-word or per-phrase memo twice): a corpus as ingest
// meets it. The first half warms the JIT up on the code paths real articles take; the second half is timed, once.
// Reported as tokens/s and as seed-equivalent articles/s (tokens/s ÷ the seed's token count).
const corpusDir = `${root}../shared/data/polnear/train/text/`;
let fresh: { n: number; tokens: number; cpuMs: number } | null = null;
const freshStageMs = new Map<string, number>();
if (existsSync(corpusDir)) {
  const texts = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(corpusDir + f, 'utf8'));
  const half = texts.length >> 1;
  for (const t of texts.slice(0, half)) analyzer.analyzeDoc(t);
  // Stage by stage (as analyzeDoc runs them), so the cost of each stage on unseen text shows too.
  let tokens = 0;
  let cpuMs = 0;
  for (const t of texts.slice(half)) {
    const doc = emptyDoc(t, null);
    for (const stage of STAGES) {
      const c0 = process.cpuUsage();
      stage.run(doc, ctx);
      const c = process.cpuUsage(c0);
      const ms = (c.user + c.system) / 1000;
      cpuMs += ms;
      freshStageMs.set(stage.name, (freshStageMs.get(stage.name) ?? 0) + ms);
    }
    tokens += doc.tokens.length;
  }
  fresh = { n: texts.length - half, tokens, cpuMs };
}

// Per-stage cost on the seed (or the first input): each stage timed over the same documents.
const sample = inputs[0]!.text;
const stageMs = new Map<string, number>();
const reps = 1000;
for (let r = 0; r < reps; r++) {
  const doc = emptyDoc(sample, null);
  for (const stage of STAGES) {
    const t = process.cpuUsage();
    stage.run(doc, ctx);
    const c = process.cpuUsage(t);
    stageMs.set(stage.name, (stageMs.get(stage.name) ?? 0) + (c.user + c.system) / 1000);
  }
}
// JSON serialisation is part of what a caller pays for. CPU time like the rows above (wall time here counted the
// other processes of a shared machine: ~2,000 µs against ~1,100 µs of CPU).
const tj = process.cpuUsage();
for (let r = 0; r < reps; r++) JSON.stringify(analyzer.analyze(sample));
const cj = process.cpuUsage(tj);
const jsonTotal = (cj.user + cj.system) / 1000;

const date = new Date().toISOString().slice(0, 10);
console.log(`parley analyze bench · ${date} · node ${process.version} · one core · ${inputs.length} inputs`);
console.log(
  ['input', 'chars', 'art/s wall', 'art/s CPU', 'tokens/s CPU', 'µs CPU/art']
    .map((h, i) => (i ? h.padStart(13) : h.padEnd(22)))
    .join(''),
);
for (const r of rows) console.log(r.map((c, i) => (i ? c.padStart(13) : c.padEnd(22))).join(''));
if (fresh) {
  const seedTokens = analyzer.analyzeDoc(inputs[0]!.text).tokens.length;
  const tps = fresh.tokens / (fresh.cpuMs / 1000);
  console.log(
    `distinct articles (PolNeAR train, ${fresh.n} unseen after ${fresh.n} for warm-up, each once): ${(fresh.n / (fresh.cpuMs / 1000)).toFixed(0)} art/s CPU, ` +
      `${tps.toFixed(0)} tokens/s CPU = ${(tps / seedTokens).toFixed(0)} seed-sized art/s (seed: ${seedTokens} tokens)`,
  );
}
console.log('');
console.log(`per stage on ${inputs[0]!.name} (µs of CPU per article, mean of ${reps})`);
if (fresh) {
  // Distinct articles: µs per seed-sized article (the stage's CPU per token × the seed's token count).
  const seedTokens = analyzer.analyzeDoc(inputs[0]!.text).tokens.length;
  const perSeed = (ms: number) => ((ms / fresh.tokens) * seedTokens * 1000).toFixed(1).padStart(8);
  console.log(
    `  ${'stage'.padEnd(12)} ${'seed'.padStart(8)} ${'unseen'.padStart(8)}  (unseen: µs per seed-sized article)`,
  );
  for (const [name, ms] of stageMs)
    console.log(
      `  ${name.padEnd(12)} ${((ms / reps) * 1000).toFixed(1).padStart(8)} ${perSeed(freshStageMs.get(name) ?? 0)}`,
    );
} else
  for (const [name, ms] of stageMs) console.log(`  ${name.padEnd(12)} ${((ms / reps) * 1000).toFixed(1).padStart(8)}`);
console.log(`  ${'analyze+JSON'.padEnd(12)} ${((jsonTotal / reps) * 1000).toFixed(1).padStart(8)}`);
