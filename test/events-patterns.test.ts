import { describe, expect, it } from 'vitest';
import { compileVerbPatterns } from '../src/events/patterns/compile.js';
import { createAnalyzer } from '../src/index.js';

const analyzer = createAnalyzer({ date: '2024-03-01' });
const events = (text: string) => analyzer.analyze(text).events;

// One short sentence of our own per CAMEO root: [text, CAMEO code, PLOVER type, source country, target country].
const CASES: ReadonlyArray<readonly [string, string, string, string, string | null]> = [
  ["Kenya's government admitted responsibility for the collapse of the bridge.", '015', 'STATEMENT', 'KEN', null],
  ['Chile appealed to Argentina for help with the wildfires.', '020', 'REQUEST', 'CHL', 'ARG'],
  ['Japan agreed to provide economic aid to Vietnam.', '033', 'AGREE', 'JPN', 'VNM'],
  ['Canada and Denmark negotiated a settlement over the island.', '046', 'CONSULT', 'CAN', 'DNK'],
  ['Egyptian President Abdel Fattah al-Sisi visited Saudi Arabia.', '042', 'CONSULT', 'EGY', 'SAU'],
  ['Austria praised Slovenia for its handling of the floods.', '051', 'SUPPORT', 'AUT', 'SVN'],
  ['Portugal and Morocco signed a fisheries agreement.', '057', 'SUPPORT', 'PRT', 'MAR'],
  ['Germany sent humanitarian aid to Turkey after the earthquake.', '070', 'AID', 'DEU', 'TUR'],
  ['Israel released dozens of Palestinian prisoners.', '0841', 'RETREAT', 'ISR', 'PSE'],
  ['Ukraine withdrew its troops from the town.', '0874', 'RETREAT', 'UKR', null],
  ['Dutch prosecutors investigated the Belgian company.', '090', 'ACCUSE', 'NLD', 'BEL'],
  ['Lithuania demanded that Belarus release the journalists.', '1053', 'REQUEST', 'LTU', 'BLR'],
  ['Venezuela criticized Guyana over the oil concessions.', '111', 'ACCUSE', 'VEN', 'GUY'],
  ['Iran accused Israel of sabotage.', '112', 'ACCUSE', 'IRN', 'ISR'],
  ["Serbia rejected Kosovo's proposal for talks.", '125', 'REJECT', 'SRB', 'XKX'],
  ['Azerbaijan threatened to attack Armenian positions.', '1384', 'THREATEN', 'AZE', 'ARM'],
  ['Thousands of Kenyan protesters demonstrated against the tax increase.', '141', 'PROTEST', 'KEN', null],
  ['China deployed troops to the Indian border.', '154', 'MOBILIZE', 'CHN', 'IND'],
  ['Niger expelled the French ambassador.', '161', 'SANCTION', 'NER', 'FRA'],
  ['The European Union imposed sanctions on Myanmar.', '163', 'COERCE', 'EUR', 'MMR'],
  ['Turkish police arrested twenty Kurdish activists.', '173', 'COERCE', 'TUR', 'TUR'],
  ['Gunmen kidnapped five Nigerian schoolchildren.', '181', 'ASSAULT', 'NGA', 'NGA'],
  ['Russian forces shelled the Ukrainian city of Kharkiv.', '194', 'ASSAULT', 'RUS', 'UKR'],
  ['Sudanese militias massacred hundreds of villagers in Darfur.', '202', 'ASSAULT', 'SDN', 'SDN'],
];

describe('event patterns: one family per CAMEO root', () => {
  it.each(CASES)('%s', (text, cameo, type, src, tgt) => {
    const evs = events(text);
    const e = evs.find((x) => x.cameo === cameo);
    expect(e, `${cameo} in ${evs.map((x) => x.cameo).join(',')}`).toBeDefined();
    expect(e!.plover.type).toBe(type);
    expect(e!.source.country).toBe(src);
    if (tgt) expect(e!.target?.country).toBe(tgt);
  });

  it('carries the CAMEO facts: Goldstein score and quad class', () => {
    const e = events('Iran accused Israel of sabotage.')[0]!;
    expect(e.goldstein).toBe(-2);
    expect(e.quad).toBe(3);
    const f = events('Russian forces shelled the Ukrainian city of Kharkiv.')[0]!;
    expect(f.goldstein).toBe(-10);
    expect(f.quad).toBe(4);
    const g = events('Germany sent humanitarian aid to Turkey after the earthquake.')[0]!;
    expect(g.quad).toBe(2);
    expect(g.plover).toEqual({ type: 'AID', mode: null, context: null });
  });

  it('event nouns count under a light verb: "held talks", "launched an offensive"', () => {
    const a = events('Ecuador and Peru held talks in Quito on Monday.');
    expect(a.map((e) => e.cameo)).toContain('046');
    const b = events('Ethiopia launched an offensive against Eritrea.');
    expect(b[0]).toMatchObject({ cameo: '190', source: { country: 'ETH' }, target: { country: 'ERI' } });
  });

  it('an attack noun as subject stands for its unnamed authors, placed where it happened', () => {
    const a = events('A roadside bombing near Kandahar killed four Afghan soldiers.')[0]!;
    expect(a.source).toMatchObject({ code: 'AFGUAF', sector: 'UAF' });
    expect(a.target?.code).toBe('AFGMIL');
    const b = events('Five villagers were killed in a suicide bombing in Mosul.')[0]!;
    expect(b.source.code).toBe('IRQUAF');
    expect(b.plover.type).toBe('ASSAULT');
    const c = events('Recent Israeli air strikes killed ten Hezbollah fighters.')[0]!;
    expect(c.source.code).toBe('ISRMIL');
  });

  it('has no default code: sentences without a pattern give no event', () => {
    expect(events('It rained heavily in Lisbon on Monday.')).toHaveLength(0);
    expect(events('The Austrian chancellor said the weather was pleasant.')).toHaveLength(0);
    expect(events('Brazilian officials talked about football for an hour.')).toHaveLength(0);
  });

  it('spans: trigger, actors and sentence point into the text', () => {
    const text = 'Iran accused Israel of sabotage.';
    const e = analyzer.analyze(text).events[0]!;
    expect(e.trigger.text).toBe('accused');
    expect(e.source.text?.text).toBe('Iran');
    expect(e.target?.text?.text).toBe('Israel');
    expect(e.sentence.text).toBe(text);
    expect(e.rule).toMatch(/^events\//);
    expect(e.confidence).toBeGreaterThan(0);
  });

  it('rejects malformed pattern lines and unknown CAMEO codes at compile time', () => {
    expect(() => compileVerbPatterns('attack 999')).toThrow(/unknown CAMEO code/);
    expect(() => compileVerbPatterns('attack {x 190')).toThrow(/cannot read/);
    expect(compileVerbPatterns('# note\ncall +for {talks} 026\n').get('call')?.[0]).toMatchObject({
      particle: 'for',
      code: '026',
    });
  });
});
