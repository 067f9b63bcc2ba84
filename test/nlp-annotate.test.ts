import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/index.js';
import { tokenAt } from '../src/nlp/index.js';

const analyzer = createAnalyzer({ events: false, claims: false });

describe('nlp layer', () => {
  it('splits sentences without breaking after U.S., Mr. or Jan., and ends a sentence inside a closing quote', () => {
    const text =
      'Talks With U.S. Stall\nMr. Li met U.S. officials on Jan. 5 in Beijing. He said “it is over.” The U.S. side disagreed.';
    const doc = analyzer.analyzeDoc(text);
    const sents = doc.sentences.map((s) => text.slice(s.span.start, s.span.end));
    expect(sents).toEqual([
      'Talks With U.S. Stall',
      'Mr. Li met U.S. officials on Jan. 5 in Beijing.',
      'He said “it is over.”',
      'The U.S. side disagreed.',
    ]);
  });

  it('gives tokens exact offsets, Universal POS, lemmas and negation flags', () => {
    const text = 'The officials did not deny the reports.';
    const doc = analyzer.analyzeDoc(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    const deny = doc.tokens.find((t) => t.lower === 'deny')!;
    expect(deny.pos).toBe('VERB');
    expect(deny.negated).toBe(true);
    const reports = doc.tokens.find((t) => t.lower === 'reports')!;
    expect(reports.lemma).toBe('report');
    expect(doc.tokens[1]!.pos).toBe('NOUN');
    expect(tokenAt(doc, text.indexOf('deny') + 2)).toBe(deny.index);
    expect(tokenAt(doc, text.length + 5)).toBe(-1);
  });

  it('keeps offsets right after CRLF, NBSP and a BOM, and tokenises only kept blocks', () => {
    const text = '\ufeffSame line here.\r\nSame line here.\r\n\u00a0Another line.';
    const doc = analyzer.analyzeDoc(text);
    expect(doc.sentences).toHaveLength(2);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.every((t) => t.start < text.indexOf('\r\n') || t.start > text.lastIndexOf('\r\n'))).toBe(true);
  });
});

describe('nlp layer: parentheses', () => {
  it('does not end a sentence inside a parenthesis that closes straight after ("(D-R.I.),")', () => {
    const text = 'Sen. Tom Hale (D-R.I.), said the bill would fail. Others disagreed.';
    const doc = createAnalyzer({ events: false, claims: false }).analyzeDoc(text);
    expect(doc.sentences.map((s) => text.slice(s.span.start, s.span.end))).toEqual([
      'Sen. Tom Hale (D-R.I.), said the bill would fail.',
      'Others disagreed.',
    ]);
  });
});
