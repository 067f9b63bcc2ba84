// The corpus store: one async interface (Store) and its SQLite implementation. docs/store.md.
export { analysisFromColumns, analysisToColumn, QUOTE_JOINER, signatureFromBytes, signatureToBytes } from './rows.js';
export { SQLITE_MIGRATIONS } from './sqlite/migrations.js';
export { SqliteStore, type SqliteStoreOptions } from './sqlite/store.js';
export type { StoreDatabase } from './tables.js';
export type * from './types.js';

import { SqliteStore, type SqliteStoreOptions } from './sqlite/store.js';
import type { Store } from './types.js';

/** The default database file of the CLI. */
export const DEFAULT_DB = 'parley.db';

/** Opens the store at `path` (SQLite today; a `postgres://` URL will select the Postgres store). */
export async function openStore(path: string, opts: SqliteStoreOptions = {}): Promise<Store> {
  return SqliteStore.open(path, opts);
}
export {
  csvHeader,
  csvLine,
  EXPORT_COLUMNS,
  type ExportColumn,
  type ExportRecord,
  exportRecord,
  ploverRecord,
} from './export.js';
