import { describe, expect, it } from 'vitest';
import { analyzer, quotes } from './attribution-helpers.js';

describe('direct quotes found in harder frames', () => {
  it('a speech verb right after a closing quote reports it, whatever follows the hearer', () => {
    const qs = quotes(
      '“It was a fair deal,” the shipping magnate told Reuters in an interview when asked about the port. “We paid enough.”',
    );
    expect(qs[0]).toMatchObject({ kind: 'direct', cue: 'told', who: 'the shipping magnate' });
    expect(qs[0]!.c).toEqual(['It was a fair deal,', 'We paid enough.']);
  });

  it('a quote opening after the cue wins over an inverted reading of the clause before', () => {
    const qs = quotes(
      'Soon after the council voted in Dayton, Marla Quist wrote to her 9,000 followers, “It is time to end this plan for good,” and shared a link.',
    );
    const q = qs.find((x) => x.cue === 'wrote');
    expect(q).toMatchObject({ kind: 'direct', rule: 'attribution/direct-lead-in', who: 'Marla Quist' });
    expect(q!.c).toEqual(['It is time to end this plan for good,']);
  });

  it('a quote after “!” and a sentence cut still belongs to the “X said” that follows', () => {
    const qs = quotes(
      '“Our state is proud to cast its votes for the governor!” Senator Hal Ames said as he opened the roll call.',
    );
    expect(qs[0]).toMatchObject({ kind: 'direct', cue: 'said', who: 'Senator Hal Ames' });
  });

  it('a speech-like quote introduced by a colon: a name right before it, else the clause subject', () => {
    const a = quotes(
      'The late surge did not surprise the pollster Dana Reyes: “Lesser-known candidates who win early contests usually gain the most.” The poll ended Monday.',
    );
    expect(a[0]).toMatchObject({ kind: 'direct', rule: 'attribution/colon', cue: ':', who: 'the pollster Dana Reyes' });
    const b = quotes('She then turned to the crowd again: “This is my answer. We will not move.”');
    expect(b[0]).toMatchObject({ kind: 'direct', rule: 'attribution/colon', who: 'She' });
  });

  it("NYT triple marks close the inner single quote and the outer ''…''", () => {
    const qs = quotes("''We are told all the time, 'the bridge is safe,''' Mr. Lund said. ''It is not safe at all.''");
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'direct', rule: 'attribution/split', who: 'Mr. Lund' });
    expect(qs[0]!.c).toEqual(["We are told all the time, 'the bridge is safe,'", 'It is not safe at all.']);
  });

  it('a sentence-initial "Adding, “…”" continues the last speaker', () => {
    const qs = quotes('Ortiz said the audit was late. Adding, “Now we will publish every page of it.”');
    expect(qs[1]).toMatchObject({ kind: 'direct', cue: 'Adding', who: 'Ortiz' });
  });

  it('a surname the tagger reads as a verb still speaks ("Lynch said")', () => {
    const qs = quotes('"We would ask about it every single week," Lynch said.');
    expect(qs[0]).toMatchObject({ kind: 'direct', cue: 'said', who: 'Lynch' });
  });
});

describe('indirect and mixed quotes', () => {
  it('"In a poll …, X": the poll is the source and the clause after the comma the content', () => {
    const qs = quotes('In a Marist survey released Monday, 48 percent of voters backed the school levy.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'indirect', rule: 'attribution/in-source', cue: 'In' });
    expect(qs[0]!.c).toEqual(['48 percent of voters backed the school levy']);
    expect(qs[0]!.who).toMatch(/survey$/);
  });

  it('"In an interview, X said …" is not a poll: the saying verb is the cue', () => {
    const qs = quotes('In an interview on Sunday, Mayor Ortiz said the bridge would reopen in May.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ cue: 'said', c: ['the bridge would reopen in May'] });
  });

  it('a speaker NP ending in a party tag is not cut off by the sentence splitter', () => {
    const qs = quotes('Sen. Ray Lott (R-Ga.) said he doubted the count was right, arguing that the rolls were old.');
    expect(qs[0]).toMatchObject({ kind: 'indirect', cue: 'said', who: 'Sen. Ray Lott (R-Ga.)' });
    expect(qs[0]!.c).toEqual(['he doubted the count was right']);
    expect(qs[1]).toMatchObject({ cue: 'arguing', c: ['that the rolls were old'] });
  });

  it('a content before an inverted cue and a time phrase: "…, Hollande said Tuesday in Paris, noting …"', () => {
    const qs = quotes('The plan is a disgrace, Moreau said Tuesday in Lyon, noting that the vote was rushed.');
    expect(qs[0]).toMatchObject({ rule: 'attribution/inverted', who: 'Moreau', c: ['The plan is a disgrace'] });
  });

  it('"[X] proposed by [Y]": the agent after "by" is the source, the noun phrase before the content', () => {
    const qs = quotes('The zoning changes proposed by the council were rejected on Monday.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/passive-by', cue: 'proposed by', who: 'the council' });
    expect(qs[0]!.c).toEqual(['The zoning changes']);
    expect(quotes('It was announced by the council on Monday.')).toEqual([]);
  });

  it('a verb whose object holds a quoted fragment reports it (mixed); a quoted title does not', () => {
    const a = quotes('For years, Ortiz has positioned herself as a “builder of bridges” in the valley.');
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ kind: 'mixed', cue: 'has positioned', who: 'Ortiz' });
    expect(a[0]!.c[0]).toContain('“builder of bridges”');
    expect(quotes('Ortiz watched “Harbor Lights” twice last week.')).toEqual([]);
  });
});

describe('sources that are happenings', () => {
  it('"The escalation signals that …" reports no one; "Officials signaled that …" does', () => {
    const out = analyzer.analyze(
      'The escalation signals that the talks are over. Officials signaled that the talks are over.',
    );
    expect(out.quotes.map((q) => [q.cue?.text, q.speaker.name])).toEqual([['signaled', 'Officials']]);
  });
});

describe('possessors are modifiers', () => {
  it('"claims from President Trump\'s administration suggesting …" is spoken by the administration, not Trump', () => {
    const out = analyzer.analyze(
      "The ministry rejected claims from President Trump's administration suggesting otherwise. Trump said nothing.",
    );
    const q = out.quotes.find((x) => x.cue?.text === 'suggesting');
    const speaker = out.entities.find((e) => e.id === q?.speaker.entity);
    expect(speaker?.type).toBe('organization');
    expect(speaker?.name).toMatch(/administration$/);
  });
});

describe('subjects and paragraphs', () => {
  it('"Brazil on Tuesday denied that …": the time phrase is not the speaker', () => {
    const out = analyzer.analyze('Brazil on Tuesday denied that it was negotiating with the European Union.');
    expect(out.quotes.map((q) => [q.cue?.text, q.speaker.name])).toEqual([['denied', 'Brazil']]);
  });

  it('a cue opening a paragraph does not report the quote that closed the paragraph before', () => {
    const text = [
      '"We have signed nothing," Vieira told reporters. "If Brussels has a text, let it show the text."',
      "The Commission's trade spokesman, Olof Gill, told reporters that talks were continuing.",
    ].join('\n');
    const out = analyzer.analyze(text);
    const told = out.quotes.filter((q) => q.cue?.text === 'told');
    expect(told.map((q) => [q.speaker.name, q.content.map((c) => c.text).join(' … ')])).toEqual([
      ['Vieira', 'We have signed nothing, … If Brussels has a text, let it show the text.'],
      ['Olof Gill', 'that talks were continuing'],
    ]);
  });
});
