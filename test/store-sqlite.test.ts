import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isParleyError } from '../src/model/index.js';
import { SqliteStore } from '../src/store/index.js';
import { makeAnalysis, makeRecord, storeSuite } from './store-suite.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
let current = '';

storeSuite('sqlite', {
  open: async () => {
    current = join(dir, `s${n++}.db`);
    return SqliteStore.open(current);
  },
  reopen: async () => SqliteStore.open(current),
});

describe('SqliteStore specifics', () => {
  it('uses WAL mode and one file', async () => {
    const file = join(dir, 'wal.db');
    const s = await SqliteStore.open(file);
    const mode = (s as unknown as { raw: { pragma(q: string, o: object): unknown } }).raw.pragma('journal_mode', {
      simple: true,
    });
    expect(mode).toBe('wal');
    await s.close();
    expect(existsSync(file)).toBe(true);
  });

  it('lets two stores open one new file at once (the later one waits for the migrations)', async () => {
    const file = join(dir, 'race.db');
    const [a, b] = await Promise.all([SqliteStore.open(file), SqliteStore.open(file)]);
    await a.putArticles([makeRecord('r1', makeAnalysis({ title: 'Race', body: 'Both opened it.', externalId: 'r1' }))]);
    expect((await b.search('opened')).length).toBe(1);
    await a.close();
    await b.close();
  });

  it('refuses a missing file read-only, with a coded error', async () => {
    const file = join(dir, 'missing.db');
    const err = await SqliteStore.open(file, { readonly: true }).catch((e: unknown) => e);
    expect(isParleyError(err) && err.code).toBe('PARLEY_ERR_STORE');
    expect(existsSync(file)).toBe(false);
  });

  it('refuses a file that is not a Parley database', async () => {
    const file = join(dir, 'foreign.db');
    writeFileSync(file, '');
    const err = await SqliteStore.open(file, { readonly: true }).catch((e: unknown) => e);
    expect(isParleyError(err) && err.message).toMatch(/not a Parley database/);
  });

  it('records its migrations and applies them once', async () => {
    const file = join(dir, 'mig.db');
    const s = await SqliteStore.open(file);
    await s.migrate();
    const rows = await s.db
      .selectFrom('kysely_migration' as never)
      .selectAll()
      .execute();
    expect((rows as { name: string }[]).map((r) => r.name)).toEqual([
      '0001_init',
      '0002_propositions',
      '0003_pending_bands',
      '0004_ingest_indexes',
    ]);
    await s.close();
  });

  it('migrates a database written before 0003 and 0004: its band rows are read, new ones go pending', async () => {
    const file = join(dir, 'old.db');
    const raw = (s: SqliteStore) => (s as unknown as { raw: import('better-sqlite3').Database }).raw;
    const s = await SqliteStore.open(file);
    const [o1] = (await s.putArticles([
      makeRecord('o1', makeAnalysis({ title: 'Old', body: 'Old body.', externalId: 'o1' }), { bands: [11] }),
    ])) as { id: number }[];
    await s.close();
    // Back to the 0002 schema, band rows in lsh_bands, as an older Parley left it.
    const old = await SqliteStore.open(file);
    raw(old).exec(`DROP TABLE lsh_pending; DROP INDEX articles_links;
      CREATE INDEX entities_corpus ON entities (corpus_entity_id); CREATE INDEX mentions_entity ON mentions (entity_id);
      CREATE INDEX quotes_corpus_entity ON quotes (corpus_entity_id); CREATE INDEX events_cameo ON events (cameo);
      DELETE FROM kysely_migration WHERE name >= '0003'`);
    raw(old).close();
    const re = await SqliteStore.open(file);
    const indexes = raw(re)
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
      .pluck()
      .all();
    expect(indexes).toContain('articles_links');
    expect(indexes).not.toContain('events_cameo');
    const [o2] = (await re.putArticles([
      makeRecord('o2', makeAnalysis({ title: 'New', body: 'New body.', externalId: 'o2' }), { bands: [11] }),
    ])) as { id: number }[];
    expect((await re.lshLookup([11])).get(11)).toEqual([o1!.id, o2!.id]);
    expect((await re.copyCandidates([o1!.id])).get(o1!.id)?.id).toBe(o1!.id);
    await re.close();
  });

  it('holds band rows back in lsh_pending, finds them, and moves them into lsh_bands in sorted groups', async () => {
    const file = join(dir, 'bands.db');
    const raw = (s: SqliteStore) => (s as unknown as { raw: import('better-sqlite3').Database }).raw;
    const rows = (s: SqliteStore, table: string) =>
      raw(s).prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).raw().all() as [number, unknown][];
    const article = (k: string) =>
      makeRecord(k, makeAnalysis({ title: `Title ${k}`, body: `Body ${k}.`, externalId: k, url: `u:${k}` }), {
        bands: k === 'a' ? [7, 2 ** 40 + 5, 7] : [7, 3],
      });
    const a = await SqliteStore.open(file, { bandGroup: 5 });
    const [oa, ob] = (await a.putArticles([article('a'), article('b')])) as { id: number }[];
    // Four distinct rows pending (fewer than the group of 5), none in lsh_bands, all found by look-ups.
    expect(rows(a, 'lsh_bands')).toEqual([]);
    expect(rows(a, 'lsh_pending').map((r) => r[0])).toEqual([oa!.id, ob!.id]);
    expect([...(await a.lshLookup([7, 3, 2 ** 40 + 5, 9])).entries()]).toEqual([
      [7, [oa!.id, ob!.id]],
      [3, [ob!.id]],
      [2 ** 40 + 5, [oa!.id]],
    ]);
    expect((await a.lshLookup([7], 1)).get(7)).toEqual([ob!.id]);
    // Killed: the connection goes away without close(). A new store reloads the pending rows.
    raw(a).close();
    const b = await SqliteStore.open(file, { bandGroup: 5 });
    expect((await b.lshLookup([7])).get(7)).toEqual([oa!.id, ob!.id]);
    // A fifth row reaches the group: all five move into lsh_bands, sorted, and lsh_pending empties.
    const [oc] = (await b.putArticles([makeRecord('c', makeAnalysis({ title: 'C', body: 'C.' }), { bands: [1] })])) as {
      id: number;
    }[];
    expect(rows(b, 'lsh_pending')).toEqual([]);
    expect(rows(b, 'lsh_bands')).toEqual([
      [1, oc!.id],
      [3, ob!.id],
      [7, oa!.id],
      [7, ob!.id],
      [2 ** 40 + 5, oa!.id],
    ]);
    // Look-ups read the table and the buffer alike; close() moves what is left.
    await b.putArticles([makeRecord('d', makeAnalysis({ title: 'D', body: 'D.' }), { bands: [7] })]);
    const ids = (await b.lshLookup([7])).get(7)!;
    expect(ids.slice(0, 2)).toEqual([oa!.id, ob!.id]);
    expect(ids).toHaveLength(3);
    expect((await b.lshLookup([7], 2)).get(7)).toEqual(ids.slice(1));
    await b.close();
    const c = await SqliteStore.open(file);
    expect(rows(c, 'lsh_pending')).toEqual([]);
    expect(rows(c, 'lsh_bands')).toHaveLength(6);
    await c.close();
  });

  it('skips band keys no stored article holds, and still finds rows another connection wrote', async () => {
    const file = join(dir, 'band-filter.db');
    const article = (k: string, bands: number[]) =>
      makeRecord(k, makeAnalysis({ title: `T ${k}`, body: `B ${k}.`, externalId: k, url: `u:${k}` }), { bands });
    const a = await SqliteStore.open(file, { bandGroup: 1 });
    const [oa] = (await a.putArticles([article('a', [5, 2 ** 36 + 7])])) as { id: number }[];
    // Moved into lsh_bands at once (group of 1); the first look-up builds the filter from the table.
    expect([...(await a.lshLookup([5, 6, 2 ** 36 + 7])).entries()]).toEqual([
      [5, [oa!.id]],
      [2 ** 36 + 7, [oa!.id]],
    ]);
    // Rows this connection moves later join the filter.
    const [ob] = (await a.putArticles([article('b', [6])])) as { id: number }[];
    expect((await a.lshLookup([6])).get(6)).toEqual([ob!.id]);
    // Another connection commits rows: the filter is rebuilt (data_version changed) and they are found.
    const b = await SqliteStore.open(file, { bandGroup: 1 });
    const [oc] = (await b.putArticles([article('c', [9, 5])])) as { id: number }[];
    await b.close();
    expect((await a.lshLookup([9])).get(9)).toEqual([oc!.id]);
    expect((await a.lshLookup([5])).get(5)).toEqual([oa!.id, oc!.id]);
    await a.close();
  });

  it('asks the table only for keys the filter may hold, and for every key while another writer is busy', async () => {
    const file = join(dir, 'band-filter-asked.db');
    const article = (k: string, bands: number[]) =>
      makeRecord(k, makeAnalysis({ title: `T ${k}`, body: `B ${k}.`, externalId: k, url: `u:${k}` }), { bands });
    const a = await SqliteStore.open(file, { bandGroup: 1 });
    await a.putArticles([article('a', [5])]);
    // The keys each look-up passes to the band table.
    const asked: number[][] = [];
    const stmts = (a as unknown as { lookups(): { bands(k: readonly number[], p: number): unknown } }).lookups();
    const bands = stmts.bands.bind(stmts);
    stmts.bands = (k, p) => {
      asked.push([...k]);
      return bands(k, p);
    };
    await a.lshLookup([5, 77]); // first look-up: no filter yet
    await a.lshLookup([5, 77]); // quiet since: the filter is built
    expect(asked).toEqual([[5, 77], [5]]);
    const b = await SqliteStore.open(file, { bandGroup: 1 });
    await b.putArticles([article('c', [77])]);
    await b.close();
    // Another connection committed: every key is asked, and its row is found.
    expect((await a.lshLookup([5, 77, 91])).get(77)?.length).toBe(1);
    expect(asked[2]).toEqual([5, 77, 91]);
    // Quiet again: the rebuilt filter holds 77 and still leaves 91 out.
    await a.lshLookup([5, 77, 91]);
    expect(asked[3]).toEqual([5, 77]);
    await a.close();
  });
});

