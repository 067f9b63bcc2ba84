import { describe, expect, it } from 'vitest';
import { createAnalyzer, type Doc, type Quote } from '../src/index.js';

const analyzer = createAnalyzer({ events: false, claims: false });

function run(text: string): {
  doc: Doc;
  qs: Array<Quote & { c: string[]; cueText: string | null; who: string | null }>;
} {
  const doc = analyzer.analyzeDoc(text);
  const qs = doc.quotes.map((q) => ({
    ...q,
    c: q.content.map((s) => text.slice(s.start, s.end)),
    cueText: q.cue ? text.slice(q.cue.start, q.cue.end) : null,
    who: q.speaker.mention ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : null,
  }));
  return { doc, qs };
}

function only(text: string) {
  const { qs } = run(text);
  expect(qs).toHaveLength(1);
  return qs[0]!;
}

describe('direct quotes', () => {
  it('straight marks, trailing "X said"', () => {
    const q = only('"We will rebuild the bridge by spring," Mayor Ana Ortiz said.');
    expect(q).toMatchObject({ kind: 'direct', act: 'assert', c: ['We will rebuild the bridge by spring,'] });
    expect(q.cueText).toBe('said');
    expect(q.who).toBe('Mayor Ana Ortiz');
    expect(q.rule).toBe('attribution/direct-trailing');
  });

  it('curly marks, inverted "said X"', () => {
    const q = only('“The harvest was the worst in a decade,” said Pieter Jansen, a grain trader.');
    expect(q.c).toEqual(['The harvest was the worst in a decade,']);
    expect(q.who).toBe('Pieter Jansen');
  });

  it('single marks and guillemets', () => {
    expect(only('‘Nobody told us about the closure,’ the shopkeeper said.').c).toEqual([
      'Nobody told us about the closure,',
    ]);
    expect(only('«We will not sign this treaty,» the envoy said.').c).toEqual(['We will not sign this treaty,']);
  });

  it("NYT-style '' … '' marks", () => {
    const q = only("''It is a fair deal for the farmers,'' the senator said.");
    expect(q.c).toEqual(['It is a fair deal for the farmers,']);
    expect(q.who).toBe('the senator');
  });

  it('colon lead-in with an addressee: "told reporters: “…”"', () => {
    const q = only('The coach told reporters: “We played without fear tonight and the fans saw it.”');
    expect(q.kind).toBe('direct');
    expect(q.cueText).toBe('told');
    expect(q.c).toEqual(['We played without fear tonight and the fans saw it.']);
  });

  it('split quote is one quote with two spans', () => {
    const q = only('“The levee held,” said engineer Rosa Lind, “but the next storm could break it.”');
    expect(q.kind).toBe('direct');
    expect(q.c).toEqual(['The levee held,', 'but the next storm could break it.']);
    expect(q.who).toBe('engineer Rosa Lind');
    expect(q.rule).toBe('attribution/split');
  });

  it('continuation sentence joins the quote: "“A,” X said. “B.”"', () => {
    const q = only('“Prices are rising,” the economist said. “Wages are not keeping up with them at all.”');
    expect(q.c).toEqual(['Prices are rising,', 'Wages are not keeping up with them at all.']);
  });

  it('trailing attribution after a dash', () => {
    const q = only('“Slow is smooth and smooth is fast.” — Dana Whitfield');
    expect(q.kind).toBe('direct');
    expect(q.who).toBe('Dana Whitfield');
    expect(q.rule).toBe('attribution/dash-trailing');
  });

  it('any verb framing a quote is its cue', () => {
    const q = only('“Get off the stage!” a protester shouted.');
    expect(q.cueText).toBe('shouted');
    expect(q.who).toBe('a protester');
  });

  it('follow-on paragraph inherits the last speaker and the cue of the quote it continues', () => {
    const text =
      '“We will appeal the ruling,” said Marta Quinn, the union’s lawyer.\n\n“The court ignored the contract our members signed, and we will show that.”';
    const { qs } = run(text);
    expect(qs).toHaveLength(2);
    expect(qs[1]!.rule).toBe('attribution/follow-on');
    expect(qs[1]!.who).toBe('Marta Quinn');
    expect(qs[1]!.cueText).toBe('said');
    expect(qs[1]!.cue).toEqual(qs[0]!.cue);
  });

  it('a quote running over two paragraphs is one quote', () => {
    const text =
      'The director said: “We open the new wing in May and the old hall closes for repairs.\n\n“After that, the collection moves back in stages over the summer.”';
    const { qs, doc } = run(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.c).toEqual([
      'We open the new wing in May and the old hall closes for repairs.',
      'After that, the collection moves back in stages over the summer.',
    ]);
    expect(doc.diagnostics.filter((d) => d.code === 'PARLEY_W_QUOTE_UNCLOSED')).toHaveLength(0);
  });

  it('an unclosed quote runs to the paragraph end and is reported', () => {
    const text = 'The minister said: “We have no plans to raise the tax this year.\n\nThe budget is due in March.';
    const { qs, doc } = run(text);
    expect(qs[0]!.c).toEqual(['We have no plans to raise the tax this year.']);
    const d = doc.diagnostics.find((x) => x.code === 'PARLEY_W_QUOTE_UNCLOSED');
    expect(d?.span).toEqual({ start: text.indexOf('“'), end: text.indexOf('\n') });
  });

  it('nested single quotes stay inside the outer quote', () => {
    const q = only('“They kept saying ‘trust us’ and then cut the funding,” the teacher said.');
    expect(q.c).toEqual(['They kept saying ‘trust us’ and then cut the funding,']);
  });

  it('a quote in a headline with a colon cue', () => {
    const { qs } = run(
      'Senator Vale: ‘We Will Not Back Down’\n\nThe senator spoke in the capital on Monday evening after the vote.',
    );
    expect(qs[0]).toMatchObject({ kind: 'direct', c: ['We Will Not Back Down'], who: 'Senator Vale', cueText: ':' });
  });

  it('scare quotes and titles are not quotes', () => {
    const { qs } = run('The so-called “reform” stalled. She reread “War and Peace” on the train to the coast.');
    expect(qs).toHaveLength(0);
  });

  it('partial quote after a naming cue', () => {
    const q = only('The governor labeled the audit findings as “pure fiction.”');
    expect(q).toMatchObject({ kind: 'partial', act: 'deny', c: ['pure fiction'] });
  });
});

