/** Corpus entities found in the issue-5 audit: the order in which a country becomes known does not split a person. */
import { describe, expect, it } from 'vitest';
import { corpusDisputes, EntityLinker } from '../src/corpus/link/index.js';

describe('EntityLinker: a name met first without a country', () => {
  it('is one entity whichever order the country-less and the country-bearing mentions come in', () => {
    const before = new EntityLinker();
    const bare = before.link({ type: 'person', name: 'Tomas Reyes', country: null });
    expect(bare.key).toBe('person:-:tomas reyes');
    expect(before.link({ type: 'person', name: 'Minister Tomas Reyes', country: 'ESP' })).toMatchObject({
      key: bare.key,
      rule: 'link/country',
    });
    // Later mentions of either kind stay with it.
    expect(before.link({ type: 'person', name: 'Tomas Reyes', country: 'ESP' }).key).toBe(bare.key);
    expect(before.link({ type: 'person', name: 'Tomas Reyes', country: null }).key).toBe(bare.key);
    expect(before.size).toBe(1);

    const after = new EntityLinker();
    const esp = after.link({ type: 'person', name: 'Tomas Reyes', country: 'ESP' });
    expect(after.link({ type: 'person', name: 'Tomas Reyes', country: null }).key).toBe(esp.key);
    expect(after.size).toBe(1);
  });

  it('takes only the first country: a mention of another country is another entity', () => {
    const l = new EntityLinker();
    const bare = l.link({ type: 'person', name: 'Ana Costa', country: null });
    expect(l.link({ type: 'person', name: 'Ana Costa', country: 'PRT' }).key).toBe(bare.key);
    const bra = l.link({ type: 'person', name: 'Ana Costa', country: 'BRA' });
    expect(bra.key).toBe('person:BRA:ana costa');
    // The Portuguese one keeps its entity after the Brazilian one arrived.
    expect(l.link({ type: 'person', name: 'Ana Costa', country: 'PRT' }).key).toBe(bare.key);
  });

  it('does not join a country-less entity when the name is already known with another country', () => {
    const l = new EntityLinker();
    l.link({ type: 'person', name: 'Lee Park', country: 'KOR' });
    l.link({ type: 'person', name: 'Lee Park', country: 'USA' });
    const bare = l.link({ type: 'person', name: 'Lee Park', country: null });
    expect(bare.key).toBe('person:-:lee park');
    expect(l.link({ type: 'person', name: 'Lee Park', country: 'CAN' }).key).toBe('person:CAN:lee park');
  });

  it('keeps roles of another family apart, and survives a save and restore', () => {
    const l = new EntityLinker();
    const bare = l.link({ type: 'person', name: 'Ines Moll', country: null, roles: ['professor'] });
    const senator = l.link({ type: 'person', name: 'Ines Moll', country: 'AUT', roles: ['senator'] });
    expect(senator.key).not.toBe(bare.key);
    const restored = EntityLinker.fromJSON(JSON.parse(JSON.stringify(l.toJSON())));
    expect(restored.link({ type: 'person', name: 'Ines Moll', country: 'AUT', roles: ['senator'] }).key).toBe(
      senator.key,
    );
  });
});

describe('EntityLinker: bare collective nouns', () => {
  it('links "officials" and "Analysts" to nobody, and a group with a country or owner by name', () => {
    const l = new EntityLinker();
    expect(l.link({ type: 'group', name: 'officials', country: null })).toEqual({
      key: 'group:~:officials',
      name: 'officials',
      ambiguous: true,
      rule: 'link/generic-group',
    });
    expect(l.link({ type: 'group', name: 'Analysts', country: null }).ambiguous).toBe(true);
    const cn = l.link({ type: 'group', name: 'Chinese officials', country: 'CHN' });
    expect(cn).toMatchObject({ key: 'group:CHN:chinese officials', ambiguous: false });
    expect(l.link({ type: 'group', name: 'Chinese officials', country: 'CHN' }).key).toBe(cn.key);
    const eu = l.link({ type: 'group', name: 'EU diplomats', country: null });
    expect(eu).toMatchObject({ key: 'group:-:eu diplomats', ambiguous: false });
    expect(l.size).toBe(2);
  });
});

