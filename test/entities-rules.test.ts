import { describe, expect, it } from 'vitest';
import { byName, entityDoc, summary, texts } from './entities-helpers.js';

describe('countries, capitals and places', () => {
  it('puts names, abbreviations, demonyms and seats of government on one country entity', () => {
    const doc = entityDoc(
      'The United States and China traded barbs. U.S. officials said America would not yield, while Chinese diplomats said Beijing was calm. Washington later softened, and the US side left. Let us wait.',
    );
    const usa = byName(doc, 'United States');
    expect(usa).toMatchObject({ type: 'country', country: 'USA' });
    expect(texts(doc, usa)).toEqual(['United States', 'America', 'Washington', 'US']);
    const china = byName(doc, 'China');
    expect(texts(doc, china)).toEqual(['China', 'Beijing']);
    const kinds = doc.mentions.filter((m) => m.entity === china.id).map((m) => m.kind);
    expect(kinds).toEqual(['name', 'capital']);
    // Country-modified groups keep their country; "us" in lower case is no country.
    expect(byName(doc, 'U.S. officials')).toMatchObject({ type: 'group', country: 'USA' });
    expect(byName(doc, 'Chinese diplomats')).toMatchObject({ type: 'group', country: 'CHN' });
    expect(doc.mentions.some((m) => doc.text.slice(m.span.start, m.span.end) === 'us')).toBe(false);
  });

  it('takes a capital after "in" or in a dateline as the place, still linked to its country', () => {
    const doc = entityDoc(
      'MOSCOW (Wire) — Moscow rejected the plan. Talks in Moscow and near Kyiv stalled, a diplomat in Paris said.',
    );
    const place = byName(doc, 'Moscow');
    expect(place).toMatchObject({ type: 'place', country: 'RUS' });
    expect(texts(doc, place)).toEqual(['MOSCOW', 'Moscow']);
    const russia = byName(doc, 'Russia');
    expect(texts(doc, russia)).toEqual(['Moscow']);
    expect(byName(doc, 'Kyiv')).toMatchObject({ type: 'place', country: 'UKR' });
    expect(byName(doc, 'Paris')).toMatchObject({ type: 'place', country: 'FRA' });
  });

  it('keeps the mention of "the U.S.\'s" to the name itself', () => {
    const doc = entityDoc("Markets fell on the U.S.'s decision and on Britain's reply.");
    expect(doc.mentions.map((m) => doc.text.slice(m.span.start, m.span.end))).toEqual(['U.S.', 'Britain']);
  });

  it('does not read a region or a person named after a country as that country', () => {
    const doc = entityDoc('Trade with Latin America grew, the Middle East stayed calm and South Korea gained.');
    expect(summary(doc)).toEqual(['place Latin America', 'place Middle East', 'country South Korea [KOR]']);
  });
});

