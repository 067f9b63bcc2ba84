import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/index.js';
import { splitBlocks } from '../src/text/index.js';
import { readSeed } from './helpers.js';

const analyzer = createAnalyzer({ events: false, claims: false });
const article = (text: string) => analyzer.analyze(text).article;

describe('splitBlocks', () => {
  it('splits lines, trims CRLF, NBSP, BOM and tabs without changing offsets', () => {
    const text = '\ufeffHeadline here\r\n\r\n\u00a0First para.\t\r\nSecond para.';
    const blocks = splitBlocks(text).map((s) => text.slice(s.start, s.end));
    expect(blocks).toEqual(['Headline here', 'First para.', 'Second para.']);
  });

  it('joins hard-wrapped paragraphs separated by blank lines', () => {
    const text =
      'The minister said on Monday that\nthe talks would go on for\nanother week at least.\n\nA second paragraph starts\nhere and continues on\nthe next line.';
    const blocks = splitBlocks(text);
    expect(blocks).toHaveLength(2);
    expect(text.slice(blocks[0]!.start, blocks[0]!.end)).toContain('another week at least.');
  });
});

describe('cleaning roles and repeats', () => {
  it('the seed: summary, title, standfirst, three body paragraphs, three dropped repeats', () => {
    const seed = readSeed();
    const a = article(seed);
    expect(a.summary?.text.startsWith('Amid rising tensions, China has denied')).toBe(true);
    expect(a.title?.text).toBe('China Stands Firm in U.S. Trade War, Dismisses Negotiation Claims');
    expect(a.title?.start).toBe(seed.indexOf('China Stands Firm'));
    expect(a.standfirst?.text).toBe(
      "As the U.S. claims negotiations are underway, China's Foreign Ministry asserts no talks are taking place.",
    );
    expect(a.body.map((b) => b.text.slice(0, 22))).toEqual([
      'In what seems like a c',
      'This declaration came ',
      'Analysts, including Yu',
    ]);
    expect(a.dropped).toHaveLength(3);
    expect(a.dropped.map((d) => d.reason)).toEqual(['repeat', 'repeat', 'repeat']);
    expect(a.dropped[0]!.span.text).toBe(a.title!.text);
    expect(a.dropped[0]!.of).toEqual(a.title);
    expect(a.dropped[1]!.of).toEqual(a.body[1]);
    expect(a.dropped[2]!.of).toEqual(a.body[2]);
    // The first occurrence is kept: every dropped block comes after the block it repeats.
    for (const d of a.dropped) expect(d.span.start).toBeGreaterThan(d.of!.start);
  });

  it('repeats differing only in white space or quote style are dropped; near-repeats are kept', () => {
    const text = [
      'Officials Meet in Geneva',
      'He said “no deal” was near.',
      'He said  "no deal" was near.',
      'He said "no deal" was nearer.',
    ].join('\n');
    const a = article(text);
    expect(a.dropped.map((d) => d.span.text)).toEqual(['He said  "no deal" was near.']);
    expect(a.body.map((b) => b.text)).toEqual(['He said “no deal” was near.', 'He said "no deal" was nearer.']);
  });

  it('recognises bylines, date lines, page furniture and an agency dateline', () => {
    const text = [
      'Rebels Seize Northern Town',
      'By Jane Doe and John Roe',
      'March 3, 2025',
      'BAMAKO (Reuters) — Rebels seized the town of Kidal on Monday, residents said, after two days of fighting.',
      'Advertisement',
      'The army said it would retake the town within days.',
      'Sign up for our newsletter',
    ].join('\n');
    const a = article(text);
    expect(a.title?.text).toBe('Rebels Seize Northern Town');
    expect(a.byline?.text).toBe('By Jane Doe and John Roe');
    expect(a.published).toBe('2025-03-03');
    expect(a.dateline?.text).toBe('BAMAKO (Reuters)');
    expect(a.body).toHaveLength(2);
    expect(a.dropped.map((d) => [d.reason, d.span.text])).toEqual([
      ['boilerplate', 'Advertisement'],
      ['boilerplate', 'Sign up for our newsletter'],
    ]);
  });

  it('never drops a unique paragraph and gives a title-less text only body blocks', () => {
    const text = 'The council voted on Tuesday.\nThe mayor said she was pleased.\nThe vote was 7 to 2.';
    const a = article(text);
    expect(a.title).toBeNull();
    expect(a.body).toHaveLength(3);
    expect(a.dropped).toHaveLength(0);
  });
});

describe('cleaning: date lines', () => {
  it('a date line of its own is the dateline when no agency dateline opens the body', () => {
    const a = article('Floods Hit the Coast\nPublished: 4 June 2024\nFloods hit the coast on Monday, officials said.');
    expect(a.dateline?.text).toBe('Published: 4 June 2024');
    expect(a.published).toBe('2024-06-04');
  });
});
