/** What the corpus read commands share: opening the store read-only, JSON Lines, and plain-text tables. */
import { type Command, InvalidArgumentError } from 'commander';
import { DEFAULT_DB, SqliteStore, type Store } from '../../store/index.js';
import type { CliIo } from '../io.js';

export interface DbOptions {
  db: string;
  json?: boolean;
}

/** Adds the options every read command takes. */
export function withDbOptions(cmd: Command): Command {
  return cmd.option('--db <file>', 'the database file', DEFAULT_DB).option('--json', 'JSON Lines: one object per line');
}

/**
 * Output closed early (`parley export | head`): stop writing instead of dying on EPIPE. Returns a check the command
 * polls in its loops; the listener is removed by `dispose`.
 */
export function watchOutput(io: CliIo): { closed(): boolean; dispose(): void } {
  const out = io.stdout as {
    on?: (ev: string, fn: (e: NodeJS.ErrnoException) => void) => unknown;
    off?: (ev: string, fn: (e: NodeJS.ErrnoException) => void) => unknown;
  };
  let closed = false;
  const onError = (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') closed = true;
    else throw e;
  };
  out.on?.('error', onError);
  return { closed: () => closed, dispose: () => void out.off?.('error', onError) };
}

/** Runs `fn` on the store opened read-only; a missing or foreign file is a coded one-line error (exit 1). */
export async function withStore<T>(db: string, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await SqliteStore.open(db, { readonly: true });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export const writeJsonLine = (io: CliIo, value: unknown) => io.stdout.write(`${JSON.stringify(value)}\n`);

/**
 * Says on stderr that a listing stopped at its `--limit` (stdout keeps only the rows): a full page may hide more.
 */
export function noteLimit(io: CliIo, shown: number, limit: number, what: string): void {
  if (shown >= limit) io.stderr.write(`parley: showing the first ${limit} ${what}; --limit N shows more\n`);
}

/** A listing: the note when `--limit` cut it, then JSON Lines with `--json`, else "no <what>" or what `render` makes. */
export function printListing<T>(
  io: CliIo,
  rows: readonly T[],
  opts: { json?: boolean; limit: number },
  what: string,
  render: (rows: readonly T[]) => string,
): void {
  noteLimit(io, rows.length, opts.limit, what);
  if (opts.json) for (const r of rows) writeJsonLine(io, r);
  else io.stdout.write(rows.length === 0 ? `no ${what}\n` : render(rows));
}

/** One line of text for a table cell: whitespace collapsed, cut to `max` characters with an ellipsis. */
export function cell(value: unknown, max = 60): string {
  if (value === null || value === undefined) return '-';
  const s = String(value).replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** A plain-text table: a header row, then rows, columns padded to their widest cell (the last one is not padded). */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return `${[line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')}\n`;
}

/** Parses a positive integer option. */
export function positiveInt(name: string): (v: string) => number {
  return (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a positive integer`);
    return n;
  };
}

/**
 * How tables name an article: its external id when it has one, else `#` and its store id — so a store id is never
 * mistaken for an external id made of digits (a JSON Lines `"id": 42`).
 */
export const articleRef = (a: { readonly externalId: string | null; readonly articleId: number }): string =>
  a.externalId ?? `#${a.articleId}`;

/** The date part of an ISO date-time, for tables. */
export const day = (iso: string | null | undefined): string => (iso ? iso.slice(0, 10) : '-');
