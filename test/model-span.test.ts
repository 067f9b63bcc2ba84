import { describe, expect, it } from 'vitest';
import { compareSpans, ParleyError, span, trimSpan } from '../src/index.js';

describe('span', () => {
  it('accepts spans inside the text and rejects reversed or overlong ones with a coded error', () => {
    expect(span('abcdef', 1, 3)).toEqual({ start: 1, end: 3 });
    expect(() => span('abc', 2, 1)).toThrow(ParleyError);
    expect(() => span('abc', 0, 4)).toThrowError(/outside a text of length 3/);
  });

  it('sorts by start then end, and trims white space and given punctuation', () => {
    const spans = [
      { start: 3, end: 5 },
      { start: 1, end: 9 },
      { start: 1, end: 2 },
    ];
    expect(spans.sort(compareSpans)).toEqual([
      { start: 1, end: 2 },
      { start: 1, end: 9 },
      { start: 3, end: 5 },
    ]);
    expect(trimSpan('  “hi,”  ', { start: 0, end: 9 }, '“”,')).toEqual({ start: 3, end: 5 });
  });
});
