/**
 * A bounded, seeded mutation fuzzer for the house rule "bad input never crashes and never loses data".
 *
 *   npx tsx bench/fuzz.ts --seconds 60 --seed 7        (npm run fuzz -- --seconds 60 --seed 7)
 *   options: --cli-every N (default 12), --huge BYTES (default 40000; smaller runs are faster and skip the known
 *   slow paths, to look for crashes)
 *
 * Small valid inputs written here (a text article with quotes, an HTML page, JSON Lines, RSS, Atom, a WARC and a
 * WARC.gz) are mutated (byte flips, truncation, NUL / invalid UTF-8 / BOMs / lone surrogates, dropped or doubled
 * quote marks, unclosed tags, huge runs, corrupt gzip, wrong WARC Content-Length, deep nesting, JSON with wrong
 * types) and fed to (a) readInputs, (b) analyze() on the text and HTML paths, (c) now and then the CLI in-process
 * (`analyze --json`, `ingest -q` into a temp db). A failure is: an exception other than a ParleyError (or a
 * PARLEY_ERR_SPAN_RANGE, which is a bug), a reader item that is not well formed, a skip reason "analysis failed", a
 * span outside the analysed text or whose `text` differs from the slice, a CLI stack trace / internal error / not
 * exactly one stderr line on failure, or a case slower than 10 s. The same seed gives the same cases. Each new
 * failure kind is shrunk (bounded) and saved under the printed directory with its stack.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { type Analyzer, createAnalyzer } from '../src/analyze.js';
import { run } from '../src/cli/main.js';
import { joinParts } from '../src/corpus/readers/byte-reader.js';
import { formatByContent, readInputs } from '../src/corpus/readers/index.js';
import type { InputFormat } from '../src/corpus/types.js';
import { isParleyError } from '../src/model/index.js';
import { rng } from './corpus.js';

// ---------------------------------------------------------------- arguments and randomness

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v < 0) throw new Error(`--${name} needs a number`);
  return v;
}
const SECONDS = arg('seconds', 30);
const SEED = arg('seed', 1);
/** Every n-th case also goes through the CLI (slower: a temp file, and a database for ingest). */
const CLI_EVERY = arg('cli-every', 12);
/** Bytes in a huge run (one in seven is ten times longer); nesting depth scales with it. Smaller = faster cases. */
const HUGE = arg('huge', 40_000);

