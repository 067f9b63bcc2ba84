/**
 * Regression tests for what bench/fuzz.ts found: each input is the smallest form of a fuzzer case, written here.
 * House rule: bad input never crashes and never loses data; it gets a one-line error and a non-zero exit.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { readInputs } from '../src/corpus/readers/index.js';
import type { ReadItem } from '../src/corpus/types.js';
import { sink } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-fuzz-regress-'));

function file(name: string, bytes: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

async function readAll(paths: string[]): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readInputs(paths)) out.push(item);
  return out;
}

const enc = new TextEncoder();

/** A WARC response record for a one-paragraph page; `length` overrides the true Content-Length. */
function warcResponse(url: string, para: string, length?: string): string {
  const body = `<html><body><p>${para}</p></body></html>`;
  const block = `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n${body}`;
  const size = length ?? String(enc.encode(block).length);
  return `WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: ${url}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${size}\r\n\r\n${block}\r\n\r\n`;
}
const PARAS = ['The mill reopened on Friday.', 'The port closed on Monday.', 'The bank cut rates on Tuesday.'];

/** Reads a three-record WARC whose middle record says `length`, and lists what came out. */
async function readWithMiddleLength(name: string, length: string): Promise<string[]> {
  const path = file(
    name,
    warcResponse('https://a.example/1', PARAS[0]!) +
      warcResponse('https://a.example/2', PARAS[1]!, length) +
      warcResponse('https://a.example/3', PARAS[2]!),
  );
  return (await readAll([path])).map((i) =>
    i.kind === 'article'
      ? `${i.article.meta.url} ${/<p>([^<]*)<\/p>/.exec(i.article.html ?? '')?.[1]}`
      : `skip ${i.reason}`,
  );
}

function io() {
  return { stdout: sink(), stderr: sink(), stdin: Readable.from([Buffer.alloc(0)]) };
}

describe('fuzz: empty structured files', () => {
  it('an empty WARC, WARC.gz or JSON Lines file is skipped as empty instead of passing unnoticed', async () => {
    const paths = [file('e.warc', ''), file('e.warc.gz', ''), file('e.jsonl', ''), file('blank.jsonl', '\n  \n\r\n')];
    expect(await readAll(paths)).toEqual(
      paths.map((origin) => ({ kind: 'skipped', origin, reason: 'input is empty' })),
    );
  });

  it('`ingest -q` of an empty JSON Lines file exits 1 with one stderr line', async () => {
    const s = io();
    const code = await run(['ingest', '-q', '--db', join(dir, 'e.db'), file('e2.jsonl', '')], s);
    expect(code).toBe(1);
    expect(s.stderr.text()).toMatch(
      /^parley: read 1, stored 0, duplicates 0, copies 0, skipped 1 \(input is empty: 1\) in /,
    );
    expect(s.stderr.text().trim().split('\n')).toHaveLength(1);
  });
});

describe('fuzz: a WARC record with a wrong Content-Length does not lose the records after it', () => {
  const size = enc.encode(warcResponse('https://a.example/2', PARAS[1]!)).length;
  const blockSize = Number(
    /Content-Length: (\d+)\r\n\r\nHTTP/.exec(warcResponse('https://a.example/2', PARAS[1]!))![1],
  );

  it('too small: the record is read as far as it says (its last tags cut), then reading resumes at the next record', async () => {
    expect(await readWithMiddleLength('small.warc', String(blockSize - 12))).toEqual([
      'https://a.example/1 The mill reopened on Friday.',
      'https://a.example/2 The port closed on Monday.',
      'skip corrupt WARC record (no WARC/ version line)',
      'https://a.example/3 The bank cut rates on Tuesday.',
    ]);
  });

  it('too large: the record ends where the next one begins, and the next one is read', async () => {
    expect(await readWithMiddleLength('large.warc', String(blockSize + 40))).toEqual([
      'https://a.example/1 The mill reopened on Friday.',
      'https://a.example/2 The port closed on Monday.',
      'https://a.example/3 The bank cut rates on Tuesday.',
    ]);
  });

  it('past the end of the file: the record is skipped as truncated and the one after it is still read', async () => {
    expect(await readWithMiddleLength('past.warc', String(size * 10))).toEqual([
      'https://a.example/1 The mill reopened on Friday.',
      'skip truncated WARC record',
      'https://a.example/3 The bank cut rates on Tuesday.',
    ]);
  });

  it('a file cut inside a record header ends with one skipped item (no endless resync)', async () => {
    const whole = warcResponse('https://a.example/1', PARAS[0]!);
    const path = file('cut-header.warc', `${whole}WARC/1.1\r\nWARC-Type: response\r\nContent-Type: applicati`);
    expect((await readAll([path])).map((i) => (i.kind === 'article' ? i.article.meta.url : i.reason))).toEqual([
      'https://a.example/1',
      'truncated or corrupt WARC record header',
    ]);
  });

  it('not a number: the record is skipped and the next one is read', async () => {
    expect(await readWithMiddleLength('nan.warc', 'abc')).toEqual([
      'https://a.example/1 The mill reopened on Friday.',
      'skip corrupt WARC record (bad Content-Length)',
      'https://a.example/3 The bank cut rates on Tuesday.',
    ]);
  });
});

