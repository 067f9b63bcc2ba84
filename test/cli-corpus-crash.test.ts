/**
 * Crash safety, for real: the CLI ingests a generated corpus in a child process, is killed with SIGKILL mid-run, and
 * is started again; the store must end with every article exactly once, copies linked, nothing lost.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticCorpus, toJsonLine } from '../bench/corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'parley-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const N = 600;
const ARTICLES = [...syntheticCorpus(N, { seed: 99, copyRate: 0.08, resendRate: 0.03 })];
const textOf = new Map(ARTICLES.map((a) => [a.id, a.text]));
const RESENT = ARTICLES.filter((a) => a.copyOf && textOf.get(a.copyOf) === a.text).length;
const SYNDICATED = ARTICLES.filter((a) => a.copyOf && textOf.get(a.copyOf) !== a.text).length;

/** Runs `parley <args>` from the sources in a child process (tsx), like the installed bin does. */
function spawnCli(args: string[]): ChildProcess {
  const script =
    'import(process.env.PARLEY_MAIN).then((m) => m.run(process.argv.slice(1))).then((c) => { process.exitCode = c; })';
  return spawn(process.execPath, ['--import', 'tsx', '-e', script, '--', ...args], {
    cwd: ROOT,
    env: { ...process.env, PARLEY_MAIN: join(ROOT, 'src/cli/main.ts') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function countArticles(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

const exited = (p: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    p.on('exit', (code, signal) => resolve({ code, signal })),
  );

describe('ingest survives kill -9', () => {
  it('ends with every article exactly once after a SIGKILL and a restart', async () => {
    const input = join(dir, 'corpus.jsonl');
    const db = join(dir, 'crash.db');
    writeFileSync(input, `${ARTICLES.map(toJsonLine).join('\n')}\n`);

    const first = spawnCli(['ingest', '--db', db, '--batch', '20', input]);
    const firstExit = exited(first);
    // Kill it once some batches are committed, in the middle of the run.
    let seen = 0;
    for (let i = 0; i < 400 && first.exitCode === null; i++) {
      seen = countArticles(db);
      if (seen >= 60) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    first.kill('SIGKILL');
    const { signal } = await firstExit;
    expect(signal).toBe('SIGKILL');
    const afterKill = countArticles(db);
    expect(afterKill).toBeGreaterThanOrEqual(seen);
    expect(afterKill).toBeLessThan(N - RESENT);
    // The killed run's band rows were committed with their batches (pending, not yet moved into lsh_bands).
    const killed = new Database(db, { readonly: true });
    const pendingAfterKill = (killed.prepare('SELECT count(*) AS n FROM lsh_pending').get() as { n: number }).n;
    killed.close();
    expect(pendingAfterKill).toBeGreaterThan(0);

    const second = spawnCli(['ingest', '--db', db, '--batch', '20', input]);
    let err = '';
    second.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
    });
    const { code } = await exited(second);
    expect(code).toBe(0);
    expect(err).toMatch(new RegExp(`read ${N}, stored ${N - RESENT - afterKill}, `));

    const conn = new Database(db, { readonly: true });
    const row = conn
      .prepare(
        'SELECT count(*) AS n, count(DISTINCT external_id) AS ids, count(DISTINCT content_hash) AS hashes FROM articles',
      )
      .get() as { n: number; ids: number; hashes: number };
    const copies = (conn.prepare('SELECT count(*) AS n FROM articles WHERE copy_of IS NOT NULL').get() as { n: number })
      .n;
    const orphans = (
      conn
        .prepare('SELECT count(*) AS n FROM quotes q LEFT JOIN articles a ON a.id = q.article_id WHERE a.id IS NULL')
        .get() as {
        n: number;
      }
    ).n;
    const fts = (conn.prepare('SELECT count(*) AS n FROM articles_fts').get() as { n: number }).n;
    // The band rows, the killed run's included, all moved into lsh_bands at the end; none for a copy.
    const bands = conn
      .prepare(
        `SELECT (SELECT count(*) FROM lsh_pending) AS pending, count(*) AS rows, count(DISTINCT b.article_id) AS articles,
           sum(a.copy_of IS NOT NULL) AS copies
         FROM lsh_bands b JOIN articles a ON a.id = b.article_id`,
      )
      .get() as { pending: number; rows: number; articles: number; copies: number };
    // Every declared reference holds (the writer assigns the layer ids itself; SQLite does not check them per row).
    const brokenRefs = conn.prepare('PRAGMA foreign_key_check').all();
    conn.close();
    expect(brokenRefs).toEqual([]);
    // Both full-text indexes agree with their content tables (FTS5 integrity-check throws on a mismatch).
    const rw = new Database(db);
    for (const t of ['articles_fts', 'quotes_fts'])
      expect(() => rw.prepare(`INSERT INTO ${t} (${t}, rank) VALUES ('integrity-check', 1)`).run()).not.toThrow();
    rw.close();
    expect(row).toEqual({ n: N - RESENT, ids: N - RESENT, hashes: N - RESENT });
    expect(copies).toBe(SYNDICATED);
    expect(orphans).toBe(0);
    expect(fts).toBe(N - RESENT);
    expect(bands.pending).toBe(0);
    expect(bands.copies).toBe(0);
    expect(bands.articles).toBeGreaterThan((N - RESENT - SYNDICATED) / 2);
  }, 60_000);
});