const rand = rng(SEED);
const int = (n: number) => Math.floor(rand() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;

// ---------------------------------------------------------------- seed inputs (written for this fuzzer)

const enc = new TextEncoder();
const ARTICLE = [
  'Harbour Deal Stalls',
  '',
  'By Mara Quist',
  '',
  'LISBON — Talks over the harbour expansion stalled on Tuesday. “We will not sign a deal that hurts fishermen,” said Transport Minister Rui Ventura.',
  '',
  'The port authority denied that it had hidden the costs. "Every figure is public," its chairwoman, Ines Caldas, told reporters.',
  '',
  'Opposition leader Duarte Pires accused the government of stalling. ‘It is a scandal,’ he said, adding that his party would demand a vote.',
  '',
  'Portugal and Spain agreed to meet again next month, the ministry said in a statement.',
].join('\n');

const HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour deal stalls | Coast Post</title>
<meta property="og:title" content="Harbour deal stalls"><link rel="canonical" href="https://coast.example/harbour">
<meta name="author" content="Mara Quist"><meta property="article:published_time" content="2025-03-04T09:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Harbour deal stalls</h1>
<p class="byline">By Mara Quist</p><p>LISBON — Talks over the harbour expansion stalled on Tuesday. &ldquo;We will not
sign a deal that hurts fishermen,&rdquo; said Transport Minister Rui Ventura.</p><p>The port authority denied that it
had hidden the costs. "Every figure is public," its chairwoman, Ines Caldas, told reporters.</p>
<figure><img src="x.jpg"><figcaption>The harbour at dawn.</figcaption></figure><p>Opposition leader Duarte Pires
accused the government of stalling.</p><script>var a = "<p>not text</p>";</script></article>
<footer>© Coast Post. Subscribe to our newsletter.</footer></body></html>`;

const JSONL = [
  JSON.stringify({ id: 'a1', url: 'https://coast.example/1', title: 'Harbour deal stalls', text: ARTICLE }),
  JSON.stringify({
    id: 2,
    html: '<p>“Prices will fall,” the central bank governor said on Monday.</p>',
    published: '2025-03-05',
    authors: ['Li Wen'],
  }),
  '',
  JSON.stringify({ id: 'a3', text: 'Rebels attacked a convoy near the border, officials said.', source: 'Wire' }),
].join('\n');

const RSS = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Coast Post</title><link>https://coast.example/</link>
<item><title>Harbour deal stalls</title><link>https://coast.example/harbour</link><guid>h-1</guid>
<pubDate>Tue, 04 Mar 2025 09:00:00 GMT</pubDate><dc:creator>Mara Quist</dc:creator>
<content:encoded><![CDATA[<p>“We will not sign,” said Transport Minister Rui Ventura.</p>]]></content:encoded></item>
<item><title>Bank cuts rates</title><link>https://coast.example/rates</link>
<description>&lt;p&gt;The central bank cut rates, its governor said.&lt;/p&gt;</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Post</title>
<entry><title>Harbour deal stalls</title><link rel="alternate" href="https://coast.example/harbour"/><id>tag:h-1</id>
<published>2025-03-04T09:00:00Z</published><author><name>Mara Quist</name></author>
<content type="html">&lt;p&gt;“We will not sign,” said Rui Ventura.&lt;/p&gt;</content></entry>
<entry><title>Rates</title><id>tag:r-2</id><updated>2025-03-05T09:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The bank cut rates, the governor said.</p></div></content></entry>
</feed>`;

function cat(parts: readonly Uint8Array[]): Uint8Array {
  return joinParts(
    parts,
    parts.reduce((s, p) => s + p.length, 0),
  );
}

function warcRecord(type: string, headers: Record<string, string>, block: Uint8Array): Uint8Array {
  const head = ['WARC/1.1', `WARC-Type: ${type}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  head.push(`Content-Length: ${block.length}`);
  return cat([enc.encode(`${head.join('\r\n')}\r\n\r\n`), block, enc.encode('\r\n\r\n')]);
}

function warcRecords(): Uint8Array[] {
  const http = (status: string, ctype: string, body: string) =>
    enc.encode(
      `HTTP/1.1 ${status}\r\nContent-Type: ${ctype}\r\nContent-Length: ${enc.encode(body).length}\r\n\r\n${body}`,
    );
  const resp = { 'Content-Type': 'application/http; msgtype=response', 'WARC-Date': '2025-03-04T10:00:00Z' };
  return [
    warcRecord('warcinfo', { 'WARC-Date': '2025-03-04T10:00:00Z' }, enc.encode('software: fuzz\r\n')),
    warcRecord(
      'response',
      { ...resp, 'WARC-Target-URI': 'https://coast.example/harbour' },
      http('200 OK', 'text/html; charset=utf-8', HTML),
    ),
    warcRecord(
      'response',
      { ...resp, 'WARC-Target-URI': 'https://coast.example/gone' },
      http('404 Not Found', 'text/html', '<p>gone</p>'),
    ),
    warcRecord(
      'response',
      { ...resp, 'WARC-Target-URI': 'https://coast.example/rates' },
      http('200 OK', 'text/html', '<html><body><p>The bank cut rates on Monday, its governor said.</p></body></html>'),
    ),
  ];
}
const WARC = cat(warcRecords());
/** One gzip member per record, as Common Crawl writes them. */
const WARC_GZ = cat(warcRecords().map((r) => gzipSync(r)));

interface Seed {
  readonly name: string;
  readonly ext: string;
  readonly format: InputFormat;
  readonly bytes: Uint8Array;
}
const SEEDS: readonly Seed[] = [
  { name: 'text', ext: '.txt', format: 'text', bytes: enc.encode(ARTICLE) },
  { name: 'html', ext: '.html', format: 'html', bytes: enc.encode(HTML) },
  { name: 'jsonl', ext: '.jsonl', format: 'jsonl', bytes: enc.encode(JSONL) },
  { name: 'rss', ext: '.rss', format: 'feed', bytes: enc.encode(RSS) },
  { name: 'atom', ext: '.atom', format: 'feed', bytes: enc.encode(ATOM) },
  { name: 'warc', ext: '.warc', format: 'warc', bytes: WARC },
  { name: 'warc.gz', ext: '.warc.gz', format: 'warc', bytes: WARC_GZ },
];

// ---------------------------------------------------------------- mutators

type Mutator = (b: Uint8Array, seed: Seed) => Uint8Array;
const dec = (b: Uint8Array) => new TextDecoder('utf-8').decode(b);
const splice = (b: Uint8Array, at: number, del: number, ins: Uint8Array) =>
  cat([b.subarray(0, at), ins, b.subarray(Math.min(b.length, at + del))]);
const QUOTES = ['"', '“', '”', '‘', '’', '«', '»', "'", '„', '‹', '›', '「', '」'];
const JUNK: readonly Uint8Array[] = [
  Uint8Array.of(0),
  Uint8Array.of(0xff),
  Uint8Array.of(0xc3),
  Uint8Array.of(0xe2, 0x80),
  Uint8Array.of(0xef, 0xbb, 0xbf),
  Uint8Array.of(0xff, 0xfe),
  Uint8Array.of(0xfe, 0xff),
  Uint8Array.of(0xed, 0xa0, 0x80), // a UTF-16 surrogate encoded as UTF-8: invalid
  Uint8Array.of(0xf4, 0x90, 0x80, 0x80), // past U+10FFFF
  Uint8Array.of(0x1b, 0x5b, 0x33, 0x31, 0x6d), // ANSI escape
  enc.encode('\u202e\u200b\u00ad\ufffd'),
  enc.encode('\r'),
  enc.encode('\u2028\u2029'),
];

function findAll(s: string, re: RegExp): number[] {
  const out: number[] = [];
  for (const m of s.matchAll(re)) out.push(m.index);
  return out;
}

const MUTATORS: Readonly<Record<string, Mutator>> = {
  flip: (b) => {
    const out = b.slice();
    for (let n = 1 + int(8); n > 0 && out.length > 0; n--) out[int(out.length)]! ^= 1 << int(8);
    return out;
  },
  truncate: (b) => b.subarray(0, int(b.length + 1)),
  junk: (b) => {
    let out = b;
    for (let n = 1 + int(4); n > 0; n--) out = splice(out, int(out.length + 1), 0, pick(JUNK));
    return out;
  },
  bomFront: (b) => cat([pick(JUNK.slice(4, 7)), b]),
  dropQuote: (b) => {
    const s = dec(b);
    const at = findAll(s, /["“”‘’«»']/g);
    if (at.length === 0) return b;
    const i = pick(at);
    return enc.encode(s.slice(0, i) + s.slice(i + 1));
  },
  dupQuote: (b) => {
    const s = dec(b);
    const at = findAll(s, /["“”‘’«»']/g);
    const i = at.length > 0 ? pick(at) : int(s.length + 1);
    return enc.encode(s.slice(0, i) + pick(QUOTES).repeat(1 + int(3)) + s.slice(i));
  },
  quoteStorm: (b) => {
    const s = dec(b);
    let out = '';
    for (const ch of s) out += rand() < 0.05 ? pick(QUOTES) : ch;
    return enc.encode(out);
  },
  unclosedTag: (b) => {
    const s = dec(b);
    const tags = [
      '<p>',
      '<div>',
      '<b>',
      '<script>',
      '<style>',
      '<!--',
      '<![CDATA[',
      '<table><tr><td>',
      '<a href="',
      '<title>',
      '<item>',
      '<entry>',
      '<',
    ];
    const i = int(s.length + 1);
    return enc.encode(s.slice(0, i) + pick(tags) + s.slice(i));
  },
  dropGt: (b) => {
    const s = dec(b);
    const at = findAll(s, />/g);
    if (at.length === 0) return b;
    const i = pick(at);
    return enc.encode(s.slice(0, i) + s.slice(i + 1));
  },
  hugeRun: (b) => {
    const from = int(b.length);
    const piece =
      rand() < 0.5
        ? b.subarray(from, from + 1 + int(40))
        : enc.encode(pick(['a', ' ', '\n', '“', '<p>', '.', 'Minister ', 'é', '\u00a0']));
    const times = Math.ceil((rand() < 0.15 ? HUGE * 10 : HUGE) / Math.max(1, piece.length));
    const run = new Uint8Array(piece.length * times);
    for (let i = 0; i < times; i++) run.set(piece, i * piece.length);
    return splice(b, int(b.length + 1), 0, run);
  },
  deepNest: (b) => {
    const depth = Math.ceil(rand() < 0.05 ? HUGE / 2 : HUGE / 20);
    const tag = pick(['div', 'p', 'b', 'span', 'blockquote', 'li', 'table']);
    const s = dec(b);
    const i = int(s.length + 1);
    const close = rand() < 0.5 ? `</${tag}>`.repeat(depth) : '';
    return enc.encode(s.slice(0, i) + `<${tag}>`.repeat(depth) + 'Text “deep,” he said.' + close + s.slice(i));
  },
  gzipCorrupt: (b) => {
    const gz = b[0] === 0x1f && b[1] === 0x8b ? b.slice() : gzipSync(b);
    const r = rand();
    if (r < 0.4) gz[10 + int(Math.max(1, gz.length - 10))]! ^= 0xff;
    else if (r < 0.8) return gz.subarray(0, 2 + int(gz.length - 1));
    else return cat([gz, Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0)]);
    return gz;
  },
  contentLength: (b) => {
    const s = new TextDecoder('latin1').decode(b);
    const at = findAll(s, /Content-Length: \d+/gi);
    if (at.length === 0) return b;
    const i = pick(at);
    const m = /^Content-Length: (\d+)/i.exec(s.slice(i))!;
    const n = Number(m[1]);
    const next = pick([0, n - 1, n + 1, n - int(n + 1), n + int(5000), -1, 'abc', '1e3', '99999999999999999999', ' ']);
    const out = `${s.slice(0, i)}Content-Length: ${next}${s.slice(i + m[0].length)}`;
    return Uint8Array.from(out, (c) => c.charCodeAt(0));
  },
  jsonTypes: (b) => {
    const s = dec(b);
    const keys = ['text', 'html', 'id', 'url', 'title', 'published', 'authors', 'author', 'source', 'language'];
    const vals = [
      'null',
      '42',
      '-1e309',
      'true',
      '[]',
      '{}',
      '[1,{"a":2}]',
      '{"text":"x"}',
      '"\\ud800"',
      '"\\u0000"',
      '""',
      '"   "',
      '1e400',
      '[[[[[[[[[[]]]]]]]]]]',
    ];
    const lines = s.split('\n').map((line) => {
      if (rand() < 0.5) return line;
      return line.replace(
        new RegExp(`"${pick(keys)}":("(?:[^"\\\\]|\\\\.)*"|[^,}]+)`),
        (_m) => `"${pick(keys)}":${pick(vals)}`,
      );
    });
    if (rand() < 0.3)
      lines.push(pick(['[1,2]', 'null', '"text"', '{"text":', '{}', '{"text":"a"}}', '\u0000', '{"text":"\\ud83d"}']));
    return enc.encode(lines.join('\n'));
  },
  surrogates: (b) => {
    // Lone surrogates survive only in JS strings: WTF-8 bytes here, decoded leniently they become U+FFFD.
    const s = dec(b);
    const i = int(s.length + 1);
    return enc.encode(s.slice(0, i) + pick(['\ud800', '\udc00', '\ud83d\ud83d', '😀'.slice(0, 1)]) + s.slice(i));
  },
  splice2: (b) => {
    const other = pick(SEEDS).bytes;
    const from = int(other.length);
    return splice(b, int(b.length + 1), int(50), other.subarray(from, from + 1 + int(500)));
  },
  dupChunk: (b) => {
    const from = int(b.length);
    const piece = b.subarray(from, from + 1 + int(2000));
    return splice(b, int(b.length + 1), 0, piece);
  },
  empty: () => (rand() < 0.5 ? new Uint8Array(0) : enc.encode(pick([' ', '\n\n', '\ufeff', '\t \r\n', '\u3000']))),
  binary: () => {
    const out = new Uint8Array(1 + int(3000));
    for (let i = 0; i < out.length; i++) out[i] = int(256);
    return out;
  },
};
const MUTATOR_NAMES = Object.keys(MUTATORS);