describe('fuzz: WARC on standard input after a damaged start', () => {
  it('a version line with junk before it on the same line is found again', async () => {
    const path = file('junk-line.warc', `e>${warcResponse('https://a.example/3', PARAS[2]!)}`);
    expect((await readAll([path])).map((i) => (i.kind === 'article' ? i.article.meta.url : i.reason))).toEqual([
      'corrupt WARC record (no WARC/ version line)',
      'https://a.example/3',
    ]);
  });

  it('is still recognised as WARC by its record lines, and the intact record is read', async () => {
    const bytes = enc.encode(`p>\r\n\r\n${warcResponse('https://a.example/3', PARAS[2]!)}`);
    const items: ReadItem[] = [];
    for await (const item of readInputs(['-'], { stdin: Readable.from([Buffer.from(bytes)]) })) items.push(item);
    expect(items.map((i) => (i.kind === 'article' ? i.article.meta.url : i.reason))).toEqual([
      'corrupt WARC record (no WARC/ version line)',
      'https://a.example/3',
    ]);
  });
});

describe('fuzz: --date must be a real day', () => {
  it('`analyze --date 2024-13-45` and `actor --date 2023-02-29` are usage errors on one line, not dates no table matches', async () => {
    for (const argv of [
      ['analyze', '--date', '2024-13-45', file('day.txt', 'The minister said on Monday that talks would resume.\n')],
      ['actor', '--date', '2023-02-29', 'the minister'],
    ]) {
      const s = io();
      expect(await run(argv, s)).toBe(2);
      expect(s.stderr.text()).toBe(
        `parley: --date must be a calendar day YYYY-MM-DD, got "${argv[2]}" [PARLEY_ERR_USAGE]\n`,
      );
      expect(s.stdout.text()).toBe('');
    }
  });

  it('a leap day in a leap year is a day', async () => {
    const s = io();
    expect(await run(['actor', '--json', '--date', '2024-02-29', 'the minister'], s)).toBe(0);
    expect(s.stderr.text()).toBe('');
  });
});

