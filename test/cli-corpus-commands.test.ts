import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticCorpus, toJsonLine } from '../bench/corpus.js';
import { run } from '../src/cli/main.js';
import { csvHeader, EXPORT_COLUMNS, SqliteStore } from '../src/store/index.js';
import { cli, jsonLines, sink } from './helpers.js';
import { makeAnalysis, makeRecord } from './store-suite.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-cli-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLES = [...syntheticCorpus(40, { seed: 11, copyRate: 0.15, resendRate: 0.05 })];
const RESENT = ARTICLES.filter((a) => a.copyOf && ARTICLES.find((b) => b.id === a.copyOf)!.text === a.text).length;

describe('parley ingest', () => {
  const input = join(dir, 'in');
  const db = join(dir, 'ingest.db');
  beforeAll(() => {
    mkdirSync(join(input, 'sub'), { recursive: true });
    const lines = ARTICLES.map(toJsonLine);
    lines.splice(5, 0, '{"id": "broken", "text": ', '{"id":"empty","text":"   "}');
    writeFileSync(join(input, 'news.jsonl'), `${lines.join('\n')}\n`);
    writeFileSync(
      join(input, 'sub', 'note.txt'),
      'Port strike ends\n\nDock workers in Rotterdam ended a three-day strike on Friday after the port authority agreed to a new contract.\n',
    );
  });

  it('ingests a directory, reports bad records by position and prints a one-line summary', async () => {
    const r = await cli(['ingest', '--db', db, '--batch', '8', input]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    const lines = r.err.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('parley: skipped '))).toHaveLength(2);
    expect(r.err).toMatch(/parley: skipped .*news\.jsonl:6: /);
    expect(r.err).toMatch(/parley: skipped .*news\.jsonl:7: /);
    const stored = ARTICLES.length - RESENT + 1;
    expect(lines[lines.length - 1]).toMatch(
      new RegExp(
        `^parley: read ${ARTICLES.length + 3}, stored ${stored}, duplicates ${RESENT}, copies \\d+, skipped 2 \\(`,
      ),
    );
    const store = await SqliteStore.open(db, { readonly: true });
    expect((await store.counts()).articles).toBe(stored);
    expect((await store.getArticleBy({ externalId: 'syn-0' }))?.source).toBe(ARTICLES[0]!.source);
    await store.close();
  });

  it('is idempotent: the second run stores nothing', async () => {
    const r = await cli(['ingest', '--db', db, '-q', input]);
    expect(r.code).toBe(0);
    expect(r.err).not.toContain('skipped news');
    expect(r.err).toMatch(new RegExp(`stored 0, duplicates ${ARTICLES.length + 1}, copies 0, skipped 2`));
  });

  it('draws a progress bar only when stderr is a terminal', async () => {
    let tty = '';
    const stderr = {
      isTTY: true,
      columns: 120,
      write: (s: string) => {
        tty += s;
        return true;
      },
    };
    const code = await run(['ingest', '--db', join(dir, 'tty.db'), '--batch', '10', '-q', input], {
      stdout: sink(),
      stderr,
      stdin: Readable.from([]),
    });
    expect(code).toBe(0);
    expect(tty).toMatch(/ingest \[[█░]+\] \d+ articles \| \d+\/s \| ETA \S+ \| stored \d+, copies \d+/);
    expect(tty).toMatch(/\nparley: read \d+, stored/);
    const plain = await cli(['ingest', '--db', join(dir, 'tty.db'), '-q', input]);
    expect(plain.err).not.toContain('\u001b');
    expect(plain.err.trim().split('\n')).toHaveLength(1);
  });

  it('reads standard input', async () => {
    const db2 = join(dir, 'stdin.db');
    const r = await cli(['ingest', '--db', db2, '--format', 'jsonl', '-'], `${toJsonLine(ARTICLES[0]!)}\n`);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/read 1, stored 1,/);
  });

  it('rejects bad options with a usage error', async () => {
    expect((await cli(['ingest', '--db', join(dir, 'x.db'), '--format', 'pdf', input])).code).toBe(2);
    expect((await cli(['ingest', '--batch', '0', input])).code).toBe(2);
  });

  it('lists stories as JSON Lines {story, articles: [{id, externalId, source, title, published}]}', async () => {
    const r = await cli(['stories', '--db', db, '--json']);
    expect(r.code).toBe(0);
    const rows = jsonLines(r.out);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(['story', 'articles']);
      for (const a of row.articles as Record<string, unknown>[])
        expect(Object.keys(a)).toEqual(['id', 'externalId', 'source', 'title', 'published']);
    }
    const all = rows.flatMap((row) => (row.articles as { externalId: string | null }[]).map((a) => a.externalId));
    expect(new Set(all).size).toBe(all.length);
    expect(all).toContain('syn-0');
    const table = await cli(['stories', '--db', db]);
    expect(table.out).toMatch(/^story \d+ {2}\d+ articles? {2}/);
  });

  it('searches with snippets, as a table and as JSON Lines', async () => {
    const r = await cli(['search', '--db', db, 'Rotterdam']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(/^kind +article +published +source +title \/ speaker +snippet$/);
    expect(r.out).toContain('[Rotterdam]');
    const j = jsonLines((await cli(['search', '--db', db, '--json', 'Rotterdam'])).out);
    expect(j).toHaveLength(1);
    expect(j[0]).toMatchObject({ kind: 'article', title: 'Port strike ends' });
    expect((await cli(['search', '--db', db, 'qwertyuiop'])).out).toBe('no matches\n');
  });

  it('exports one row per event, quote and claim in jsonl, csv and plover', async () => {
    const store = await SqliteStore.open(db, { readonly: true });
    let expected = 0;
    let events = 0;
    for await (const row of store.exportRows()) {
      expected++;
      if (row.kind === 'event') events++;
    }
    await store.close();
    const jsonl = jsonLines((await cli(['export', '--db', db, '--format', 'jsonl'])).out);
    expect(jsonl).toHaveLength(expected);
    if (jsonl[0]) expect(Object.keys(jsonl[0])).toEqual([...EXPORT_COLUMNS]);
    const csv = (await cli(['export', '--db', db, '--format', 'csv'])).out.trimEnd().split('\n');
    expect(csv[0]).toBe(csvHeader());
    expect(csv.length).toBeGreaterThanOrEqual(expected + 1);
    const plover = jsonLines((await cli(['export', '--db', db, '--format', 'plover'])).out);
    expect(plover).toHaveLength(events);
    const bad = await cli(['export', '--db', db, '--format', 'xml']);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/--format must be one of jsonl, csv, plover/);
  });
});

