import { describe, expect, it } from 'vitest';
import { quotes } from './attribution-helpers.js';

function byCue(text: string, cue: string) {
  const q = quotes(text).find((x) => x.cue === cue);
  expect(q, `no quote with cue “${cue}” in: ${text}`).toBeDefined();
  return q!;
}

describe('a finding “in a poll” (session 7, att-polls)', () => {
  it('the clause before “in a … poll” is the poll’s finding', () => {
    expect(byCue('Lee held a 9-point lead over Ames among young voters in a Gazette poll.', 'in')).toEqual({
      kind: 'indirect',
      rule: 'attribution/in-poll',
      act: 'assert',
      c: ['Lee held a 9-point lead over Ames among young voters'],
      cue: 'in',
      who: 'a Gazette poll',
    });
  });

  it('an opening phrase before the clause stays out of the finding', () => {
    expect(byCue('In March, Ames had 38 percent support in a Herald poll.', 'in')).toMatchObject({
      rule: 'attribution/in-poll',
      c: ['Ames had 38 percent support'],
      who: 'a Herald poll',
    });
  });

  it('a poll opening the sentence reports all the rest of it, past a contrast', () => {
    const qs = quotes('In a Herald poll released Monday, 52 percent backed the levy, while 40 percent opposed it.');
    expect(qs).toEqual([
      {
        kind: 'indirect',
        rule: 'attribution/in-source',
        act: 'assert',
        c: ['52 percent backed the levy, while 40 percent opposed it'],
        cue: 'In',
        who: 'a Herald poll',
      },
    ]);
  });

  it('a long poll name (“the previous Valley Post/ABC News national poll”) is still a poll', () => {
    expect(
      byCue('In the previous Valley Post/ABC News national poll, Ames led Lee by 5 points among older voters.', 'In'),
    ).toMatchObject({ rule: 'attribution/in-source', c: ['Ames led Lee by 5 points among older voters'] });
  });

  it('the poll’s participle phrase between commas is not part of the finding', () => {
    expect(
      byCue('In the latest Gazette poll, conducted in May, Ames led Lee 47 percent to 39 percent.', 'In'),
    ).toMatchObject({ c: ['Ames led Lee 47 percent to 39 percent'], who: 'the latest Gazette poll' });
  });

  it('not inside the subject, a range, a relative clause, or around a saying cue', () => {
    expect(quotes('Twelve percent of residents in the survey had no view.')).toEqual([]);
    expect(quotes('Ames, who leads in a new poll, spoke on Monday.')).toEqual([]);
    expect(
      quotes('Support for the levy slipped from 61 percent in the May survey to 57 percent now.').map((q) => q.rule),
    ).not.toContain('attribution/in-poll');
    expect(
      quotes('Sixty percent of residents said they disliked Lee in a Herald poll this month.').map((q) => q.cue),
    ).toEqual(['said']);
  });

  it('polls named by what follows them, and one poll among several', () => {
    expect(byCue('Ames did well in online polls conducted after the debate.', 'in')).toMatchObject({
      rule: 'attribution/in-poll',
      c: ['Ames did well'],
      who: 'online polls',
    });
    expect(byCue('After the forum, Lee saw no gain in one of the earliest polls to appear.', 'in')).toMatchObject({
      c: ['Lee saw no gain'],
    });
    expect(byCue('Ames also finished ahead of Lee in recent polls from two colleges.', 'in')).toMatchObject({
      c: ['Ames also finished ahead of Lee'],
      who: 'recent polls',
    });
  });

  it('not the standing “in the polls”, which is rarely a report', () => {
    expect(quotes('Ames has slipped in the polls since the debate.').map((q) => q.rule)).not.toContain(
      'attribution/in-poll',
    );
  });
});

