import { describe, expect, it } from 'vitest';
import { quotes } from './attribution-helpers.js';

function byCue(text: string, cue: string) {
  const q = quotes(text).find((x) => x.cue === cue);
  expect(q, `no quote with cue “${cue}” in: ${text}`).toBeDefined();
  return q!;
}

describe('a closing cue reports the whole clause before it', () => {
  it('cues inside the clause before “…, she said.” are not attributions of their own', () => {
    const text = 'Ortiz pushed the levy through the council and promised to fight for it in the Senate, she said.';
    expect(quotes(text)).toEqual([
      {
        kind: 'indirect',
        rule: 'attribution/inverted',
        act: 'assert',
        c: ['Ortiz pushed the levy through the council and promised to fight for it in the Senate'],
        cue: 'said',
        who: 'she',
      },
    ]);
  });

  it('so does “…, according to X.”', () => {
    const text =
      'The harbour board is weighing a plan to close the north pier for years, according to two people briefed on the talks.';
    const q = quotes(text);
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ rule: 'attribution/according-to', who: 'two people briefed on the talks' });
    expect(q[0]!.c).toEqual(['The harbour board is weighing a plan to close the north pier for years']);
  });

  it('a participle after the closing cue keeps its own content', () => {
    const q = quotes(
      'The mayor wants a new bridge, one critics consider a folly, Ames said, adding that the vote is close.',
    );
    expect(q.map((x) => [x.cue, x.c])).toEqual([
      ['said', ['The mayor wants a new bridge, one critics consider a folly']],
      ['adding', ['that the vote is close']],
    ]);
    expect(byCue('The mayor wants a new bridge, Ames said, adding that the vote is close.', 'adding').who).toBe('Ames');
  });
});

describe('“as X reported” sources', () => {
  it('at the sentence start, the clause after the comma', () => {
    expect(quotes('As The Ledger reported on Monday, the council had never read the audit.')).toEqual([
      {
        kind: 'indirect',
        rule: 'attribution/as-source',
        act: 'assert',
        c: ['the council had never read the audit'],
        cue: 'reported',
        who: 'The Ledger',
      },
    ]);
    const q = quotes('As reported by The Ledger, the council had never read the audit.');
    expect(q.map((x) => [x.rule, x.who, x.c])).toEqual([
      ['attribution/as-source', 'The Ledger', ['the council had never read the audit']],
    ]);
  });

  it('at the sentence end, the clause before the comma', () => {
    const q = byCue(
      'The numbers shifted over the summer, as Ames has sometimes acknowledged.',
      'has sometimes acknowledged',
    );
    expect(q).toMatchObject({ rule: 'attribution/as-source', who: 'Ames', act: 'concede' });
    expect(q.c).toEqual(['The numbers shifted over the summer']);
  });

  it('not “as” in mid-sentence nor one naming a time', () => {
    expect(quotes('Prices rose as the mayor said they would.').map((x) => x.rule)).toEqual(['attribution/indirect']);
    expect(quotes('As the mayor spoke, the crowd grew quiet.')).toEqual([]);
  });
});

describe('speakers after an inverted cue', () => {
  it('a capitalised word read as a verb stays in the name', () => {
    const q = quotes('“The board hid the report for years,” said Civic Watch President Ana Ruiz.');
    expect(q.map((x) => [x.rule, x.who])).toEqual([['attribution/direct-trailing', 'Civic Watch President Ana Ruiz']]);
  });
});

describe('cue verbs added in session 6', () => {
  it('chant, list, identify and push report what follows', () => {
    expect(byCue('The crowd chanted that the mayor must resign.', 'chanted')).toMatchObject({
      who: 'The crowd',
      c: ['that the mayor must resign'],
    });
    expect(byCue('Ames listed three priorities for the port.', 'listed')).toMatchObject({
      who: 'Ames',
      c: ['three priorities for the port'],
    });
    expect(byCue('Ortiz identified a flaw in the ledger.', 'identified')).toMatchObject({
      who: 'Ortiz',
      c: ['a flaw in the ledger'],
    });
    expect(byCue('Union leaders pushed for a vote on the contract.', 'pushed for')).toMatchObject({
      who: 'Union leaders',
      act: 'demand',
    });
  });
});

describe('phrasal cues added in session 6', () => {
  it('“made it clear that”, “talked up”, “looks forward to”, “as X put it”', () => {
    expect(byCue('Ortiz made it clear that the pier will stay open.', 'made it clear')).toMatchObject({
      who: 'Ortiz',
      c: ['that the pier will stay open'],
    });
    expect(byCue('The governor talked up her record on schools.', 'talked up')).toMatchObject({
      act: 'praise',
      c: ['her record on schools'],
    });
    expect(byCue('Ames compared the levy to a toll on workers.', 'compared')).toMatchObject({ who: 'Ames' });
    expect(byCue('As one aide put it, the mayor has run out of patience.', 'put it')).toMatchObject({
      rule: 'attribution/as-source',
      who: 'one aide',
      c: ['the mayor has run out of patience'],
    });
  });
});

