import { describe, expect, it } from 'vitest';
import worldCountries from 'world-countries';
import { countryDemonym, countryName, lookupCountry } from '../src/entities/index.js';
import { COUNTRY_ALIASES } from '../src/entities/lexicon/country-aliases.js';
import { NAME_PARTICLES, SPEAKER_VERBS } from '../src/entities/lexicon/cues.js';
import { GIVEN_NAMES } from '../src/entities/lexicon/given-names.js';
import { GROUP_NOUNS, PROPER_GROUPS } from '../src/entities/lexicon/groups.js';
import { KNOWN_ORGS } from '../src/entities/lexicon/known-orgs.js';
import { KNOWN_PEOPLE } from '../src/entities/lexicon/leaders.js';
import { ANAPHORIC_ORG_HEADS, LOWER_ORG_HEADS, ORG_HEADS } from '../src/entities/lexicon/org-heads.js';
import { PERSON_TITLES } from '../src/entities/lexicon/titles.js';

const ISO3 = new Set((worldCountries as unknown as { cca3: string }[]).map((c) => c.cca3));
// Agent codes as in the PLOVER agents dictionary (../shared/data/reference/PLOVER_agents.txt): JRN is the press, MED medical.
const SECTORS = new Set([
  'GOV',
  'MIL',
  'REB',
  'OPP',
  'PTY',
  'COP',
  'JUD',
  'SPY',
  'MED',
  'EDU',
  'BUS',
  'CRM',
  'CVL',
  'LEG',
  'ELI',
  'IGO',
  'NGO',
  'REL',
  'LAB',
  'AGR',
  'JRN',
  'REF',
]);

describe('entity lexicons', () => {
  it('country lexicon: names, abbreviations, demonyms and capitals, case-sensitive, with the alias table applied', () => {
    expect(lookupCountry('United States')).toEqual({ iso3: 'USA', form: 'name' });
    expect(lookupCountry('U.S.')).toEqual({ iso3: 'USA', form: 'abbreviation' });
    expect(lookupCountry('US')).toEqual({ iso3: 'USA', form: 'abbreviation' });
    expect(lookupCountry('us')).toBeNull();
    expect(lookupCountry('Chinese')).toEqual({ iso3: 'CHN', form: 'demonym' });
    expect(lookupCountry('Washington')).toEqual({ iso3: 'USA', form: 'capital' });
    expect(lookupCountry('Brasilia')).toEqual({ iso3: 'BRA', form: 'capital' });
    for (const word of ['Island', 'Stanley', 'Douglas', 'English', 'Victoria']) expect(lookupCountry(word)).toBeNull();
    expect(countryName('CHN')).toBe('China');
    expect(countryDemonym('BRA')).toBe('Brazilian');
    for (const a of COUNTRY_ALIASES) expect(ISO3.has(a.iso3), a.iso3).toBe(true);
  });

  it('titles: lower-case surfaces, roles and sectors from the documented sets', () => {
    const seen = new Set<string>();
    for (const t of PERSON_TITLES) {
      expect(t.surface).toBe(t.surface.toLowerCase());
      expect(seen.has(t.surface), t.surface).toBe(false);
      seen.add(t.surface);
      if (t.role !== null) expect(t.role).toBe(t.role.toLowerCase());
      if (t.sector !== null) expect(SECTORS.has(t.sector), t.sector).toBe(true);
    }
  });

  it('organisation heads, known organisations and groups use valid sectors and countries', () => {
    for (const [k, h] of [...ORG_HEADS, ...LOWER_ORG_HEADS]) {
      expect(k).toBe(k.toLowerCase());
      if (h.sector !== null) expect(SECTORS.has(h.sector), k).toBe(true);
    }
    for (const k of ANAPHORIC_ORG_HEADS) expect(ORG_HEADS.has(k) || LOWER_ORG_HEADS.has(k), k).toBe(true);
    const forms = new Set<string>();
    for (const o of KNOWN_ORGS) {
      expect(SECTORS.has(o.sector), o.name).toBe(true);
      if (o.country !== null) expect(ISO3.has(o.country), o.name).toBe(true);
      for (const f of o.forms) {
        expect(forms.has(f), f).toBe(false);
        forms.add(f);
      }
    }
    for (const [k, g] of [...GROUP_NOUNS, ...PROPER_GROUPS]) {
      expect(k).toBe(k.toLowerCase());
      if (g.sector !== null) expect(SECTORS.has(g.sector), k).toBe(true);
    }
  });

  it('known people carry valid countries; word lists are lower-case', () => {
    for (const p of KNOWN_PEOPLE) {
      expect(ISO3.has(p.country), p.names[0]).toBe(true);
      expect(p.names.length).toBeGreaterThan(0);
    }
    for (const set of [GIVEN_NAMES, NAME_PARTICLES, SPEAKER_VERBS])
      for (const w of set) expect(w).toBe(w.toLowerCase());
    expect(SPEAKER_VERBS.has('said')).toBe(true);
    expect(SPEAKER_VERBS.has('points')).toBe(true);
    expect(SPEAKER_VERBS.has('denied')).toBe(true);
  });
});