describe('a finding on its poll noun: “with polls showing …” (session 7, att-polls)', () => {
  it('after a preposition, the participle reports the poll’s finding up to the comma', () => {
    expect(byCue('Despite polls showing him far behind, Ames campaigned across the valley.', 'showing')).toEqual({
      kind: 'indirect',
      rule: 'attribution/poll-showing',
      act: 'assert',
      c: ['him far behind'],
      cue: 'showing',
      who: 'polls',
    });
    expect(
      byCue('The race tightened, with a new survey showing Lee, D-Ohio, ahead by two points.', 'showing'),
    ).toMatchObject({ c: ['Lee, D-Ohio, ahead by two points'], who: 'a new survey' });
  });

  it('the poll’s own noun phrase is the source, past “days after”', () => {
    expect(
      byCue('Ames spoke days after a fresh poll showing his support down to 14 percent.', 'showing'),
    ).toMatchObject({ c: ['his support down to 14 percent'], who: 'a fresh poll' });
  });

  it('not as the object of another verb, where the outer content holds it', () => {
    expect(quotes('The mayor cited polls showing him far ahead.').map((q) => q.rule)).not.toContain(
      'attribution/poll-showing',
    );
  });
});

describe('an object pronoun after the cue opens the content (session 7, att-polls)', () => {
  it('“In Ohio, the poll found him with a lead” reports to the right, not the opening phrase', () => {
    expect(byCue('In Ohio, the Herald poll found him with a lead of five points.', 'found')).toMatchObject({
      rule: 'attribution/indirect',
      c: ['him with a lead of five points'],
      who: 'the Herald poll',
    });
  });
});

describe('shares of those polled as subjects (session 7, att-polls)', () => {
  it('a plural group name before “polled” heads the subject', () => {
    expect(byCue('Some 48 percent of Irish-Americans polled said they would stay home.', 'said')).toMatchObject({
      c: ['they would stay home'],
      who: 'Some 48 percent of Irish-Americans polled',
    });
  });

  it('a share “polled” before a stance verb the tagger reads as a noun', () => {
    expect(byCue('While 19 percent of students polled support Lee, most back Ames.', 'support')).toMatchObject({
      act: 'praise',
      c: ['Lee'],
      who: '19 percent of students polled',
    });
  });

  it('a share’s stance on an action (“support banning …”)', () => {
    expect(byCue('About two-thirds of voters in all five counties support banning the levy.', 'support')).toMatchObject(
      { c: ['banning the levy'], who: 'two-thirds of voters in all five counties' },
    );
  });

  it('a name ending in “s” is no group before “polled”', () => {
    expect(quotes('Sanders polled well among students.')).toEqual([]);
  });
});

describe('headline colons (session 7, att-polls)', () => {
  const body = '\n\nThe governor said on Monday that the levy would not come back.';

  it('the content runs to the end of the headline, past commas and quoted words', () => {
    expect(byCue(`Governor Ames: Levy Plan Is ‘Dead,’ Will Not Return Next Year.${body}`, ':')).toEqual({
      kind: 'mixed',
      rule: 'attribution/colon',
      act: 'assert',
      c: ['Levy Plan Is ‘Dead,’ Will Not Return Next Year'],
      cue: ':',
      who: 'Governor Ames',
    });
  });

  it('a headline asking about its subject quotes no one', () => {
    expect(quotes(`Ted Ames: Outsider or Another Career Politician?${body}`).map((q) => q.cue)).toEqual(['said']);
  });

  it('a cue inside the headline’s content is part of it', () => {
    const qs = quotes(`Rush Lee: Ames Asking Voters To Ignore Polls ‘Reeks of Fear.’${body}`);
    expect(qs.map((q) => q.cue)).toEqual([':', 'said']);
    expect(qs[0]).toMatchObject({ c: ['Ames Asking Voters To Ignore Polls ‘Reeks of Fear.’'], who: 'Rush Lee' });
  });
});

describe('headline colons naming a hearer, a topic or a label (session 7, att-polls)', () => {
  const body = '\n\nThe governor spoke for an hour on Monday.';

  it('“Ames to Farmers: …” and “Ames on the Levy: …” name the speaker before “to” / “on”', () => {
    expect(byCue(`Ames to Farmers: The Levy Will Pass.${body}`, ':')).toMatchObject({
      rule: 'attribution/colon',
      c: ['The Levy Will Pass'],
      who: 'Ames',
    });
    expect(byCue(`Ames on the Harbor Levy: It Is Dead.${body}`, ':')).toMatchObject({
      c: ['It Is Dead'],
      who: 'Ames',
    });
  });

  it('a capitalised label and a dash before the name are not the speaker', () => {
    expect(byCue(`EXCLUSIVE – Ann Lee: Do Not Trust the Count.${body}`, ':')).toMatchObject({
      c: ['Do Not Trust the Count'],
      who: 'Ann Lee',
    });
  });

  it('only in a headline: in the body “Ames to Farmers:” needs a quote after it', () => {
    expect(quotes(`The governor arrived.\n\nAmes to farmers: the levy will pass.`).map((q) => q.cue)).not.toContain(
      ':',
    );
  });
});

