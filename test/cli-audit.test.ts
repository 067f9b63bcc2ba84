/** The issue-5 audit through the CLI: bad input end to end, exit codes, and article names in every listing. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { cli, jsonLines, sink } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-cli-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every stderr line is a `parley:` line: no stack trace, no stray output. */
function expectOneLiners(err: string): void {
  for (const l of err.trimEnd().split('\n')) expect(l).toMatch(/^parley: /);
  expect(err).not.toMatch(/\n\s+at /);
}

const LONG_ID = 'tag:coastal-times.example,2026:news/ferries/winter-timetable-cut-77';

describe('parley ingest on bad input', () => {
  const bad = join(dir, 'bad');
  beforeAll(() => {
    mkdirSync(join(bad, 'empty-dir'), { recursive: true });
    writeFileSync(join(bad, 'empty.txt'), '');
    writeFileSync(join(bad, 'binary.bin'), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 8, 0, 0x1b, 0, 0, 0, 9]));
    writeFileSync(
      join(bad, 'latin1.txt'),
      Buffer.from('Caf\xe9 owner Jos\xe9 Ruiz said the caf\xe9 would close.', 'latin1'),
    );
    writeFileSync(join(bad, 'cut.jsonl.gz'), gzipSync(Buffer.from('{"id":"z1","text":"A story"}\n')).subarray(0, 12));
    writeFileSync(join(bad, 'cut.warc'), 'WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200');
    writeFileSync(join(bad, 'lines.jsonl'), '{"id":"x1","text":\n[1,2]\n{"id":"x2"}\n"just a string"\n');
  });

  it('reports each bad input on one line, and exits 1 when nothing could be read', async () => {
    // (An empty sub-directory of a given directory is passed over; a given directory with no files is reported.)
    const r = await cli(['ingest', '--db', join(dir, 'bad.db'), bad]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expectOneLiners(r.err);
    const lines = r.err.trimEnd().split('\n');
    expect(lines.slice(0, -1)).toEqual([
      `parley: skipped ${join(bad, 'binary.bin')}: looks like binary data, not text`,
      `parley: skipped ${join(bad, 'cut.jsonl.gz')}: corrupt or truncated gzip data`,
      `parley: skipped ${join(bad, 'cut.warc')}#1: truncated WARC record`,
      `parley: skipped ${join(bad, 'empty.txt')}: input is empty`,
      `parley: skipped ${join(bad, 'latin1.txt')}: not valid UTF-8`,
      `parley: skipped ${join(bad, 'lines.jsonl')}:1: malformed JSON (cut short)`,
      `parley: skipped ${join(bad, 'lines.jsonl')}:2: not a JSON object`,
      `parley: skipped ${join(bad, 'lines.jsonl')}:3: no "text" or "html" field`,
      `parley: skipped ${join(bad, 'lines.jsonl')}:4: not a JSON object`,
    ]);
    expect(lines.at(-1)).toMatch(/^parley: read 9, stored 0, duplicates 0, copies 0, skipped 9 \(/);
  });

  it('exits 1 for an empty directory alone, and for a missing path', async () => {
    const empty = await cli(['ingest', '--db', join(dir, 'empty.db'), join(bad, 'empty-dir')]);
    expect(empty.code).toBe(1);
    expect(empty.err).toMatch(/skipped .*empty-dir: directory has no files\n/);
    const missing = await cli(['ingest', '--db', join(dir, 'missing.db'), join(dir, 'no-such-file.txt')]);
    expect(missing.code).toBe(1);
    expectOneLiners(missing.err);
  });

  it('exits 0 when something was read, however much else was bad', async () => {
    const good = join(dir, 'good.txt');
    writeFileSync(
      good,
      'Ferry cut\n\nThe island ferry operator cut its winter timetable on Tuesday, the company said.',
    );
    const r = await cli(['ingest', '--db', join(dir, 'mixed.db'), bad, good]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/read 10, stored 1, duplicates 0, copies 0, skipped 9/);
    // Run again: everything is already stored, which is not a failure either.
    expect((await cli(['ingest', '--db', join(dir, 'mixed.db'), good])).code).toBe(0);
  });
});

