import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../src/corpus/readers/index.js';
import type { ReadItem } from '../src/corpus/types.js';

async function collect(paths: string[], opts = {}): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readInputs(paths, opts)) out.push(item);
  return out;
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'parley-readers-'));
}

async function* bytesOf(s: string | Uint8Array): AsyncGenerator<Uint8Array> {
  const b = typeof s === 'string' ? new TextEncoder().encode(s) : s;
  // Split into small chunks so readers see records across chunk boundaries.
  for (let i = 0; i < b.length; i += 7) yield b.subarray(i, i + 7);
}

describe('readInputs: plain text', () => {
  it('reads one article per file, and skips empty and binary files with the reason', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'b.txt'), 'Second story.\n\nIt has two paragraphs.');
    writeFileSync(join(dir, 'a.txt'), 'First story.');
    writeFileSync(join(dir, 'c.txt'), '   \n');
    writeFileSync(join(dir, 'd.txt'), new Uint8Array([1, 0, 2, 3]));
    writeFileSync(join(dir, 'e.txt'), new Uint8Array([0x66, 0xff, 0xfe, 0x41]));
    const items = await collect([dir]);
    expect(items).toEqual([
      { kind: 'article', article: { origin: join(dir, 'a.txt'), format: 'text', text: 'First story.', meta: {} } },
      {
        kind: 'article',
        article: {
          origin: join(dir, 'b.txt'),
          format: 'text',
          text: 'Second story.\n\nIt has two paragraphs.',
          meta: {},
        },
      },
      { kind: 'skipped', origin: join(dir, 'c.txt'), reason: 'input is empty' },
      { kind: 'skipped', origin: join(dir, 'd.txt'), reason: 'looks like binary data, not text' },
      { kind: 'skipped', origin: join(dir, 'e.txt'), reason: 'not valid UTF-8' },
    ]);
  });

  it('walks directories recursively in sorted order and reports missing paths', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'z'));
    mkdirSync(join(dir, 'm'));
    writeFileSync(join(dir, 'z', 'one.txt'), 'Z one.');
    writeFileSync(join(dir, 'm', 'two.md'), 'M two.');
    writeFileSync(join(dir, '.hidden.txt'), 'hidden');
    const items = await collect([dir, join(dir, 'nope.txt')]);
    expect(items.map((i) => (i.kind === 'article' ? i.article.origin : `${i.origin} ${i.reason}`))).toEqual([
      join(dir, 'm', 'two.md'),
      join(dir, 'z', 'one.txt'),
      `${join(dir, 'nope.txt')} no such file`,
    ]);
  });

  it('refuses a file over the size cap', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(200));
    const items = await collect([dir], { maxArticleBytes: 100 });
    expect(items).toEqual([{ kind: 'skipped', origin: join(dir, 'big.txt'), reason: 'larger than 100 bytes' }]);
  });
});