describe('organisations', () => {
  it('makes one entity of "China\'s Foreign Ministry", "the Chinese Foreign Ministry" and "the ministry"', () => {
    const doc = entityDoc(
      "China's Foreign Ministry denied the report. The Chinese Foreign Ministry had warned before, and the ministry said so again.",
    );
    const m = byName(doc, 'Chinese Foreign Ministry');
    expect(m).toMatchObject({ type: 'organization', country: 'CHN', sector: 'GOV' });
    expect(texts(doc, m)).toEqual(['Foreign Ministry', 'Chinese Foreign Ministry', 'ministry']);
    const kinds = doc.mentions.filter((x) => x.entity === m.id).map((x) => x.kind);
    expect(kinds).toEqual(['name', 'name', 'role']);
    // The possessive country stays a mention of its own.
    expect(texts(doc, byName(doc, 'China'))).toEqual(['China']);
  });

  it('finds organisations by their head noun, with "of/for" extensions and "and" inside the name', () => {
    const doc = entityDoc(
      'The Stimson Center, the Bank of England and the Center for Strategic and International Studies (CSIS) met the Securities and Exchange Commission. CSIS said little.',
    );
    expect(summary(doc)).toEqual([
      'organization Stimson Center',
      'organization Bank of England [GBR]',
      'organization Center for Strategic and International Studies',
      'organization Securities and Exchange Commission',
    ]);
    expect(texts(doc, byName(doc, 'Center for Strategic and International Studies'))).toEqual([
      'Center for Strategic and International Studies',
      'CSIS',
      'CSIS',
    ]);
  });

  it('knows acronyms case-sensitively and gives their country and sector', () => {
    const doc = entityDoc('NATO, the EU and the WHO, who met at the UN, heard the FBI. The IMF stayed away.');
    expect(summary(doc)).toEqual([
      'organization NATO',
      'organization European Union',
      'organization World Health Organization',
      'organization United Nations',
      'organization FBI [USA]',
      'organization International Monetary Fund',
    ]);
    expect(byName(doc, 'NATO').sector).toBe('IGO');
    expect(doc.mentions.find((m) => doc.text.slice(m.span.start, m.span.end) === 'EU')!.kind).toBe('abbreviation');
  });

  it('builds "X administration" from a name and links "President X\'s administration" and "the administration"', () => {
    const doc = entityDoc(
      "The Biden administration disagreed. Critics of President Biden's administration said the administration had erred.",
    );
    const admin = byName(doc, 'Biden administration');
    expect(admin).toMatchObject({ type: 'organization', country: 'USA', sector: 'GOV' });
    expect(texts(doc, admin)).toEqual(['Biden administration', 'administration', 'administration']);
    expect(byName(doc, 'Biden')).toMatchObject({ type: 'person', roles: ['president'], country: 'USA' });
  });

  it('reads "Brussels" as the EU unless it is a place', () => {
    const doc = entityDoc('Brussels warned London. Ministers met in Brussels.');
    expect(texts(doc, byName(doc, 'European Union'))).toEqual(['Brussels']);
    expect(byName(doc, 'Brussels')).toMatchObject({ type: 'place', country: 'BEL' });
    expect(texts(doc, byName(doc, 'United Kingdom'))).toEqual(['London']);
  });
});

describe('people', () => {
  it('takes roles from titles, country from a demonym and affiliation from an organisation before the title', () => {
    const doc = entityDoc(
      'Chinese President Xi Jinping met U.S. Secretary of State Antony Blinken. Foreign Ministry spokesman Lin Jian said China was ready.',
    );
    expect(byName(doc, 'Xi Jinping')).toMatchObject({ roles: ['president'], country: 'CHN', sector: 'GOV' });
    expect(byName(doc, 'Antony Blinken')).toMatchObject({ roles: ['secretary of state'], country: 'USA' });
    const ministry = byName(doc, 'Foreign Ministry');
    expect(byName(doc, 'Lin Jian')).toMatchObject({ roles: ['spokesman'], affiliation: ministry.id, sector: 'GOV' });
  });

  it('recognises people by cues: reporting verbs, "said X", "according to X", "who", appositions', () => {
    const doc = entityDoc(
      'Wang Wenbin told reporters the talks were over. "It is done," said Zhao Lijian. According to Hua Chunying, nothing changed. Mei Ling, who runs a shop, agreed. Nguyen Thi Lan, a researcher at the Hanoi Institute, disagreed.',
    );
    const rules = Object.fromEntries(doc.mentions.map((m) => [doc.text.slice(m.span.start, m.span.end), m.rule]));
    expect(rules).toMatchObject({
      'Wang Wenbin': 'entities/person-speaker',
      'Zhao Lijian': 'entities/person-cue',
      'Hua Chunying': 'entities/person-according',
      'Mei Ling': 'entities/person-who',
      'Nguyen Thi Lan': 'entities/person-apposition',
    });
    expect(byName(doc, 'Nguyen Thi Lan')).toMatchObject({
      roles: ['researcher'],
      affiliation: byName(doc, 'Hanoi Institute').id,
    });
  });

  it('handles non-Western names, hyphens and particles, and links short forms to the full name', () => {
    const doc = entityDoc(
      'President Kassym-Jomart Tokayev spoke. Spokesman Guo Jiakun listened, as did Monica de Bolle of the Peterson Institute. Tokayev left, Guo stayed and de Bolle said nothing.',
    );
    expect(texts(doc, byName(doc, 'Kassym-Jomart Tokayev'))).toEqual(['Kassym-Jomart Tokayev', 'Tokayev']);
    expect(byName(doc, 'Kassym-Jomart Tokayev').country).toBe('KAZ');
    expect(texts(doc, byName(doc, 'Guo Jiakun'))).toEqual(['Guo Jiakun', 'Guo']);
    expect(texts(doc, byName(doc, 'Monica de Bolle'))).toEqual(['Monica de Bolle', 'de Bolle']);
    const shortKinds = doc.mentions
      .filter((m) => m.kind === 'short')
      .map((m) => doc.text.slice(m.span.start, m.span.end));
    expect(shortKinds).toEqual(['Tokayev', 'Guo', 'de Bolle']);
  });

  it('links a short name that appears before the full one, and never merges a short name two people share', () => {
    const doc = entityDoc(
      'Sun said the plan would fail. Yun Sun, a fellow at the Stimson Center, explained why. John Smith and Jane Smith disagreed. Smith said so.',
    );
    expect(texts(doc, byName(doc, 'Yun Sun'))).toEqual(['Sun', 'Yun Sun']);
    expect(byName(doc, 'Yun Sun').affiliation).toBe(byName(doc, 'Stimson Center').id);
    expect(texts(doc, byName(doc, 'John Smith'))).toEqual(['John Smith']);
    expect(texts(doc, byName(doc, 'Jane Smith'))).toEqual(['Jane Smith']);
    expect(texts(doc, byName(doc, 'Smith'))).toEqual(['Smith']);
  });

  it('links "the spokeswoman" to the spokesperson named before, and infers the ministry of a foreign minister', () => {
    const doc = entityDoc(
      "Brazil's Foreign Ministry was silent. Foreign Minister Mauro Vieira spoke later. Ministry spokeswoman Ana Costa said talks would go on. The spokeswoman added nothing.",
    );
    const ministry = byName(doc, 'Brazilian Foreign Ministry');
    expect(byName(doc, 'Mauro Vieira')).toMatchObject({
      roles: ['foreign minister'],
      affiliation: ministry.id,
      country: 'BRA',
    });
    const costa = byName(doc, 'Ana Costa');
    expect(texts(doc, costa)).toEqual(['Ana Costa', 'spokeswoman']);
    expect(costa.roles).toEqual(['spokeswoman']);
  });
});