describe('read commands on a known store', () => {
  const db = join(dir, 'known.db');
  const TALKS = 'the two governments held secret talks in Oslo';
  beforeAll(async () => {
    const store = await SqliteStore.open(db);
    const assert = makeAnalysis({
      title: 'Envoy confirms Oslo talks',
      body: `"We met twice and we will meet again," envoy Sara Lind said. She said ${TALKS}.`,
      published: '2026-02-01',
      externalId: 'n1',
      url: 'https://a.example/n1',
      entities: [{ id: 'e1', type: 'person', name: 'Sara Lind', country: 'NOR', affiliation: null }],
      quotes: [{ speaker: 'Sara Lind', entity: 'e1', content: 'We met twice and we will meet again' }],
      claims: [
        {
          id: 'c1',
          text: TALKS,
          positions: [{ holder: 'e1', holderName: 'Sara Lind', stance: 'assert', evidence: 'q1' }],
        },
      ],
      event: true,
    });
    const deny = makeAnalysis({
      title: 'Ministry denies Oslo talks',
      body: `"No such meeting took place," said Omar Haddad of the Interior Ministry, denying that ${TALKS}.`,
      published: '2026-02-03',
      externalId: 'n2',
      url: 'https://b.example/n2',
      entities: [
        { id: 'e1', type: 'person', name: 'Omar Haddad', country: 'JOR', affiliation: 'e2' },
        { id: 'e2', type: 'organization', name: 'Interior Ministry', country: 'JOR' },
      ],
      quotes: [{ speaker: 'Omar Haddad', entity: 'e1', content: 'No such meeting took place', act: 'deny' }],
      claims: [
        {
          id: 'c1',
          text: TALKS,
          positions: [{ holder: 'e1', holderName: 'Omar Haddad', stance: 'deny', evidence: 'q1' }],
        },
      ],
    });
    await store.putArticles([
      makeRecord('n1', assert, { source: 'Alpha News', storyId: 1 }),
      makeRecord('n2', deny, { source: 'Beta Wire', storyId: 1 }),
    ]);
    await store.close();
  });

  it('quotes: filters by speaker, org and act; table and JSON Lines', async () => {
    const all = await cli(['quotes', '--db', db]);
    expect(all.code).toBe(0);
    expect(all.out.split('\n')[0]).toMatch(/^published +article +source +speaker +act +quote$/);
    expect(all.out).toMatch(/2026-02-01 +n1 +Alpha News +Sara Lind +assert +We met twice and we will meet again/);
    const deny = jsonLines((await cli(['quotes', '--db', db, '--act', 'deny', '--json'])).out);
    expect(deny.map((q) => [q.speaker, q.externalId, q.content])).toEqual([
      ['Omar Haddad', 'n2', 'No such meeting took place'],
    ]);
    expect(jsonLines((await cli(['quotes', '--db', db, '--speaker', 'lind', '--json'])).out)).toHaveLength(1);
    expect(jsonLines((await cli(['quotes', '--db', db, '--org', 'interior', '--json'])).out)).toHaveLength(1);
    expect((await cli(['quotes', '--db', db, '--speaker', 'nobody'])).out).toBe('no quotes\n');
    expect((await cli(['quotes', '--db', db, '--act', 'shout'])).code).not.toBe(0);
  });

  it('entities: corpus entities with counts', async () => {
    const r = await cli(['entities', '--db', db]);
    expect(r.out.split('\n')[0]).toMatch(/^id +type +name +country +articles +mentions +quotes$/);
    expect(r.out).toMatch(/person +Sara Lind +NOR +1 +1 +1/);
    const j = jsonLines((await cli(['entities', '--db', db, '--json', '--type', 'person'])).out);
    expect(j.map((e) => e.name).sort()).toEqual(['Omar Haddad', 'Sara Lind']);
  });

  it('disputes: who asserted and who denied, where and when', async () => {
    const r = await cli(['disputes', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      `${TALKS}\n` +
        '  2026-02-01  asserted    Sara Lind  (Alpha News n1)\n' +
        '  2026-02-03  denied      Omar Haddad  (Beta Wire n2)\n',
    );
    const j = jsonLines((await cli(['disputes', '--db', db, '--json'])).out);
    expect(j).toHaveLength(1);
    expect((j[0]!.positions as { stance: string; url: string }[]).map((p) => [p.stance, p.url])).toEqual([
      ['assert', 'https://a.example/n1'],
      ['deny', 'https://b.example/n2'],
    ]);
  });

  it('stories: a readable listing', async () => {
    const r = await cli(['stories', '--db', db]);
    expect(r.out).toBe(
      'story 1  2 articles  2026-02-01…2026-02-03\n' +
        '  2026-02-01  n1                    Alpha News            Envoy confirms Oslo talks\n' +
        '  2026-02-03  n2                    Beta Wire             Ministry denies Oslo talks\n',
    );
  });

  it('export: csv quoting and plover records', async () => {
    const csv = (await cli(['export', '--db', db, '--format', 'csv', '--kinds', 'quote'])).out.trimEnd().split('\n');
    expect(csv).toHaveLength(3);
    const header = csv[0]!.split(',');
    const first = csv[1]!.split(',');
    expect(first[header.indexOf('kind')]).toBe('quote');
    expect(first[header.indexOf('actor')]).toBe('Sara Lind');
    const plover = jsonLines((await cli(['export', '--db', db, '--format', 'plover'])).out);
    expect(plover).toHaveLength(1);
    expect(plover[0]).toMatchObject({
      event_id: '1-v1',
      event_date: '2026-02-01',
      event_type: 'CONSULT',
      source_country: 'USA',
      target_country: 'CHN',
      cameo: '036',
      publisher: 'Alpha News',
    });
  });

  it('a missing database is a one-line error and a non-zero exit, for every read command', async () => {
    const missing = join(dir, 'nope.db');
    for (const cmd of [['search', 'x'], ['quotes'], ['entities'], ['disputes'], ['stories'], ['export']]) {
      const r = await cli([...cmd, '--db', missing]);
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/^parley: store: .*nope\.db: no such database .*\[PARLEY_ERR_STORE\]\n$/);
    }
  });
});

