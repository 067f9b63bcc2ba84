import { describe, expect, it } from 'vitest';
import {
  type PropositionSignature,
  propositionSignature,
  sameProposition,
  signatureKeys,
} from '../src/claims/index.js';
import { type EntitySpec, handDoc } from './claims-helpers.js';

/** The signature of a one-sentence text, read as the content of a quote by `speaker` (an entity of `entities`). */
function sig(text: string, entities: EntitySpec[] = [], speaker: string | null = null): PropositionSignature {
  const doc = handDoc(text, { entities });
  const s = propositionSignature(doc, [{ start: 0, end: text.length }], { speaker });
  if (!s) throw new Error(`no proposition in: ${text}`);
  return s;
}

const usGov: EntitySpec = {
  id: 'wh',
  type: 'organization',
  name: 'White House',
  country: 'USA',
  mentions: [],
};
const mofa: EntitySpec = {
  id: 'mofa',
  type: 'organization',
  name: 'Japanese Foreign Ministry',
  country: 'JPN',
  mentions: [],
};
const analyst: EntitySpec = {
  id: 'an',
  type: 'person',
  name: 'Mara Lind',
  country: 'USA',
  roles: ['analyst'],
  mentions: [],
};

describe('propositionSignature', () => {
  it('maps talk words to NEGOTIATE, drops negation and frame words, and finds the parties', () => {
    const s = sig('Japan and the United States are not holding any negotiations.');
    expect(s).toEqual({
      predicates: ['NEGOTIATE'],
      details: [],
      concept: 'NEGOTIATE',
      plover: 'CONSULT',
      cameo: null,
      symmetric: true,
      agents: ['JPN', 'USA'],
      patients: [],
      topics: [],
      open: false,
      anchored: false,
      mood: 'actual',
    });
  });

  it('adds a state speaker as the implicit party of a symmetric proposition, but not an analyst', () => {
    expect(sig('Talks are ongoing.', [usGov], 'wh')).toMatchObject({ agents: ['USA'], open: true });
    expect(sig('Talks are ongoing.', [analyst], 'an')).toMatchObject({ agents: [], open: true });
  });

  it('reads a place after "in" as where, not who', () => {
    const geneva: EntitySpec = { id: 'gva', type: 'place', name: 'Geneva', country: 'CHE', mentions: ['Geneva'] };
    expect(sig('Iran and Oman held talks in Geneva.', [geneva])).toMatchObject({ agents: ['IRN', 'OMN'], open: false });
    expect(sig('Talks on the maritime border between Iran and Oman are under way.')).toMatchObject({
      predicates: ['NEGOTIATE'],
      topics: ['border'],
    });
  });

  it('keeps a noun modifier of the event as its topic, and orders the parties of a directed act', () => {
    expect(sig('Trade negotiations between Canada and Mexico are under way.')).toMatchObject({
      predicates: ['NEGOTIATE'],
      topics: ['trade'],
      agents: ['CAN', 'MEX'],
    });
    expect(sig('Russia attacked Ukraine overnight.')).toMatchObject({
      concept: 'ATTACK',
      symmetric: false,
      agents: ['RUS'],
      patients: ['UKR'],
    });
    expect(sig('Ukraine was attacked by Russia overnight.')).toMatchObject({ agents: ['RUS'], patients: ['UKR'] });
  });
});

describe('sameProposition: pairs that must match', () => {
  const pairs: [string, string, EntitySpec[]?, string?][] = [
    ['Japan and South Korea are negotiating.', 'South Korea and Japan are holding talks.'],
    ['Negotiations between Peru and Chile are taking place.', 'Chile and Peru have an ongoing dialogue.'],
    ['Trade talks between Canada and Mexico are under way.', 'Mexico and Canada are in negotiations.'],
    ['Egypt and Israel are not holding any consultations.', 'Talks between Israel and Egypt are continuing.'],
    ['Russia attacked Ukraine overnight.', 'Russia launched an attack on Ukraine.'],
    ['Talks between Oman and Yemen are making progress.', 'Yemen and Oman are negotiating.'],
    ['A summit between Russia and France is being prepared.', 'A summit between France and Russia is planned.'],
  ];
  for (const [a, b] of pairs) {
    it(`"${a}" ~ "${b}"`, () => {
      expect(sameProposition(sig(a), sig(b))).toBe(true);
      expect(sameProposition(sig(b), sig(a))).toBe(true);
      // Strict matches (across articles) always share a blocking key.
      expect(sameProposition(sig(a), sig(b), { allowOpen: false })).toBe(true);
      expect(signatureKeys(sig(a)).some((k) => signatureKeys(sig(b)).includes(k))).toBe(true);
    });
  }

  it('an open statement by a state speaker matches the closed one that names its counterpart', () => {
    const open = sig('Negotiations are under way.', [usGov], 'wh');
    const closed = sig('Japan and the United States are not having talks.');
    expect(sameProposition(open, closed)).toBe(true);
    expect(sameProposition(closed, open)).toBe(true);
    // Two open statements from the two sides make one dyad.
    expect(sameProposition(open, sig('No talks are taking place.', [mofa], 'mofa'))).toBe(true);
    // Across articles, open matches can be switched off.
    expect(sameProposition(open, closed, { allowOpen: false })).toBe(false);
  });

  it('an event signature matches another in either order for a symmetric action, or a content that names it', () => {
    const ev = (src: string, tgt: string, plover: string, cameo: string): PropositionSignature => ({
      predicates: ['NEGOTIATE'],
      concept: 'NEGOTIATE',
      plover,
      cameo,
      symmetric: plover === 'CONSULT',
      agents: plover === 'CONSULT' ? [src, tgt].sort() : [src],
      patients: plover === 'CONSULT' ? [] : [tgt],
      topics: [],
      open: false,
      anchored: true,
      mood: 'actual',
    });
    expect(sameProposition(ev('USA', 'CHN', 'CONSULT', '04'), ev('CHN', 'USA', 'CONSULT', '04'))).toBe(true);
    expect(sameProposition(ev('USA', 'CHN', 'CONSULT', '04'), sig('China and the U.S. held talks.'))).toBe(true);
    expect(sameProposition(ev('USA', 'CHN', 'CONSULT', '04'), ev('USA', 'JPN', 'CONSULT', '04'))).toBe(false);
    expect(sameProposition(ev('USA', 'CHN', 'CONSULT', '04'), ev('USA', 'CHN', 'ASSAULT', '19'))).toBe(false);
  });
});

