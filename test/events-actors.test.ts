import { describe, expect, it } from 'vitest';
import { ActorResolver, parseActorDictionary, resolveActorPhrase } from '../src/events/actors/index.js';
import { createAnalyzer } from '../src/index.js';
import { ParleyError } from '../src/model/index.js';

const r = (phrase: string, date = '2025-06-01') => resolveActorPhrase(phrase, { date });

describe('actor resolution: countries and sectors', () => {
  it.each([
    ['China', 'CHN', '', 'CHN'],
    ['Beijing', 'CHN', 'GOV', 'CHNGOV'],
    ['the Chinese Foreign Ministry', 'CHN', 'GOV', 'CHNGOV'],
    ['Pakistani soldiers', 'PAK', 'MIL', 'PAKMIL'],
    ['Kenyan riot police', 'KEN', 'COP', 'KENCOP'],
    ['the Brazilian supreme court', 'BRA', 'JUD', 'BRAJUD'],
    ['a Turkish newspaper', 'TUR', 'JRN', 'TURJRN'],
    ['Colombian rebels', 'COL', 'REB', 'COLREB'],
    ['Polish lawmakers', 'POL', 'LEG', 'POLLEG'],
    ['Egyptian students', 'EGY', 'EDU', 'EGYEDU'],
    ['an Indian software company', 'IND', 'BUS', 'INDBUS'],
    ['Mexican drug smugglers', 'MEX', 'CRM', 'MEXCRM'],
    ['Russia’s ambassador to Poland', 'RUS', 'GOV', 'RUSGOV'],
    ['police in Lagos', 'NGA', 'COP', 'NGACOP'],
  ])('%s → %s %s', (phrase, country, sector, code) => {
    const got = r(phrase);
    expect(got.country).toBe(country);
    expect(got.sector).toBe(sector);
    expect(got.code).toBe(code);
  });

  it('codes intergovernmental bodies by their own roots', () => {
    expect(r('the United Nations').country).toBe('UNO');
    expect(r('NATO').country).toBe('NAT');
    expect(r('the European Union').country).toBe('EUR');
    expect(r('the World Bank').country).toBe('IGO');
  });

  it('a specific word before a generic head decides the sector', () => {
    expect(r('a police chief').sector).toBe('COP');
    expect(r('an intelligence agency officer').sector).toBe('SPY');
    expect(r('rebel leaders').sector).toBe('REB');
  });

  it('a generic head takes the sector of the body in its "of" complement', () => {
    expect(r('the speaker of the Knesset')).toMatchObject({ country: 'ISR', sector: 'LEG' });
  });

  it('"former" turns an office holder into an elite', () => {
    expect(r('a former Indian minister')).toMatchObject({ country: 'IND', sector: 'ELI' });
    expect(r('retired generals').sector).toBe('ELI');
  });

  it('pronouns and unknown people are UNK; common nouns are no actor', () => {
    expect(r('she')).toMatchObject({ code: 'UNK', country: '' });
    expect(r('Amelia Quintero-Voss')).toMatchObject({ code: 'UNK', country: '', sector: '' });
    expect(r('the weather')).toMatchObject({ code: '', country: '', sector: '' });
  });

  it('a sponsor is not the actor; a generic institution takes the named country', () => {
    expect(r('Turkish-backed Syrian rebels')).toMatchObject({ country: 'SYR', sector: 'REB' });
    expect(r('Vietnamese-led forces')).toMatchObject({ country: 'VNM', sector: 'MIL' });
    expect(r('the Nigerian Senate')).toMatchObject({ country: 'NGA', sector: 'LEG' });
    expect(r('the Senate')).toMatchObject({ country: 'USA', sector: 'LEG' });
  });

  it('organisations change role with the date', () => {
    expect(r('the Taliban', '2015-01-01').sector).toBe('REB');
    expect(r('the Taliban', '2023-01-01').sector).toBe('GOV');
  });

  it('splits compound phrases and keeps the shared head', () => {
    const got = r('Senior Hungarian and Romanian officials');
    expect(got.compound?.map((c) => c.code)).toEqual(['HUNGOV', 'ROUGOV']);
  });

  it('matches all-lower-case and all-capitals phrases without regard to case', () => {
    expect(r('paris railway police')).toMatchObject({ country: 'FRA', sector: 'COP' });
    expect(r('CANBERRA')).toMatchObject({ country: 'AUS', sector: 'GOV' });
  });
});

describe('actor resolution: leaders table with dates', () => {
  it('resolves full names and titled surnames', () => {
    expect(r('President Kassym-Jomart Tokayev')).toMatchObject({ code: 'KAZGOV', via: 'leader' });
    expect(r('spokesman Guo Jiakun')).toMatchObject({ code: 'CHNGOV' });
    expect(r('Chancellor Merz')).toMatchObject({ country: 'DEU', sector: 'GOV' });
  });

  it('uses the date to tell office holders from former ones', () => {
    expect(r('Angela Merkel', '2017-04-01').sector).toBe('GOV');
    expect(r('Angela Merkel', '2023-04-01').sector).toBe('ELI');
    expect(r('Boris Johnson', '2020-01-01').code).toBe('GBRGOV');
  });

  it('a title in the phrase is evidence of the role at the time', () => {
    expect(r('US Senator Marco Rubio', '2025-06-01').sector).toBe('LEG');
    expect(r('Marco Rubio', '2025-06-01').sector).toBe('GOV');
  });

  it('"the Trump administration" is the US government', () => {
    expect(r('the Trump administration').code).toBe('USAGOV');
  });
});

describe('user actor dictionaries', () => {
  const dict = [
    '# test dictionary',
    '{"name": "Amara Okafor", "code": "NGALEG", "from": "2019", "to": "2023-05-31", "aliases": ["Okafor"]}',
    '{"name": "Blue Harbour Collective", "country": "GHA", "sector": "OPP"}',
    '',
  ].join('\n');

  it('parses JSON Lines and codes names, aliases and date ranges', () => {
    const entries = parseActorDictionary(dict);
    expect(entries).toHaveLength(2);
    const resolver = new ActorResolver(entries);
    expect(resolveActorPhrase('Amara Okafor', { date: '2021-03-01', resolver }).code).toBe('NGALEG');
    expect(resolveActorPhrase('Blue Harbour Collective', { resolver }).code).toBe('GHAOPP');
  });

  it('reaches the events stage through createAnalyzer(opts, { actors })', () => {
    const analyzer = createAnalyzer({ date: '2024-01-01' }, { actors: dict });
    const e = analyzer.analyze('Amara Okafor accused Ghana of dumping waste.').events[0];
    expect(e).toMatchObject({ cameo: '112', source: { code: 'NGAELI' }, target: { country: 'GHA' } });
    const f = createAnalyzer({ date: '2021-01-01' }, { actors: parseActorDictionary(dict) });
    expect(f.analyze('Amara Okafor accused Ghana of dumping waste.').events[0]?.source.code).toBe('NGALEG');
  });

  it('reports a bad line with its number', () => {
    expect(() => parseActorDictionary('{"name": "A"}\n{oops}', 'mine.jsonl')).toThrow(ParleyError);
    expect(() => parseActorDictionary('{"name": "A"}\n{oops}', 'mine.jsonl')).toThrow(/mine\.jsonl:2/);
    expect(() => parseActorDictionary('{"country": "GHA"}')).toThrow(/"name" is required/);
    expect(() => parseActorDictionary('{"name": "X", "from": "May 2020"}')).toThrow(/YYYY/);
  });
});
