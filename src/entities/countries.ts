import worldCountries, { type Country } from 'world-countries';
import { COUNTRY_ALIASES } from './lexicon/country-aliases.js';

export type CountryForm = 'name' | 'abbreviation' | 'demonym' | 'capital';

export interface CountryHit {
  readonly iso3: string;
  readonly form: CountryForm;
}

export interface CountryInfo {
  readonly iso3: string;
  readonly name: string;
  readonly capital: string | null;
  /** English adjective of nationality ("Chinese"), for naming "Chinese Foreign Ministry". */
  readonly demonym: string | null;
}

/**
 * Country names, abbreviations, demonyms and capitals, keyed by surface form. Built once from world-countries plus
 * Parley's own alias table. Keys are case-sensitive (so "US" is a country and "us" is not).
 */
export interface CountryLexicon {
  readonly byForm: ReadonlyMap<string, CountryHit>;
  readonly info: ReadonlyMap<string, CountryInfo>;
  /** Longest form in words, to bound the look-ahead when matching token runs. */
  readonly maxWords: number;
}

const AMBIGUOUS_FORMS = [
  'Victoria',
  'Kingston',
  'Male',
  'Hamilton',
  'Jamestown',
  'Georgetown',
  'Roseau',
  'Castries',
  'Palikir',
  // Words and person names that world-countries lists as a form of a country or its capital.
  'Island',
  'Stanley',
  'Douglas',
  'Plymouth',
  'Jersey',
  'Guernsey',
  'Mann',
  'Moroni',
  'Colombo',
  'Viti',
  'English',
];

let cached: CountryLexicon | null = null;

export function countryLexicon(): CountryLexicon {
  if (cached) return cached;
  const byForm = new Map<string, CountryHit>();
  const info = new Map<string, CountryInfo>();
  const add = (form: string, iso3: string, kind: CountryForm, override = false) => {
    const f = form.trim();
    if (f.length < 2) return;
    if (!override && byForm.has(f)) return;
    byForm.set(f, { iso3, form: kind });
  };
  for (const c of worldCountries as unknown as Country[]) {
    if (!c.cca3) continue;
    info.set(c.cca3, {
      iso3: c.cca3,
      name: c.name.common,
      capital: c.capital?.[0] ?? null,
      demonym: c.demonyms?.eng?.m || null,
    });
    add(c.name.common, c.cca3, 'name');
    add(c.name.official, c.cca3, 'name');
    for (const alt of c.altSpellings ?? []) {
      // Two-letter codes are too ambiguous in running text ("IN", "IT", "ME"); keep the three-letter ones.
      if (/^[A-Z]{2}$/.test(alt)) continue;
      if (/[^\p{Script=Latin}\s.'’-]/u.test(alt)) continue;
      add(alt, c.cca3, /^[A-Z.]+$/.test(alt) ? 'abbreviation' : 'name');
    }
    const dem = c.demonyms?.eng;
    if (dem) {
      add(dem.m, c.cca3, 'demonym');
      add(dem.f, c.cca3, 'demonym');
      // The people as a plural: "Greeks", "Iraqis" ("Chinese", "French", "Swiss" have none).
      if (/[^eshz]$/.test(dem.m)) add(`${dem.m}s`, c.cca3, 'demonym');
    }
    for (const cap of c.capital ?? []) add(cap, c.cca3, 'capital');
  }
  for (const a of COUNTRY_ALIASES) {
    for (const n of a.names ?? []) add(n, a.iso3, /^[A-Z.]+$/.test(n) ? 'abbreviation' : 'name', true);
    for (const d of a.demonyms ?? []) add(d, a.iso3, 'demonym', true);
    for (const s of a.seats ?? []) add(s, a.iso3, 'capital', true);
  }
  // "US" and "USA" are abbreviations of the United States.
  add('US', 'USA', 'abbreviation', true);
  // Capitals that are more often people's names or other places in English news.
  for (const ambiguous of AMBIGUOUS_FORMS) byForm.delete(ambiguous);
  let maxWords = 1;
  for (const k of byForm.keys()) maxWords = Math.max(maxWords, k.split(/\s+/).length);
  cached = { byForm, info, maxWords };
  return cached;
}

/** ISO alpha-3 for a country name, abbreviation, demonym or capital, or null. */
export function lookupCountry(form: string): CountryHit | null {
  return countryLexicon().byForm.get(form) ?? null;
}

export function countryName(iso3: string): string | null {
  return countryLexicon().info.get(iso3)?.name ?? null;
}

/** English demonym of a country ("CHN" → "Chinese"), or null. */
export function countryDemonym(iso3: string): string | null {
  return countryLexicon().info.get(iso3)?.demonym ?? null;
}
