import { toIsoDate } from '../corpus/readers/dates.js';
import { decodeEntities } from '../corpus/readers/xml.js';
import type { ArticleMeta } from '../model/index.js';

/** The subset of the DOM Parley reads (linkedom's document satisfies it). */
export interface MetaSource {
  querySelectorAll(selectors: string): ArrayLike<MetaElement>;
  querySelector(selectors: string): MetaElement | null;
  readonly documentElement: MetaElement | null;
}
export interface MetaElement {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|BackgroundNewsArticle|ReviewNewsArticle|LiveBlogPosting|ScholarlyArticle|TechArticle|Report|WebPage)$/;

/**
 * Metadata from a page's head, in order of trust: JSON-LD (NewsArticle and kin, also inside @graph arrays), then
 * OpenGraph / article:* / Dublin Core / parsely / sailthru meta tags, then `<title>`, `<link rel=canonical>` and
 * `<html lang>`. Dates become ISO 8601; authors are names, never URLs.
 */
export function extractMeta(doc: MetaSource): ArticleMeta {
  const metas = new Map<string, string>();
  const all = doc.querySelectorAll('meta');
  for (let i = 0; i < all.length; i++) {
    const m = all[i]!;
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').trim();
    const content = m.getAttribute('content');
    if (!key || content === null) continue;
    const k = key.toLowerCase();
    const v = clean(content);
    if (!v) continue;
    if (k === 'article:author' || k === 'author' || k === 'dc.creator' || k === 'sailthru.author') {
      metas.set(k, metas.has(k) ? `${metas.get(k)}\u0000${v}` : v);
    } else if (!metas.has(k)) metas.set(k, v);
  }
  const ld = jsonLdArticle(doc);
  const get = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = metas.get(k);
      if (v) return v;
    }
    return null;
  };

  const titleTag = clean(doc.querySelector('title')?.textContent ?? '');
  const title =
    clean(ld?.headline) || get('og:title', 'twitter:title', 'dc.title', 'parsely-title', 'sailthru.title') || titleTag;
  const published = toIsoDate(
    ld?.datePublished ??
      get(
        'article:published_time',
        'og:article:published_time',
        'datepublished',
        'date',
        'dc.date',
        'dc.date.issued',
        'pubdate',
        'publishdate',
        'parsely-pub-date',
        'sailthru.date',
        'article.published',
        'published_time',
      ),
  );
  const publisher = clean(ld?.publisher) || get('og:site_name', 'application-name', 'dc.publisher', 'publisher');
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? get('og:url', 'twitter:url') ?? null;
  const lang =
    ld?.inLanguage ??
    doc.documentElement?.getAttribute('lang') ??
    get('og:locale', 'content-language', 'dc.language', 'language');
  let authors = uniqueNames([
    ...(ld?.authors ?? []),
    ...splitMulti(get('author', 'article:author', 'dc.creator', 'sailthru.author', 'parsely-author')),
  ]);
  if (authors.length === 0) authors = pageByline(doc);

  const meta: ArticleMeta = {};
  if (title) meta.title = title;
  if (authors.length > 0) meta.authors = authors;
  if (published) meta.published = published;
  if (publisher) meta.publisher = publisher;
  const url = absoluteUrl(canonical);
  if (url) meta.url = url;
  const language = normLang(lang);
  if (language) meta.language = language;
  return meta;
}

const BYLINE_SELECTORS = [
  '[itemprop="author"] [itemprop="name"]',
  '[itemprop="author"]',
  '[rel="author"]',
  '.byline',
  '.author-name',
  '.author',
  '[class*="byline"]',
];

/** Authors named in the page itself (schema.org microdata, rel=author, byline classes), when the head has none. */
function pageByline(doc: MetaSource): string[] {
  for (const sel of BYLINE_SELECTORS) {
    const el = doc.querySelector(sel);
    const text = clean(el?.textContent ?? '');
    if (!text || text.length > 100) continue;
    const names = text
      .replace(/^(by|von|par|por|di|door)\s+/i, '')
      .split(/\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\|)\s*/)
      .map((n) => n.trim())
      .filter((n) => /\p{L}/u.test(n) && n.split(/\s+/).length <= 5);
    if (names.length > 0) return uniqueNames(names.slice(0, 5));
  }
  return [];
}

interface LdArticle {
  headline?: string;
  datePublished?: string;
  publisher?: string;
  authors: string[];
  inLanguage?: string;
}

