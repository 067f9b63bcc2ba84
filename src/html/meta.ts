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
  const authors = uniqueNames([
    ...(ld?.authors ?? []),
    ...splitMulti(get('author', 'article:author', 'dc.creator', 'sailthru.author', 'parsely-author')),
  ]);

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

interface LdArticle {
  headline?: string;
  datePublished?: string;
  publisher?: string;
  authors: string[];
  inLanguage?: string;
}

/** The first article-like object in the page's JSON-LD blocks (top level, arrays, or @graph). */
function jsonLdArticle(doc: MetaSource): LdArticle | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  let page: Record<string, unknown> | null = null;
  for (let i = 0; i < scripts.length; i++) {
    const raw = scripts[i]!.textContent;
    if (!raw || raw.length > 1_000_000) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw.trim().replace(/^<!--|-->$/g, ''));
    } catch {
      continue;
    }
    for (const obj of flatten(data, 0)) {
      const types = typeList(obj['@type']);
      if (types.some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage')) return toLd(obj);
      if (!page && types.includes('WebPage')) page = obj;
    }
  }
  return page ? toLd(page) : null;
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
