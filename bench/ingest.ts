/**
 * Ingest throughput and memory: a generated corpus (bench/corpus.ts: varied template articles with syndicated copies
 * and re-sends) streamed through the full pipeline — analysis, copy detection, stories, entity linking — into a fresh
 * SQLite file, on one core. Prints a dated table: articles/s per segment (wall clock and CPU time) and RSS (current
 * and peak, sampled every 200 ms) at 10k, 50k and 100k articles (or at the checkpoints that fit --n). RSS must stay
 * flat as the corpus grows.
 *
 * Then it splits the cost of one article, measured in CPU time (the machine is shared: other processes inflate wall
 * clock, not CPU time) on the first --parts articles of the same corpus:
 *   - analysis alone: `analyze()` on each article;
 *   - the rest of the ingest path: the same articles ingested into a scratch file with their analyses replayed from
 *     memory — reading, hashing, duplicate checks, MinHash/LSH copies, stories, entity linking, propositions and the
 *     store writes — and, within that, the time spent inside Store calls (the store's own cost).
 *
 *   npx tsx bench/ingest.ts [--n 100000] [--batch 200] [--parts 1000] [--db /tmp/parley-bench.db] [--keep]
 *                           [--pretenuring]   (keep V8's allocation-site pretenuring, which the CLI turns off)
 *   node --expose-gc --import tsx bench/ingest.ts …   (the heap column is then the live heap)
 *   npx tsx bench/ingest.ts --n 0 --parts 2000        (only the cost split)
 *
 * The code measured is bundled first with the same esbuild target as the shipped build (tsup, es2022): tsx's own
 * transform of src/ turns every \p{…} regex literal into a RegExp built per call, which would not measure what ships.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { build } from 'esbuild';
import { syntheticCorpus } from './corpus.js';
import type * as Lib from './ingest-lib.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const n = Number(arg('n', '100000'));
const batch = Number(arg('batch', '200'));
const parts = Number(arg('parts', '1000'));
const db = arg('db', join(tmpdir(), `parley-bench-${process.pid}.db`));
const keep = process.argv.includes('--keep');
// As bin/parley.js does (see there); `--pretenuring` keeps V8's default, to compare.
if (!process.argv.includes('--pretenuring')) setFlagsFromString('--no-allocation-site-pretenuring');
const CHECKPOINTS = [1_000, 5_000, 10_000, 20_000, 50_000, 100_000, 250_000, 500_000, 1_000_000].filter((c) => c <= n);
if (n > 0 && !CHECKPOINTS.includes(n)) CHECKPOINTS.push(n);

const root = fileURLToPath(new URL('..', import.meta.url));
const { createAnalyzer, ingest, SqliteStore } = await loadBuilt();
type Analyzer = ReturnType<typeof createAnalyzer>;
type AnalysisV1 = ReturnType<Analyzer['analyze']>;
type IngestCounts = Parameters<NonNullable<Parameters<typeof ingest>[2]>['onProgress'] & {}>[0];
type Store = Parameters<typeof ingest>[0];
type ReadItem = Parameters<typeof ingest>[1] extends AsyncIterable<infer T> ? T : never;

/** Bundles bench/ingest-lib.ts (analyzer, ingest, SqliteStore) like tsup does, into node_modules/.cache. */
async function loadBuilt(): Promise<typeof Lib> {
  const dir = join(root, 'node_modules', '.cache', 'parley-bench');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `ingest-lib-${process.pid}.mjs`);
  await build({
    entryPoints: [join(root, 'bench', 'ingest-lib.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'es2022',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  try {
    return (await import(pathToFileURL(outfile).href)) as typeof Lib;
  } finally {
    rmSync(outfile, { force: true });
  }
}

const removeDb = (path: string) => {
  for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
};

const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
const cpuMs = (since?: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
};
let peak = 0;
const sample = () => {
  const rss = process.memoryUsage().rss;
  if (rss > peak) peak = rss;
  return rss;
};

/** CPU spent generating the corpus (the bench's own input, part of "other": reading real files costs too). */
const generation = { ms: 0 };
function* corpusItems(count: number): Generator<ReadItem> {
  const articles = syntheticCorpus(count, { seed: 2026 })[Symbol.iterator]();
  for (;;) {
    const c = process.cpuUsage();
    const next = articles.next();
    generation.ms += cpuMs(c);
    if (next.done) return;
    const a = next.value;
    yield {
      kind: 'article',
      article: {
        origin: `bench:${a.id}`,
        format: 'text',
        text: a.text,
        meta: { externalId: a.id, url: a.url, title: a.title, published: a.published, publisher: a.source },
      },
    };
  }
}
async function* stream(it: Iterable<ReadItem>): AsyncGenerator<ReadItem> {
  yield* it;
}

const analyzer = createAnalyzer();
analyzer.analyze('Warm-up: "We are ready," the minister said in Geneva on Monday.');
for (const a of syntheticCorpus(300, { seed: 8 })) analyzer.analyze({ text: a.text }); // JIT warm-up

// 1. The full run: n articles streamed into a fresh file.
const rows: string[][] = [];
let full: { elapsedMs: number; cpuMs: number; read: number } | null = null;
let storeMethods = '';
let counts: Awaited<ReturnType<Store['counts']>> | null = null;
let size = 0;
if (n > 0) {
  removeDb(db);
  const timer = setInterval(sample, 200);
  const runStore = { ms: 0, calls: 0, candidates: 0, writeMs: 0, byMethod: new Map<string, number>() };
  const runAnalysis = { ms: 0, calls: 0 };
  const store = timedStore(await SqliteStore.open(db), runStore);
  const timedAnalyzer: Analyzer = {
    ...analyzer,
    analyze(input) {
      const c = process.cpuUsage();
      try {
        return analyzer.analyze(input);
      } finally {
        runAnalysis.ms += cpuMs(c);
      }
    },
  };
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let lastT = t0;
  let lastC = 0;
  let lastStore = 0;
  let lastCandidates = 0;
  let lastWrite = 0;
  let lastAnalysis = 0;
  let lastRead = 0;
  let lastGeneration = 0;
  let next = 0;
  const onProgress = (c: Readonly<IngestCounts>) => {
    while (next < CHECKPOINTS.length && c.read >= CHECKPOINTS[next]!) {
      const now = performance.now();
      const cpu = cpuMs(c0);
      const rss = sample();
      // With --expose-gc the heap column is the live heap (garbage collected first), else heap in use with garbage.
      (globalThis as { gc?: () => void }).gc?.();
      const seg = c.read - lastRead;
      const analysisUs = ((runAnalysis.ms - lastAnalysis) / seg) * 1000;
      const storeUs = ((runStore.ms - lastStore) / seg) * 1000;
      rows.push([
        String(c.read),
        (seg / ((now - lastT) / 1000)).toFixed(0),
        (seg / ((cpu - lastC) / 1000)).toFixed(0),
        (c.read / (cpu / 1000)).toFixed(0),
        analysisUs.toFixed(0),
        storeUs.toFixed(0),
        (((cpu - lastC) / seg) * 1000 - analysisUs - storeUs).toFixed(0),
        (((runStore.writeMs - lastWrite) / seg) * 1000).toFixed(0),
        (((generation.ms - lastGeneration) / seg) * 1000).toFixed(0),
        ((runStore.candidates - lastCandidates) / seg).toFixed(1),
        String(c.stored),
        String(c.copies),
        String(c.duplicates),
        mb(rss),
        mb(peak),
        mb(process.memoryUsage().heapUsed),
        mb(process.memoryUsage().heapTotal),
        mb(process.memoryUsage().external),
      ]);
      lastT = now;
      lastC = cpu;
      lastStore = runStore.ms;
      lastCandidates = runStore.candidates;
      lastWrite = runStore.writeMs;
      lastAnalysis = runAnalysis.ms;
      lastRead = c.read;
      lastGeneration = generation.ms;
      next++;
      process.stderr.write(`  ${rows[rows.length - 1]!.join('  ')}\n`);
    }
  };
  const res = await ingest(store, stream(corpusItems(n)), { analyzer: timedAnalyzer, batchSize: batch, onProgress });
  onProgress(res);
  full = { elapsedMs: res.elapsedMs, cpuMs: cpuMs(c0), read: res.read };
  storeMethods = [...runStore.byMethod]
    .sort((a, b) => b[1] - a[1])
    .map(([m, ms]) => `${m} ${((ms / res.read) * 1000).toFixed(0)}`)
    .join(', ');
  clearInterval(timer);
  counts = await store.counts();
  await store.close();
  size = statSync(db).size;
  if (!keep) removeDb(db);
}

// 2. The cost split on the first `parts` articles: analysis alone, then the rest of the path with analyses replayed.
const partItems = [...corpusItems(parts)];
const cache = new Map<string, AnalysisV1>();
const recorder: Analyzer = {
  ...analyzer,
  analyze(input) {
    const r = analyzer.analyze(input);
    if (typeof input !== 'string' && input.text !== undefined) cache.set(input.text, r);
    return r;
  },
};
// What ingest would pass to analyze() (same meta), so the replayed analysis is the one ingest would have made.
const ta = performance.now();
const ca = process.cpuUsage();
for (const it of partItems) {
  if (it.kind !== 'article') continue;
  const a = it.article;
  const meta = Object.fromEntries(Object.entries(a.meta).filter(([, v]) => v !== null && v !== undefined));
  recorder.analyze({ text: a.text ?? '', source: a.origin, meta });
}
const analysisCpu = cpuMs(ca);
const analysisWall = performance.now() - ta;
const replay: Analyzer = {
  ...analyzer,
  analyze(input) {
    const hit = typeof input !== 'string' && input.text !== undefined ? cache.get(input.text) : undefined;
    return hit ?? analyzer.analyze(input);
  },
};
const storeCpu = { ms: 0, calls: 0 };
const scratch = join(tmpdir(), `parley-bench-parts-${process.pid}.db`);
removeDb(scratch);
const partStore = timedStore(await SqliteStore.open(scratch), storeCpu);
// One untimed pass first (JIT for the store and ingest code), into a file thrown away.
{
  const warm = join(tmpdir(), `parley-bench-warm-${process.pid}.db`);
  removeDb(warm);
  const s = await SqliteStore.open(warm);
  await ingest(s, stream(partItems.slice(0, Math.min(300, parts))), { analyzer: replay, batchSize: batch });
  await s.close();
  removeDb(warm);
}
storeCpu.ms = 0;
const tr = performance.now();
const cr = process.cpuUsage();
const partRes = await ingest(partStore, stream(partItems), { analyzer: replay, batchSize: batch });
const restCpu = cpuMs(cr);
const restWall = performance.now() - tr;
await partStore.close();
removeDb(scratch);

/** The store with every method timed in CPU (until its promise settles). */
function timedStore<S extends object>(
  s: S,
  acc: { ms: number; calls: number; candidates?: number; writeMs?: number; byMethod?: Map<string, number> },
): S {
  return new Proxy(s, {
    get(target, key, receiver) {
      const v = Reflect.get(target, key, receiver) as unknown;
      if (typeof v !== 'function' || key === 'close' || key === 'constructor') return v;
      return (...args: unknown[]) => {
        // Copy candidates read (distinct per batch): what copy detection verifies.
        if (key === 'copyCandidates' && acc.candidates !== undefined) acc.candidates += (args[0] as unknown[]).length;
        const c0 = process.cpuUsage();
        const out = (v as (...a: unknown[]) => unknown).apply(target, args);
        // putArticles (the batch transaction) apart from the look-ups.
        const done = () => {
          const ms = cpuMs(c0);
          acc.ms += ms;
          acc.calls++;
          if (key === 'putArticles' && acc.writeMs !== undefined) acc.writeMs += ms;
          acc.byMethod?.set(String(key), (acc.byMethod.get(String(key)) ?? 0) + ms);
        };
        if (out instanceof Promise) return out.finally(done);
        done();
        return out;
      };
    },
  });
}

const perArt = (ms: number, k: number) => ((ms / k) * 1000).toFixed(0);
const k = partItems.length;
const header = [
  'articles',
  'seg art/s',
  'seg art/s CPU',
  'avg art/s CPU',
  'analysis µs',
  'store µs',
  'other µs',
  'writes µs',
  'gen µs',
  'cand/art',
  'stored',
  'copies',
  'dups',
  'RSS MB',
  'peak MB',
  'heap MB',
  'heap total MB',
  'external MB',
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => c.padStart(widths[i]!)).join('  ');
console.log(
  `\nparley ingest bench — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — node ${process.version}`,
);
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}; load average at the end ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} (other processes share the cores: wall-clock articles/s scale down with load, CPU-time ones do not)`,
);
if (full && counts) {
  console.log(
    `${n} generated articles, batch ${batch}, one process; SQLite file ${mb(size)} MB${keep ? ` (${db})` : ''}`,
  );
  console.log(
    'per segment: articles/s (wall, CPU), then µs of CPU per article read: analyze(), inside Store calls, the rest, ' +
      'of the store the batch writes (putArticles), of the rest the corpus generation (the input); copy candidates ' +
      'read per article (distinct per batch)',
  );
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  console.log(
    `ingest: ${(full.read / (full.elapsedMs / 1000)).toFixed(0)} articles/s wall, ` +
      `${(full.read / (full.cpuMs / 1000)).toFixed(0)} articles/s of CPU (${(full.elapsedMs / 1000).toFixed(1)} s); ` +
      `stored ${counts.articles} (copies ${counts.copies}), stories ${counts.stories}, ` +
      `corpus entities ${counts.corpusEntities}, quotes ${counts.quotes}, events ${counts.events}, claims ${counts.claims}`,
  );
}
if (storeMethods) console.log(`Store calls over the whole run, µs of CPU per article read: ${storeMethods}`);
// --parts 0: no cost split to print.
if (k > 0) {
  console.log(`cost of one article, first ${k} articles of the same corpus (µs of CPU per article read):`);
  console.log(
    `  analysis alone        ${perArt(analysisCpu, k).padStart(6)} µs  → ${(k / (analysisCpu / 1000)).toFixed(0)} articles/s CPU` +
      ` (${(k / (analysisWall / 1000)).toFixed(0)} wall)`,
  );
  console.log(
    `  rest of ingest        ${perArt(restCpu, k).padStart(6)} µs  (hashing, duplicate checks, copies, stories, linking, store)`,
  );
  console.log(
    `    of which the store  ${perArt(storeCpu.ms, k).padStart(6)} µs  (${storeCpu.calls} Store calls, writes and look-ups)`,
  );
  const both = analysisCpu + restCpu;
  console.log(
    `  ingest = analysis + rest ${perArt(both, k).padStart(3)} µs  → ${(k / (both / 1000)).toFixed(0)} articles/s on one core ` +
      `(stored ${partRes.stored}, rest measured over ${(restWall / 1000).toFixed(1)} s wall)`,
  );
}
