/**
 * npm run eval:extract — main-content extraction scored two ways:
 *  1. the article-extraction benchmark (../shared/data/extraction/aeb): word 4-gram shingles with counts, per-page
 *     precision and recall averaged over pages, F1 of the two means; the saved outputs of 18 other systems are scored
 *     the same way on the same pages and printed beside Parley, sorted by F1;
 *  2. trafilatura's evaluation corpus: each "with" segment found in the output is a TP (else FN), each "without"
 *     segment found is an FP (else TN); precision, recall and F over the corpus totals.
 * Parley is scored on its body (the text after the headline block), as both gold sets leave the headline out.
 *  3. metadata (title, language, publisher, published, authors) against Readability's test pages' expectations.
 * Flags: --worst N (list the N worst AEB pages), --only aeb|traf|meta. Error analysis: eval/extract-errors.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decodeHtmlBytes } from '../src/corpus/readers/charset.js';
import { extractHtml } from '../src/html/index.js';
import { type PageScore, pageScore } from './extract-metric.js';

const DATA = fileURLToPath(new URL('../../shared/data/extraction/', import.meta.url));
const args = process.argv.slice(2);
const flag = (n: string): string | null => {
  const i = args.indexOf(n);
  return i >= 0 ? (args[i + 1] ?? '') : null;
};
const worst = Number(flag('--worst') ?? 0);
const only = flag('--only');

interface SystemScore {
  name: string;
  p: number;
  r: number;
  f1: number;
  msPerPage: number | null;
  pages: number;
}

function aggregate(name: string, scores: PageScore[], ms: number | null): SystemScore {
  let p = 0;
  let np = 0;
  let r = 0;
  let nr = 0;
  for (const s of scores) {
    if (s.fp === 0 && s.fn === 0) {
      p += 1;
      r += 1;
      np++;
      nr++;
      continue;
    }
    if (s.tp + s.fp > 0) {
      p += s.tp / (s.tp + s.fp);
      np++;
    }
    if (s.tp + s.fn > 0) {
      r += s.tp / (s.tp + s.fn);
      nr++;
    }
  }
  const P = np ? p / np : 0;
  const R = nr ? r / nr : 0;
  return { name, p: P, r: R, f1: P + R > 0 ? (2 * P * R) / (P + R) : 0, msPerPage: ms, pages: scores.length };
}

function bodyOf(html: string): { body: string; ms: number; error: string | null } {
  const t0 = performance.now();
  try {
    const ex = extractHtml(html);
    return { body: ex.text.slice(ex.bodyStart), ms: performance.now() - t0, error: null };
  } catch (e) {
    return { body: '', ms: performance.now() - t0, error: (e as Error).message };
  }
}

function runAeb(): void {
  const dir = `${DATA}aeb/`;
  const truth = JSON.parse(readFileSync(`${dir}ground-truth.json`, 'utf8')) as Record<string, { articleBody: string }>;
  const ids = readdirSync(`${dir}html`)
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.slice(0, -'.html.gz'.length))
    .filter((id) => truth[id])
    .sort();
  const parley: PageScore[] = [];
  const perPage: { id: string; s: PageScore; f: number }[] = [];
  let ms = 0;
  let errors = 0;
  for (const id of ids) {
    const html = decodeHtmlBytes(gunzipSync(readFileSync(`${dir}html/${id}.html.gz`)));
    const r = bodyOf(html);
    ms += r.ms;
    if (r.error) errors++;
    const s = pageScore(r.body, truth[id]!.articleBody);
    parley.push(s);
    const p = s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : 1;
    const rr = s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : 1;
    perPage.push({ id, s, f: p + rr > 0 ? (2 * p * rr) / (p + rr) : 0 });
  }
  const rows: SystemScore[] = [aggregate('parley', parley, ms / ids.length)];
  for (const f of readdirSync(`${dir}output`).sort()) {
    const raw = JSON.parse(readFileSync(`${dir}output/${f}`, 'utf8')) as Record<string, unknown>;
    const out = (raw.output && typeof raw.output === 'object' ? raw.output : raw) as Record<
      string,
      { articleBody?: string } | undefined
    >;
    rows.push(
      aggregate(
        f.replace(/\.json$/, ''),
        ids.map((id) => pageScore(out[id]?.articleBody ?? '', truth[id]!.articleBody)),
        null,
      ),
    );
  }
  rows.sort((a, b) => b.f1 - a.f1 || a.name.localeCompare(b.name));
  console.log(`\nArticle-extraction benchmark (${ids.length} pages present; metric: 4-gram shingles, mean P/R)`);
  console.log(`errors: ${errors}`);
  console.log('| system | precision | recall | F1 | ms/page |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows)
    console.log(
      `| ${r.name === 'parley' ? '**parley**' : r.name} | ${r.p.toFixed(3)} | ${r.r.toFixed(3)} | ${r.f1.toFixed(3)} | ${r.msPerPage === null ? '—' : r.msPerPage.toFixed(1)} |`,
    );
  if (worst > 0) {
    perPage.sort((a, b) => a.f - b.f);
    for (const w of perPage.slice(0, worst))
      console.log(
        `  ${w.id.slice(0, 12)} F ${w.f.toFixed(3)} tp ${w.s.tp.toFixed(2)} fp ${w.s.fp.toFixed(2)} fn ${w.s.fn.toFixed(2)}`,
      );
  }
}

// ---- trafilatura-eval -----------------------------------------------------------------------------------------
function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function runTraf(): void {
  const dir = `${DATA}trafilatura-eval/`;
  const data = JSON.parse(readFileSync(`${dir}evaldata.json`, 'utf8')) as Record<
    string,
    { file: string; with?: string[]; without?: string[] }
  >;
  let tp = 0;
  let fn = 0;
  let fp = 0;
  let tn = 0;
  let ms = 0;
  let n = 0;
  let errors = 0;
  for (const item of Object.values(data)) {
    let bytes: Uint8Array;
    try {
      bytes = gunzipSync(readFileSync(`${dir}html/${item.file}.gz`));
    } catch {
      continue;
    }
    n++;
    const r = bodyOf(decodeHtmlBytes(bytes));
    ms += r.ms;
    if (r.error) errors++;
    const text = norm(r.body);
    for (const w of item.with ?? []) text.includes(norm(w)) ? tp++ : fn++;
    for (const w of item.without ?? []) text.includes(norm(w)) ? fp++ : tn++;
  }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  const f = (2 * p * r) / (p + r);
  console.log(`\ntrafilatura evaluation corpus (${n} pages; with/without segments)`);
  console.log(`TP ${tp} FN ${fn} FP ${fp} TN ${tn}; errors ${errors}`);
  console.log('| system | precision | recall | accuracy | F | ms/page |');
  console.log('|---|---:|---:|---:|---:|---:|');
  console.log(
    `| **parley** | ${p.toFixed(3)} | ${r.toFixed(3)} | ${((tp + tn) / (tp + tn + fp + fn)).toFixed(3)} | ${f.toFixed(3)} | ${(ms / n).toFixed(1)} |`,
  );
  console.log('| trafilatura 2.2.0 (published) | 0.906 | 0.943 | — | 0.924 | — |');
  console.log('| readability-lxml (published) | — | — | — | 0.826 | — |');
}

// ---- metadata on Readability's test pages -------------------------------------------------------------------
function runMeta(): void {
  const dir = `${DATA}readability-test-pages/`;
  const k = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const fields = { title: [0, 0], language: [0, 0], publisher: [0, 0], published: [0, 0], authors: [0, 0] };
  const tally = (f: keyof typeof fields, expected: unknown, ok: boolean): void => {
    if (!expected) return;
    fields[f][1]!++;
    if (ok) fields[f][0]!++;
  };
  let n = 0;
  let errors = 0;
  for (const d of readdirSync(dir).sort()) {
    let html: string;
    let exp: Record<string, string | null>;
    try {
      html = decodeHtmlBytes(gunzipSync(readFileSync(`${dir}${d}/source.html.gz`)));
      exp = JSON.parse(readFileSync(`${dir}${d}/expected-metadata.json`, 'utf8'));
    } catch {
      continue;
    }
    n++;
    try {
      const m = extractHtml(html).meta;
      tally('title', exp.title, k(m.title ?? '') === k(exp.title ?? ''));
      tally('language', exp.lang, (m.language ?? '').toLowerCase() === (exp.lang ?? '').toLowerCase());
      tally('publisher', exp.siteName, k(m.publisher ?? '') === k(exp.siteName ?? ''));
      tally(
        'published',
        exp.publishedTime,
        !!m.published && new Date(m.published).getTime() === new Date(exp.publishedTime ?? '').getTime(),
      );
      tally(
        'authors',
        exp.byline,
        (m.authors ?? []).some((a) => k(exp.byline ?? '').includes(k(a))),
      );
    } catch {
      errors++;
    }
  }
  console.log(`\nMetadata on Readability's test pages (${n} pages; agreement with Readability's expected metadata)`);
  console.log(`errors: ${errors}`);
  console.log('| field | agree | of | share |');
  console.log('|---|---:|---:|---:|');
  for (const [f, [ok, of]] of Object.entries(fields))
    console.log(`| ${f} | ${ok} | ${of} | ${of ? (ok! / of!).toFixed(3) : '—'} |`);
  console.log('(title: same letters and digits; authors: a Parley author name appears in the expected byline)');
}

const require = createRequire(import.meta.url);
const version = (p: string): string => (require(`${p}/package.json`) as { version: string }).version;
console.log(
  `# eval:extract — ${new Date().toISOString().slice(0, 10)} — node ${process.version}, @mozilla/readability ${version('@mozilla/readability')}, linkedom ${version('linkedom')}`,
);
if (only !== 'traf' && only !== 'meta') runAeb();
if (only !== 'aeb' && only !== 'meta') runTraf();
if (!only || only === 'meta') runMeta();