describe('BandFilter', () => {
  it('never forgets a key it was given, and answers no for most others', async () => {
    const { BandFilter } = await import('../src/store/sqlite/band-filter.js');
    const f = new BandFilter();
    const keys = Array.from({ length: 50_000 }, (_, i) => (i % 32) * 2 ** 32 + ((i * 2654435761) >>> 0));
    for (const k of keys) f.add(k);
    expect(keys.every((k) => f.mayHave(k))).toBe(true);
    const others = Array.from({ length: 50_000 }, (_, i) => (i % 32) * 2 ** 32 + ((i * 2246822519 + 7) >>> 0));
    const given = new Set(keys);
    const positives = others.filter((k) => !given.has(k) && f.mayHave(k)).length;
    expect(positives).toBeLessThan(50);
  });
});

describe('stored analyses', () => {
  it('round-trip a real analysis exactly, spans stored as offsets', async () => {
    const { createAnalyzer } = await import('../src/analyze.js');
    const { analysisFromColumns, analysisToColumn } = await import('../src/store/index.js');
    const { readSeed } = await import('./helpers.js');
    const { syntheticCorpus } = await import('../bench/corpus.js');
    const analyzer = createAnalyzer();
    const texts = [readSeed(), ...[...syntheticCorpus(5, { seed: 3 })].map((a) => a.text)];
    for (const text of texts) {
      const a = analyzer.analyze(text);
      const column = analysisToColumn(a);
      expect(analysisFromColumns(a.text, column)).toEqual(a);
      expect(column.length).toBeLessThan(JSON.stringify(a).length);
    }
  });
});