describe('parley ingest --fetch', () => {
  it('downloads feed item pages only with --fetch, and loopback only with --allow-private', async () => {
    const { createServer } = await import('node:http');
    const page =
      '<!doctype html><html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>' +
      '<p>The harbour in Valletta reopened on Thursday after a week of repairs to the breakwater, officials said.</p>' +
      '<p>"Ships can come and go again," the harbour master, Anna Borg, told reporters at the quay.</p>' +
      '</article></body></html>';
    let hits = 0;
    const server = createServer((_req, res) => {
      hits++;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const feed = join(dir, 'feed.xml');
    writeFileSync(
      feed,
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Test feed</title><item><title>Harbour reopens</title>` +
        `<link>http://127.0.0.1:${port}/harbour.html</link><description>Short teaser.</description></item></channel></rss>`,
    );
    try {
      const refused = await cli(['ingest', '--db', join(dir, 'fetch-refused.db'), '--fetch', feed]);
      expect(refused.err).toMatch(/could not fetch/);
      expect(hits).toBe(0);
      const db = join(dir, 'fetch.db');
      const ok = await cli(['ingest', '--db', db, '--fetch', '--allow-private', feed]);
      expect(ok.code).toBe(0);
      expect(hits).toBe(1);
      expect(ok.err).toMatch(/read 1, stored 1,/);
      const hitsOut = jsonLines((await cli(['search', '--db', db, '--json', '--in', 'articles', 'Valletta'])).out);
      expect(hitsOut).toHaveLength(1);
      expect((await cli(['ingest', '--db', db, '--allow-private', feed])).code).not.toBe(0);
    } finally {
      server.close();
    }
  });
});
