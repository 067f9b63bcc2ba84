// Data only. Plural nouns for collective speakers and actors ("Analysts", "Chinese officials", "Chinese
// leadership"). `bare`: make a group entity even with no country or organisation before it (the ones attribution
// needs as speakers); otherwise only when modified ("Russian troops", "EU diplomats"). `sector` as for titles.
export interface GroupNoun {
  readonly sector: string | null;
  readonly bare: boolean;
}

const g = (sector: string | null, bare: boolean): GroupNoun => Object.freeze({ sector, bare });

export const GROUP_NOUNS: ReadonlyMap<string, GroupNoun> = new Map<string, GroupNoun>([
  ['analysts', g(null, true)],
  ['observers', g(null, true)],
  ['officials', g('GOV', true)],
  ['experts', g(null, true)],
  ['diplomats', g('GOV', true)],
  ['critics', g(null, true)],
  ['sources', g(null, true)],
  ['economists', g(null, true)],
  ['lawmakers', g('LEG', true)],
  ['legislators', g('LEG', true)],
  ['authorities', g('GOV', true)],
  ['leaders', g('GOV', false)],
  ['leadership', g('GOV', false)],
  ['negotiators', g('GOV', true)],
  ['insiders', g(null, true)],
  ['scholars', g('EDU', true)],
  ['commentators', g('JRN', true)],
  ['journalists', g('JRN', true)],
  ['reporters', g('JRN', false)],
  ['researchers', g(null, true)],
  ['prosecutors', g('JUD', true)],
  ['investigators', g(null, true)],
  ['witnesses', g(null, true)],
  ['residents', g('CVL', false)],
  ['protesters', g('OPP', false)],
  ['demonstrators', g('OPP', false)],
  ['troops', g('MIL', false)],
  ['soldiers', g('MIL', false)],
  ['forces', g('MIL', false)],
  ['rebels', g('REB', false)],
  ['militants', g('REB', false)],
  ['ministers', g('GOV', false)],
  ['envoys', g('GOV', false)],
  ['regulators', g('GOV', false)],
  ['exporters', g('BUS', false)],
  ['companies', g('BUS', false)],
  ['firms', g('BUS', false)],
  ['investors', g('BUS', false)],
  ['farmers', g('AGR', false)],
  ['workers', g('LAB', false)],
  ['voters', g('CVL', false)],
  ['citizens', g('CVL', false)],
  ['media', g('JRN', false)],
]);

/**
 * Capitalised plural nouns for parties, movements and communities ("Democrats said", "Republicans in Congress").
 * Without this list a capitalised plural before "said" would look like a person.
 */
export const PROPER_GROUPS: ReadonlyMap<string, GroupNoun> = new Map<string, GroupNoun>([
  ['democrats', g('PTY', true)],
  ['republicans', g('PTY', true)],
  ['conservatives', g('PTY', true)],
  ['liberals', g('PTY', true)],
  ['tories', g('PTY', true)],
  ['socialists', g('PTY', true)],
  ['communists', g('PTY', true)],
  ['greens', g('PTY', true)],
  ['progressives', g(null, true)],
  ['independents', g(null, true)],
  ['hispanics', g('CVL', true)],
  ['latinos', g('CVL', true)],
  ['millennials', g('CVL', true)],
  ['europeans', g('CVL', true)],
  ['africans', g('CVL', true)],
  ['asians', g('CVL', true)],
  ['westerners', g('CVL', true)],
  ['muslims', g('REL', true)],
  ['christians', g('REL', true)],
  ['jews', g('REL', true)],
  ['catholics', g('REL', true)],
  ['evangelicals', g('REL', true)],
  ['kurds', g(null, true)],
  ['sunnis', g('REL', true)],
  ['shiites', g('REL', true)],
]);

/** Adjectives that may precede a group noun inside the group mention ("Senior Hungarian … officials"). */
export const GROUP_ADJECTIVES: ReadonlySet<string> = new Set([
  'senior',
  'top',
  'high-ranking',
  'local',
  'foreign',
  'western',
  'government',
  'military',
  'security',
  'trade',
  'political',
  'independent',
  'many',
  'some',
  'several',
  'other',
  'former',
  'unnamed',
  'anonymous',
  'state',
  'republican',
  'democratic',
  'democrat',
]);