describe('readInputs: JSON Lines', () => {
  const lines = [
    JSON.stringify({ id: 'a-1', text: 'Ministers met on Monday.', url: 'https://example.org/a', source: 'Example' }),
    '',
    '{"id": 2, "text": ',
    JSON.stringify({ id: 'h', html: '<p>Hello</p>', title: 'Hi', published: '2024-03-05T10:00:00+01:00' }),
    JSON.stringify({ id: 'none' }),
    '[1,2]',
    JSON.stringify({ text: 'No id here.', published: 'not a date', author: 'Ann Lee' }),
  ].join('\r\n');

  it('reads one article per line, keeps ids, and skips bad lines by number', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'in.jsonl'), lines);
    const items = await collect([join(dir, 'in.jsonl')]);
    const f = join(dir, 'in.jsonl');
    expect(items).toEqual([
      {
        kind: 'article',
        article: {
          origin: `${f}:1`,
          format: 'text',
          text: 'Ministers met on Monday.',
          meta: { externalId: 'a-1', url: 'https://example.org/a', publisher: 'Example' },
        },
      },
      { kind: 'skipped', origin: `${f}:3`, reason: expect.stringMatching(/^malformed JSON/) },
      {
        kind: 'article',
        article: {
          origin: `${f}:4`,
          format: 'html',
          html: '<p>Hello</p>',
          meta: { externalId: 'h', title: 'Hi', published: '2024-03-05T09:00:00.000Z' },
        },
      },
      { kind: 'skipped', origin: `${f}:5`, reason: 'no "text" or "html" field' },
      { kind: 'skipped', origin: `${f}:6`, reason: 'not a JSON object' },
      {
        kind: 'article',
        article: {
          origin: `${f}:7`,
          format: 'text',
          text: 'No id here.',
          meta: { published: null, authors: ['Ann Lee'] },
        },
      },
    ]);
  });

  it('reads gzipped JSON Lines by magic bytes, and from stdin', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'in.jsonl.gz'), gzipSync(lines));
    const fromFile = await collect([join(dir, 'in.jsonl.gz')]);
    expect(fromFile.filter((i) => i.kind === 'article')).toHaveLength(3);
    const fromStdin = await collect(['-'], { stdin: bytesOf(gzipSync(lines)) });
    expect(fromStdin.map((i) => (i.kind === 'article' ? i.article.origin : i.origin))).toEqual([
      'stdin:1',
      'stdin:3',
      'stdin:4',
      'stdin:5',
      'stdin:6',
      'stdin:7',
    ]);
  });

  it('ignores a byte-order mark before the first record', async () => {
    const dir = tmp();
    const f = join(dir, 'bom.jsonl');
    writeFileSync(f, `\uFEFF${JSON.stringify({ id: 7, text: 'First.' })}\n`);
    expect(await collect([f])).toEqual([
      { kind: 'article', article: { origin: `${f}:1`, format: 'text', text: 'First.', meta: { externalId: '7' } } },
    ]);
  });

  it('skips an over-long line and goes on', async () => {
    const dir = tmp();
    const f = join(dir, 'in.ndjson');
    writeFileSync(f, `${JSON.stringify({ text: 'y'.repeat(300) })}\n${JSON.stringify({ text: 'short' })}\n`);
    const items = await collect([f], { maxArticleBytes: 100 });
    expect(items).toEqual([
      { kind: 'skipped', origin: `${f}:1`, reason: 'line longer than 100 bytes' },
      { kind: 'article', article: { origin: `${f}:2`, format: 'text', text: 'short', meta: {} } },
    ]);
  });
});

describe('readInputs: format by extension and content', () => {
  it('reads HTML files (charset from the page), sniffs WARC and HTML without telling names', async () => {
    const dir = tmp();
    writeFileSync(
      join(dir, 'a.html'),
      Uint8Array.from('<html><head><meta charset="iso-8859-1"></head><body><p>Caf\xe9</p></body></html>', (c) =>
        c.charCodeAt(0),
      ),
    );
    writeFileSync(join(dir, 'b.xml'), '<!DOCTYPE html><html><body><p>Not a feed.</p></body></html>');
    writeFileSync(join(dir, 'c'), 'WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 2\r\n\r\nhi\r\n\r\n');
    writeFileSync(join(dir, 'd.htm'), '');
    const items = await collect([dir]);
    expect(items).toEqual([
      {
        kind: 'article',
        article: {
          origin: join(dir, 'a.html'),
          format: 'html',
          html: '<html><head><meta charset="iso-8859-1"></head><body><p>Café</p></body></html>',
          meta: {},
        },
      },
      {
        kind: 'article',
        article: {
          origin: join(dir, 'b.xml'),
          format: 'html',
          html: '<!DOCTYPE html><html><body><p>Not a feed.</p></body></html>',
          meta: {},
        },
      },
      { kind: 'skipped', origin: `${join(dir, 'c')}#1`, reason: 'warc record type warcinfo' },
      { kind: 'skipped', origin: join(dir, 'd.htm'), reason: 'input is empty' },
    ]);
  });
});
