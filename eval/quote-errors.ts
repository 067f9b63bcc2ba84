/**
 * `npx tsx eval/quote-errors.ts [--split dev] [--show 3] [--top 25]`: error analysis for attribution on PolNeAR.
 *
 * Missed gold attributions are grouped by construction: "boundary" when some Parley content overlaps the gold content
 * but below 0.3, else by the gold cue's shape (its first word's lemma and tag as wink reads it, "according to",
 * nominal, participle, …). False positives are grouped by the rule that produced them. Each group prints its count and
 * a few examples with the sentence around them, so the largest groups can be attacked with general rules.
 * Reads ../shared/data for measuring only.
 */
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { createAnalyzer, type Doc, type Quote } from '../src/index.js';
import { type GoldAttribution, loadSplit } from './quote-gold.js';
import { toPredicted } from './quotes.js';
import { anyOverlap, matchBestFirst, overlapOfLonger, type Range } from './score.js';

interface Item {
  readonly group: string;
  readonly line: string;
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

function show(text: string, rs: readonly Range[], max = 160): string {
  return squash(rs.map((r) => text.slice(r.start, r.end)).join(' ‖ ')).slice(0, max);
}

/** The sentence(s) of `doc` around a range, with the range's bounds marked ⟦ ⟧. */
function context(doc: Doc, rs: readonly Range[]): string {
  if (rs.length === 0) return '';
  const a = Math.min(...rs.map((r) => r.start));
  const b = Math.max(...rs.map((r) => r.end));
  const s0 = doc.sentences.find((s) => s.span.end > a) ?? doc.sentences[0]!;
  const s1 = [...doc.sentences].reverse().find((s) => s.span.start < b) ?? s0;
  const t = doc.text;
  const from = Math.min(s0.span.start, a);
  const to = Math.max(s1.span.end, b);
  return squash(`${t.slice(from, a)}⟦${t.slice(a, b)}⟧${t.slice(b, to)}`).slice(0, 400);
}

/** The construction of a gold attribution, read from its cue and where it sits. */
function goldGroup(doc: Doc, g: GoldAttribution): string {
  const cue = g.cue[0];
  if (!cue) return 'no-cue';
  const toks = doc.tokens.filter((t) => t.start < cue.end && t.end > cue.start);
  const first = toks[0];
  if (!first) return 'cue-untokenised';
  const words = toks.map((t) => t.lower).join(' ');
  if (words.startsWith('according')) return 'according to';
  const c = g.content[0]!;
  const side = cue.start < c.start ? 'R' : 'L';
  const head = toks.find((t) => t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'ADJ') ?? first;
  const ing = head.lower.endsWith('ing') ? '+ing' : '';
  return `${head.pos}${ing}:${head.lemma} ${side}`;
}

function main(argv: string[]): void {
  const opts = new Command()
    .option('--split <split>', 'train or dev', 'dev')
    .option('--show <n>', 'examples per group', (v) => Number.parseInt(v, 10), 3)
    .option('--top <n>', 'groups to print', (v) => Number.parseInt(v, 10), 25)
    .option('--kind <kind>', 'only missed gold of this kind (direct, mixed, indirect)')
    .option('--group <re>', 'only groups matching this regex (shows more examples)')
    .option('--what <what>', 'miss, fp, both or rules (precision per rule)', 'both')
    .parse(argv)
    .opts<{ split: string; show: number; top: number; kind?: string; group?: string; what: string }>();
  const analyzer = createAnalyzer();
  const missed: Item[] = [];
  const spurious: Item[] = [];
  const perRule = new Map<string, { pred: number; tp: number }>();
  const groupRe = opts.group ? new RegExp(opts.group) : null;
  for (const pd of loadSplit(opts.split)) {
    const doc = analyzer.analyzeDoc(pd.text);
    const preds = doc.quotes.map((q: Quote) => toPredicted(pd.text, q));
    const score = (p: (typeof preds)[number], g: GoldAttribution) => overlapOfLonger(p.content, g.content);
    const pairs = matchBestFirst(preds, pd.gold, score, 0.3);
    const gm = new Set(pairs.map((p) => p.gold));
    const pm = new Set(pairs.map((p) => p.pred));
    pd.gold.forEach((g, i) => {
      if (gm.has(i) || (opts.kind && g.kind !== opts.kind)) return;
      const near = preds.findIndex((p) => anyOverlap(p.content, g.content));
      const group =
        near >= 0 ? `boundary ${g.kind} (${doc.quotes[near]!.rule ?? '?'})` : `${g.kind} ${goldGroup(doc, g)}`;
      const nearTxt = near >= 0 ? `\n      parley: ${show(pd.text, preds[near]!.content)}` : '';
      missed.push({
        group,
        line: `  cue=${show(pd.text, g.cue, 40)} src=${show(pd.text, g.source, 40)}\n      ${context(doc, g.content)}${nearTxt}`,
      });
    });
    doc.quotes.forEach((q, i) => {
      const r = perRule.get(q.rule ?? '?') ?? { pred: 0, tp: 0 };
      r.pred++;
      if (pm.has(i)) r.tp++;
      perRule.set(q.rule ?? '?', r);
      if (pm.has(i)) return;
      const p = preds[i]!;
      spurious.push({
        group: `${q.kind} ${q.rule ?? '?'} ${q.cue ? squash(pd.text.slice(q.cue.start, q.cue.end)).toLowerCase() : ''}`,
        line: `  cue=${q.cue ? show(pd.text, [q.cue], 40) : ''} src=${show(pd.text, p.source, 40)}\n      ${context(doc, p.content)}`,
      });
    });
  }
  const report = (title: string, items: Item[]) => {
    const by = new Map<string, Item[]>();
    for (const it of items) {
      if (groupRe && !groupRe.test(it.group)) continue;
      by.set(it.group, [...(by.get(it.group) ?? []), it]);
    }
    const groups = [...by.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, opts.top);
    console.log(`\n=== ${title}: ${items.length}`);
    for (const [g, xs] of groups) {
      console.log(`\n[${xs.length}] ${g}`);
      const step = Math.max(1, Math.floor(xs.length / opts.show));
      for (let k = 0; k < xs.length && k / step < opts.show; k += step) console.log(xs[k]!.line);
    }
  };
  if (opts.what === 'rules') {
    console.log('rule                              pred     tp  precision');
    for (const [r, v] of [...perRule].sort((a, b) => b[1].pred - a[1].pred))
      console.log(
        `${r.padEnd(32)} ${String(v.pred).padStart(6)} ${String(v.tp).padStart(6)}  ${(v.tp / v.pred).toFixed(3)}`,
      );
    return;
  }
  if (opts.what !== 'fp') report('MISSED gold', missed);
  if (opts.what !== 'miss') report('FALSE POSITIVES', spurious);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv);
