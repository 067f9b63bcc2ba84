// Data only. Names news uses for countries that the country package does not list (its names, alternative
// spellings, demonyms and capitals are read from world-countries at start-up). Each entry: ISO alpha-3, surface
// forms (matched case-sensitively), and a note on why.
export interface CountryAlias {
  readonly iso3: string;
  readonly names?: readonly string[];
  readonly demonyms?: readonly string[];
  /** Seats of government used for the government ("Washington said…"). */
  readonly seats?: readonly string[];
  readonly note: string;
}

export const COUNTRY_ALIASES: readonly CountryAlias[] = [
  {
    iso3: 'USA',
    names: ['U.S.', 'U.S.A.', 'America', 'United States of America'],
    demonyms: ['American', 'Americans'],
    seats: ['Washington', 'Washington, D.C.'],
    note: 'US press forms; "the States" is left out (too often "member states"); the package lists only "Washington D.C."',
  },
  {
    iso3: 'GBR',
    names: ['Britain', 'U.K.', 'England', 'Scotland', 'Wales'],
    demonyms: ['British', 'Briton', 'Britons', 'Scottish', 'Welsh'],
    seats: ['London', 'Downing Street', 'Whitehall'],
    note: 'constituent nations are coded GBR as CAMEO does',
  },
  {
    iso3: 'RUS',
    names: ['Russia', 'Russian Federation'],
    demonyms: ['Russian', 'Russians'],
    seats: ['Moscow', 'Kremlin', 'the Kremlin'],
    note: 'Kremlin stands for the government',
  },
  {
    iso3: 'CHN',
    names: ['China', 'PRC', 'mainland China'],
    demonyms: ['Chinese'],
    seats: ['Beijing', 'Zhongnanhai'],
    note: '',
  },
  { iso3: 'TWN', names: ['Taiwan'], demonyms: ['Taiwanese'], seats: ['Taipei'], note: '' },
  {
    iso3: 'KOR',
    names: ['South Korea', 'Korea'],
    demonyms: ['South Korean', 'South Koreans'],
    seats: ['Seoul'],
    note: '"Korea" alone is usually the South in news',
  },
  {
    iso3: 'PRK',
    names: ['North Korea', 'DPRK'],
    demonyms: ['North Korean', 'North Koreans'],
    seats: ['Pyongyang'],
    note: '',
  },
  { iso3: 'IRN', names: ['Iran'], demonyms: ['Iranian', 'Iranians'], seats: ['Tehran'], note: '' },
  { iso3: 'SYR', names: ['Syria'], demonyms: ['Syrian', 'Syrians'], seats: ['Damascus'], note: '' },
  { iso3: 'VEN', names: ['Venezuela'], demonyms: ['Venezuelan'], seats: ['Caracas'], note: '' },
  { iso3: 'VNM', names: ['Vietnam', 'Viet Nam'], demonyms: ['Vietnamese'], seats: ['Hanoi'], note: '' },
  { iso3: 'LAO', names: ['Laos'], demonyms: ['Laotian', 'Lao'], note: '' },
  { iso3: 'BOL', names: ['Bolivia'], note: '' },
  {
    iso3: 'BRA',
    seats: ['Brasilia'],
    demonyms: ['Brazilians'],
    note: 'unaccented spelling of Brasília, as wires write it',
  },
  {
    iso3: 'DOM',
    demonyms: ['Dominican', 'Dominicans'],
    note: 'the package gives "Dominican" to Dominica; news means the Republic',
  },
  { iso3: 'CAN', demonyms: ['Canadians'], note: '' },
  { iso3: 'MEX', demonyms: ['Mexicans'], note: '' },
  { iso3: 'ESP', demonyms: ['Spaniard', 'Spaniards'], note: '' },
  { iso3: 'ITA', demonyms: ['Italians'], note: '' },
  { iso3: 'POL', demonyms: ['Pole', 'Poles'], note: '' },
  { iso3: 'KAZ', demonyms: ['Kazakh', 'Kazakhs'], seats: ['Nur-Sultan'], note: 'Astana was Nur-Sultan 2019–2022' },
  { iso3: 'TZA', names: ['Tanzania'], note: '' },
  { iso3: 'MDA', names: ['Moldova'], note: '' },
  { iso3: 'CZE', names: ['Czech Republic', 'Czechia'], demonyms: ['Czech', 'Czechs'], note: '' },
  { iso3: 'COD', names: ['Democratic Republic of Congo', 'DR Congo', 'DRC', 'Congo-Kinshasa'], note: '' },
  { iso3: 'COG', names: ['Republic of Congo', 'Congo-Brazzaville'], note: '' },
  { iso3: 'CIV', names: ['Ivory Coast', "Cote d'Ivoire", 'Côte d’Ivoire'], demonyms: ['Ivorian'], note: '' },
  {
    iso3: 'PSE',
    names: ['Palestine', 'Palestinian territories', 'West Bank', 'Gaza', 'Gaza Strip'],
    demonyms: ['Palestinian', 'Palestinians'],
    seats: ['Ramallah'],
    note: '',
  },
  { iso3: 'ISR', names: ['Israel'], demonyms: ['Israeli', 'Israelis'], seats: ['Jerusalem', 'Tel Aviv'], note: '' },
  { iso3: 'VAT', names: ['Vatican', 'the Holy See', 'Holy See'], note: '' },
  { iso3: 'MMR', names: ['Myanmar', 'Burma'], demonyms: ['Burmese'], seats: ['Naypyitaw', 'Naypyidaw'], note: '' },
  {
    iso3: 'NLD',
    names: ['the Netherlands', 'Holland'],
    demonyms: ['Dutch'],
    seats: ['The Hague'],
    note: 'The Hague is the seat of government',
  },
  { iso3: 'TUR', names: ['Turkey', 'Türkiye'], demonyms: ['Turkish', 'Turk', 'Turks'], note: '' },
  { iso3: 'ARE', names: ['UAE', 'U.A.E.', 'Emirates'], demonyms: ['Emirati', 'Emiratis'], note: '' },
  { iso3: 'SAU', names: ['Saudi Arabia', 'Saudi'], demonyms: ['Saudi', 'Saudis'], seats: ['Riyadh'], note: '' },
  { iso3: 'AFG', demonyms: ['Afghan', 'Afghans'], note: '' },
  { iso3: 'PAK', demonyms: ['Pakistani', 'Pakistanis'], seats: ['Islamabad'], note: '' },
  { iso3: 'IND', demonyms: ['Indian', 'Indians'], seats: ['New Delhi', 'Delhi'], note: '' },
  { iso3: 'JPN', demonyms: ['Japanese'], seats: ['Tokyo'], note: '' },
  { iso3: 'DEU', demonyms: ['German', 'Germans'], seats: ['Berlin'], note: '' },
  { iso3: 'FRA', demonyms: ['French'], seats: ['Paris', 'the Elysee', 'Elysee'], note: '' },
  { iso3: 'UKR', demonyms: ['Ukrainian', 'Ukrainians'], seats: ['Kyiv', 'Kiev'], note: '' },
];
