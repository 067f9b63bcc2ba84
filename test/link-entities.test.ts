import { describe, expect, it } from 'vitest';
import { corpusEntityKey, EntityLinker, normalizeEntityName } from '../src/corpus/link/index.js';

describe('normalizeEntityName', () => {
  it('drops diacritics, case, punctuation and leading titles of people', () => {
    expect(normalizeEntityName('President José  Martí', 'person')).toBe('jose marti');
    expect(normalizeEntityName('Sen. Dana Whitfield Jr.', 'person')).toBe('dana whitfield');
    expect(normalizeEntityName('Mr. Guo Jiakun', 'person')).toBe('guo jiakun');
    // A title alone stays (there is nothing else to call the entity).
    expect(normalizeEntityName('President', 'person')).toBe('president');
  });
  it('drops a leading "the" and legal suffixes of organisations', () => {
    expect(normalizeEntityName('The Boeing Co.', 'organization')).toBe('boeing');
    expect(normalizeEntityName('Harbor Logistics Holdings Inc', 'organization')).toBe('harbor logistics');
    expect(normalizeEntityName('The Hague', 'place')).toBe('hague');
  });
});

describe('corpusEntityKey', () => {
  it('keys on type, country and normalised name; countries on their code', () => {
    expect(corpusEntityKey({ type: 'person', name: 'Mr. Guo Jiakun', country: 'CHN' })).toBe('person:CHN:guo jiakun');
    expect(corpusEntityKey({ type: 'organization', name: 'The Boeing Co.', country: null })).toBe('org:-:boeing');
    expect(corpusEntityKey({ type: 'country', name: 'China', country: 'CHN' })).toBe('country:CHN');
  });
});

describe('EntityLinker', () => {
  it('gives one entity to one name and country across articles', () => {
    const l = new EntityLinker();
    const a = l.link({ type: 'person', name: 'Rosa Delgado', country: 'USA', roles: ['council member'] });
    const b = l.link({ type: 'person', name: 'Councilwoman Rosa Delgado', country: 'USA', roles: [] });
    expect(a).toEqual({ key: 'person:USA:rosa delgado', name: 'Rosa Delgado', ambiguous: false, rule: 'link/name' });
    expect(b.key).toBe(a.key);
    expect(b.name).toBe('Rosa Delgado');
  });
  it('keeps one name of two countries apart, and links a country-less mention only when one country knows it', () => {
    const l = new EntityLinker();
    const usa = l.link({ type: 'person', name: 'Ana Silva', country: 'USA' });
    expect(l.link({ type: 'person', name: 'Ana Silva', country: null })).toMatchObject({
      key: usa.key,
      rule: 'link/country',
    });
    const bra = l.link({ type: 'person', name: 'Ana Silva', country: 'BRA' });
    expect(bra.key).toBe('person:BRA:ana silva');
    // Now two countries know the name: a country-less mention is its own entity.
    expect(l.link({ type: 'person', name: 'Ana Silva', country: null }).key).toBe('person:-:ana silva');
  });
  it('links a bare surname to the one full name ending in it', () => {
    const l = new EntityLinker();
    const full = l.link({ type: 'person', name: 'Yun Sun', country: 'USA', roles: ['analyst'] });
    expect(l.link({ type: 'person', name: 'Sun', country: null })).toEqual({
      key: full.key,
      name: 'Yun Sun',
      ambiguous: false,
      rule: 'link/surname',
    });
  });
  it('does not merge a bare surname several full names share', () => {
    const l = new EntityLinker();
    l.link({ type: 'person', name: 'Maria Chen', country: 'USA' });
    l.link({ type: 'person', name: 'David Chen', country: 'USA' });
    expect(l.link({ type: 'person', name: 'Chen', country: 'USA' })).toEqual({
      key: 'person:~:chen',
      name: 'Chen',
      ambiguous: true,
      rule: 'link/ambiguous-surname',
    });
    // Roles can settle it: only one Chen is a professor.
    const l2 = new EntityLinker();
    const prof = l2.link({ type: 'person', name: 'Maria Chen', country: 'USA', roles: ['professor'] });
    l2.link({ type: 'person', name: 'David Chen', country: 'USA', roles: ['senator'] });
    expect(l2.link({ type: 'person', name: 'Chen', country: 'USA', roles: ['researcher'] }).key).toBe(prof.key);
  });
  it('keeps two people of one name apart when their roles belong to different families', () => {
    const l = new EntityLinker();
    const a = l.link({ type: 'person', name: 'John Park', country: 'USA', roles: ['professor'] });
    const b = l.link({ type: 'person', name: 'John Park', country: 'USA', roles: ['senator'] });
    expect(b.key).not.toBe(a.key);
    expect(b.rule).toBe('link/role-conflict');
    expect(b.key).toBe('person:USA:john park#politics');
    // Roles of one family over time are one person.
    const c = l.link({ type: 'person', name: 'John Park', country: 'USA', roles: ['governor'] });
    expect(c.key).toBe(b.key);
  });
  it('links an acronym to the one organisation whose initials it is', () => {
    const l = new EntityLinker();
    const full = l.link({ type: 'organization', name: 'World Health Organization', country: null });
    expect(l.link({ type: 'organization', name: 'WHO', country: null })).toMatchObject({
      key: full.key,
      rule: 'link/acronym',
    });
    expect(l.link({ type: 'organization', name: 'NATO', country: null }).key).toBe('org:-:nato');
  });
  it('keys countries on their code', () => {
    const l = new EntityLinker();
    expect(l.link({ type: 'country', name: 'China', country: 'CHN' }).key).toBe('country:CHN');
    expect(l.link({ type: 'country', name: 'People’s Republic of China', country: 'CHN' }).key).toBe('country:CHN');
    expect(l.size).toBe(1);
  });
  it('serialises and resumes with the same links', () => {
    const l = new EntityLinker();
    l.link({ type: 'person', name: 'Yun Sun', country: 'USA' });
    l.link({ type: 'organization', name: 'World Health Organization', country: null });
    const back = EntityLinker.fromJSON(JSON.parse(JSON.stringify(l.toJSON())));
    expect(back.size).toBe(2);
    expect(back.link({ type: 'person', name: 'Sun', country: null }).key).toBe('person:USA:yun sun');
    expect(back.link({ type: 'organization', name: 'WHO', country: null }).key).toBe('org:-:world health organization');
    expect(() => EntityLinker.fromJSON({ version: 2 as 1, entries: [] })).toThrow(RangeError);
  });
});
