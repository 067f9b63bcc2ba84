/**
 * Regression tests for what bench/fuzz.ts found: each input is the smallest form of a fuzzer case, written here.
 * House rule: bad input never crashes and never loses data; it gets a one-line error and a non-zero exit.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { readInputs } from '../src/corpus/readers/index.js';
import type { ReadItem } from '../src/corpus/types.js';
import { sink } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-fuzz-regress-'));

function file(name: string, bytes: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

async function readAll(paths: string[]): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readInputs(paths)) out.push(item);
  return out;
}

function io() {
  return { stdout: sink(), stderr: sink(), stdin: Readable.from([Buffer.alloc(0)]) };
}

describe('fuzz: empty structured files', () => {
  it('an empty WARC, WARC.gz or JSON Lines file is skipped as empty instead of passing unnoticed', async () => {
    const paths = [file('e.warc', ''), file('e.warc.gz', ''), file('e.jsonl', ''), file('blank.jsonl', '\n  \n\r\n')];
    expect(await readAll(paths)).toEqual(
      paths.map((origin) => ({ kind: 'skipped', origin, reason: 'input is empty' })),
    );
  });

  it('`ingest -q` of an empty JSON Lines file exits 1 with one stderr line', async () => {
    const s = io();
    const code = await run(['ingest', '-q', '--db', join(dir, 'e.db'), file('e2.jsonl', '')], s);
    expect(code).toBe(1);
    expect(s.stderr.text()).toMatch(
      /^parley: read 1, stored 0, duplicates 0, copies 0, skipped 1 \(input is empty: 1\) in /,
    );
    expect(s.stderr.text().trim().split('\n')).toHaveLength(1);
  });
});
