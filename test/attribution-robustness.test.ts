import { describe, expect, it } from 'vitest';
import { findQuotes } from '../src/attribution/index.js';
import { phraseRows } from '../src/attribution/lexicon/phrasal-cues.js';
import { REPORTING_VERBS, reportingVerbRows } from '../src/attribution/lexicon/reporting-verbs.js';
import { createAnalyzer, type Doc } from '../src/index.js';
import { SPEECH_ACTS } from '../src/model/index.js';

const analyzer = createAnalyzer({ events: false, claims: false });

describe('robustness', () => {
  it('a quote mark that ends the text with no token of its own is no crash (fuzz finds)', () => {
    for (const text of ['",”r said "a b t r \ufffd«', '“”r said on“n a n n \u034d»', 'n agree']) {
      const doc = analyzer.analyzeDoc(text);
      expect(doc.diagnostics.filter((d) => d.code === 'PARLEY_W_STAGE_FAILED')).toEqual([]);
    }
  });

  it('a stray closing mark is a PARLEY_W_QUOTE_STRAY diagnostic with its span, not a crash', () => {
    const text = 'The vote passed.” Officials said the count was final.';
    const doc = analyzer.analyzeDoc(text);
    const d = doc.diagnostics.filter((x) => x.code === 'PARLEY_W_QUOTE_STRAY');
    expect(d).toHaveLength(1);
    expect(d[0]!.span).toEqual({ start: text.indexOf('”'), end: text.indexOf('”') + 1 });
    expect(doc.quotes.map((q) => text.slice(q.content[0]!.start, q.content[0]!.end))).toEqual(['the count was final']);
  });

  it('apostrophes and possessives are not quote marks', () => {
    const doc = analyzer.analyzeDoc("The workers' union said it won't strike until the '90s contract expires.");
    expect(doc.diagnostics).toHaveLength(0);
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]!.kind).toBe('indirect');
  });

  it('a headline with a quote keeps the quote inside its line', () => {
    const text = 'Mayor: “We Will Rebuild”\n\nThe mayor spoke on Sunday after the flood waters receded from the town.';
    const doc = analyzer.analyzeDoc(text);
    expect(doc.quotes[0]!.content.map((c) => text.slice(c.start, c.end))).toEqual(['We Will Rebuild']);
  });

  it('empty and quote-only inputs give no quotes', () => {
    expect(analyzer.analyzeDoc('“').quotes).toEqual([]);
    expect(analyzer.analyzeDoc('"""').quotes).toEqual([]);
  });

  it('a 2 MB article: every repeated paragraph gives the same quotes, no pair crosses a copy boundary', () => {
    // Paragraphs differ (a number in each) so that cleaning keeps them all.
    const para = (i: number) =>
      [
        `“We will not accept budget ${i},” said Councillor Mara Eads, adding that vote ${i} was rushed.`,
        `The treasurer said the city had ${i} choices. “It is the only plan that balances,” he said. “And we need it now.”`,
        `Officials, who spoke on condition of anonymity, said talks would resume on day ${i}, according to the paper.`,
        `A resident called plan ${i} “a disaster” and left. The “reform” stalled in committee again.`,
        `“This paragraph ${i} opens a quote that runs on`,
      ].join('\n\n');
    const parts: string[] = [];
    for (let i = 0, n = 0; n < 20_000; i++) {
      parts.push(para(i));
      n += parts[i]!.length + 2;
    }
    // A closing paragraph without quotes, so that the last open quote cannot run on into the next copy.
    const chunk = analyzer.analyzeDoc(`${parts.join('\n\n')}\n\nThe council adjourned.`);
    // The analysed chunk tiled 100 times into one 2 MB document (offsets shifted; no timing: bench/ measures speed).
    const copies = 100;
    const big = tile(chunk, copies);
    expect(big.text.length).toBeGreaterThan(2_000_000);
    findQuotes(big);
    const one = chunk.quotes.map((q) => [q.kind, q.rule, q.content.map((c) => chunk.text.slice(c.start, c.end))]);
    expect(one.length).toBeGreaterThan(250);
    expect(big.quotes).toHaveLength(one.length * copies);
    expect(big.diagnostics.filter((d) => d.code === 'PARLEY_W_QUOTE_UNCLOSED')).toHaveLength(
      chunk.diagnostics.filter((d) => d.code === 'PARLEY_W_QUOTE_UNCLOSED').length * copies,
    );
    const last = big.quotes
      .slice(-one.length)
      .map((q) => [q.kind, q.rule, q.content.map((c) => big.text.slice(c.start, c.end))]);
    expect(last).toEqual(one);
  });
});

/** The analysed document repeated `n` times, paragraphs apart, with every layer's offsets and indexes shifted. */
function tile(doc: Doc, n: number): Doc {
  const sep = '\n\n';
  const step = doc.text.length + sep.length;
  const out: Doc = { ...doc, text: Array(n).fill(doc.text).join(sep), quotes: [], diagnostics: [] };
  out.blocks = [];
  out.sentences = [];
  out.tokens = [];
  out.mentions = [];
  const span = (x: { start: number; end: number }, k: number) => ({ start: x.start + k * step, end: x.end + k * step });
  for (let k = 0; k < n; k++) {
    const b0 = k * doc.blocks.length;
    const s0 = k * doc.sentences.length;
    const t0 = k * doc.tokens.length;
    for (const b of doc.blocks) out.blocks.push({ ...b, index: b.index + b0, span: span(b.span, k) });
    for (const s of doc.sentences)
      out.sentences.push({
        ...s,
        index: s.index + s0,
        span: span(s.span, k),
        block: s.block + b0,
        tokenStart: s.tokenStart + t0,
        tokenEnd: s.tokenEnd + t0,
      });
    for (const t of doc.tokens)
      out.tokens.push({ ...t, ...span(t, k), index: t.index + t0, sentence: t.sentence + s0 });
    for (const m of doc.mentions) out.mentions.push({ ...m, span: span(m.span, k) });
  }
  return out;
}

describe('lexicon', () => {
  it('every cue has a known act, a class and a note; no duplicates', () => {
    const rows = reportingVerbRows();
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
    for (const [lemma, act, , note] of rows) {
      expect(SPEECH_ACTS).toContain(act);
      expect(note.length, lemma).toBeGreaterThan(2);
      expect(REPORTING_VERBS.get(lemma)?.act).toBe(act);
    }
    const { verbs, adjectives } = phraseRows();
    for (const [phrase, act, note] of [...verbs, ...adjectives]) {
      expect(SPEECH_ACTS).toContain(act);
      expect(phrase.split(' ').length, phrase).toBeGreaterThan(1);
      expect(note.length).toBeGreaterThan(2);
    }
  });

  it('covers every speech act the model lists', () => {
    const acts = new Set([...reportingVerbRows().map((r) => r[1])]);
    for (const a of SPEECH_ACTS) expect(acts.has(a), a).toBe(true);
  });
});