function mutate(seed: Seed): { bytes: Uint8Array; ops: string[] } {
  let b = seed.bytes;
  const ops: string[] = [];
  for (let n = 1 + int(3); n > 0; n--) {
    const op = pick(MUTATOR_NAMES);
    ops.push(op);
    b = MUTATORS[op]!(b, seed);
    if (b.length > 2_500_000) b = b.subarray(0, 2_500_000);
  }
  return { bytes: b, ops };
}

// ---------------------------------------------------------------- checks

class Violation extends Error {
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(message);
  }
}

/** Every `{start, end}` in the analysis lies within the text, and its `text` (when given) is that slice. */
function checkSpans(value: unknown, text: string, path = '$'): void {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) checkSpans(v, text, `${path}[${i}]`);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') {
    const { start, end } = o as { start: number; end: number };
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length))
      throw new Violation('span-out-of-text', `${path} = [${start}, ${end}) in a text of ${text.length}`);
    if (typeof o.text === 'string' && o.text !== text.slice(start, end))
      throw new Violation('span-text-mismatch', `${path}.text differs from the slice [${start}, ${end})`);
  }
  for (const [k, v] of Object.entries(o))
    if (k !== 'text' || typeof v !== 'string') checkSpans(v, text, `${path}.${k}`);
}