/**
 * The page's article in its JSON-LD blocks (top level, arrays, @graph, mainEntity): the first object of an article
 * type; else a WebPage; else any object that carries a headline or a datePublished (Blog posts, SocialMediaPosting,
 * CreativeWork and other types sites use).
 */
function jsonLdArticle(doc: MetaSource): LdArticle | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  let page: Record<string, unknown> | null = null;
  let other: Record<string, unknown> | null = null;
  for (let i = 0; i < scripts.length; i++) {
    const raw = scripts[i]!.textContent;
    if (!raw || raw.length > 1_000_000) continue;
    let data: unknown;
    data = parseLd(raw);
    if (data === undefined) continue;
    for (const obj of flatten(data, 0)) {
      const types = typeList(obj['@type']);
      if (types.some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage')) return toLd(obj);
      if (!page && types.includes('WebPage')) page = obj;
      if (!other && (typeof obj.headline === 'string' || typeof obj.datePublished === 'string')) other = obj;
    }
  }
  const best = page ?? other;
  if (!best) return null;
  const ld = toLd(best);
  // A WebPage often lacks the date a sibling object carries.
  if (!ld.datePublished && other && best !== other) {
    const d = toLd(other).datePublished;
    if (d) ld.datePublished = d;
  }
  return ld;
}

/** JSON-LD as sites write it: wrapped in HTML comments or CDATA, or with raw line breaks and tabs inside strings. */
function parseLd(raw: string): unknown {
  const s = raw
    .trim()
    .replace(/^(\/\/\s*)?(<!--|<!\[CDATA\[)\s*|\s*(\/\/\s*)?(-->|\]\]>)$/g, '')
    .trim();
  try {
    return JSON.parse(s);
  } catch {
    try {
      return JSON.parse(s.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function flatten(v: unknown, depth: number): Record<string, unknown>[] {
  if (depth > 4 || !v || typeof v !== 'object') return [];
  if (Array.isArray(v)) return v.flatMap((x) => flatten(x, depth + 1));
  const o = v as Record<string, unknown>;
  const out = [o];
  if (o['@graph']) out.push(...flatten(o['@graph'], depth + 1));
  if (o.mainEntity && typeof o.mainEntity === 'object') out.push(...flatten(o.mainEntity, depth + 1));
  return out;
}

function typeList(t: unknown): string[] {
  if (typeof t === 'string') return [t.replace(/^https?:\/\/schema\.org\//, '')];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function toLd(o: Record<string, unknown>): LdArticle {
  const out: LdArticle = { authors: [] };
  const headline = str(o.headline) ?? str(o.name);
  if (headline) out.headline = headline;
  const date = str(o.datePublished) ?? str(o.dateCreated);
  if (date) out.datePublished = date;
  const pub = nameOf(o.publisher);
  if (pub) out.publisher = pub;
  const lang = str(o.inLanguage);
  if (lang) out.inLanguage = lang;
  const authors = Array.isArray(o.author) ? o.author : o.author ? [o.author] : [];
  for (const a of authors) {
    const n = nameOf(a);
    if (n) out.authors.push(n);
  }
  return out;
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return nameOf(v[0]);
  if (v && typeof v === 'object') return str((v as Record<string, unknown>).name);
  return null;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

/** Single spaces; entities some sites escape twice ("&amp;mdash;" arrives as "&mdash;") decoded. */
function clean(s: string | null | undefined): string {
  return decodeEntities(s ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

function splitMulti(v: string | null): string[] {
  return v ? v.split('\u0000') : [];
}

/** Names only: URLs (profile links) are dropped, "By " prefixes cut, duplicates removed. */
function uniqueNames(list: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of list) {
    const n = clean(raw).replace(/^by\s+/i, '');
    if (!n || /^https?:\/\//i.test(n) || n.length > 120) continue;
    const k = n.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(n);
  }
  return out;
}

function absoluteUrl(u: string | null): string | null {
  if (!u) return null;
  const s = u.trim();
  return /^https?:\/\//i.test(s) ? s : null;
}

/** "en_US" / "en-us" → "en-US"; anything not shaped like a language tag → null. */
function normLang(l: string | null | undefined): string | null {
  if (!l) return null;
  const m = /^([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}))?\b/i.exec(l.trim());
  if (!m) return null;
  return m[2] ? `${m[1]!.toLowerCase()}-${m[2].toUpperCase()}` : m[1]!.toLowerCase();
}
