import { existsSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { run } from '../src/cli/main.js';

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

/** Runs the CLI in-process on `args`, with `stdin` as standard input: exit code and everything written. */
export async function cli(
  args: string[],
  stdin: string | Uint8Array = '',
): Promise<{ code: number; out: string; err: string }> {
  const out = sink();
  const err = sink();
  const code = await run(args, { stdout: out, stderr: err, stdin: Readable.from([stdin]) });
  return { code, out: out.text(), err: err.text() };
}

/** The records of a JSON Lines output. */
export const jsonLines = (s: string) =>
  s
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