describe('more name shapes', () => {
  it('reads hyphenated Korean given names, month surnames, middle initials and nicknames', () => {
    const doc = entityDoc(
      'Secretary-General Ban Ki-moon met President Park Geun-hye and Prime Minister Theresa May in May. Joseph R. Biden Jr. spoke; later Joe Biden left and Biden returned.',
    );
    expect(summary(doc)).toEqual([
      'person Ban Ki-moon (secretary-general)',
      'person Park Geun-hye (president)',
      'person Theresa May (prime minister)',
      'person Joseph R. Biden Jr. [USA]',
    ]);
    expect(texts(doc, byName(doc, 'Joseph R. Biden Jr.'))).toEqual(['Joseph R. Biden Jr.', 'Joe Biden', 'Biden']);
  });

  it('finds transcript speakers, dash bylines, surname shapes and a name after a modifier word', () => {
    const doc = entityDoc(
      'The debate went on.\nWALLACE: Your answer?\nPENCE: Thank you.\n“It is a shame.” ― Sonya Herridge\nRival Hillary Clinton mocked Ava DuVernay.',
    );
    const rules = Object.fromEntries(doc.mentions.map((m) => [doc.text.slice(m.span.start, m.span.end), m.rule]));
    expect(rules).toEqual({
      WALLACE: 'entities/person-transcript',
      PENCE: 'entities/person-transcript',
      'Sonya Herridge': 'entities/person-dash',
      'Hillary Clinton': 'entities/person-given-name',
      'Ava DuVernay': 'entities/person-surname-shape',
    });
  });

  it('keeps a role phrase on the person of the same party, and a known surname off a relative', () => {
    const doc = entityDoc(
      'Republican nominee Donald Trump spoke. Democratic nominee Hillary Clinton answered. The Democratic nominee smiled. President Obama watched; Mr. Obama and the first lady, Michelle Obama, left.',
    );
    expect(texts(doc, byName(doc, 'Hillary Clinton'))).toEqual(['Hillary Clinton', 'Democratic nominee']);
    expect(texts(doc, byName(doc, 'Donald Trump'))).toEqual(['Donald Trump']);
    expect(byName(doc, 'Obama')).toMatchObject({ roles: ['president'], country: 'USA' });
    expect(texts(doc, byName(doc, 'Michelle Obama'))).toEqual(['Michelle Obama']);
  });

  it('takes "a Jordanian official" as one unnamed person of that country, unless a name follows', () => {
    const doc = entityDoc(
      'The talks ended, a Jordanian official said. A senior Israeli official agreed. Russian official Ivan Petrov disagreed.',
    );
    expect(summary(doc)).toEqual([
      'person Jordanian official [JOR] (official)',
      'person senior Israeli official [ISR] (official)',
      'country Russia [RUS]',
      'person Ivan Petrov [RUS] (official)',
    ]);
    expect(doc.mentions[0]).toMatchObject({ kind: 'role', rule: 'entities/person-anonymous' });
  });

  it('joins a title before a comma to the titled name after it, with particles and hyphens in the name', () => {
    const doc = entityDoc("Qatar's emir, Sheikh Hamad bin Khalifa al-Thani, opened a new port. Al-Thani left.");
    expect(byName(doc, 'Hamad bin Khalifa al-Thani')).toMatchObject({
      roles: ['emir', 'sheikh'],
      country: 'QAT',
      sector: 'GOV',
    });
    expect(texts(doc, byName(doc, 'Hamad bin Khalifa al-Thani'))).toEqual(['Hamad bin Khalifa al-Thani', 'Al-Thani']);
  });

  it('makes organisations of all-capital speakers and keeps party labels off the name', () => {
    const doc = entityDoc(
      'NAACP said the vote was fair. Republican Indiana Gov. Mike Pence disagreed. Democrats objected.',
    );
    expect(summary(doc)).toEqual(['organization NAACP', 'person Mike Pence (governor)', 'group Democrats']);
  });
});

