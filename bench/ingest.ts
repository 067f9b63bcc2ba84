/**
 * Ingest throughput and memory: a generated corpus (bench/corpus.ts: varied template articles with syndicated copies
 * and re-sends) streamed through the full pipeline — analysis, copy detection, stories, entity linking — into a fresh
 * SQLite file, on one core. Prints a dated table: articles/s per segment and RSS (current and peak, sampled every
 * 200 ms) at 10k, 50k and 100k articles (or at the checkpoints that fit --n). RSS must stay flat as the corpus grows.
 *
 *   npx tsx bench/ingest.ts [--n 100000] [--batch 200] [--db /tmp/parley-bench.db] [--keep]
 *   node --expose-gc --import tsx bench/ingest.ts …   (the heap column is then the live heap)
 */
import { rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalyzer } from '../src/analyze.js';
import { type IngestCounts, ingest } from '../src/corpus/ingest.js';
import type { ReadItem } from '../src/corpus/types.js';
import { SqliteStore } from '../src/store/index.js';
import { syntheticCorpus } from './corpus.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const n = Number(arg('n', '100000'));
const batch = Number(arg('batch', '200'));
const db = arg('db', join(tmpdir(), `parley-bench-${process.pid}.db`));
const keep = process.argv.includes('--keep');
const CHECKPOINTS = [1_000, 10_000, 50_000, 100_000, 250_000, 500_000, 1_000_000].filter((c) => c <= n);
if (!CHECKPOINTS.includes(n)) CHECKPOINTS.push(n);

const removeDb = () => {
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
};
removeDb();

const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
let peak = 0;
const sample = () => {
  const rss = process.memoryUsage().rss;
  if (rss > peak) peak = rss;
  return rss;
};
const timer = setInterval(sample, 200);

async function* items(): AsyncGenerator<ReadItem> {
  for (const a of syntheticCorpus(n, { seed: 2026 })) {
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

const analyzer = createAnalyzer();
analyzer.analyze('Warm-up: "We are ready," the minister said in Geneva on Monday.');
// Baseline: the analysis alone on the same kind of articles, so the store's share shows whatever the machine's load.
const baselineN = Math.min(1000, n);
for (const a of syntheticCorpus(300, { seed: 8 })) analyzer.analyze({ text: a.text }); // JIT warm-up
const tb = performance.now();
for (const a of syntheticCorpus(baselineN, { seed: 7 })) analyzer.analyze({ text: a.text });
const baseline = baselineN / ((performance.now() - tb) / 1000);
const store = await SqliteStore.open(db);
const rows: string[][] = [];
const t0 = performance.now();
let lastT = t0;
let lastRead = 0;
let next = 0;
const onProgress = (c: Readonly<IngestCounts>) => {
  while (next < CHECKPOINTS.length && c.read >= CHECKPOINTS[next]!) {
    const now = performance.now();
    const rss = sample();
    // With --expose-gc the heap column is the live heap (garbage collected first), else heap in use with garbage.
    (globalThis as { gc?: () => void }).gc?.();
    rows.push([
      String(c.read),
      ((c.read - lastRead) / ((now - lastT) / 1000)).toFixed(0),
      (c.read / ((now - t0) / 1000)).toFixed(0),
      String(c.stored),
      String(c.copies),
      String(c.duplicates),
      mb(rss),
      mb(peak),
      mb(process.memoryUsage().heapUsed),
    ]);
    lastT = now;
    lastRead = c.read;
    next++;
    process.stderr.write(`  ${rows[rows.length - 1]!.join('  ')}\n`);
  }
};
const res = await ingest(store, items(), { analyzer, batchSize: batch, onProgress });
onProgress(res);
clearInterval(timer);
const counts = await store.counts();
await store.close();
const size = statSync(db).size;
if (!keep) removeDb();

const header = ['articles', 'seg art/s', 'avg art/s', 'stored', 'copies', 'dups', 'RSS MB', 'peak MB', 'heap MB'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => c.padStart(widths[i]!)).join('  ');
console.log(
  `\nparley ingest bench — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — node ${process.version}`,
);
console.log(
  `${n} generated articles, batch ${batch}, one process; SQLite file ${mb(size)} MB${keep ? ` (${db})` : ''}`,
);
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}; load average at the end ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} (other processes share the cores: articles/s scale down with load)`,
);
console.log(`analysis alone (baseline, ${baselineN} articles): ${baseline.toFixed(0)} articles/s`);
console.log(line(header));
for (const r of rows) console.log(line(r));
console.log(
  `total ${(res.elapsedMs / 1000).toFixed(1)} s, ${(res.read / (res.elapsedMs / 1000)).toFixed(0)} articles/s; ` +
    `stored ${counts.articles} (copies ${counts.copies}), stories ${counts.stories}, corpus entities ${counts.corpusEntities}, ` +
    `quotes ${counts.quotes}, events ${counts.events}, claims ${counts.claims}`,
);
