import { describe, expect, it } from 'vitest';
import {
  countriesInSpan,
  entityById,
  headMention,
  mentionAt,
  mentionsInRange,
  mentionsOf,
} from '../src/entities/index.js';
import { entityDoc } from './entities-helpers.js';

const text =
  "China's Foreign Ministry rejected the claim. Foreign Ministry spokesman Guo Jiakun said Yun Sun from the Stimson Center was wrong.";
const doc = entityDoc(text);
const at = (s: string, from = 0) => {
  const i = text.indexOf(s, from);
  return [i, i + s.length] as const;
};
const surface = (m: { span: { start: number; end: number } } | null) =>
  m ? text.slice(m.span.start, m.span.end) : null;

describe('entity lookup helpers', () => {
  it('entityById finds entities by id and returns null for unknown ids', () => {
    for (const e of doc.entities) expect(entityById(doc, e.id)).toBe(e);
    expect(entityById(doc, 'e999')).toBeNull();
    expect(entityById(doc, 'x')).toBeNull();
  });

  it('mentionAt returns the containing mention, the most overlapping one, or null', () => {
    const [gs, ge] = at('Guo Jiakun');
    expect(surface(mentionAt(doc, gs + 1, gs + 3))).toBe('Guo Jiakun');
    expect(surface(mentionAt(doc, gs))).toBe('Guo Jiakun');
    expect(surface(mentionAt(doc, gs - 4, ge + 5))).toBe('Guo Jiakun');
    const [rs, re] = at('rejected');
    expect(mentionAt(doc, rs, re)).toBeNull();
    expect(mentionAt(doc, text.length)).toBeNull();
  });

  it('mentionsInRange lists the mentions wholly inside a span, in text order', () => {
    const [s] = at('Foreign Ministry spokesman');
    const [, e] = at('Stimson Center');
    expect(mentionsInRange(doc, s, e).map(surface)).toEqual([
      'Foreign Ministry',
      'Guo Jiakun',
      'Yun Sun',
      'Stimson Center',
    ]);
    expect(mentionsInRange(doc, 0, 3)).toEqual([]);
    expect(mentionsInRange(doc, 0, 5).map(surface)).toEqual(['China']);
  });

  it('headMention picks the head of a noun phrase, not its modifiers', () => {
    expect(surface(headMention(doc, ...at("China's Foreign Ministry")))).toBe('Foreign Ministry');
    expect(surface(headMention(doc, ...at('Foreign Ministry spokesman Guo Jiakun')))).toBe('Guo Jiakun');
    expect(surface(headMention(doc, ...at('Yun Sun from the Stimson Center')))).toBe('Yun Sun');
    expect(surface(headMention(doc, ...at('rejected the claim')))).toBeNull();
  });

  it("mentionsOf lists one entity's mentions; every entity span is one of its mentions", () => {
    for (const e of doc.entities) {
      expect(mentionsOf(doc, e.id).map((m) => m.span)).toEqual(e.mentions);
    }
  });

  it('countriesInSpan lists the countries named inside a compound group mention', () => {
    const d = entityDoc('Senior Hungarian and Romanian officials met U.S. envoys in Vienna.');
    const g = d.mentions[0]!;
    expect(d.text.slice(g.span.start, g.span.end)).toBe('Senior Hungarian and Romanian officials');
    expect(countriesInSpan(d, g.span.start, g.span.end)).toEqual(['HUN', 'ROU']);
    expect(countriesInSpan(d, 0, d.text.length)).toEqual(['HUN', 'ROU', 'USA', 'AUT']);
    expect(countriesInSpan(d, 0, 6)).toEqual([]);
  });
});
