/** Bad input found in the issue-5 audit: files cut short early, empty directories. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../src/corpus/readers/index.js';
import { readJsonDocument } from '../src/corpus/readers/json.js';
import { peek } from '../src/corpus/readers/source.js';
import type { ReadItem } from '../src/corpus/types.js';

async function collect(paths: string[]): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readInputs(paths)) out.push(item);
  return out;
}

const summary = (items: ReadItem[]) =>
  items.map((i) => (i.kind === 'article' ? `article ${i.article.origin}` : `skipped ${i.origin}: ${i.reason}`));

const line = (id: string, text: string) => `${JSON.stringify({ id, text })}\n`;

function warcRecord(type: string, uri: string, payload: string): string {
  const body = Buffer.from(payload, 'utf8');
  return (
    `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2026-07-01T00:00:00Z\r\n` +
    `Content-Type: application/http; msgtype=${type}\r\nContent-Length: ${body.length}\r\n\r\n${payload}\r\n\r\n`
  );
}

describe('peek', () => {
  it('hands over the bytes that came before a failure, then raises it', async () => {
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array([1, 2, 3]);
      throw new Error('cut short');
    }
    const { head, chunks } = await peek(failing(), 4096);
    expect([...head]).toEqual([1, 2, 3]);
    const got: number[] = [];
    await expect(
      (async () => {
        for await (const c of chunks) got.push(...c);
      })(),
    ).rejects.toThrow('cut short');
    expect(got).toEqual([1, 2, 3]);
  });
});

describe('readInputs on files cut short', () => {
  it('keeps the JSON lines of a small gzip cut before its end, then reports the cut', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-readers-audit-'));
    const first = line('k1', 'The ferry to Lindholm sailed again on Monday, the operator said.');
    const second = line('k2', 'A second article that the cut loses part of, about the harbour dues.');
    // Stored (level 0) deflate: the bytes come out as they went in, so the cut falls inside the second line.
    const gz = gzipSync(Buffer.from(first + second), { level: 0 });
    const cut = gz.subarray(0, 10 + 5 + first.length + 20);
    const path = join(dir, 'cut.jsonl.gz');
    writeFileSync(path, cut);
    expect(summary(await collect([path]))).toEqual([
      `article ${path}:1`,
      `skipped ${path}: corrupt or truncated gzip data`,
    ]);
  });

  it('keeps the records of a WARC.gz cut inside a later record', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-readers-audit-'));
    const html =
      '<html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>' +
      '<p>The Kessel bridge reopened to traffic on Friday after eight months of repairs, the transport office said.</p>' +
      '</article></body></html>';
    const response = `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`;
    const members = [
      gzipSync(warcRecord('request', 'https://v.example/bridge', 'GET /bridge HTTP/1.1\r\n\r\n')),
      gzipSync(warcRecord('response', 'https://v.example/bridge', response)),
      gzipSync(warcRecord('response', 'https://v.example/other', response.replace('Kessel', 'Ostra'))),
    ];
    const whole = Buffer.concat(members);
    const path = join(dir, 'cut.warc.gz');
    // Cut inside the third member: both first records are whole.
    writeFileSync(path, whole.subarray(0, members[0]!.length + members[1]!.length + 30));
    const items = await collect([path]);
    expect(summary(items)).toEqual([
      `skipped ${path}#1: warc record type request`,
      `article ${path}#2`,
      `skipped ${path}: corrupt or truncated gzip data`,
    ]);
    const article = items[1];
    expect(article?.kind === 'article' && article.article.meta.url).toBe('https://v.example/bridge');
  });
});

describe('readInputs on directories', () => {
  it('says so when a directory holds no file to read (hidden files do not count)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-readers-audit-'));
    const empty = join(dir, 'empty');
    mkdirSync(join(empty, 'sub'), { recursive: true });
    writeFileSync(join(empty, '.hidden.txt'), 'Not read.');
    const full = join(dir, 'full');
    mkdirSync(full);
    writeFileSync(join(full, 'a.txt'), 'The council met on Monday.');
    expect(summary(await collect([empty, full]))).toEqual([
      `skipped ${empty}: directory has no files`,
      `article ${join(full, 'a.txt')}`,
    ]);
  });
});

describe('readInputs: malformed JSON lines', () => {
  it('gives short, stable reasons that do not quote the line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-readers-audit-'));
    const path = join(dir, 'bad.jsonl');
    writeFileSync(
      path,
      '{"id":"a","text":"cut\nHarbour deal talks resume\n{"id":"b"} trailing\n{"id":"c","text":"ok"}\n',
    );
    expect(summary(await collect([path]))).toEqual([
      `skipped ${path}:1: malformed JSON (cut short)`,
      `skipped ${path}:2: malformed JSON`,
      `skipped ${path}:3: malformed JSON (at character 12)`,
      `article ${path}:4`,
    ]);
  });
});

async function* chunked(s: string | Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  const b = typeof s === 'string' ? new TextEncoder().encode(s) : s;
  for (let i = 0; i < b.length; i += size) yield b.subarray(i, i + size);
}

async function collectJson(doc: string | Uint8Array, size: number, max = 1 << 20): Promise<string[]> {
  const out: string[] = [];
  for await (const item of readJsonDocument('d.json', chunked(doc, size), max))
    out.push(
      item.kind === 'article'
        ? `article ${item.article.origin} ${item.article.meta.externalId ?? '-'} ${item.article.text ?? item.article.html}`
        : `skipped ${item.origin}: ${item.reason}`,
    );
  return out;
}

describe('readJsonDocument: JSON exports', () => {
  const a = {
    id: 'j1',
    title: 'Bridge closes',
    text: 'The old bridge closes to lorries on Monday, {"officials"} said.',
  };
  const b = { id: 'j2', html: '<p>Harbour fees rise by [ten] percent, the port said.</p>', url: 'https://p.example/b' };

  it('reads an array of records, pretty-printed or not, whatever the chunk size', async () => {
    const expected = [
      `article d.json#1 j1 ${a.text}`,
      `article d.json#2 j2 ${b.html}`,
      'skipped d.json#3: not a JSON object',
      'skipped d.json#4: no "text" or "html" field',
      'skipped d.json#5: not a JSON object',
    ];
    for (const doc of [
      JSON.stringify([a, b, 7, { id: 'x' }, 'str']),
      JSON.stringify([a, b, 7, { id: 'x' }, 'str'], null, 2),
    ])
      for (const size of [1, 3, 64, 1 << 16]) expect(await collectJson(doc, size)).toEqual(expected);
  });

  it('reads one pretty-printed object, and objects one after another', async () => {
    expect(await collectJson(`\uFEFF${JSON.stringify(a, null, 2)}\n`, 5)).toEqual([`article d.json#1 j1 ${a.text}`]);
    expect(await collectJson(`${JSON.stringify(a)}\n${JSON.stringify(b, null, 1)}`, 7)).toEqual([
      `article d.json#1 j1 ${a.text}`,
      `article d.json#2 j2 ${b.html}`,
    ]);
  });

  it('reports a record cut short, an array left open, an oversize record and bad UTF-8, keeping the rest', async () => {
    const doc = JSON.stringify([a, b]);
    expect(await collectJson(doc.slice(0, doc.length - 20), 9)).toEqual([
      `article d.json#1 j1 ${a.text}`,
      'skipped d.json#2: JSON ends inside a record (cut short)',
    ]);
    expect(await collectJson(doc.slice(0, -1), 9)).toEqual([
      `article d.json#1 j1 ${a.text}`,
      `article d.json#2 j2 ${b.html}`,
      'skipped d.json: JSON array not closed (cut short)',
    ]);
    const big = { id: 'big', text: 'x'.repeat(500) };
    expect(await collectJson(JSON.stringify([big, a]), 16, 200)).toEqual([
      'skipped d.json#1: record larger than 200 bytes',
      `article d.json#2 j1 ${a.text}`,
    ]);
    const bad = new Uint8Array([
      ...new TextEncoder().encode('[{"text":"caf'),
      0xe9,
      ...new TextEncoder().encode('"}]'),
    ]);
    expect(await collectJson(bad, 4)).toEqual(['skipped d.json#1: not valid UTF-8']);
    expect(await collectJson('[]', 4)).toEqual(['skipped d.json: JSON array is empty']);
  });

  it('is picked by the .json extension and by a head that opens an array', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-readers-audit-'));
    writeFileSync(join(dir, 'export.json'), JSON.stringify(a, null, 2));
    writeFileSync(join(dir, 'noext'), JSON.stringify([b]));
    expect(summary(await collect([join(dir, 'export.json'), join(dir, 'noext')]))).toEqual([
      `article ${join(dir, 'export.json')}#1`,
      `article ${join(dir, 'noext')}#1`,
    ]);
  });
});

describe('readInputs: symbolic links', () => {
  it('walks each directory once, whatever links lead back up the tree', async () => {
    const { symlinkSync } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'parley-readers-audit-'));
    mkdirSync(join(dir, 'd'));
    writeFileSync(join(dir, 'd', 'a.txt'), 'The council met on Monday.');
    symlinkSync('..', join(dir, 'd', 'up'));
    symlinkSync('..', join(dir, 'd', 'up2'));
    symlinkSync('.', join(dir, 'd', 'self'));
    expect(summary(await collect([dir]))).toEqual([`article ${join(dir, 'd', 'a.txt')}`]);
  });
});

describe('readInputs: onBytes', () => {
  it('is told the raw bytes read, gzipped as stored, adding up to the file sizes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-readers-audit-'));
    const lines = Array.from({ length: 300 }, (_, i) => line(`b${i}`, `Story ${i}: the council met on Monday.`)).join(
      '',
    );
    const gz = gzipSync(Buffer.from(lines));
    writeFileSync(join(dir, 'a.jsonl.gz'), gz);
    writeFileSync(join(dir, 'b.txt'), 'The council met on Monday.');
    let bytes = 0;
    let articles = 0;
    for await (const item of readInputs([dir], { onBytes: (n) => (bytes += n) }))
      if (item.kind === 'article') articles++;
    expect(articles).toBe(301);
    expect(bytes).toBe(gz.length + 'The council met on Monday.'.length);
  });
});
