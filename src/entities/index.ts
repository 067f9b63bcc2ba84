export type { CountryHit, CountryInfo, CountryLexicon } from './countries.js';
export { countryDemonym, countryLexicon, countryName, lookupCountry } from './countries.js';
export { findEntities } from './find.js';
export { countriesInSpan, entityById, headMention, mentionAt, mentionsInRange, mentionsOf } from './lookup.js';
