import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isParleyError } from '../src/model/index.js';
import { SqliteStore } from '../src/store/index.js';
import { storeSuite } from './store-suite.js';

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
    expect((rows as { name: string }[]).map((r) => r.name)).toEqual(['0001_init', '0002_propositions']);
    await s.close();
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
