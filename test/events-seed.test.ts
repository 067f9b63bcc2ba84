import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/index.js';
import { readSeed } from './helpers.js';

describe('the seed article: events', () => {
  const analyzer = createAnalyzer({ date: '2025-04-25' });
  const out = analyzer.analyze(readSeed());
  const evs = out.events;

  it('China → United States: negotiation, negated (the Foreign Ministry’s denial)', () => {
    const e = evs.find(
      (x) =>
        x.source.country === 'CHN' &&
        x.target?.country === 'USA' &&
        x.plover.type === 'CONSULT' &&
        x.negated &&
        x.cameo.startsWith('04'),
    );
    expect(e, evs.map((x) => `${x.source.code}>${x.target?.code} ${x.cameo}`).join('; ')).toBeDefined();
  });

  it('Guo Jiakun (CHNGOV) accuses the United States: CAMEO 112, PLOVER ACCUSE', () => {
    const e = evs.find((x) => x.cameo === '112' && x.source.code === 'CHNGOV');
    expect(e).toBeDefined();
    expect(e!.plover.type).toBe('ACCUSE');
    expect(e!.target?.country).toBe('USA');
    expect(e!.source.text?.text).toContain('Guo Jiakun');
    expect(e!.trigger.text).toBe('accused');
  });

  it('China demands that the U.S. stop creating confusion (REQUEST)', () => {
    const e = evs.find((x) => x.plover.type === 'REQUEST' && x.source.country === 'CHN' && x.target?.country === 'USA');
    expect(e).toBeDefined();
    expect(e!.cameo.startsWith('10')).toBe(true);
    expect(e!.sentence.text).toContain('should stop creating confusion');
  });

  it('no event comes from the dropped duplicate paragraphs, and none is invented from a default code', () => {
    for (const e of evs) {
      for (const d of out.article.dropped)
        expect(e.trigger.start >= d.span.start && e.trigger.end <= d.span.end).toBe(false);
      expect(e.cameo).not.toBe('010');
    }
    expect(evs.length).toBeLessThanOrEqual(12);
  });

  it('every span indexes the text', () => {
    for (const e of evs) {
      expect(out.text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
      expect(out.text.slice(e.sentence.start, e.sentence.end)).toBe(e.sentence.text);
      if (e.source.text) expect(out.text.slice(e.source.text.start, e.source.text.end)).toBe(e.source.text.text);
    }
  });
});
