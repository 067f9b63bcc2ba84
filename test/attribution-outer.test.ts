import { describe, expect, it } from 'vitest';
import { quotes } from './attribution-helpers.js';

describe('attribution: bugs found in session 6 (att-outer)', () => {
  it('a verb right after a quoted word inside a clause is no inverted cue', () => {
    const qs = quotes('The inquiry into what aides called a “sham” took an uglier turn.');
    expect(qs.map((q) => q.cue)).toEqual(['called']);
    expect(qs[0]).toMatchObject({ rule: 'attribution/naming', c: ['what', 'a “sham”'] });
  });

  it('a verb after a quoted utterance still frames it', () => {
    expect(quotes('“Out!” Ana Ruiz barked.')).toMatchObject([
      { kind: 'direct', cue: 'barked', who: 'Ana Ruiz', c: ['Out!'] },
    ]);
    expect(quotes('“We will win,” the mayor said.')).toMatchObject([
      { cue: 'said', who: 'the mayor', c: ['We will win,'] },
    ]);
  });

  it('"one-on-one" is a compound in a setting phrase, not "on" opening one', () => {
    expect(quotes('Ann Lee praised the mayor in a one-on-one interview with the paper on Monday.')).toMatchObject([
      { rule: 'attribution/indirect', act: 'praise', cue: 'praised', who: 'Ann Lee', c: ['the mayor'] },
    ]);
    expect(quotes('Ann Lee praised the mayor in a face-to-face meeting.')).toMatchObject([{ c: ['the mayor'] }]);
  });
});

describe('attribution: inner and outer attributions (att-outer)', () => {
  it("a poll share's answer ends before the comparison, and the compared share's own answer is reported", () => {
    expect(
      quotes('About 31 percent said they backed the levy, compared with 40 percent who said they opposed it.'),
    ).toMatchObject([
      { rule: 'attribution/indirect', cue: 'said', who: '31 percent', c: ['they backed the levy'] },
      { rule: 'attribution/relative', cue: 'said', c: ['they opposed it'] },
    ]);
    expect(quotes('Most voters say they like Ortiz, compared with 45 percent last month.')).toMatchObject([
      { cue: 'say', c: ['they like Ortiz'] },
    ]);
  });

  it('a comparison with a name can be what was said', () => {
    expect(quotes('Ortiz said the levy was new to Lee, compared with Reyes.')).toMatchObject([
      { cue: 'said', c: ['the levy was new to Lee, compared with Reyes'] },
    ]);
  });
});

describe('attribution: gerunds inside another content (att-outer)', () => {
  it('a speech gerund after "for" is the grounds of the outer cue, not a quote of its own', () => {
    expect(quotes('Lee criticized Ortiz for saying the levy was fair.')).toMatchObject([
      {
        rule: 'attribution/indirect',
        act: 'criticise',
        cue: 'criticized',
        who: 'Lee',
        c: ['Ortiz for saying the levy was fair'],
      },
    ]);
  });

  it('a gerund after "by" still reports on its own', () => {
    const qs = quotes('Ortiz tried to regain the initiative by pledging a new police review.');
    expect(qs.some((q) => q.cue === 'pledging' && q.c[0] === 'a new police review')).toBe(true);
  });
});

describe('attribution: a second clause after a named object (att-outer)', () => {
  it('"called him a liar and the mayor accused him …" is two attributions', () => {
    expect(quotes('CNN called him a liar and the mayor accused him of lying.')).toMatchObject([
      { rule: 'attribution/naming', cue: 'called', who: 'CNN', c: ['him a liar'] },
      { rule: 'attribution/indirect', act: 'accuse', cue: 'accused', who: 'the mayor', c: ['him of lying'] },
    ]);
  });

  it('a subject after "that" or "what" is not split', () => {
    expect(quotes('Ortiz said that Lee and the mayor accused him of lying.')).toMatchObject([
      { cue: 'said', c: ['that Lee and the mayor accused him of lying'] },
    ]);
    expect(quotes('Critics called him a liar and a cheat.')).toMatchObject([
      { cue: 'called', c: ['him a liar and a cheat'] },
    ]);
  });
});

describe('attribution: a content running across an appositive cue (att-outer)', () => {
  it('"X, a pastor who urged …, said …": the content of the aside does not run on across the main verb', () => {
    expect(
      quotes('Ana Ruiz, a pastor who urged voters to back Ortiz, said the Khan family deserved better.'),
    ).toMatchObject([{ rule: 'attribution/appositive', cue: 'said', c: ['the Khan family deserved better'] }]);
  });
});

describe('attribution: an indirect content ending on a direct lead-in (att-outer)', () => {
  it('"… before saying: ¶ “…”" is the direct quote only', () => {
    const text =
      'Lee fielded questions about the levy before saying:\n\n“It is time to stop attacking people. We must unite.”';
    expect(quotes(text)).toMatchObject([
      {
        kind: 'direct',
        rule: 'attribution/direct-lead-in',
        cue: 'saying',
        c: ['It is time to stop attacking people. We must unite.'],
      },
    ]);
  });
});