describe('article names in listings', () => {
  const db = join(dir, 'names.db');
  beforeAll(async () => {
    const jsonl = join(dir, 'names.jsonl');
    writeFileSync(
      jsonl,
      [
        {
          id: 42,
          title: 'Numbered',
          text: '"The ferry will run again in March," harbour master Tove Lind said on Monday.',
        },
        {
          id: LONG_ID,
          title: 'Tagged',
          published: '2026-05-05',
          text: 'The island ferry operator Blue Line cut its winter timetable, chief executive Mara Quist said on Tuesday.',
        },
      ]
        .map((o) => JSON.stringify(o))
        .join('\n'),
    );
    const txt = join(dir, 'plain.txt');
    writeFileSync(txt, 'Dock strike\n\n"We will not go back," union leader Arjun Mehta said on Monday in Portsalt.');
    const r = await cli(['ingest', '--db', db, jsonl, txt]);
    expect(r.code).toBe(0);
  });

  it('quotes and search name an article by its external id, else by # and its store id', async () => {
    const quotes = await cli(['quotes', '--db', db]);
    const rows = quotes.out.split('\n').slice(2).filter(Boolean);
    const refs = rows.map((l) => l.split(/\s{2,}/)[1]);
    expect(refs).toEqual(expect.arrayContaining(['42', '#3']));
    const json = jsonLines((await cli(['quotes', '--db', db, '--json'])).out);
    expect(json.map((q) => q.externalId)).toEqual(expect.arrayContaining(['42', null]));
    const search = await cli(['search', '--db', db, '--in', 'articles', 'union']);
    expect(search.out).toMatch(/^article +#3 /m);
  });

  it('stories print a long external id whole', async () => {
    const r = await cli(['stories', '--db', db]);
    expect(r.out).toContain(`  2026-05-05  ${LONG_ID}  `);
    const j = jsonLines((await cli(['stories', '--db', db, '--json'])).out);
    const ids = j.flatMap((s) => (s.articles as { externalId: string | null }[]).map((a) => a.externalId));
    expect(ids.sort()).toEqual(['42', LONG_ID, null].sort());
  });
});

describe('parley ingest --fetch reports a failed page once', () => {
  it('one line for an item kept with its feed text, one skip line for an item without text', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('gone');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const feed = join(dir, 'fetch.xml');
    writeFileSync(
      feed,
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>` +
        `<item><title>With text</title><link>${base}/a</link><guid>f-a</guid>` +
        `<description>The council of Arlen voted on Tuesday to close the old bridge to lorries, officials said.</description></item>` +
        `<item><title>Link only</title><link>${base}/b</link><guid>f-b</guid></item></channel></rss>`,
    );
    try {
      const r = await cli(['ingest', '--db', join(dir, 'fetch.db'), '--fetch', '--allow-private', feed]);
      expect(r.code).toBe(0);
      expect(r.err.trimEnd().split('\n').slice(0, -1)).toEqual([
        `parley: could not fetch the page of ${feed}#1 (kept the feed's text): HTTP 404`,
        `parley: skipped ${feed}#2: cannot fetch "${base}/b": HTTP 404`,
      ]);
      expect(r.err).toMatch(/read 2, stored 1,/);
    } finally {
      server.close();
    }
  });
});

describe('parley analyze on an HTML page that is not UTF-8', () => {
  const page = Buffer.from(
    '<html><head><meta charset="windows-1252"><title>Caf\xe9 closes</title></head><body><article><h1>Caf\xe9 closes</h1>' +
      '<p>The owner of the Caf\xe9 Mir\xf3, Jos\xe9 Ruiz, said on Friday that the caf\xe9 would close after twenty years.</p>' +
      '</article></body></html>',
    'latin1',
  );

  it('decodes it by its declared charset, as ingest does (a file and standard input)', async () => {
    const file = join(dir, 'cp1252.html');
    writeFileSync(file, page);
    const r = await cli(['analyze', '--json', file]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out) as { text: string };
    expect(a.text).toContain('Café Miró, José Ruiz');
    // Standard input has no name: the page is known by its tags.
    const piped = await cli(['analyze', '--json', '-'], page);
    expect(piped.code).toBe(0);
    expect((JSON.parse(piped.out) as { text: string }).text).toContain('Café Miró');
  });

  it('still refuses plain text that is not UTF-8, and empty or binary pages, in one line', async () => {
    const txt = join(dir, 'latin1-plain.txt');
    writeFileSync(txt, Buffer.from('Caf\xe9 owner Jos\xe9 Ruiz said the caf\xe9 would close.', 'latin1'));
    const empty = join(dir, 'empty.html');
    writeFileSync(empty, '');
    const r = await cli(['analyze', txt, empty]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `parley: ${txt}: not valid UTF-8 [PARLEY_ERR_INPUT_NOT_UTF8]\nparley: ${empty}: input is empty [PARLEY_ERR_INPUT_EMPTY]\n`,
    );
  });
});

describe('parley entities --type', () => {
  it('refuses a type that does not exist instead of listing nothing', async () => {
    const db = join(dir, 'names.db');
    const r = await cli(['entities', '--db', db, '--type', 'persons']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'parley: --type must be one of person, organization, country, place, group [PARLEY_ERR_USAGE]\n',
    );
    expect((await cli(['entities', '--db', db, '--type', 'person'])).code).toBe(0);
  });
});

describe('parley export --json', () => {
  it('is JSON Lines, and a usage error next to another --format', async () => {
    const db = join(dir, 'names.db');
    const j = await cli(['export', '--db', db, '--json', '--kinds', 'quote']);
    expect(j.code).toBe(0);
    expect(jsonLines(j.out).every((r) => r.kind === 'quote')).toBe(true);
    expect(jsonLines(j.out).map((r) => r.external_id)).toEqual(expect.arrayContaining(['42', null]));
    const clash = await cli(['export', '--db', db, '--json', '--format', 'csv']);
    expect(clash.code).toBe(2);
    expect(clash.out).toBe('');
    expect(clash.err).toBe('parley: --json writes JSON Lines: it cannot go with --format csv [PARLEY_ERR_USAGE]\n');
  });
});