describe('indirect speech', () => {
  it('"X said (that) …" keeps "that" and drops the final period', () => {
    const q = only('The ministry said that exports fell by a fifth in June.');
    expect(q).toMatchObject({ kind: 'indirect', c: ['that exports fell by a fifth in June'], who: 'The ministry' });
  });

  it('"that"-less complement', () => {
    expect(only('Ortiz said the bridge would reopen in April.').c).toEqual(['the bridge would reopen in April']);
  });

  it('addressee and time before "that"', () => {
    const q = only('The mayor told reporters on Tuesday that the budget was balanced.');
    expect(q.cueText).toBe('told');
    expect(q.c).toEqual(['that the budget was balanced']);
  });

  it('inverted cue: "…, the official said."', () => {
    const q = only('The talks will resume next week, a senior official said.');
    expect(q.c).toEqual(['The talks will resume next week']);
    expect(q.speaker).toMatchObject({ anonymous: true, entity: null, name: 'a senior official' });
  });

  it('parenthetical cue gives two spans', () => {
    const q = only('Without new funding, she said, the clinic will close by winter.');
    expect(q.c).toEqual(['Without new funding', 'the clinic will close by winter']);
  });

  it('participial cue takes the main-clause subject', () => {
    const { qs } = run('The union rejected the offer, saying it did not cover pensions.');
    const p = qs.find((q) => q.cueText === 'saying')!;
    expect(p.who).toBe('The union');
    expect(p.c).toEqual(['it did not cover pensions']);
    const r = qs.find((q) => q.cueText === 'rejected')!;
    expect(r).toMatchObject({ act: 'deny', c: ['the offer'] });
  });

  it('"adding that …" after a direct quote', () => {
    const { qs } = run('“We are ready,” said Lena Holm, adding that the team had trained for months.');
    expect(qs.map((q) => [q.cueText, q.who, q.c.join('|')])).toEqual([
      ['said', 'Lena Holm', 'We are ready,'],
      ['adding', 'Lena Holm', 'that the team had trained for months'],
    ]);
  });

  it('"according to X, …" and "…, according to X"', () => {
    expect(only('According to the report, the river has dropped two meters.').c).toEqual([
      'the river has dropped two meters',
    ]);
    const q = only('The river has dropped two meters, according to the water agency.');
    expect(q).toMatchObject({
      c: ['The river has dropped two meters'],
      who: 'the water agency',
      cueText: 'according to',
    });
  });

  it('nominal cue: "X\'s claim that …"', () => {
    const q = only("The company's claim that sales doubled was false.");
    expect(q.c).toEqual(['that sales doubled']);
    expect(q.who).toBe('The company');
    expect(q.cueText).toBe('claim');
  });

  it('multi-word cues', () => {
    expect(only('Kim pointed out that the law was never enforced.').cueText).toBe('pointed out');
    expect(only('The firm has denied any wrongdoing.')).toMatchObject({ cueText: 'has denied', act: 'deny' });
  });

  it('"X accused Y of …"', () => {
    const q = only('The opposition accused the government of hiding the figures.');
    expect(q).toMatchObject({ act: 'accuse', c: ['the government of hiding the figures'] });
  });

  it('two attributions in one sentence split at the second cue', () => {
    const { qs } = run('Ruiz said the plan was sound, and Park argued that it was too costly.');
    expect(qs.map((q) => [q.who, q.c[0]])).toEqual([
      ['Ruiz', 'the plan was sound'],
      ['Park', 'that it was too costly'],
    ]);
  });

  it('stops before a trailing ", he said"', () => {
    const q = only('The deal is off, he said.');
    expect(q.c).toEqual(['The deal is off']);
  });

  it('mixed: indirect content holding a quoted fragment', () => {
    const q = only('Reyes said the proposal was “dead on arrival” in the Senate.');
    expect(q.kind).toBe('mixed');
    expect(q.c).toEqual(['the proposal was “dead on arrival” in the Senate']);
  });

  it('beliefs and intentions', () => {
    expect(only('Most economists believe that rates will fall.')).toMatchObject({ act: 'believe', kind: 'indirect' });
    expect(only('The company wants to expand into Asia.')).toMatchObject({ act: 'intend', c: ['to expand into Asia'] });
  });

  it('cues inside quote marks are not cues', () => {
    const { qs } = run('“They said the road was safe,” the driver said.');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.cueText).toBe('said');
    expect(qs[0]!.who).toBe('the driver');
  });
});

