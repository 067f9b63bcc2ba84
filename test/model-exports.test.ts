import { describe, expect, it } from 'vitest';
import * as parley from '../src/index.js';

describe('public API', () => {
  it('exposes analyze, createAnalyzer and the contract schema from the package root', () => {
    expect(typeof parley.analyze).toBe('function');
    expect(typeof parley.createAnalyzer).toBe('function');
    expect(parley.SCHEMA_ID).toBe('parley.analysis/1');
    expect(typeof parley.AnalysisV1.parse).toBe('function');
    expect(parley.SPEECH_ACTS).toContain('deny');
    expect(parley.STAGES.map((s) => s.name)).toEqual(['text', 'nlp', 'entities', 'attribution', 'events', 'claims']);
  });

  it('rejects invalid options with a coded error', () => {
    expect(() => parley.createAnalyzer({ maxChars: -1 })).toThrowError(parley.ParleyError);
  });

  it('refuses empty and oversize input with coded errors', () => {
    expect(() => parley.analyze('   \n ')).toThrowError(/input is empty/);
    const small = parley.createAnalyzer({ maxChars: 10 });
    expect(() => small.analyze('This text is longer than ten characters.')).toThrowError(/larger than 10/);
  });
});
