import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../src/attribution/index.js';
import { createAnalyzer, type Doc, type Quote } from '../src/index.js';

const DATA = fileURLToPath(new URL('../../shared/data/', import.meta.url));
const text = readFileSync(`${DATA}seed/000_478727a100a7c5f2.txt`, 'utf8');
const doc: Doc = createAnalyzer({ events: false, claims: false }).analyzeDoc(text);
const t = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
const entityName = (q: Quote) => doc.entities.find((e) => e.id === q.speaker.entity)?.name ?? null;

function byContent(start: string): Quote {
  const q = doc.quotes.filter((x) => x.content.some((c) => t(c)!.startsWith(start)));
  expect(q, start).toHaveLength(1);
  return q[0]!;
}

describe('seed article quotes (issue 2 §8)', () => {
  it('the Foreign Ministry statement is a direct quote, cue "stating", a denial', () => {
    const q = byContent('China and the U.S. are NOT');
    expect(q.kind).toBe('direct');
    expect(q.content.map(t)).toEqual([
      'China and the U.S. are NOT having any consultation or negotiation. The U.S. should stop creating confusion.',
    ]);
    expect(t(q.cue)).toBe('stating');
    expect(q.act).toBe('deny');
    expect(t(q.speaker.mention)).toBe('the Chinese Foreign Ministry');
    expect(entityName(q)).toBe('Chinese Foreign Ministry');
  });

  it('"fake news": partial quote by Guo Jiakun, cue "labeled", act deny', () => {
    const q = byContent('fake news');
    expect(q.kind).toBe('partial');
    expect(q.content.map(t)).toEqual(['fake news']);
    expect(t(q.cue)).toBe('labeled');
    expect(q.act).toBe('deny');
    expect(t(q.speaker.mention)).toBe('who');
    expect(q.speaker.name).toBe('Guo Jiakun');
    expect(entityName(q)).toBe('Guo Jiakun');
  });

  it('Yun Sun, via the mention "Sun", cue "said"', () => {
    const q = byContent('The Chinese are not eager');
    expect(q.kind).toBe('direct');
    expect(q.content.map(t)).toEqual(['The Chinese are not eager to climb down the ladder,']);
    expect(t(q.cue)).toBe('said');
    expect(t(q.speaker.mention)).toBe('Sun');
    expect(entityName(q)).toBe('Yun Sun');
  });

  it('indirect: China denied U.S. assertions (deny)', () => {
    const q = byContent('U.S. assertions of ongoing trade negotiations');
    expect(q).toMatchObject({ kind: 'indirect', act: 'deny' });
    expect(t(q.cue)).toBe('has denied');
    expect(t(q.speaker.mention)).toBe('China');
    expect(entityName(q)).toBe('China');
  });

  it('indirect: the U.S. claims negotiations are underway (assert)', () => {
    const q = byContent('negotiations are underway');
    expect(q).toMatchObject({ kind: 'indirect', act: 'assert' });
    expect(t(q.cue)).toBe('claims');
    expect(t(q.speaker.mention)).toBe('the U.S.');
    expect(entityName(q)).toBe('United States');
  });

  it('indirect: the Foreign Ministry asserts no talks are taking place', () => {
    const q = byContent('no talks are taking place');
    expect(t(q.cue)).toBe('asserts');
    expect(t(q.speaker.mention)).toBe("China's Foreign Ministry");
    expect(entityName(q)).toBe('Chinese Foreign Ministry');
  });

  it('indirect: Guo Jiakun accused the United States of misleading the public (accuse)', () => {
    const q = byContent('the United States of misleading the public');
    expect(q.act).toBe('accuse');
    expect(t(q.cue)).toBe('accused');
    expect(q.speaker.name).toBe('Guo Jiakun');
  });

  it('indirect: analysts including Yun Sun argue that …', () => {
    const q = byContent('that China is well aware');
    expect(t(q.cue)).toBe('argue');
    expect(t(q.speaker.mention)).toBe('Analysts, including Yun Sun from the Stimson Center in Washington');
    expect(entityName(q)).toBe('Yun Sun');
  });

  it('indirect: the Foreign Ministry rejected reports of any negotiations (deny)', () => {
    const q = byContent('reports of any negotiations');
    expect(q.act).toBe('deny');
    expect(t(q.cue)).toBe('rejected');
    expect(entityName(q)).toBe('Chinese Foreign Ministry');
  });

  it('indirect: Sun points out …, and Sun adding that …', () => {
    const p = byContent('that China will likely remain distant');
    expect(t(p.cue)).toBe('points out');
    expect(t(p.speaker.mention)).toBe('Sun');
    const a = byContent('that they are content to watch');
    expect(t(a.cue)).toBe('adding');
    expect(t(a.speaker.mention)).toBe('Sun');
    expect(entityName(a)).toBe('Yun Sun');
  });

  it('nothing comes from the dropped duplicate blocks', () => {
    const dropped = doc.article.dropped.map((d) => d.span);
    expect(dropped).toHaveLength(3);
    for (const q of doc.quotes) {
      for (const c of q.content) for (const d of dropped) expect(c.start >= d.end || c.end <= d.start).toBe(true);
    }
    const contents = doc.quotes.map((q) => q.content.map(t).join('|'));
    expect(new Set(contents).size).toBe(contents.length);
  });

  it('ids run q1…qN in text order; every quote has a rule and a confidence', () => {
    doc.quotes.forEach((q, i) => {
      expect(q.id).toBe(`q${i + 1}`);
      expect(q.rule).toMatch(/^attribution\/[a-z-]+$/);
      expect(q.confidence).toBeGreaterThan(0);
      expect(q.confidence).toBeLessThanOrEqual(1);
      for (const c of q.content) expect(t(c)).toBe(t(c)!.trim());
    });
  });

  it('the stage is deterministic: running it again on the analysed seed gives the same quotes', () => {
    // Speed is measured by bench/analyze.ts (per-stage table), never asserted in tests.
    const copy: Doc = { ...doc, quotes: [], diagnostics: [] };
    findQuotes(copy);
    expect(copy.quotes).toEqual(doc.quotes);
  });
});
