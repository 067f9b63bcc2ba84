/**
 * `npm run eval:quotes`: scores Parley's quotes against PolNeAR (first annotator per document).
 *
 * Content P/R/F1 at overlap ≥ 0.3 and ≥ 0.8 of the longer span (one-to-one, best first); on matched quotes (0.3),
 * speaker right (source spans overlap, or both absent) and cue right (cue spans overlap); recall by gold kind.
 * Parley's direct contents exclude the quote marks; PolNeAR's include them, so the marks next to a direct content
 * are added back before scoring. Flags: --split train|dev, --peer (compromise's quotations() in the same table),
 * --limit N, --errors N (print N missed and N spurious contents).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { createAnalyzer, type Quote } from '../src/index.js';
import { type GoldAttribution, type GoldKind, loadSplit, type PolnearDoc } from './quote-gold.js';
import { anyOverlap, fmt, matchBestFirst, overlapOfLonger, prf, type Range, ratio, renderTable } from './score.js';

export interface Predicted {
  readonly content: Range[];
  readonly cue: Range[];
  readonly source: Range[];
}

export interface SystemScore {
  readonly name: string;
  readonly docs: number;
  readonly gold: number;
  readonly predicted: number;
  readonly tp3: number;
  readonly tp8: number;
  readonly speakerRight: number;
  readonly cueRight: number;
  readonly byKind: Record<GoldKind, { gold: number; found: number }>;
  readonly errors: number;
  readonly ms: number;
}

const OPEN_MARK = /["“„«‘'`]$/;
const CLOSE_MARK = /^["”»’']/;

/** Parley quote → PolNeAR convention: direct contents take back their quote marks. */
export function toPredicted(text: string, q: Quote): Predicted {
  const content = q.content.map((s) => {
    if (q.kind !== 'direct' && q.kind !== 'partial') return { start: s.start, end: s.end };
    let a = s.start;
    let b = s.end;
    const before = text.slice(Math.max(0, a - 2), a);
    if (before === "''" || before === '``') a -= 2;
    else if (OPEN_MARK.test(before)) a -= 1;
    const after = text.slice(b, b + 2);
    if (after === "''") b += 2;
    else if (CLOSE_MARK.test(after)) b += 1;
    return { start: a, end: b };
  });
  return {
    content,
    cue: q.cue ? [{ start: q.cue.start, end: q.cue.end }] : [],
    source: q.speaker.mention ? [{ start: q.speaker.mention.start, end: q.speaker.mention.end }] : [],
  };
}

export interface DocResult {
  readonly doc: PolnearDoc;
  readonly preds: Predicted[];
  readonly pairs3: { pred: number; gold: number }[];
}

export function scoreSystem(
  name: string,
  docs: readonly PolnearDoc[],
  predict: (text: string) => Predicted[],
): { score: SystemScore; results: DocResult[] } {
  let predicted = 0;
  let tp3 = 0;
  let tp8 = 0;
  let speakerRight = 0;
  let cueRight = 0;
  let errors = 0;
  let gold = 0;
  const byKind: SystemScore['byKind'] = {
    direct: { gold: 0, found: 0 },
    mixed: { gold: 0, found: 0 },
    indirect: { gold: 0, found: 0 },
  };
  const results: DocResult[] = [];
  const t0 = performance.now();
  for (const doc of docs) {
    let preds: Predicted[] = [];
    try {
      preds = predict(doc.text);
    } catch {
      errors++;
    }
    const golds = doc.gold;
    gold += golds.length;
    predicted += preds.length;
    const score = (p: Predicted, g: GoldAttribution) => overlapOfLonger(p.content, g.content);
    const pairs3 = matchBestFirst(preds, golds, score, 0.3);
    const pairs8 = matchBestFirst(preds, golds, score, 0.8);
    tp3 += pairs3.length;
    tp8 += pairs8.length;
    for (const g of golds) byKind[g.kind].gold++;
    for (const pr of pairs3) {
      const p = preds[pr.pred]!;
      const g = golds[pr.gold]!;
      byKind[g.kind].found++;
      if ((p.source.length === 0 && g.source.length === 0) || anyOverlap(p.source, g.source)) speakerRight++;
      if (anyOverlap(p.cue, g.cue)) cueRight++;
    }
    results.push({ doc, preds, pairs3 });
  }
  const ms = performance.now() - t0;
  return {
    score: {
      name,
      docs: docs.length,
      gold,
      predicted,
      tp3,
      tp8,
      speakerRight,
      cueRight,
      byKind,
      errors,
      ms,
    },
    results,
  };
}

