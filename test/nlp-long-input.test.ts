import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/index.js';

const analyzer = createAnalyzer();

describe('inputs that used to take seconds (fuzz finds)', () => {
  it('a 28,000-character run without white space is cut into pieces wink reads in linear time; offsets stay true', () => {
    const text = `The minister spoke. ${'/descri'.repeat(4000)} He left.`;
    const doc = analyzer.analyzeDoc(text);
    expect(doc.tokens[0]!.text).toBe('The');
    expect(doc.tokens.at(-1)!.text).toBe('.');
    for (const t of doc.tokens) {
      expect(t.text).toBe(text.slice(t.start, t.end));
      expect(t.end - t.start).toBeLessThanOrEqual(64);
    }
    expect(doc.tokens.some((t) => t.text === 'left')).toBe(true);
  });

  it('only the long run is cut: a URL in the same text stays whole', () => {
    const url = `https://news.example/${'b'.repeat(150)}`;
    const doc = analyzer.analyzeDoc(`See ${url} and ${'x'.repeat(1000)} for more.`);
    expect(doc.tokens.map((t) => t.text).join(' ')).toContain('b'.repeat(150));
    expect(doc.tokens.filter((t) => t.text.startsWith('x')).length).toBeGreaterThan(10);
  });

  it('ordinary text, URLs included, is not cut', () => {
    const url = `https://news.example/${'a'.repeat(150)}`;
    const doc = analyzer.analyzeDoc(`The ministry posted it at ${url} on Monday.`);
    expect(doc.tokens.map((t) => t.text).join(' ')).toContain('a'.repeat(100));
  });

  it('four hundred repeats of a capitalised name are linked without a cubic search', () => {
    const doc = analyzer.analyzeDoc(`Mara Quist spoke on Monday. ${'Mara Quist '.repeat(400)}`);
    const quist = doc.entities.find((e) => e.name === 'Mara Quist');
    expect(quist?.type).toBe('person');
  });
});
