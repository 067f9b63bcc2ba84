import { describe, expect, it } from 'vitest';
import { AnalysisV1, analyze } from '../src/index.js';

describe('analyze', () => {
  it('returns a contract object whose JSON round-trips through the schema', () => {
    const out = analyze('Ministers met on Tuesday.\nThey said nothing.');
    expect(out.schema).toBe('parley.analysis/1');
    expect(AnalysisV1.parse(JSON.parse(JSON.stringify(out)))).toEqual(out);
  });
});
