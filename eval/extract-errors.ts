/**
 * npx tsx eval/extract-errors.ts [--set aeb|traf] [--worst N] [--id PREFIX] [--json FILE]
 * Error analysis for main-content extraction (measuring only; reads ../shared/data, writes nothing to the repo):
 *  - aeb: the N worst pages by per-page F1, each with the gold lines Parley missed (no 4-gram of theirs in the
 *    output) and the output blocks that leaked (no 4-gram of theirs in the gold), both trimmed to 140 characters;
 *  - traf: the pages with a missed "with" segment or a leaked "without" segment, listing the segments.
 * `--json FILE` writes per-page scores (id, f, fp, fn) so two runs can be compared with --diff FILE.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decodeHtmlBytes } from '../src/corpus/readers/charset.js';
import { extractHtml } from '../src/html/index.js';
import { fourGrams, pageF1, words } from './extract-metric.js';

const DATA = fileURLToPath(new URL('../../shared/data/extraction/', import.meta.url));
const args = process.argv.slice(2);
const flag = (n: string): string | null => {
  const i = args.indexOf(n);
  return i >= 0 ? (args[i + 1] ?? '') : null;
};
const set = flag('--set') ?? 'aeb';
const worst = Number(flag('--worst') ?? 15);
const only = flag('--id');
const jsonOut = flag('--json');
const diffIn = flag('--diff');

const cut = (s: string): string => (s.length > 140 ? `${s.slice(0, 137)}…` : s);

function body(html: string): string {
  try {
    const ex = extractHtml(html);
    return ex.text.slice(ex.bodyStart);
  } catch (e) {
    return `ERROR ${(e as Error).message}`;
  }
}

/** Lines of `a` none of whose 4-grams occur in `b`. */
function unmatched(a: string, b: string): string[] {
  const have = new Set(fourGrams(words(b)));
  const flat = ` ${words(b).join(' ')} `;
  return a
    .split(/\n+/)
    .map((l) => l.trim())
    .filter((l) => {
      const w = words(l);
      // Lines under four words have no 4-gram: they count as found when their words stand together in `b`.
      if (w.length > 0 && w.length < 4) return !flat.includes(` ${w.join(' ')} `);
      const g = fourGrams(w);
      return g.length > 0 && !g.some((x) => have.has(x));
    });
}

interface Row {
  id: string;
  f: number;
  p: number;
  r: number;
  missed: string[];
  leaked: string[];
}

const rows: Row[] = [];
if (set === 'aeb') {
  const dir = `${DATA}aeb/`;
  const truth = JSON.parse(readFileSync(`${dir}ground-truth.json`, 'utf8')) as Record<string, { articleBody: string }>;
  for (const f of readdirSync(`${dir}html`).sort()) {
    const id = f.replace(/\.html\.gz$/, '');
    if (!truth[id] || (only && !id.startsWith(only))) continue;
    const out = body(decodeHtmlBytes(gunzipSync(readFileSync(`${dir}html/${f}`))));
    const gold = truth[id]!.articleBody;
    rows.push({ id, ...pageF1(out, gold), missed: unmatched(gold, out), leaked: unmatched(out, gold) });
  }
} else {
  const dir = `${DATA}trafilatura-eval/`;
  const data = JSON.parse(readFileSync(`${dir}evaldata.json`, 'utf8')) as Record<
    string,
    { file: string; with?: string[]; without?: string[] }
  >;
  const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
  for (const item of Object.values(data)) {
    if (only && !item.file.startsWith(only)) continue;
    let bytes: Uint8Array;
    try {
      bytes = gunzipSync(readFileSync(`${dir}html/${item.file}.gz`));
    } catch {
      continue;
    }
    const text = norm(body(decodeHtmlBytes(bytes)));
    const missed = (item.with ?? []).filter((w) => !text.includes(norm(w)));
    const leaked = (item.without ?? []).filter((w) => text.includes(norm(w)));
    const n = (item.with?.length ?? 0) + (item.without?.length ?? 0);
    const bad = missed.length + leaked.length;
    rows.push({ id: item.file, f: n ? 1 - bad / n : 1, p: 0, r: 0, missed, leaked });
  }
}

rows.sort((a, b) => a.f - b.f || a.id.localeCompare(b.id));
const mean = rows.reduce((s, r) => s + r.f, 0) / Math.max(1, rows.length);
console.log(`${set}: ${rows.length} pages, mean per-page score ${mean.toFixed(4)}`);
if (diffIn) {
  const before = new Map(
    (JSON.parse(readFileSync(diffIn, 'utf8')) as { id: string; f: number }[]).map((r) => [r.id, r.f]),
  );
  for (const r of rows) {
    const b = before.get(r.id);
    if (b !== undefined && Math.abs(b - r.f) > 0.001)
      console.log(`  ${r.f > b ? '+' : '-'} ${r.id.slice(0, 40)} ${b.toFixed(3)} → ${r.f.toFixed(3)}`);
  }
} else {
  for (const r of rows.slice(0, worst)) {
    if (r.missed.length === 0 && r.leaked.length === 0) continue;
    console.log(
      `\n## ${r.id} score ${r.f.toFixed(3)}${set === 'aeb' ? ` P ${r.p.toFixed(3)} R ${r.r.toFixed(3)}` : ''}`,
    );
    for (const m of r.missed.slice(0, 12)) console.log(`  - MISSED ${cut(m)}`);
    for (const l of r.leaked.slice(0, 12)) console.log(`  + LEAKED ${cut(l)}`);
  }
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows.map(({ id, f }) => ({ id, f }))));