describe('Title-Case headline cues (session 7, att-polls)', () => {
  const body = '\n\nThe governor spoke on Monday.';

  it('a headline verb after its Title-Case subject is a cue', () => {
    expect(byCue(`Farm Groups Slam Governor As A ‘Total Failure.’${body}`, 'Slam')).toMatchObject({
      rule: 'attribution/headline',
      act: 'criticise',
      who: 'Farm Groups',
    });
  });

  it('not past an auxiliary or an earlier verb, after a question word, or in a paper’s name', () => {
    for (const h of [
      'Ames Is Touring Farm States To Promote The Levy.',
      'Why Ames’s Attacks On Lee’s Plan Could Backfire.',
      'Valley Post Assembles A Team Of Reporters To Cover The Race.',
    ])
      expect(quotes(`${h}${body}`), h).toEqual([]);
  });
});

describe('“according to” a poll (session 7, att-polls)', () => {
  it('a hyphenated modifier stays inside the source', () => {
    expect(
      byCue('According to a newly-released survey from Valley College, Ames leads Lee by nine points.', 'According to'),
    ).toMatchObject({ c: ['Ames leads Lee by nine points'], who: 'a newly-released survey from Valley College' });
  });

  it('a bare “poll” the tagger reads as a verb is still the source', () => {
    expect(byCue('Chances of a third term are small, according to poll.', 'according to')).toMatchObject({
      c: ['Chances of a third term are small'],
      who: 'poll',
    });
  });
});

describe('transcript turns with names in mixed case (session 7, att-polls)', () => {
  const text = [
    'The panel turned to the levy.',
    'Ann Lopez: Well, no one likes the levy. The port will cope.',
    'Reyes: The port needs it.',
    'Lopez: The port can wait.',
  ].join('\n\n');

  it('a name and a colon opening a paragraph, when that name opens another turn, reports the paragraph', () => {
    const qs = quotes(text).filter((q) => q.cue === ':');
    expect(qs).toEqual([
      {
        kind: 'indirect',
        rule: 'attribution/colon',
        act: 'assert',
        c: ['Well, no one likes the levy. The port will cope'],
        cue: ':',
        who: 'Ann Lopez',
      },
      { kind: 'indirect', rule: 'attribution/colon', act: 'assert', c: ['The port can wait'], cue: ':', who: 'Lopez' },
    ]);
  });

  it('not a single line of a list, nor a line without a verb', () => {
    expect(quotes('The tally stood.\n\nLopez: 547.\n\nLopez: 212.').map((q) => q.cue)).not.toContain(':');
  });
});

describe('a poll in a relative clause: “polls that show …” (session 7, att-polls)', () => {
  it('“that” read as a determiner before a finding verb is the relative pronoun; the poll is the source', () => {
    expect(byCue('The polls that show Ames at 10 percent have Lee ahead either way.', 'show')).toMatchObject({
      rule: 'attribution/relative',
      who: 'The polls',
    });
  });

  it('“, which shows …” leaves the pronoun and the comma out of the source', () => {
    expect(byCue('Lee pointed to a new survey, which shows him with a lead.', 'shows')).toMatchObject({
      rule: 'attribution/relative',
      c: ['him with a lead'],
      who: 'a new survey',
    });
  });
});

describe('a poll that “has” or “puts” (session 7, att-polls)', () => {
  it('“the poll has Lee leading …” and “puts his approval at …” report the poll’s finding', () => {
    expect(byCue('The Herald poll has Lee leading Ames by six points, a gain since May.', 'has')).toEqual({
      kind: 'indirect',
      rule: 'attribution/poll-has',
      act: 'assert',
      c: ['Lee leading Ames by six points'],
      cue: 'has',
      who: 'The Herald poll',
    });
    expect(byCue('The tracking poll puts his approval at 49 percent.', 'puts')).toMatchObject({
      c: ['his approval at 49 percent'],
      who: 'The tracking poll',
    });
  });

  it('not a poll’s own properties', () => {
    expect(quotes('The poll carries an error margin of 4 points.')).toEqual([]);
  });
});