function row(s: SystemScore): string[] {
  const a = prf(s.tp3, s.predicted, s.gold);
  const b = prf(s.tp8, s.predicted, s.gold);
  return [
    s.name,
    String(s.predicted),
    fmt(a.p),
    fmt(a.r),
    fmt(a.f1),
    fmt(b.p),
    fmt(b.r),
    fmt(b.f1),
    fmt(ratio(s.speakerRight, s.tp3)),
    fmt(ratio(s.cueRight, s.tp3)),
    fmt(ratio(s.byKind.direct.found, s.byKind.direct.gold)),
    fmt(ratio(s.byKind.mixed.found, s.byKind.mixed.gold)),
    fmt(ratio(s.byKind.indirect.found, s.byKind.indirect.gold)),
    String(s.errors),
    `${(s.ms / 1000).toFixed(2)}s`,
  ];
}

function peerPredict(): (text: string) => Predicted[] {
  // compromise is a dev dependency used only as the peer baseline.
  return (text: string) => {
    const quotes = nlpPeer!(text).quotations().json({ offset: true }) as Array<{
      offset: { start: number; length: number };
    }>;
    return quotes.map((q) => ({
      content: [{ start: q.offset.start, end: q.offset.start + q.offset.length }],
      cue: [],
      source: [],
    }));
  };
}

let nlpPeer: ((t: string) => { quotations(): { json(o: unknown): unknown } }) | null = null;

async function main(argv: string[]): Promise<void> {
  const program = new Command()
    .name('eval:quotes')
    .option('--split <split>', 'train or dev', 'dev')
    .option('--peer', "also score compromise's quotations()", false)
    .option('--limit <n>', 'first N documents', (v) => Number.parseInt(v, 10))
    .option('--errors <n>', 'print N missed gold and N spurious predictions', (v) => Number.parseInt(v, 10), 0)
    .parse(argv);
  const opts = program.opts<{ split: string; peer: boolean; limit?: number; errors: number }>();
  const docs = loadSplit(opts.split, opts.limit ?? Number.POSITIVE_INFINITY);
  const analyzer = createAnalyzer();
  const parley = scoreSystem('parley', docs, (text) => {
    const d = analyzer.analyzeDoc(text);
    return d.quotes.map((q) => toPredicted(text, q));
  });
  const rows = [row(parley.score)];
  if (opts.peer) {
    const mod = (await import('compromise')) as unknown as { default: typeof nlpPeer };
    nlpPeer = mod.default;
    rows.push(row(scoreSystem('compromise (peer)', docs, peerPredict()).score));
  }
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  const s = parley.score;
  console.log(
    `eval:quotes  ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC  parley ${pkg.version}  node ${process.version}  PolNeAR ${opts.split}: ${s.docs} docs, ${s.gold} gold attributions (direct ${s.byKind.direct.gold}, mixed ${s.byKind.mixed.gold}, indirect ${s.byKind.indirect.gold})`,
  );
  console.log(
    renderTable(
      [
        'system',
        'pred',
        'P@.3',
        'R@.3',
        'F1@.3',
        'P@.8',
        'R@.8',
        'F1@.8',
        'speaker',
        'cue',
        'R dir',
        'R mix',
        'R ind',
        'errors',
        'time',
      ],
      rows,
    ),
  );
  if (opts.errors > 0) printErrors(parley.results, opts.errors);
}

function printErrors(results: readonly DocResult[], n: number): void {
  const missed: string[] = [];
  const spurious: string[] = [];
  for (const r of results) {
    const t = r.doc.text;
    const show = (rs: readonly Range[]) =>
      rs
        .map((x) => t.slice(x.start, x.end).replace(/\s+/g, ' '))
        .join(' ‖ ')
        .slice(0, 220);
    const gm = new Set(r.pairs3.map((p) => p.gold));
    const pm = new Set(r.pairs3.map((p) => p.pred));
    r.doc.gold.forEach((g, i) => {
      if (!gm.has(i)) missed.push(`MISS [${g.kind}] cue=${show(g.cue)} src=${show(g.source)} :: ${show(g.content)}`);
    });
    r.preds.forEach((p, i) => {
      if (!pm.has(i)) spurious.push(`SPUR cue=${show(p.cue)} src=${show(p.source)} :: ${show(p.content)}`);
    });
  }
  const pick = (xs: string[]) => xs.filter((_, i) => i % Math.max(1, Math.floor(xs.length / n)) === 0).slice(0, n);
  console.log(`\n${missed.length} missed, ${spurious.length} spurious`);
  for (const m of pick(missed)) console.log(m);
  for (const s of pick(spurious)) console.log(s);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  });
}
