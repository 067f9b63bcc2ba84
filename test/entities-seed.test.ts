import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { byName, entityDoc, texts } from './entities-helpers.js';
import { readSeed } from './helpers.js';

describe('entities of the seed article (core issue §8)', () => {
  const doc = entityDoc(readSeed());

  it('has China and one United States entity for "U.S.", "United States" and "the U.S.\'s"', () => {
    const china = byName(doc, 'China');
    expect(china).toMatchObject({ type: 'country', country: 'CHN' });
    expect(texts(doc, china)).toContain('Beijing');
    expect(texts(doc, china)).toContain('Chinese');
    const usa = doc.entities.filter((e) => e.country === 'USA' && e.type === 'country');
    expect(usa).toHaveLength(1);
    expect(usa[0]!.name).toBe('United States');
    expect(new Set(texts(doc, usa[0]!))).toEqual(new Set(['U.S.', 'United States']));
    // "the U.S.'s internal political turmoil": the mention is the name without article or possessive.
    const poss = doc.text.indexOf("U.S.'s");
    expect(usa[0]!.mentions.some((m) => m.start === poss && m.end === poss + 4)).toBe(true);
  });

  it('has one Chinese Foreign Ministry for "China\'s Foreign Ministry" and "the Chinese Foreign Ministry"', () => {
    const ministries = doc.entities.filter((e) => /Ministry/.test(e.name));
    expect(ministries).toHaveLength(1);
    const m = ministries[0]!;
    expect(m).toMatchObject({ type: 'organization', name: 'Chinese Foreign Ministry', country: 'CHN', sector: 'GOV' });
    expect(texts(doc, m)).toEqual(['Foreign Ministry', 'Chinese Foreign Ministry']);
  });

  it('has the people with roles, countries and affiliations', () => {
    const guo = byName(doc, 'Guo Jiakun');
    expect(guo).toMatchObject({ type: 'person', roles: ['spokesman'] });
    const xi = byName(doc, 'Xi Jinping');
    expect(xi).toMatchObject({ type: 'person', country: 'CHN' });
    expect(texts(doc, xi)).toEqual(['Xi Jinping', 'Xi']);
    const trump = byName(doc, 'Trump');
    expect(trump).toMatchObject({ type: 'person', roles: ['president'], country: 'USA' });
    expect(texts(doc, trump)).toEqual(['Trump', 'Trump', 'Trump']);
    const stimson = byName(doc, 'Stimson Center');
    expect(stimson.type).toBe('organization');
    const sun = byName(doc, 'Yun Sun');
    expect(sun).toMatchObject({ type: 'person', affiliation: stimson.id });
    expect(texts(doc, sun)).toEqual(['Yun Sun', 'Sun', 'Sun']);
    const washington = byName(doc, 'Washington');
    expect(washington).toMatchObject({ type: 'place', country: 'USA' });
  });

  it('links the Trump administration, including "President Trump\'s administration"', () => {
    const admin = byName(doc, 'Trump administration');
    expect(admin).toMatchObject({ type: 'organization', country: 'USA', sector: 'GOV' });
    expect(texts(doc, admin)).toEqual(['Trump administration', 'administration', 'Trump administration']);
  });

  it('makes no entity of a Title-Case headline phrase', () => {
    for (const e of doc.entities) expect(e.name).not.toMatch(/Trade War|Stands Firm|Negotiation Claims|Dismisses/);
    const title = doc.article.title!;
    const inTitle = doc.mentions.filter((m) => m.span.start >= title.start && m.span.end <= title.end);
    expect(inTitle.map((m) => doc.text.slice(m.span.start, m.span.end))).toEqual(['China', 'U.S.']);
  });

  it('gives groups for analysts, observers and the Chinese leadership', () => {
    expect(byName(doc, 'Chinese leadership')).toMatchObject({ type: 'group', country: 'CHN' });
    expect(byName(doc, 'Analysts').type).toBe('group');
    expect(byName(doc, 'Observers').type).toBe('group');
  });

  it('numbers entities by first mention and keeps mentions in text order, none from dropped blocks', () => {
    doc.entities.forEach((e, i) => {
      expect(e.id).toBe(`e${i + 1}`);
    });
    const firsts = doc.entities.map((e) => e.mentions[0]!.start);
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
    for (let i = 1; i < doc.mentions.length; i++) {
      expect(doc.mentions[i]!.span.start).toBeGreaterThanOrEqual(doc.mentions[i - 1]!.span.end);
    }
    const dropped = doc.article.dropped.map((d) => d.span);
    for (const m of doc.mentions) {
      expect(dropped.some((d) => m.span.start >= d.start && m.span.end <= d.end)).toBe(false);
      expect(m.rule).toMatch(/^entities\//);
      expect(m.confidence).toBeGreaterThan(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
    }
    expect(doc.entities.map((e) => e.name)).toEqual([
      'China',
      'United States',
      'Trump administration',
      'Chinese Foreign Ministry',
      'Trump',
      'Guo Jiakun',
      'Chinese leadership',
      'Xi Jinping',
      'Observers',
      'Analysts',
      'Yun Sun',
      'Stimson Center',
      'Washington',
    ]);
  });
});

describe('entities of the bundled example', () => {
  const path = fileURLToPath(new URL('../examples/port-talks.txt', import.meta.url));
  const doc = entityDoc(readFileSync(path, 'utf8'));

  it('finds Brazil, the EU (with Brussels) and the European Commission (with "the Commission")', () => {
    expect(byName(doc, 'Brazil')).toMatchObject({ type: 'country', country: 'BRA' });
    const eu = byName(doc, 'European Union');
    expect(eu).toMatchObject({ type: 'organization', sector: 'IGO', country: null });
    expect(new Set(texts(doc, eu))).toEqual(new Set(['European Union', 'EU', 'Brussels']));
    const ec = byName(doc, 'European Commission');
    expect(texts(doc, ec)).toEqual(['European Commission', 'European Commission', 'Commission', 'Commission']);
    expect(byName(doc, 'Brazilian Foreign Ministry')).toMatchObject({ country: 'BRA', sector: 'GOV' });
  });

  it('finds Mauro Vieira, Olof Gill and Monica de Bolle with roles and affiliations', () => {
    const ministry = byName(doc, 'Brazilian Foreign Ministry');
    const vieira = byName(doc, 'Mauro Vieira');
    expect(vieira).toMatchObject({ roles: ['foreign minister'], country: 'BRA', affiliation: ministry.id });
    expect(texts(doc, vieira)).toEqual(['Mauro Vieira', 'Vieira']);
    const gill = byName(doc, 'Olof Gill');
    expect(gill).toMatchObject({ roles: ['spokesman'], affiliation: byName(doc, 'European Commission').id });
    expect(texts(doc, gill)).toEqual(['Olof Gill', 'Gill']);
    const peterson = byName(doc, 'Peterson Institute');
    const bolle = byName(doc, 'Monica de Bolle');
    expect(bolle.affiliation).toBe(peterson.id);
    expect(texts(doc, bolle)).toEqual(['Monica de Bolle', 'de Bolle']);
  });

  it('takes the dateline and "in Brasilia" as the place, not the government', () => {
    const brasilia = byName(doc, 'Brasilia');
    expect(brasilia).toMatchObject({ type: 'place', country: 'BRA' });
    expect(texts(doc, brasilia)).toEqual(['BRASILIA', 'Brasilia']);
    for (const e of doc.entities) expect(e.name).not.toMatch(/Port Tariff|Rejects/);
  });
});
