import { describe, expect, it } from 'vitest';
import { extractHtml } from '../src/html/index.js';

/** A small deterministic generator (mulberry32), so the garbage is the same on every run. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '<p>',
  '</p>',
  '<div class="article">',
  '</div>',
  '<script>',
  '</script>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<table><tr><td>',
  '<br/>',
  '<h1>',
  '<a href="javascript:alert(1)">',
  '&amp;',
  '&#x1F600;',
  '&#99999999;',
  '<',
  '>',
  '"',
  "'",
  '\u0000',
  '\ud800',
  'Ministers met on Monday and agreed to talk again. ',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":',
  '<meta property="og:title" content="',
  '<svg><foreignObject><p>',
  '<template><p>hidden</p></template>',
];

describe('extractHtml on malformed input', () => {
  it('never throws on 300 random soups of tags, entities, broken JSON-LD and lone surrogates', () => {
    const r = rng(42);
    for (let i = 0; i < 300; i++) {
      let html = '';
      const n = 1 + Math.floor(r() * 80);
      for (let j = 0; j < n; j++) html += PIECES[Math.floor(r() * PIECES.length)];
      const ex = extractHtml(html);
      expect(typeof ex.text).toBe('string');
      expect(ex.bodyStart).toBeGreaterThanOrEqual(0);
      expect(ex.bodyStart).toBeLessThanOrEqual(ex.text.length);
      expect(ex.text).not.toMatch(/[\u0000-\u0008]/);
    }
  });

  it('content the parser hangs beside <html> (after a mangled end) is depth-checked too (fuzz find: 24 s before)', () => {
    const page = `<html><head><title>Harbour deal stalls</title></head><body><p>${'The port closed on Monday after the talks failed. '.repeat(6)}</p></body></html>${'<div>'.repeat(20000)}<p>${'Tail words here. '.repeat(20)}</p>`;
    const out = extractHtml(page);
    expect(out.method).toBe('density');
    expect(out.text.startsWith('Harbour deal stalls')).toBe(true);
  });

  it('handles deep nesting without overflowing the stack', () => {
    const deep = `${'<div>'.repeat(5000)}<p>Deep text that is still an article paragraph of some length.</p>${'</div>'.repeat(5000)}`;
    expect(() => extractHtml(deep)).not.toThrow();
  });
});