/** An exception is acceptable only as a coded ParleyError that does not report a span bug. */
function checkThrown(where: string, e: unknown): void {
  if (e instanceof Violation) throw e;
  if (isParleyError(e) && e.code !== 'PARLEY_ERR_SPAN_RANGE') return;
  const err = e instanceof Error ? e : new Error(String(e));
  const frame = (err.stack ?? '').split('\n').find((l) => /\/src\//.test(l)) ?? '';
  const at = /\/(src\/[^):]+):(\d+)/.exec(frame);
  const v = new Violation(
    `${where}-throws ${err.name}: ${err.message.replace(/\d+/g, 'N').slice(0, 60)}${at ? ` @${at[1]}` : ''}`,
    err.message,
  );
  v.stack = err.stack;
  throw v;
}

let analyzer: Analyzer;

function checkAnalyze(input: Parameters<Analyzer['analyze']>[0], where: string): void {
  let out: ReturnType<Analyzer['analyze']>;
  try {
    out = analyzer.analyze(input);
  } catch (e) {
    checkThrown(where, e);
    return;
  }
  // analyze() keeps the article when a stage has a bug, but the bug is still a finding.
  const failed = out.diagnostics.find((d) => d.code === 'PARLEY_W_STAGE_FAILED');
  if (failed) throw new Violation(`${where}-stage-failed`, failed.reason);
  checkSpans(out, out.text);
}

