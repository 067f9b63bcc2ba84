export type { CountryHit, CountryInfo, CountryLexicon } from './countries.js';
export { countryLexicon, countryName, lookupCountry } from './countries.js';
export { findEntities } from './find.js';
