import { describe, expect, it } from 'vitest';
import { emptyCounts, reasonKey, summaryLine } from '../src/corpus/ingest/summary.js';

describe('ingest summary line', () => {
  it('groups reasons by their words, keeping names such as UTF-8 whole', () => {
    expect(reasonKey('line 12: not valid UTF-8')).toBe('line N: not valid UTF-8');
    expect(reasonKey('feed.xml#31: item "Budget vote" has no text')).toBe('feed.xml#N: item … has no text');
  });

  it('names the five commonest reasons and counts the rest', () => {
    const c = { ...emptyCounts(), read: 30, skipped: 21 };
    const counts = [6, 5, 4, 2, 1, 2, 1];
    counts.forEach((n, i) => {
      c.reasons[`reason ${String.fromCharCode(97 + i)}`] = n;
    });
    expect(summaryLine(c, 2000)).toBe(
      'read 30, stored 0, duplicates 0, copies 0, skipped 21 ' +
        '(reason a: 6; reason b: 5; reason c: 4; reason d: 2; reason f: 2; 2 more: 2) in 2.0 s (15 articles/s)',
    );
  });
});