/** The WARC seed's two readable responses: their URL and their record bytes. */
const WARC_ARTICLES = [1, 3].map((i) => {
  const rec = warcRecords()[i]!;
  const url = /WARC-Target-URI: (\S+)/.exec(new TextDecoder('latin1').decode(rec))![1]!;
  return { url, rec: new TextDecoder('latin1').decode(rec) };
});

/**
 * Never loses data: in a plain WARC, a response record whose bytes came through the mutation intact must still be
 * read, whatever happened to the records around it. (Not checked when some Content-Length exceeds the cap: such a
 * record is skipped without being held, so a wrong huge length can only be skipped to the end of the file.)
 */
function checkWarcLoss(bytes: Uint8Array, maxBytes: number, urls: ReadonlySet<string>): void {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return;
  const s = new TextDecoder('latin1').decode(bytes);
  for (const m of s.matchAll(/Content-Length:\s*(\d+)/gi)) if (Number(m[1]) > maxBytes) return;
  for (const { url, rec } of WARC_ARTICLES)
    if (rec.length <= maxBytes && s.includes(rec) && !urls.has(url))
      throw new Violation('warc-loses-intact-record', `${url} is intact in the file but was not read`);
}

/** The feed seeds' items: raw text and the externalId each must come out with. */
const FEED_ITEMS: Readonly<Record<string, readonly { id: string; raw: string }[]>> = {
  rss: [...RSS.matchAll(/<item>[\s\S]*?<\/item>/g)].map((m, i) => ({
    id: i === 0 ? 'h-1' : 'https://coast.example/rates',
    raw: m[0],
  })),
  atom: [...ATOM.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m, i) => ({
    id: i === 0 ? 'tag:h-1' : 'tag:r-2',
    raw: m[0],
  })),
};

/**
 * Never loses data, for feeds: an item whose text came through intact is read, unless the file no longer reads as
 * that feed (no root element near the start, another encoding, an unclosed CDATA section or comment that makes the
 * rest content).
 */
function checkFeedLoss(seed: Seed, bytes: Uint8Array, p: ReaderParams, ids: ReadonlySet<string>): void {
  const items = FEED_ITEMS[seed.name];
  if (!items || bytes[0] === 0x1f || bytes[0] === 0xff || bytes[0] === 0xfe) return;
  // Standard input has no name: the content must still say feed (the root within the first 2 KiB).
  if (p.viaStdin && p.format === undefined && formatByContent(bytes.subarray(0, 4096)) !== 'feed') return;
  const maxBytes = p.maxBytes;
  const s = new TextDecoder('utf-8').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096)).toLowerCase();
  if (!/<(rss|feed)[\s>]/.test(head) || !/encoding="utf-8"/i.test(head)) return;
  const count = (needle: string) => s.split(needle).length - 1;
  if (count('<![CDATA[') !== count(']]>') || count('<!--') !== count('-->')) return;
  for (const { id, raw } of items) {
    const at = s.indexOf(raw);
    if (raw.length <= maxBytes && at >= 0 && !insideLiteral(s, at) && !ids.has(id))
      throw new Violation('feed-loses-intact-item', `${id} is intact in the file but was not read`);
  }
}

/** Whether offset `at` falls inside a CDATA section or a comment, where an item's markup is only text. */
function insideLiteral(s: string, at: number): boolean {
  return (
    s.lastIndexOf('<![CDATA[', at) > s.lastIndexOf(']]>', at) || s.lastIndexOf('<!--', at) > s.lastIndexOf('-->', at)
  );
}

