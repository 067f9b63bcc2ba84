// Data only. Organisations news names without a tell-tale head noun, or by acronym, with the country they belong
// to (null for international bodies) and their CAMEO sector. Surface forms are matched case-sensitively
// (so "WHO" is the organisation and "who" is not). `seats` are place names used for the body ("Brussels said …");
// used as a place ("talks in Brussels") they stay places.
export interface KnownOrg {
  readonly name: string;
  readonly forms: readonly string[];
  readonly country: string | null;
  readonly sector: string;
  readonly seats?: readonly string[];
  readonly note?: string;
}

export const KNOWN_ORGS: readonly KnownOrg[] = Object.freeze([
  // International bodies
  { name: 'United Nations', forms: ['UN', 'U.N.', 'United Nations'], country: null, sector: 'IGO' },
  {
    name: 'UN Security Council',
    forms: ['UN Security Council', 'U.N. Security Council', 'UNSC'],
    country: null,
    sector: 'IGO',
  },
  {
    name: 'UN General Assembly',
    forms: ['UN General Assembly', 'U.N. General Assembly', 'UNGA'],
    country: null,
    sector: 'IGO',
  },
  { name: 'NATO', forms: ['NATO', 'Nato', 'North Atlantic Treaty Organization'], country: null, sector: 'IGO' },
  {
    name: 'European Union',
    forms: ['EU', 'E.U.', 'European Union'],
    country: null,
    sector: 'IGO',
    seats: ['Brussels'],
    note: '"Brussels" as an actor is the EU in news',
  },
  { name: 'European Commission', forms: ['European Commission'], country: null, sector: 'IGO' },
  { name: 'European Parliament', forms: ['European Parliament'], country: null, sector: 'IGO' },
  { name: 'European Central Bank', forms: ['European Central Bank', 'ECB'], country: null, sector: 'IGO' },
  { name: 'African Union', forms: ['African Union'], country: null, sector: 'IGO' },
  { name: 'European Community', forms: ['European Community', 'European Communities'], country: null, sector: 'IGO' },
  { name: 'Red Crescent', forms: ['Red Crescent'], country: null, sector: 'NGO' },
  { name: 'Arab League', forms: ['Arab League'], country: null, sector: 'IGO' },
  { name: 'ASEAN', forms: ['ASEAN', 'Asean'], country: null, sector: 'IGO' },
  { name: 'OPEC', forms: ['OPEC', 'Opec'], country: null, sector: 'IGO' },
  { name: 'World Health Organization', forms: ['WHO', 'World Health Organization'], country: null, sector: 'IGO' },
  { name: 'International Monetary Fund', forms: ['IMF', 'International Monetary Fund'], country: null, sector: 'IGO' },
  { name: 'World Bank', forms: ['World Bank'], country: null, sector: 'IGO' },
  { name: 'World Trade Organization', forms: ['WTO', 'World Trade Organization'], country: null, sector: 'IGO' },
  {
    name: 'International Atomic Energy Agency',
    forms: ['IAEA', 'International Atomic Energy Agency'],
    country: null,
    sector: 'IGO',
  },
  {
    name: 'International Criminal Court',
    forms: ['ICC', 'International Criminal Court'],
    country: null,
    sector: 'IGO',
  },
  { name: 'OSCE', forms: ['OSCE'], country: null, sector: 'IGO' },
  { name: 'Group of Seven', forms: ['G7', 'G-7', 'Group of Seven'], country: null, sector: 'IGO' },
  { name: 'Group of 20', forms: ['G20', 'G-20', 'Group of 20'], country: null, sector: 'IGO' },
  { name: 'UNESCO', forms: ['UNESCO'], country: null, sector: 'IGO' },
  { name: 'UNICEF', forms: ['UNICEF'], country: null, sector: 'IGO' },
  { name: 'UNHCR', forms: ['UNHCR'], country: null, sector: 'IGO' },
  { name: 'Red Cross', forms: ['Red Cross', 'ICRC'], country: null, sector: 'NGO' },
  { name: 'Amnesty International', forms: ['Amnesty International'], country: null, sector: 'NGO' },
  { name: 'Human Rights Watch', forms: ['Human Rights Watch'], country: null, sector: 'NGO' },
  // United States
  { name: 'White House', forms: ['White House'], country: 'USA', sector: 'GOV' },
  { name: 'State Department', forms: ['State Department'], country: 'USA', sector: 'GOV' },
  { name: 'Pentagon', forms: ['Pentagon'], country: 'USA', sector: 'MIL' },
  { name: 'Federal Reserve', forms: ['Federal Reserve', 'Fed'], country: 'USA', sector: 'GOV' },
  { name: 'FBI', forms: ['FBI', 'F.B.I.'], country: 'USA', sector: 'COP' },
  { name: 'CIA', forms: ['CIA', 'C.I.A.'], country: 'USA', sector: 'SPY' },
  { name: 'USTR', forms: ['USTR'], country: 'USA', sector: 'GOV', note: 'Office of the US Trade Representative' },
  { name: 'Capitol Hill', forms: ['Capitol Hill'], country: 'USA', sector: 'LEG' },
  { name: 'Republican Party', forms: ['Republican Party', 'GOP'], country: 'USA', sector: 'PTY' },
  { name: 'Democratic Party', forms: ['Democratic Party'], country: 'USA', sector: 'PTY' },
  // Other governments, parties, forces
  {
    name: 'Communist Party of China',
    forms: ['Communist Party of China', 'Chinese Communist Party', 'CCP', 'CPC'],
    country: 'CHN',
    sector: 'PTY',
  },
  { name: "People's Liberation Army", forms: ["People's Liberation Army", 'PLA'], country: 'CHN', sector: 'MIL' },
  { name: 'Bundestag', forms: ['Bundestag'], country: 'DEU', sector: 'LEG' },
  { name: 'Knesset', forms: ['Knesset'], country: 'ISR', sector: 'LEG' },
  { name: 'Duma', forms: ['State Duma'], country: 'RUS', sector: 'LEG' },
  { name: 'Hamas', forms: ['Hamas'], country: 'PSE', sector: 'REB' },
  { name: 'Hezbollah', forms: ['Hezbollah'], country: 'LBN', sector: 'REB' },
  { name: 'Taliban', forms: ['Taliban'], country: 'AFG', sector: 'REB' },
  // Press
  { name: 'Reuters', forms: ['Reuters'], country: null, sector: 'JRN' },
  { name: 'Associated Press', forms: ['Associated Press', 'AP'], country: 'USA', sector: 'JRN' },
  { name: 'AFP', forms: ['AFP', 'Agence France-Presse'], country: 'FRA', sector: 'JRN' },
  { name: 'Bloomberg', forms: ['Bloomberg'], country: null, sector: 'JRN' },
  { name: 'Xinhua', forms: ['Xinhua'], country: 'CHN', sector: 'JRN' },
  { name: 'Global Times', forms: ['Global Times'], country: 'CHN', sector: 'JRN' },
  { name: 'BBC', forms: ['BBC'], country: 'GBR', sector: 'JRN' },
  { name: 'CNN', forms: ['CNN'], country: 'USA', sector: 'JRN' },
  { name: 'Washington Post', forms: ['Washington Post'], country: 'USA', sector: 'JRN' },
  { name: 'New York Times', forms: ['New York Times'], country: 'USA', sector: 'JRN' },
  { name: 'Fox News', forms: ['Fox News'], country: 'USA', sector: 'JRN' },
  { name: 'NBC', forms: ['NBC', 'NBC News'], country: 'USA', sector: 'JRN' },
  { name: 'CBS', forms: ['CBS', 'CBS News'], country: 'USA', sector: 'JRN' },
  { name: 'ABC News', forms: ['ABC News'], country: 'USA', sector: 'JRN' },
  { name: 'MSNBC', forms: ['MSNBC'], country: 'USA', sector: 'JRN' },
  { name: 'NPR', forms: ['NPR'], country: 'USA', sector: 'JRN' },
  { name: 'Politico', forms: ['Politico', 'POLITICO'], country: 'USA', sector: 'JRN' },
  { name: 'Al Jazeera', forms: ['Al Jazeera'], country: 'QAT', sector: 'JRN' },
  { name: 'RT', forms: ['RT', 'Russia Today'], country: 'RUS', sector: 'JRN' },
  { name: 'TASS', forms: ['TASS', 'Tass'], country: 'RUS', sector: 'JRN' },
  { name: 'Kyodo', forms: ['Kyodo'], country: 'JPN', sector: 'JRN' },
  { name: 'Yonhap', forms: ['Yonhap'], country: 'KOR', sector: 'JRN' },
  { name: "People's Daily", forms: ["People's Daily"], country: 'CHN', sector: 'JRN' },
  {
    name: 'Twitter',
    forms: ['Twitter'],
    country: null,
    sector: 'BUS',
    note: 'also "X" after 2023; "X" alone is too ambiguous',
  },
  { name: 'Facebook', forms: ['Facebook'], country: null, sector: 'BUS' },
  { name: 'Wall Street Journal', forms: ['Wall Street Journal'], country: 'USA', sector: 'JRN' },
] satisfies KnownOrg[]);

/**
 * Regions and other places that contain a country word but are not the country ("Latin America", "South China
 * Sea"); matched like known organisations so the country inside them is not taken alone.
 */
export const REGIONS: readonly string[] = Object.freeze([
  'Latin America',
  'South America',
  'North America',
  'Central America',
  'Middle East',
  'Soviet Union',
  'Southeast Asia',
  'South Asia',
  'East Asia',
  'Central Asia',
  'Asia-Pacific',
  'Europe',
  'Asia',
  'Africa',
  'West Africa',
  'East Africa',
  'Sub-Saharan Africa',
  'Gulf',
  'Persian Gulf',
  'South China Sea',
  'East China Sea',
  'Taiwan Strait',
  'Korean Peninsula',
  'Wall Street',
  'New Mexico',
  'New South Wales',
]);