describe('corpusDisputes: holders of different articles', () => {
  const claim = (article: string, holder: string, name: string, stance: 'assert' | 'deny') => ({
    article,
    published: article === 'a' ? '2026-05-01' : '2026-05-02',
    entities: [{ id: holder, type: 'person', name, country: null }],
    claims: [
      {
        id: 'c1',
        proposition: { text: 'the harbour bridge will close in June for repairs', event: null },
        positions: [{ holder, holderName: name, stance, evidence: 'q1' }],
      },
    ],
  });

  it('does not take the "e1" of two articles for one holder without a linker', () => {
    const out = corpusDisputes([claim('a', 'e1', 'Rosa Delgado', 'assert'), claim('b', 'e1', 'Tom Okafor', 'deny')]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ asserted: ['Rosa Delgado'], denied: ['Tom Okafor'], disputed: true });
    // With a linker the same person in two articles is one holder: changing one's mind is no dispute.
    const flip = corpusDisputes(
      [claim('a', 'e1', 'Rosa Delgado', 'assert'), claim('b', 'e4', 'Rosa Delgado', 'deny')],
      {
        linker: new EntityLinker(),
      },
    );
    expect(flip).toHaveLength(0);
  });

  it('keeps two people behind an ambiguous surname apart', () => {
    const linker = new EntityLinker();
    linker.link({ type: 'person', name: 'Maria Chen', country: null });
    linker.link({ type: 'person', name: 'David Chen', country: null });
    const out = corpusDisputes([claim('a', 'e1', 'Chen', 'assert'), claim('b', 'e2', 'Chen', 'deny')], { linker });
    expect(out).toHaveLength(1);
    expect(out[0]!.positions.map((p) => p.holder)).toEqual(['person:~:chen', 'person:~:chen']);
    expect(out[0]!.disputed).toBe(true);
  });
});

describe('EntityLinker.resolvePerson: a speaker name without an entity', () => {
  it('finds the one known person of that name or surname, and never creates one', () => {
    const l = new EntityLinker();
    const daria = l.link({ type: 'person', name: 'Daria Volkova', country: null, roles: ['interior minister'] });
    expect(l.resolvePerson('Volkova')).toMatchObject({ key: daria.key, name: 'Daria Volkova', rule: 'link/surname' });
    expect(l.resolvePerson('Minister Daria Volkova')).toMatchObject({ key: daria.key, rule: 'link/name' });
    expect(l.resolvePerson('Ivan Petrov')).toBeNull();
    expect(l.resolvePerson('The army on Tuesday')).toBeNull();
    expect(l.resolvePerson('')).toBeNull();
    l.link({ type: 'person', name: 'Oleg Volkova', country: null });
    expect(l.resolvePerson('Volkova')).toBeNull(); // two people now share it
    expect(l.size).toBe(2);
  });
});

describe('EntityLinker: a bare surname no full name ends in', () => {
  it('is linked to nobody, so lone "Chen"s of two articles stay apart; a full name later starts the entity', () => {
    const l = new EntityLinker();
    expect(l.link({ type: 'person', name: 'Chen', country: null })).toEqual({
      key: 'person:~:chen',
      name: 'Chen',
      ambiguous: true,
      rule: 'link/bare-name',
    });
    expect(l.link({ type: 'person', name: 'Mr Chen', country: 'CHN' }).ambiguous).toBe(true);
    expect(l.size).toBe(0);
    const maria = l.link({ type: 'person', name: 'Maria Chen', country: null });
    expect(l.link({ type: 'person', name: 'Chen', country: null })).toMatchObject({
      key: maria.key,
      rule: 'link/surname',
    });
  });
});