async function checkReaders(
  file: string,
  p: ReaderParams,
  stdin: Uint8Array | null,
  seed: Seed,
  bytes: Uint8Array,
): Promise<void> {
  const items: unknown[] = [];
  const format = p.format;
  try {
    const paths = stdin ? ['-'] : [file];
    const opts = {
      maxArticleBytes: p.maxBytes,
      ...(format ? { format } : {}),
      ...(stdin ? { stdin: Readable.from([Buffer.from(stdin)]) } : {}),
    };
    for await (const item of readInputs(paths, opts)) items.push(item);
  } catch (e) {
    checkThrown('readInputs', e);
  }
  if (items.length === 0) throw new Violation('reader-yields-nothing', 'a file gave neither an article nor a skip');
  let analysed = 0;
  const urls = new Set<string>();
  const ids = new Set<string>();
  for (const item of items as { kind: string; origin?: string; reason?: string; article?: Record<string, unknown> }[]) {
    if (item.kind === 'skipped') {
      if (typeof item.origin !== 'string' || typeof item.reason !== 'string' || item.reason.length === 0)
        throw new Violation('reader-bad-skip', JSON.stringify(item).slice(0, 200));
      if (/\n/.test(item.reason)) throw new Violation('reader-multiline-reason', item.reason.slice(0, 200));
      continue;
    }
    const a = item.article;
    if (item.kind !== 'article' || !a) throw new Violation('reader-bad-item', JSON.stringify(item).slice(0, 200));
    const body = a.format === 'html' ? a.html : a.text;
    if (typeof body !== 'string') throw new Violation('reader-article-without-body', String(a.origin));
    const meta = a.meta as { url?: string; externalId?: string } | undefined;
    if (meta?.url) urls.add(meta.url);
    if (meta?.externalId) ids.add(meta.externalId);
    if (analysed++ < 2)
      checkAnalyze(a.format === 'html' ? { html: body, source: String(a.origin) } : { text: body }, 'analyze(read)');
  }
  if (seed.name === 'warc' && (p.format === undefined || p.format === 'warc')) checkWarcLoss(bytes, p.maxBytes, urls);
  if (p.format === undefined || p.format === 'feed') checkFeedLoss(seed, bytes, p, ids);
}

function cliIo(stdin: Uint8Array) {
  const sink = () => {
    let buf = '';
    const write = (s: string) => {
      buf += s;
      return true;
    };
    return { isTTY: false, write, text: () => buf };
  };
  return { stdout: sink(), stderr: sink(), stdin: Readable.from([Buffer.from(stdin)]) };
}

function checkStderr(cmd: string, code: number, stderr: string, wantOneLine: boolean): void {
  if (/\n\s+at |^\s+at \S+ \(/m.test(stderr)) throw new Violation(`cli-${cmd}-stack-trace`, stderr.slice(0, 300));
  const internal = /internal error: (.*)|analysis failed: ([^;)]*)/.exec(stderr);
  if (internal)
    throw new Violation(
      `cli-${cmd}-internal-error ${(internal[1] ?? internal[2] ?? '').replace(/\d+/g, 'N').slice(0, 60)}`,
      stderr.slice(0, 300),
    );
  const lines = stderr.split('\n').filter((l) => l.length > 0);
  if (wantOneLine && lines.length !== 1)
    throw new Violation(
      `cli-${cmd}-stderr-lines`,
      `exit ${code}, ${lines.length} stderr lines: ${stderr.slice(0, 300)}`,
    );
}

async function checkCli(file: string, dir: string, n: number): Promise<void> {
  const a = cliIo(new Uint8Array(0));
  let code: number;
  try {
    code = await run(['analyze', '--json', file], a);
  } catch (e) {
    throw new Violation('cli-analyze-throws', (e as Error).message);
  }
  checkStderr('analyze', code, a.stderr.text(), code !== 0);
  if (code === 0) {
    const out = JSON.parse(a.stdout.text()) as { text: string };
    checkSpans(out, out.text);
  } else if (a.stdout.text().length > 0)
    throw new Violation('cli-analyze-output-on-failure', a.stdout.text().slice(0, 100));
  const db = join(dir, `fuzz-${n}.db`);
  const i = cliIo(new Uint8Array(0));
  try {
    code = await run(['ingest', '-q', '--db', db, file], i);
  } catch (e) {
    throw new Violation('cli-ingest-throws', (e as Error).message);
  }
  checkStderr('ingest', code, i.stderr.text(), true);
  const summary = /read (\d+), stored (\d+), duplicates (\d+)/.exec(i.stderr.text());
  if (summary && Number(summary[1]) > 0 && Number(summary[2]) + Number(summary[3]) === 0 && code === 0)
    throw new Violation('cli-ingest-exit-0-nothing-stored', i.stderr.text().slice(0, 200));
  if (summary && Number(summary[1]) === 0 && code === 0)
    throw new Violation('cli-ingest-exit-0-nothing-read', i.stderr.text().slice(0, 200));
  for (const ext of ['', '-wal', '-shm']) rmSync(db + ext, { force: true });
}

