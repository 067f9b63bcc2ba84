import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/analyze.js';
import { learntWords, setLearntLimit } from '../src/nlp/wink.js';

const words = (text: string) =>
  createAnalyzer()
    .analyzeDoc(text)
    .tokens.map((t) => `${t.text}/${t.pos}`);

describe('an analysis depends on its text only', () => {
  it('splits a possessive the same way after another text made the tokenizer meet it whole', () => {
    const text = 'Critics seized on Senator Dalvey’s claim that the plan had worked.';
    const before = words(text);
    expect(before.slice(4, 7)).toEqual(['Dalvey/PROPN', '’s/PART', 'claim/NOUN']);
    // A possessive right before a closing quote mark reaches the tokenizer as one word, which it then learns.
    words('She called it ‘Dalvey’s’ plan, and Dalvey’s aides agreed. “Dalvey’s”');
    expect(words(text)).toEqual(before);
  });

  it('gives the same analysis to a text before and after a thousand others', () => {
    const text = 'The ministry’s spokesman said on Friday that the U.S.-led talks had stalled.';
    const a = createAnalyzer();
    const first = JSON.stringify(a.analyze(text));
    for (let i = 0; i < 1000; i++)
      a.analyze(`Report ${i}: the ‘Grey${i}’s’ mayor-elect’s office said it ‘won’t’ comment.`);
    expect(JSON.stringify(a.analyze(text))).toBe(first);
  });

  it('reloads wink when it has learnt too many words, with the same analyses and bounded vocabulary', () => {
    const text = 'Governor Ilse Varnholt of Ostmark said the Quellbach dam “will hold,” and engineers agreed.';
    const a = createAnalyzer();
    const first = JSON.stringify(a.analyze(text));
    const before = setLearntLimit(40);
    try {
      let most = 0;
      for (let i = 0; i < 60; i++) {
        a.analyze(`Mayor Zorvak${i} of Blent${i} told Quarnix${i} reporters that Vellum${i} talks had failed.`);
        most = Math.max(most, learntWords());
      }
      // Each text teaches four new names (and their lower-case forms): a reload comes soon after 40.
      expect(most).toBeLessThanOrEqual(60);
      expect(JSON.stringify(a.analyze(text))).toBe(first);
    } finally {
      setLearntLimit(before);
    }
  });
});