describe('speech acts', () => {
  it('negated cue keeps its act and is marked', () => {
    const q = only('The minister did not say that taxes would rise.');
    expect(q).toMatchObject({ act: 'assert', negated: true, cueText: 'did not say' });
  });

  it('acts from the lexicon', () => {
    expect(only('The agency warned that the dam could fail.').act).toBe('warn');
    expect(only('The rebels threatened to block the road.').act).toBe('threaten');
    expect(only('Ortiz predicted that turnout would be low.').act).toBe('predict');
    expect(only('The manager conceded that the launch was rushed.').act).toBe('concede');
    expect(only('Voters demanded that the council resign.').act).toBe('demand');
    expect(only('The senator praised the rescue crews.').act).toBe('praise');
    expect(only('The mayor criticized the new toll.').act).toBe('criticise');
    expect(only('The president promised that schools would reopen.').act).toBe('promise');
    expect(only('Critics questioned whether the data were complete.').act).toBe('question');
  });

  it('a statement negating talks is a denial', () => {
    const q = only('The ministry said: “There are NO talks with the rebels and there will be none.”');
    expect(q.act).toBe('deny');
    expect(only('The embassy dismissed the reports.').act).toBe('deny');
  });
});

describe('speakers', () => {
  it('a pronoun takes the last compatible speaker', () => {
    const { qs } = run('“The vote was fair,” said Elena Marsh. She added that a recount was not needed.');
    expect(qs[1]!.who).toBe('She');
    expect(qs[1]!.speaker.name).toBe('Elena Marsh');
  });

  it('anonymous sources keep their description', () => {
    const q = only('The plant will close in June, people familiar with the matter said.');
    expect(q.speaker).toMatchObject({ anonymous: true, entity: null, name: 'people familiar with the matter' });
  });

  it('no speaker in the clause gives a null speaker', () => {
    const { qs } = run('The deal was signed on Friday, it was announced.');
    for (const q of qs) expect(q.speaker.mention === null || q.who !== null).toBe(true);
  });
});

describe('more constructions', () => {
  it('raising verbs: subject and infinitive, no source', () => {
    const q = only('The merger is expected to close in May.');
    expect(q).toMatchObject({ c: ['The merger', 'to close in May'], cueText: 'is expected', act: 'believe' });
    expect(q.speaker.mention).toBeNull();
  });

  it('"Asked about X, …" is a question without a source', () => {
    const { qs } = run('Asked about the deficit, the senator said it was shrinking.');
    expect(qs.map((q) => [q.cueText, q.act, q.c.join('|')])).toEqual([
      ['Asked about', 'question', 'the deficit'],
      ['said', 'assert', 'it was shrinking'],
    ]);
  });

  it('evidence verbs need a poll or record subject', () => {
    const q = only('A poll conducted by the university for the paper shows the race is tied.');
    expect(q.who).toBe('A poll conducted by the university for the paper');
    expect(run('The band shows great promise.').qs).toHaveLength(0);
  });

  it('"According to X, Y said …" is one attribution', () => {
    const q = only('According to the survey, most voters said they would stay home.');
    expect(q.c).toEqual(['most voters said they would stay home']);
  });

  it('sentence-initial "Said X, “…”"', () => {
    const q = only('Said Nora Blake, a neighbor, “We never saw it coming.”');
    expect(q).toMatchObject({ kind: 'direct', who: 'Nora Blake', c: ['We never saw it coming.'] });
  });

  it('transcript speakers and Title-Case headline verbs', () => {
    const text =
      'Mayors Slam Budget Cuts As ‘Reckless’\n\nREPORTER: Will the city appeal the decision this week?\n\nThe mayor said she would decide on Monday.';
    const { qs } = run(text);
    expect(qs.map((q) => [q.cueText, q.who])).toEqual([
      ['Slam', 'Mayors'],
      [':', 'REPORTER'],
      ['said', 'The mayor'],
    ]);
  });

  it('refusals and stance verbs with a named subject', () => {
    expect(only('Ortiz declined to comment.')).toMatchObject({ act: 'intend', c: ['to comment'] });
    expect(only('Ortiz supported the bill.')).toMatchObject({ act: 'praise', c: ['the bill'] });
    expect(run('The bill supports farmers.').qs).toHaveLength(0);
  });
});