// ---------------------------------------------------------------- one case, shrinking, the loop

type Target = 'readers' | 'analyze-text' | 'analyze-html' | 'cli';
/** How a readers case reads: from a file or stdin, with the format forced or guessed, and the size cap. */
interface ReaderParams {
  readonly viaStdin: boolean;
  readonly format: InputFormat | undefined;
  readonly maxBytes: number;
}
interface Case {
  readonly target: Target;
  readonly seed: string;
  readonly raw: string | null;
  readonly reader: ReaderParams;
}

async function runCase(c: Case, bytes: Uint8Array, dir: string, n: number): Promise<void> {
  const { target, raw } = c;
  const seed = SEEDS.find((x) => x.name === c.seed)!;
  const t0 = performance.now();
  const file = join(dir, `case${seed.ext}`);
  switch (target) {
    case 'readers': {
      if (!c.reader.viaStdin) writeFileSync(file, bytes);
      await checkReaders(file, c.reader, c.reader.viaStdin ? bytes : null, seed, bytes);
      break;
    }
    case 'analyze-text':
      checkAnalyze(raw ?? dec(bytes), 'analyze(text)');
      break;
    case 'analyze-html':
      checkAnalyze({ html: raw ?? dec(bytes), source: 'fuzz.html' }, 'analyze(html)');
      break;
    case 'cli':
      writeFileSync(file, bytes);
      await checkCli(file, dir, n);
      break;
  }
  const ms = performance.now() - t0;
  if (ms > 10_000) throw new Violation(`slow-${target}`, `${Math.round(ms)} ms for ${bytes.length} bytes`);
}

async function kindOf(c: Case, bytes: Uint8Array, dir: string, n: number): Promise<Violation | null> {
  try {
    await runCase(c, bytes, dir, n);
    return null;
  } catch (e) {
    if (e instanceof Violation) return e;
    return new Violation(`fuzzer-error ${(e as Error).message.slice(0, 60)}`, String((e as Error).stack));
  }
}

// The library calls are synchronous: a case that hangs can only be stopped from outside. Cases run in a worker
// thread; one that takes longer than HANG_MS is a failure ("hang-…"), and the worker is replaced.
const HANG_MS = 20_000;
type Outcome = { kind: string; message: string; stack: string | undefined } | null;
interface Job {
  readonly c: Case;
  readonly bytes: Uint8Array;
  readonly dir: string;
  readonly n: number;
}

class Runner {
  private worker: Worker | null = null;

