/** Titles and honorifics that may open a person's name in text but are not part of it ("President Joe Biden"). */
export const NAME_TITLES: ReadonlySet<string> = Object.freeze(
  new Set(
    (
      'mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father sister brother ' +
      'president vice prime minister chancellor premier king queen prince princess emperor sheikh ' +
      'senator sen rep representative congressman congresswoman councilman councilwoman councillor councilor ' +
      'alderman gov governor mayor judge justice ' +
      'gen general lt col colonel maj major capt captain adm admiral sgt sergeant cmdr commander ' +
      'secretary ambassador spokesman spokeswoman spokesperson chairman chairwoman ceo director'
    ).split(' '),
  ),
);

/** Endings of organisation names that copies of a name keep or drop ("Apple Inc." = "Apple"). */
export const ORG_SUFFIXES: ReadonlySet<string> = Object.freeze(
  new Set(
    'inc incorporated corp corporation co company ltd limited llc plc ag sa gmbh nv bv group holdings'.split(' '),
  ),
);

/**
 * Role families: roles in one family may describe one person over time ("candidate" → "president"); a full name
 * met with roles of two different families only (a "professor" and a "senator") is two people.
 */
export const ROLE_FAMILIES: ReadonlyMap<string, string> = Object.freeze(
  new Map<string, string>(
    [
      [
        'politics',
        'president premier minister chancellor senator congressman congresswoman representative lawmaker legislator governor mayor candidate nominee secretary ambassador diplomat spokesman spokeswoman spokesperson official politician leader chairman chairwoman speaker envoy',
      ],
      ['military', 'general colonel major captain admiral sergeant commander soldier officer marshal'],
      ['business', 'ceo executive founder chairman investor banker businessman businesswoman entrepreneur economist'],
      ['academia', 'professor analyst researcher scientist scholar expert academic lecturer fellow'],
      ['law', 'judge justice prosecutor attorney lawyer sheriff detective'],
      ['media', 'journalist reporter editor columnist correspondent anchor host'],
      ['sport', 'coach player striker goalkeeper athlete manager quarterback'],
      ['arts', 'actor actress singer musician director writer author artist rapper'],
    ].flatMap(([family, roles]) => roles!.split(' ').map((r) => [r, family!] as [string, string])),
  ),
);