describe('parley ingest on a tree with links back up', () => {
  it('reads each file once and sizes the progress bar without walking the loops', async () => {
    const { symlinkSync } = await import('node:fs');
    const root = join(dir, 'loops');
    mkdirSync(join(root, 'd'), { recursive: true });
    writeFileSync(
      join(root, 'd', 'a.txt'),
      'Bridge shut\n\nThe old bridge in Arlen closed to lorries on Monday, the council said.',
    );
    symlinkSync('..', join(root, 'd', 'up'));
    symlinkSync('..', join(root, 'd', 'up2'));
    const out = sink();
    const err = { ...sink(), isTTY: true };
    const code = await run(['ingest', '--db', join(dir, 'loops.db'), root], {
      stdout: out,
      stderr: err,
      stdin: Readable.from(['']),
    });
    expect(code).toBe(0);
    expect(err.text()).toMatch(/read 1, stored 1, duplicates 0/);
  }, 20_000);
});

describe('the external id in every output', () => {
  it('search, quotes, disputes, stories and export (jsonl, csv, plover) all carry it', async () => {
    const db = join(dir, 'ids.db');
    const jsonl = join(dir, 'ids.jsonl');
    const claim = 'the army shelled the village of Korvo';
    writeFileSync(
      jsonl,
      [
        {
          id: 'id-assert',
          source: 'North Herald',
          published: '2026-08-01',
          text: `Interior Minister Daria Volkova said on Monday that ${claim}.\n\n"Our soldiers shelled Korvo without warning," Volkova told parliament.`,
        },
        {
          id: 'id-deny',
          source: 'South Courier',
          published: '2026-08-02',
          text: `General Piet Mahler, the army chief of staff, denied on Tuesday that ${claim}. "We did not shell Korvo," Mahler said.`,
        },
      ]
        .map((o) => JSON.stringify(o))
        .join('\n'),
    );
    expect((await cli(['ingest', '--db', db, jsonl])).code).toBe(0);
    const ids = new Set(['id-assert', 'id-deny']);
    const search = jsonLines((await cli(['search', '--db', db, '--json', 'Korvo'])).out);
    expect(search.length).toBeGreaterThan(0);
    for (const h of search) expect(ids.has(h.externalId as string)).toBe(true);
    const quotes = jsonLines((await cli(['quotes', '--db', db, '--json'])).out);
    expect(new Set(quotes.map((q) => q.externalId))).toEqual(ids);
    const disputes = jsonLines((await cli(['disputes', '--db', db, '--json'])).out);
    expect(disputes).toHaveLength(1);
    const positions = disputes[0]!.positions as { externalId: string; stance: string; published: string }[];
    expect(positions.map((p) => [p.externalId, p.stance, p.published.slice(0, 10)])).toEqual(
      expect.arrayContaining([
        ['id-assert', 'assert', '2026-08-01'],
        ['id-deny', 'deny', '2026-08-02'],
      ]),
    );
    const stories = jsonLines((await cli(['stories', '--db', db, '--json'])).out);
    const storyIds = stories.flatMap((s) => (s.articles as { externalId: string }[]).map((a) => a.externalId));
    expect(new Set(storyIds)).toEqual(ids);
    const rows = jsonLines((await cli(['export', '--db', db])).out);
    expect(new Set(rows.map((r) => r.external_id))).toEqual(ids);
    const csv = (await cli(['export', '--db', db, '--format', 'csv'])).out.trimEnd().split('\n');
    const col = csv[0]!.split(',').indexOf('external_id');
    expect(new Set(csv.slice(1).map((l) => l.split(',')[col]))).toEqual(ids);
    const plover = jsonLines((await cli(['export', '--db', db, '--format', 'plover'])).out);
    expect(plover.length).toBeGreaterThan(0);
    for (const p of plover) expect(ids.has(p.external_id as string)).toBe(true);
    // The readable tables too.
    expect((await cli(['quotes', '--db', db])).out).toMatch(/id-assert/);
    expect((await cli(['disputes', '--db', db])).out).toMatch(/\(South Courier id-deny\)/);
  });
});

describe('listings cut at --limit', () => {
  it('say so on stderr, and stdout keeps only the rows', async () => {
    const db = join(dir, 'names.db');
    const one = await cli(['quotes', '--db', db, '--json', '--limit', '1']);
    expect(jsonLines(one.out)).toHaveLength(1);
    expect(one.err).toBe('parley: showing the first 1 quotes; --limit N shows more\n');
    const all = await cli(['quotes', '--db', db, '--json']);
    expect(all.err).toBe('');
    expect((await cli(['entities', '--db', db, '--limit', '1'])).err).toMatch(/first 1 entities/);
    expect((await cli(['search', '--db', db, '--limit', '1', 'ferry'])).err).toMatch(/first 1 matches/);
  });
});
