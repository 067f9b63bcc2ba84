import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { sink } from './helpers.js';

function io() {
  return { stdout: sink(), stderr: sink(), stdin: Readable.from([]) };
}

describe('parley actor', () => {
  it('--json writes one line per phrase with input, code, country, sector, sectors', async () => {
    const s = io();
    const code = await run(
      ['actor', '--json', '--date', '2022-01-10', 'President Kassym-Jomart Tokayev', 'he', 'the weather'],
      s,
    );
    expect(code).toBe(0);
    const lines = s.stdout
      .text()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { input: 'President Kassym-Jomart Tokayev', code: 'KAZGOV', country: 'KAZ', sector: 'GOV', sectors: ['GOV'] },
      { input: 'he', code: 'UNK', country: '', sector: 'UNK', sectors: ['UNK'] },
      { input: 'the weather', code: '', country: '', sector: '', sectors: [] },
    ]);
  });

  it('uses --date for terms of office', async () => {
    const a = io();
    await run(['actor', '--json', '--date', '2017-04-01', 'Angela Merkel'], a);
    expect(JSON.parse(a.stdout.text()).sector).toBe('GOV');
    const b = io();
    await run(['actor', '--json', '--date', '2023-04-01', 'Angela Merkel'], b);
    expect(JSON.parse(b.stdout.text()).sector).toBe('ELI');
  });

  it('prints readable lines without --json, with compounds', async () => {
    const s = io();
    expect(await run(['actor', 'spokesman Guo Jiakun', 'Senior Hungarian and Romanian officials'], s)).toBe(0);
    const text = s.stdout.text();
    expect(text).toContain('spokesman Guo Jiakun → CHNGOV');
    expect(text).toContain('compound: HUNGOV, ROUGOV');
  });

  it('--actors loads a user dictionary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-actors-'));
    const file = join(dir, 'mine.jsonl');
    writeFileSync(file, '{"name": "Tavita Lemalu", "country": "WSM", "sector": "GOV", "aliases": ["Lemalu"]}\n');
    const s = io();
    expect(await run(['actor', '--json', '--actors', file, 'Minister Lemalu'], s)).toBe(0);
    expect(JSON.parse(s.stdout.text())).toMatchObject({ code: 'WSMGOV', country: 'WSM', sector: 'GOV' });
  });

  it('a bad dictionary is a one-line error and exit 1, a bad date a usage error and exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-actors-'));
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, '{"name": "X"}\nnot json\n');
    const s = io();
    expect(await run(['actor', '--actors', file, 'X'], s)).toBe(1);
    expect(s.stderr.text()).toMatch(/bad\.jsonl:2.*PARLEY_ERR_DICTIONARY/);
    const t = io();
    expect(await run(['actor', '--date', 'May 2020', 'X'], t)).toBe(2);
    expect(t.stderr.text()).toContain('PARLEY_ERR_USAGE');
  });
});
