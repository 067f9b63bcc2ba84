import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { AnalysisV1 } from '../src/index.js';
import { SEED_PATH, sink } from './helpers.js';

function io(stdin = '') {
  return { stdout: sink(), stderr: sink(), stdin: Readable.from([Buffer.from(stdin)]) };
}

const dir = mkdtempSync(join(tmpdir(), 'parley-cli-'));
const good = join(dir, 'good.txt');
writeFileSync(good, 'Minister Visits Port\nThe minister visited the port on Monday.\n');
const empty = join(dir, 'empty.txt');
writeFileSync(empty, '');
const binary = join(dir, 'blob.bin');
writeFileSync(binary, Buffer.from([0, 1, 2, 3, 255, 254, 0, 0]));
const latin1 = join(dir, 'latin1.txt');
writeFileSync(latin1, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9, 0x2e]));

describe('parley analyze', () => {
  it('--json writes one contract object per input, in input order, with spans that index its text', async () => {
    const s = io();
    const code = await run(['analyze', '--json', good, SEED_PATH], s);
    expect(code).toBe(0);
    const lines = s.stdout.text().trim().split('\n');
    expect(lines).toHaveLength(2);
    const [a, b] = lines.map((l) => AnalysisV1.parse(JSON.parse(l)));
    expect(a!.source).toBe(good);
    expect(b!.source).toBe(SEED_PATH);
    for (const span of b!.article.body) expect(b!.text.slice(span.start, span.end)).toBe(span.text);
  });

  it('reads stdin for -', async () => {
    const s = io('Talks End Without Deal\nThe talks ended on Friday without a deal.\n');
    expect(await run(['analyze', '--json', '-'], s)).toBe(0);
    const out = JSON.parse(s.stdout.text());
    expect(out.article.title.text).toBe('Talks End Without Deal');
  });

  it('bad inputs give one line each on stderr and exit 1, while good inputs in the same call are analysed', async () => {
    const s = io();
    const code = await run(['analyze', '--json', empty, binary, latin1, join(dir, 'nope.txt'), good], s);
    expect(code).toBe(1);
    expect(s.stdout.text().trim().split('\n')).toHaveLength(1);
    expect(s.stderr.text().trim().split('\n')).toEqual([
      `parley: ${empty}: input is empty [PARLEY_ERR_INPUT_EMPTY]`,
      `parley: ${binary}: looks like binary data, not text [PARLEY_ERR_INPUT_BINARY]`,
      `parley: ${latin1}: not valid UTF-8 [PARLEY_ERR_INPUT_NOT_UTF8]`,
      `parley: ${join(dir, 'nope.txt')}: no such file [PARLEY_ERR_INPUT_MISSING]`,
    ]);
    expect(s.stderr.text()).not.toMatch(/\n\s+at /);
  });

  it('without --json prints the readable report with the article structure and dropped blocks', async () => {
    const s = io();
    expect(await run(['analyze', SEED_PATH], s)).toBe(0);
    const report = s.stdout.text();
    expect(report).toContain('title       [161-226] China Stands Firm in U.S. Trade War, Dismisses Negotiation Claims');
    expect(report).toContain('Dropped blocks (3)');
    for (const section of ['Entities (', 'Quotes (', 'Events (', 'Disputes (']) expect(report).toContain(section);
  });

  it('an unknown command or a missing argument is a usage error with exit 2', async () => {
    const s = io();
    expect(await run(['frobnicate'], s)).toBe(2);
    expect(s.stderr.text()).toMatch(/^parley: unknown command 'frobnicate'/);
    const t = io();
    expect(await run(['analyze'], t)).toBe(2);
  });
});

describe('parley analyze --actors', () => {
  it('loads a user actor dictionary for event coding, and refuses a broken one with one line', async () => {
    const dict = join(dir, 'actors.jsonl');
    writeFileSync(dict, '{"name": "Amara Okafor", "code": "NGALEG", "aliases": ["Okafor"]}\n');
    const article = join(dir, 'okafor.txt');
    writeFileSync(article, 'Lawmaker Amara Okafor accused the army of killing protesters in Lagos on Monday.\n');
    const s = io();
    expect(await run(['analyze', '--json', '--actors', dict, article], s)).toBe(0);
    const out = JSON.parse(s.stdout.text());
    const accuse = out.events.find((e: { cameo: string }) => e.cameo.startsWith('11'));
    expect(accuse?.source.code).toBe('NGALEG');

    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"name": \n');
    const t = io();
    expect(await run(['analyze', '--json', '--actors', bad, article], t)).toBe(1);
    expect(t.stdout.text()).toBe('');
    expect(t.stderr.text()).toMatch(/^parley: .*bad\.jsonl:1: .*\[PARLEY_ERR_DICTIONARY\]\n$/);
  });
});
