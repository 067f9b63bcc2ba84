import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../src/corpus/readers/index.js';
import type { ReadItem } from '../src/corpus/types.js';

const enc = new TextEncoder();

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** One WARC record: version line, headers, blank line, block, two CRLFs. */
function record(type: string, headers: Record<string, string>, block: Uint8Array): Uint8Array {
  const head = [`WARC/1.0`, `WARC-Type: ${type}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  head.push(`Content-Length: ${block.length}`);
  return concat([enc.encode(`${head.join('\r\n')}\r\n\r\n`), block, enc.encode('\r\n\r\n')]);
}

function http(status: string, headers: Record<string, string>, body: Uint8Array): Uint8Array {
  const lines = [`HTTP/1.1 ${status}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  return concat([enc.encode(`${lines.join('\r\n')}\r\n\r\n`), body]);
}

const PAGE = '<html><head><title>Mill reopens</title></head><body><p>The mill reopened on Friday.</p></body></html>';
const LATIN_PAGE = Uint8Array.from('<html><body><p>Caf\xe9 owners met.</p></body></html>', (c) => c.charCodeAt(0));

function crawl(): Uint8Array[] {
  return [
    record('warcinfo', { 'WARC-Date': '2024-04-01T10:00:00Z' }, enc.encode('software: test\r\n')),
    record(
      'request',
      { 'WARC-Target-URI': 'https://mill.example/news', 'Content-Type': 'application/http; msgtype=request' },
      enc.encode('GET /news HTTP/1.1\r\nHost: mill.example\r\n\r\n'),
    ),
    record(
      'response',
      {
        'WARC-Target-URI': 'https://mill.example/news',
        'WARC-Date': '2024-04-01T10:00:05Z',
        'Content-Type': 'application/http; msgtype=response',
      },
      http('200 OK', { 'Content-Type': 'text/html; charset=utf-8' }, enc.encode(PAGE)),
    ),
    record(
      'response',
      { 'WARC-Target-URI': 'https://mill.example/gone', 'Content-Type': 'application/http; msgtype=response' },
      http('404 Not Found', { 'Content-Type': 'text/html' }, enc.encode('<p>no</p>')),
    ),
    record(
      'response',
      { 'WARC-Target-URI': 'https://mill.example/a.pdf', 'Content-Type': 'application/http; msgtype=response' },
      http('200 OK', { 'Content-Type': 'application/pdf' }, enc.encode('%PDF-1.4')),
    ),
    record(
      'response',
      {
        'WARC-Target-URI': 'https://cafe.example/',
        'WARC-Date': '2024-04-01T11:00:00Z',
        'Content-Type': 'application/http; msgtype=response',
      },
      http('200 OK', { 'Content-Type': 'text/html; charset=ISO-8859-1' }, LATIN_PAGE),
    ),
    record('metadata', { 'WARC-Target-URI': 'https://cafe.example/' }, enc.encode('fetchTimeMs: 12\r\n')),
  ];
}

async function collect(paths: string[]): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readInputs(paths)) out.push(item);
  return out;
}

function file(name: string, bytes: Uint8Array): string {
  const f = join(mkdtempSync(join(tmpdir(), 'parley-warc-')), name);
  writeFileSync(f, bytes);
  return f;
}

function expected(f: string): ReadItem[] {
  return [
    { kind: 'skipped', origin: `${f}#1`, reason: 'warc record type warcinfo' },
    { kind: 'skipped', origin: `${f}#2`, reason: 'warc record type request' },
    {
      kind: 'article',
      article: {
        origin: `${f}#3`,
        format: 'html',
        html: PAGE,
        meta: { url: 'https://mill.example/news' },
        fetchedAt: '2024-04-01T10:00:05.000Z',
      },
    },
    { kind: 'skipped', origin: `${f}#4`, reason: 'warc response status 404' },
    { kind: 'skipped', origin: `${f}#5`, reason: 'warc response content type application/pdf' },
    {
      kind: 'article',
      article: {
        origin: `${f}#6`,
        format: 'html',
        html: '<html><body><p>Café owners met.</p></body></html>',
        meta: { url: 'https://cafe.example/' },
        fetchedAt: '2024-04-01T11:00:00.000Z',
      },
    },
    { kind: 'skipped', origin: `${f}#7`, reason: 'warc record type metadata' },
  ];
}

describe('readInputs: WARC', () => {
  it('turns HTML 200 responses into articles and skips every other record with its reason', async () => {
    const f = file('crawl.warc', concat(crawl()));
    expect(await collect([f])).toEqual(expected(f));
  });

  it('reads CC-NEWS layout: one gzip member per record', async () => {
    const f = file('CC-NEWS-test.warc.gz', concat(crawl().map((r) => gzipSync(r))));
    expect(await collect([f])).toEqual(expected(f));
  });

  it('stops cleanly at a truncated record, keeping what came before', async () => {
    const whole = concat(crawl());
    const cutAt = whole.length - 200;
    const f = file('cut.warc', whole.subarray(0, cutAt));
    const items = await collect([f]);
    expect(items.slice(0, 5)).toEqual(expected(f).slice(0, 5));
    expect(items[5]).toEqual({ kind: 'skipped', origin: `${f}#6`, reason: 'truncated WARC record' });
    expect(items).toHaveLength(6);
  });

  it('reports a truncated gzip stream and a file that is not WARC', async () => {
    const gz = gzipSync(concat(crawl()));
    const f = file('cut.warc.gz', gz.subarray(0, gz.length - 40));
    const items = await collect([f]);
    expect(items[items.length - 1]).toEqual({ kind: 'skipped', origin: f, reason: 'corrupt or truncated gzip data' });
    const g = file('junk.warc', enc.encode('this is not a warc file\r\n\r\nat all'));
    expect(await collect([g])).toEqual([
      { kind: 'skipped', origin: `${g}#1`, reason: 'corrupt WARC record (no WARC/ version line)' },
    ]);
  });
});