describe('fuzz: a feed item without its end tag does not swallow the items after it', () => {
  const item = (n: number, close = true) =>
    `<item><title>Story ${n}</title><link>https://f.example/${n}</link><description>&lt;p&gt;Body ${n}.&lt;/p&gt;</description>${close ? '</item>' : ''}`;

  it('RSS: the unclosed item ends where the next begins, and all three are read', async () => {
    const path = file(
      'unclosed.rss',
      `<rss><channel><title>F</title>${item(1, false)}${item(2)}${item(3)}</channel></rss>`,
    );
    const got = (await readAll([path])).map((i) =>
      i.kind === 'article' ? `${i.article.meta.url} ${i.article.html}` : i.reason,
    );
    expect(got).toEqual([
      'https://f.example/1 <p>Body 1.</p>',
      'https://f.example/2 <p>Body 2.</p>',
      'https://f.example/3 <p>Body 3.</p>',
    ]);
  });

  it('Atom: a self-closed entry before a real one is skipped alone', async () => {
    const path = file(
      'selfclosed.atom',
      '<feed><title>F</title><entry/><entry><id>e2</id><link href="https://f.example/e2"/><content type="html">&lt;p&gt;Two.&lt;/p&gt;</content></entry></feed>',
    );
    const got = (await readAll([path])).map((i) =>
      i.kind === 'article' ? `${i.article.meta.url} ${i.article.html}` : i.reason,
    );
    expect(got).toEqual(['feed item has neither content nor link', 'https://f.example/e2 <p>Two.</p>']);
  });

  it('a .rss file that quotes a WARC record line is still read as a feed', async () => {
    const path = file(
      'quotes-warc.rss',
      `<rss><channel><title>F</title>\nWARC/1.1\r\nWARC-Type: x\n${item(1)}</channel></rss>`,
    );
    const got = (await readAll([path])).map((i) => (i.kind === 'article' ? i.article.meta.url : i.reason));
    expect(got).toEqual(['https://f.example/1']);
    // The same bytes on standard input: the feed root decides before the WARC line.
    const items: ReadItem[] = [];
    const stdin = Readable.from([Buffer.from(`<rss><channel>\nWARC/1.1\r\nWARC-Type: x\n${item(1)}</channel></rss>`)]);
    for await (const i of readInputs(['-'], { stdin })) items.push(i);
    expect(items.map((i) => (i.kind === 'article' ? i.article.meta.url : i.reason))).toEqual(['https://f.example/1']);
  });

  it('3,000 entries that all lack their end tag are each read, in linear time', async () => {
    const entry = '<entry><id>e</id><content type="html">&lt;p&gt;Body.&lt;/p&gt;</content>/entry>\n';
    const path = file('unclosed-many.atom', `<feed><title>F</title>${entry.repeat(3000)}</feed>`);
    const t0 = performance.now();
    const items = await readAll([path]);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(items.filter((i) => i.kind === 'article')).toHaveLength(3000);
  });

  it('an item start inside CDATA is content, not a new item', async () => {
    const path = file(
      'cdata.rss',
      '<rss><channel><item><link>https://f.example/c</link><description><![CDATA[<p>See <item> tags.</p>]]></description></item></channel></rss>',
    );
    const got = (await readAll([path])).map((i) => (i.kind === 'article' ? i.article.html : i.reason));
    expect(got).toEqual(['<p>See <item> tags.</p>']);
  });
});

describe('fuzz: thousands of unclosed tags in a feed item', () => {
  it('are read past in a bounded number of scans, and the next item is still read', async () => {
    const rss =
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Coast Post</title>' +
      `<item><title>Harbour deal stalls</title><link>https://coast.example/a</link><description>The port closed on Monday.</description><pubDate>Tue, 04 Mar 2025 09:00:00 GMT</pubDat${'<blockquote>'.repeat(20000)}</item>` +
      '<item><title>Mill reopens</title><link>https://coast.example/b</link><description>The mill reopened on Friday.</description></item>' +
      '</channel></rss>';
    const items = await readAll([file('nested.rss', rss)]);
    const urls = items.flatMap((i) => (i.kind === 'article' ? [i.article.meta.url] : []));
    expect(urls).toEqual(['https://coast.example/a', 'https://coast.example/b']);
  });
});

describe('fuzz: junk longer than the record cap before a WARC record', () => {
  it('is skipped as it streams by, and the records after it are read', async () => {
    const junk = 'a'.repeat(400_000);
    const path = file(
      'junk-start.warc',
      `${junk}\r\n${warcResponse('https://a.example/1', PARAS[0]!)}${warcResponse('https://a.example/2', PARAS[1]!)}`,
    );
    const urls: string[] = [];
    for await (const i of readInputs([path], { maxArticleBytes: 65_536 }))
      if (i.kind === 'article') urls.push(i.article.meta.url!);
    expect(urls).toEqual(['https://a.example/1', 'https://a.example/2']);
  });
});
