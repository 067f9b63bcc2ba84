import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERRORS, ParleyError } from '../src/index.js';

const doc = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8');

describe('error catalogue', () => {
  it('every code in src/model/errors.ts is documented with its status and message, and vice versa', () => {
    const documented = [...doc.matchAll(/^\| `(PARLEY_ERR_[A-Z0-9_]+)` \| (\d+) \| `([^`]+)` \|/gm)].map((m) => [
      m[1],
      Number(m[2]),
      m[3],
    ]);
    const inCode = Object.entries(ERRORS).map(([code, e]) => [code, e.status, e.message]);
    expect(documented).toEqual(inCode);
  });

  it('a ParleyError carries its code and status and fills the message in order', () => {
    const e = new ParleyError('PARLEY_ERR_INPUT_TOO_LARGE', 'big.txt', '100');
    expect(e.code).toBe('PARLEY_ERR_INPUT_TOO_LARGE');
    expect(e.status).toBe(413);
    expect(e.message).toBe('big.txt: larger than 100 bytes');
  });
});