  private start(): Worker {
    // A worker does not inherit tsx's loader: register it there, then load this file, which serves cases.
    const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); });`;
    this.worker ??= new Worker(boot, { eval: true });
    return this.worker;
  }

  run(job: Job): Promise<Outcome> {
    const w = this.start();
    return new Promise((resolve) => {
      const done = (o: Outcome) => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        resolve(o);
      };
      const onMessage = (o: Outcome) => done(o);
      const onError = (e: Error) => {
        this.worker = null;
        done({ kind: `worker-died ${e.message.slice(0, 60)}`, message: e.message, stack: e.stack });
      };
      const timer = setTimeout(() => {
        void w.terminate();
        this.worker = null;
        done({
          kind: `hang-${job.c.target}`,
          message: `no result after ${HANG_MS} ms for ${job.bytes.length} bytes`,
          stack: undefined,
        });
      }, HANG_MS);
      w.on('message', onMessage);
      w.on('error', onError);
      w.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}

function serveCases(): void {
  analyzer = createAnalyzer();
  parentPort!.on('message', async (job: Job) => {
    const v = await kindOf(job.c, job.bytes, job.dir, job.n);
    parentPort!.postMessage(v ? { kind: v.kind, message: v.message, stack: v.stack } : null);
  });
}

/** Removes chunks while the same kind of failure remains (bounded: at most `budget` tries). */
async function shrink(
  runner: Runner,
  c: Case,
  bytes: Uint8Array,
  dir: string,
  kind: string,
  budget: number,
): Promise<Uint8Array> {
  let cur = bytes;
  let chunk = Math.max(1, cur.length >> 1);
  const t0 = performance.now();
  while (chunk >= 1 && budget > 0 && performance.now() - t0 < 20_000) {
    let progressed = false;
    for (let at = 0; at < cur.length && budget > 0; at += chunk) {
      const cand = cat([cur.subarray(0, at), cur.subarray(at + chunk)]);
      budget--;
      const v = await runner.run({ c, bytes: cand, dir, n: 0 });
      if (v?.kind === kind) {
        cur = cand;
        progressed = true;
        at -= chunk;
      }
    }
    if (!progressed) chunk >>= 1;
  }
  return cur;
}

interface Failure {
  count: number;
  target: Target;
  seed: string;
  ops: string[];
  file: string;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), `parley-fuzz-${SEED}-`));
  const found = join(dir, 'found');
  mkdirSync(found);
  const runner = new Runner();
  const deadline = performance.now() + SECONDS * 1000;
  const ran: Record<Target, number> = { readers: 0, 'analyze-text': 0, 'analyze-html': 0, cli: 0 };
  const failures = new Map<string, Failure>();
  let n = 0;
  while (performance.now() < deadline) {
    n++;
    const seed = pick(SEEDS);
    const { bytes, ops } = mutate(seed);
    const target: Target =
      n % CLI_EVERY === 0 ? 'cli' : pick(['readers', 'readers', 'analyze-text', 'analyze-html'] as const);
    // Now and then feed analyze() a JS string with lone surrogates or past maxChars (no bytes can carry those).
    let raw: string | null = null;
    if (target.startsWith('analyze') && rand() < 0.1) {
      const s = dec(bytes);
      const i = int(s.length + 1);
      raw =
        rand() < 0.8 ? s.slice(0, i) + pick(['\ud800', '\udfff', '\udc00\ud800']) + s.slice(i) : 'x'.repeat(2_000_001);
    }
    const reader: ReaderParams = {
      viaStdin: rand() < 0.15,
      format: rand() < 0.2 ? pick(SEEDS).format : undefined,
      maxBytes: rand() < 0.2 ? 1024 : 256 * 1024,
    };
    const c: Case = { target, seed: seed.name, raw, reader };
    // If a case hangs, `current` and `current.bin` say which (kill the run and look).
    writeFileSync(join(dir, 'current.bin'), raw ?? bytes);
    writeFileSync(join(dir, 'current'), `${target} ${seed.name} ${ops.join('+')} ${JSON.stringify(reader)}\n`);
    ran[target]++;
    const v = await runner.run({ c, bytes, dir, n });
    if (!v) continue;
    const f = failures.get(v.kind);
    if (f) {
      f.count++;
      continue;
    }
    const small =
      raw === null && target !== 'cli' && !/^(slow|hang)/.test(v.kind)
        ? await shrink(runner, c, bytes, dir, v.kind, 300)
        : bytes;
    const file = join(found, `${failures.size + 1}-${target}-${seed.name}${seed.ext}`);
    writeFileSync(file, raw ?? small);
    writeFileSync(
      `${file}.txt`,
      `${v.kind}\n${target} ${seed.name} ${ops.join('+')} ${JSON.stringify(reader)}\n${v.message}\n${v.stack ?? ''}\n`,
    );
    failures.set(v.kind, { count: 1, target, seed: seed.name, ops, file });
  }
  await runner.close();
  const total = Object.values(ran).reduce((s, x) => s + x, 0);
  const fails = [...failures.values()].reduce((s, f) => s + f.count, 0);
  console.log(
    `# parley fuzz — ${new Date().toISOString().slice(0, 10)}, seed ${SEED}, ${SECONDS} s, node ${process.version}`,
  );
  console.log('');
  console.log('| target | cases |');
  console.log('|---|---:|');
  for (const [t, c] of Object.entries(ran)) console.log(`| ${t} | ${c} |`);
  console.log(`| **all** | **${total}** |`);
  console.log('');
  console.log(`failures: ${fails} in ${failures.size} kinds`);
  if (failures.size > 0) {
    console.log('');
    console.log('| kind | count | target | seed | mutations | repro |');
    console.log('|---|---:|---|---|---|---|');
    for (const [kind, f] of failures)
      console.log(
        `| ${kind.replace(/\|/g, '/')} | ${f.count} | ${f.target} | ${f.seed} | ${f.ops.join('+')} | ${f.file} |`,
      );
  } else rmSync(dir, { recursive: true, force: true });
  process.exitCode = failures.size > 0 ? 1 : 0;
}

if (isMainThread) await main();
else serveCases();