describe('light verbs added in session 6', () => {
  it('“threw her support behind”, “heaped praise on”', () => {
    expect(byCue('Ortiz threw her support behind the harbour levy.', 'threw her support behind')).toMatchObject({
      who: 'Ortiz',
      act: 'praise',
      c: ['the harbour levy'],
    });
    expect(byCue('The senator heaped praise on the new port director.', 'heaped praise on')).toMatchObject({
      c: ['the new port director'],
    });
  });
});

describe('cues nested in nothing', () => {
  it('a cue dropped as nested gets its content back when the earlier content ended before it', () => {
    const q = quotes(
      'Ames was asked about the toll during a talk broadcast Friday on the Courier, in which he said he did not support a higher fee.',
    );
    expect(q.map((x) => [x.rule, x.cue, x.who, x.c])).toEqual([
      ['attribution/asked-passive', 'was asked about', null, ['the toll']],
      ['attribution/indirect', 'said', 'he', ['he did not support a higher fee']],
    ]);
  });
});

describe('participles that modify a noun', () => {
  it('“271 pledged delegates” is no pledge', () => {
    expect(quotes('Ortiz leads the count by 271 pledged delegates after the vote in Ohio.')).toEqual([]);
    expect(byCue('Ortiz pledged to count every ballot.', 'pledged')).toMatchObject({ who: 'Ortiz' });
  });
});

describe('call with an infinitive or “upon”', () => {
  it('is a demand', () => {
    expect(byCue('Most recently, Ames called to ban trucks from the bridge.', 'called')).toMatchObject({
      act: 'demand',
      who: 'Ames',
      c: ['to ban trucks from the bridge'],
    });
    expect(byCue('Ortiz also called upon the council to reopen the pier.', 'called upon')).toMatchObject({
      act: 'demand',
      c: ['the council to reopen the pier'],
    });
  });
});

describe('subjects added in session 6', () => {
  it('a share (“42% say”), “voters overall said”, “has since said”', () => {
    expect(byCue('On taxes, 42% say they are liberal.', 'say')).toMatchObject({ who: '42%', c: ['they are liberal'] });
    expect(byCue('But 58 percent of Ohio voters overall said they would stay home.', 'said')).toMatchObject({
      who: '58 percent of Ohio voters overall',
    });
    expect(
      byCue('Cruz backed the visas but has since said he thinks the scheme needs an overhaul.', 'has since said'),
    ).toMatchObject({ who: 'Cruz', c: ['he thinks the scheme needs an overhaul'] });
  });
});

describe('object control before a saying infinitive', () => {
  it('“led critics to say” makes the critics the speakers', () => {
    expect(
      byCue('The late start of the hearing led critics to say that the council was hiding the report.', 'say'),
    ).toMatchObject({
      rule: 'attribution/infinitive-object',
      who: 'critics',
      c: ['that the council was hiding the report'],
    });
    expect(quotes('Ortiz has a plan to say more.')).toEqual([]);
    expect(
      byCue('The delay led many voters to believe that the council was hiding the report.', 'believe'),
    ).toMatchObject({ rule: 'attribution/infinitive-object', act: 'believe', who: 'many voters' });
  });
});

describe('wishes, readiness and participles read as adjectives', () => {
  it('“would like to”, “is willing to”, “…, promising to”', () => {
    expect(byCue('Ames would like to see the pier rebuilt by spring.', 'would like')).toMatchObject({
      act: 'intend',
      who: 'Ames',
      c: ['to see the pier rebuilt by spring'],
    });
    expect(byCue('The mayor is willing to reopen the talks.', 'is willing')).toMatchObject({
      act: 'intend',
      c: ['to reopen the talks'],
    });
    expect(byCue('Sanders spoke for an hour, promising to break up the big banks.', 'promising')).toMatchObject({
      rule: 'attribution/participle',
      who: 'Sanders',
      c: ['to break up the big banks'],
    });
  });
});

describe('more cue verbs added in session 6', () => {
  it('recount, proclaim, credit, knock', () => {
    expect(byCue('Ortiz recounted how the pier burned in 1990.', 'recounted')).toMatchObject({
      who: 'Ortiz',
      c: ['how the pier burned in 1990'],
    });
    expect(byCue('Ames proclaimed that the port would reopen.', 'proclaimed')).toMatchObject({
      c: ['that the port would reopen'],
    });
    expect(byCue('Lee credited the council with the repairs.', 'credited')).toMatchObject({
      act: 'praise',
      who: 'Lee',
    });
    expect(byCue('Ruiz knocked the plan as too costly.', 'knocked')).toMatchObject({ act: 'criticise', who: 'Ruiz' });
  });
});
