import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** ../shared/data, resolved from the repo root (CI lays shared/ beside the clone). */
export const SHARED_DATA = fileURLToPath(new URL('../../shared/data/', import.meta.url));
export const SEED_PATH = `${SHARED_DATA}seed/000_478727a100a7c5f2.txt`;

export function readSeed(): string {
  if (!existsSync(SEED_PATH)) throw new Error(`seed article not found at ${SEED_PATH}`);
  return readFileSync(SEED_PATH, 'utf8');
}

/** A writable sink that collects what is written, for CLI tests. */
export function sink(): { write(s: string): boolean; text(): string; isTTY: boolean } {
  let buf = '';
  return {
    isTTY: false,
    write(s: string) {
      buf += s;
      return true;
    },
    text: () => buf,
  };
}