describe('headlines', () => {
  it('takes nothing from Title-Case capitalisation alone, but keeps lexicon matches and known names', () => {
    const doc = entityDoc(
      'Beijing Hits Back In Trade War As Talks Stall\nTrade talks between China and the United States stalled on Friday, officials said. Li Qiang, the premier, was away.\nLi Qiang Signals Patience',
    );
    expect(summary(doc)).toEqual([
      'country China [CHN]',
      'country United States [USA]',
      'group officials',
      'person Li Qiang [CHN] (premier)',
    ]);
    const title = doc.article.title!;
    const inTitle = doc.mentions.filter((m) => m.span.start < title.end);
    expect(inTitle.map((m) => doc.text.slice(m.span.start, m.span.end))).toEqual(['Beijing']);
  });

  it('links names already known inside a headline run, and only those', () => {
    const doc = entityDoc(
      'Hillary Clinton Speaks Out As Trump Blasts Clinton\nHillary Clinton and Donald Trump met on Monday.',
    );
    const title = doc.article.title!;
    const inTitle = doc.mentions.filter((m) => m.span.end <= title.end);
    expect(inTitle.map((m) => doc.text.slice(m.span.start, m.span.end))).toEqual([
      'Hillary Clinton',
      'Trump',
      'Clinton',
    ]);
    expect(summary(doc)).toEqual(['person Hillary Clinton', 'person Donald Trump [USA]']);
  });

  it('treats a Title-Case line ending with a full stop as a headline when its verbs are capitalised', () => {
    const doc = entityDoc(
      'Border Deal Stalls As Rivals Trade Accusations Over Fishing Rights.\nNothing else happened.',
    );
    expect(doc.entities).toEqual([]);
  });
});

describe('groups', () => {
  it('keeps "Senior Hungarian and Romanian officials" as one group mention and country groups with their country', () => {
    const doc = entityDoc(
      'Senior Hungarian and Romanian officials met. Analysts doubted it, Chinese leadership stayed quiet and Russian troops moved. Democrats said nothing.',
    );
    expect(summary(doc)).toEqual([
      'group Senior Hungarian and Romanian officials',
      'group Analysts',
      'group Chinese leadership [CHN]',
      'group Russian troops [RUS]',
      'group Democrats',
    ]);
    expect(byName(doc, 'Russian troops').sector).toBe('MIL');
  });
});