describe('sameProposition: pairs that must not match', () => {
  const pairs: [string, string, string][] = [
    ['different actors', 'Japan and South Korea are negotiating.', 'Japan and China are negotiating.'],
    ['different predicates', 'Iran and Iraq are holding talks.', 'Iran and Iraq are fighting.'],
    [
      'same words about different countries',
      'Talks between Iran and the United States are under way.',
      'Talks between China and the United States are under way.',
    ],
    ['reversed roles of a directed act', 'Russia attacked Ukraine overnight.', 'Ukraine attacked Russia overnight.'],
    [
      'different topics',
      'Nuclear talks between Iran and France are under way.',
      'Trade talks between Iran and France are under way.',
    ],
    ['a different aspect', 'Talks between Peru and Chile are under way.', 'Talks between Peru and Chile will resume.'],
    ['imposing versus lifting', 'Canada imposed tariffs on Brazil.', 'Canada lifted tariffs on Brazil.'],
    [
      'planned versus cancelled',
      'A summit of Russia and France is planned.',
      'A summit of Russia and France was cancelled.',
    ],
    ['happening versus required', 'Talks between Oman and Yemen are under way.', 'Oman and Yemen need to hold talks.'],
    ['happening versus future', 'Oman and Yemen are holding talks.', 'Oman and Yemen will hold talks.'],
    [
      'happening versus conditional',
      'Oman and Yemen are holding talks.',
      'If Oman and Yemen hold talks, peace may come.',
    ],
  ];
  for (const [why, a, b] of pairs) {
    it(`${why}: "${a}" ≁ "${b}"`, () => {
      expect(sameProposition(sig(a), sig(b))).toBe(false);
      expect(sameProposition(sig(b), sig(a))).toBe(false);
    });
  }

  it('partyless statements need more than one shared generic word', () => {
    expect(sameProposition(sig('I have not read the book yet.'), sig('Reading the book was a joy.'))).toBe(false);
    expect(sameProposition(sig('Talks are under way.'), sig('No talks are taking place.'))).toBe(true);
  });

  it('two events of one type match only when their contents say much the same', () => {
    const anchored = (predicates: string[]): PropositionSignature => ({
      predicates,
      concept: null,
      plover: 'ACCUSE',
      cameo: '11',
      symmetric: false,
      agents: ['USA'],
      patients: [],
      topics: [],
      open: false,
      anchored: true,
      mood: 'actual',
    });
    expect(sameProposition(anchored(['complain', 'microphone', 'night']), anchored(['tweet', 'record', 'tape']))).toBe(
      false,
    );
    expect(sameProposition(anchored(['fraud', 'vote']), anchored(['fraud', 'vote', 'widespread']))).toBe(true);
  });

  it('plain-noun details may be missing on one side but must not conflict; one generic verb is not enough', () => {
    expect(sameProposition(sig('Sudan attacked the border town.'), sig('Sudan attacked Chad.'))).toBe(true);
    expect(sameProposition(sig('Sudan attacked a hospital.'), sig('Sudan attacked a convoy.'))).toBe(false);
    const s = (predicates: string[], details: string[]): PropositionSignature => ({
      predicates,
      details,
      concept: null,
      plover: null,
      cameo: null,
      symmetric: false,
      agents: ['BRA'],
      patients: [],
      topics: [],
      open: false,
      anchored: false,
      mood: 'actual',
    });
    expect(
      sameProposition(s(['pay', 'tax'], ['tax']), s(['debate', 'pay', 'remark', 'tax'], ['debate', 'remark', 'tax'])),
    ).toBe(false);
    expect(sameProposition(s(['pay', 'tax'], ['tax']), s(['pay', 'tax'], ['tax']))).toBe(true);
  });

  it('an open statement does not match a dyad it is not part of', () => {
    const open = sig('Negotiations are under way.', [usGov], 'wh');
    expect(sameProposition(open, sig('Japan and China are holding talks.'))).toBe(false);
  });
});
