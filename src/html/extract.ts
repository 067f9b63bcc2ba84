import { Readability } from '@mozilla/readability';
import { type ArticleMeta, ParleyError } from '../model/index.js';
import { type HtmlDocument, parseDocument } from './dom.js';
import { densityParagraphs } from './fallback.js';
import {
  isBoilerplate,
  isByline,
  isCaption,
  isDateLine,
  isEndMarker,
  isSeparatedLabels,
  isTailFurniture,
} from './filters.js';
import { extractMeta } from './meta.js';
import { collapse, keyOf, type PagePara, pageParagraphs } from './paragraphs.js';
import { type TextBlock, toBlocks } from './serialize.js';

export interface ExtractedHtml {
  /** The article's text: the headline (when the page has one), then the body; blocks separated by blank lines. */
  readonly text: string;
  readonly meta: ArticleMeta;
  /** Offset in `text` where the body starts (0 when there is no headline block). */
  readonly bodyStart: number;
  /** How the body was found: Readability (with Parley's fixes), the density fallback, or nothing usable. */
  readonly method: 'readability' | 'density' | 'none';
}

export interface ExtractOptions {
  /** Pages longer than this many UTF-16 code units are refused (PARLEY_ERR_INPUT_TOO_LARGE). Default 10,000,000. */
  readonly maxChars?: number;
  /** A Readability body shorter than this many characters sends the page to the density fallback. Default 250. */
  readonly minBodyChars?: number;
  /** Name used in error messages. */
  readonly name?: string;
}

export const DEFAULT_MAX_HTML_CHARS = 10_000_000;
const MAX_ELEMENTS = 200_000;
const MAX_READABILITY_DEPTH = 100;
const SHORT_BODY_CHARS = 1000;
const SHORT_BODY_RATIO = 2;
const DEFAULT_CHAR_THRESHOLD = 500;
const RETRY_RATIO = 1.5;
const RETRY_EXTRA = 200;
/** A block repeating an earlier one is dropped when its key has at least this many letters and digits (shorter
 * lines, like the labels of a list or a table, legitimately repeat). */
const MIN_REPEAT_KEY = 60;
/**
 * A pull quote repeats a sentence of a paragraph next to it ("This is a catastrophe for our town" over the paragraph
 * quoting the mayor): a block of at most PULL_QUOTE_CHARS whose key (at least MIN_PULL_QUOTE_KEY letters and digits)
 * is found inside a longer block at most PULL_QUOTE_REACH blocks away is dropped.
 */
const PULL_QUOTE_CHARS = 300;
const MIN_PULL_QUOTE_KEY = 25;
const PULL_QUOTE_REACH = 3;

/**
 * Main content and metadata of an HTML page. Scripts never run and nothing is fetched: the page is parsed by
 * linkedom, the body found by @mozilla/readability, then repaired by Parley (lead paragraphs Readability left out,
 * repeated blocks, captions, "Read more" / related lines, newsletter and cookie prompts, share bars), with a density
 * fallback when Readability finds nothing or too little. Malformed HTML gives best-effort text, never a crash.
 *
 * @example
 * const { text, meta } = extractHtml('<html><head><title>Talks end</title></head><body><h1>Talks end</h1><p>…</p></body></html>');
 */
export function extractHtml(html: string, opts: ExtractOptions = {}): ExtractedHtml {
  const name = opts.name ?? 'input';
  if (typeof html !== 'string') throw new ParleyError('PARLEY_ERR_INPUT_FORMAT', name, 'HTML input is not a string');
  const maxChars = opts.maxChars ?? DEFAULT_MAX_HTML_CHARS;
  if (html.length > maxChars) throw new ParleyError('PARLEY_ERR_INPUT_TOO_LARGE', name, String(maxChars));
  let doc: HtmlDocument;
  try {
    doc = parseDocument(html);
  } catch (e) {
    throw new ParleyError('PARLEY_ERR_INPUT_FORMAT', name, `cannot parse HTML (${(e as Error).message})`);
  }
  const meta = safe(() => extractMeta(doc), {});
  const paras = safe(() => pageParagraphs(doc), []);
  const headline = pickHeadline(doc, meta, paras);

  let method: ExtractedHtml['method'] = 'readability';
  // Readability's cost grows steeply with nesting depth (a 1,000-deep page takes seconds): such pages go to the
  // density fallback instead.
  // (+2: the walk starts at the document, above <html> and <body>.)
  const deepOk = domDepthAtMost(doc, MAX_READABILITY_DEPTH + 2);
  let body = deepOk ? readabilityBlocks(doc, DEFAULT_CHAR_THRESHOLD) : null;
  const had = body ? chars(body) : 0;
  // The retry costs a parse and several Readability passes: it runs only when the page holds enough paragraph text
  // outside the first result for the retry to win.
  if (deepOk && had < SHORT_BODY_CHARS && proseChars(paras) > had * RETRY_RATIO + RETRY_EXTRA) {
    // A short result may be the wrong box (a disclaimer, an author card) picked because Readability's first pass
    // stripped the real one by its class name. A second pass on a fresh parse, made to retry without those
    // strippings, wins only when it is much longer.
    const again = safe(() => readabilityBlocks(parseDocument(html), SHORT_BODY_CHARS), null);
    if (again && chars(again) > had * RETRY_RATIO + RETRY_EXTRA) body = again;
  }
  if (body) body = addEmbeds(addLeadParagraphs(body, paras, headline), paras);
  const have = body ? chars(body) : 0;
  if (!body || have < SHORT_BODY_CHARS) {
    const dense = densityParagraphs(paras).map((text) => ({ text, tag: 'p' }));
    // A short Readability body gives way to a fallback body that has much more text.
    if (have < (opts.minBodyChars ?? 250) ? chars(dense) > have : chars(dense) > have * SHORT_BODY_RATIO) {
      body = dense;
      method = 'density';
    }
  }
  const blocks = tidy(body ?? [], headline, meta);
  if (blocks.length === 0 && !headline) method = 'none';
  const head = headline ? `${headline}\n\n` : '';
  const text = blocks.length > 0 ? head + blocks.join('\n\n') : (headline ?? '');
  if (headline && !meta.title) meta.title = headline;
  return { text, meta, bodyStart: blocks.length > 0 ? head.length : text.length, method };
}

/**
 * True when no element of the page is nested deeper than `limit` (an iterative walk that stops early). The walk starts
 * at the document itself, not the body: in a mangled page the parser may hang content beside <html>, and Readability
 * still walks it.
 */
function domDepthAtMost(doc: HtmlDocument, limit: number): boolean {
  const root = safe(() => doc as unknown as Element, null);
  if (!root) return true;
  const stack: { el: Element; depth: number }[] = [{ el: root as unknown as Element, depth: 0 }];
  while (stack.length > 0) {
    const { el, depth } = stack.pop()!;
    if (depth > limit) return false;
    const kids = el.children;
    for (let i = 0; i < kids.length; i++) stack.push({ el: kids[i]!, depth: depth + 1 });
  }
  return true;
}

type Element = { readonly children: ArrayLike<Element> };

function readabilityBlocks(doc: HtmlDocument, charThreshold: number): TextBlock[] | null {
  try {
    type ReadabilityDoc = ConstructorParameters<typeof Readability>[0];
    const reader = new Readability(doc as unknown as ReadabilityDoc, {
      maxElemsToParse: MAX_ELEMENTS,
      charThreshold,
      keepClasses: true,
      // Hand back the content element itself instead of serialising it to HTML and parsing it again.
      serializer: (el) => el as unknown as string,
    });
    const res = reader.parse();
    if (!res?.content) return null;
    return toBlocks(res.content as unknown as Parameters<typeof toBlocks>[0], { dropBoxes: true });
  } catch {
    return null;
  }
}

/**
 * Readability often starts the body one container too late, leaving out a standfirst or first paragraph that sits in
 * its own wrapper. The paragraphs just before the first body paragraph join the body when they are text-rich,
 * link-poor, outside page chrome and not a heading (a heading or anything else stops the walk back).
 */
function addLeadParagraphs(body: TextBlock[], paras: readonly PagePara[], headline: string | null): TextBlock[] {
  const first = body.find((b) => b.text.length >= 40);
  if (!first) return body;
  const firstKey = keyOf(first.text);
  const at = paras.findIndex((p) => p.key === firstKey);
  if (at <= 0) return body;
  const have = new Set(body.map((b) => keyOf(b.text)));
  const headKey = headline ? keyOf(headline) : '';
  const lead: TextBlock[] = [];
  let shortSkipped = 0;
  for (let i = at - 1; i >= 0 && lead.length < 3; i--) {
    const p = paras[i]!;
    if ((p.heading && !p.lead) || p.key === headKey) break;
    if (have.has(p.key) || p.embed) continue;
    if (p.chrome || p.linkDensity > 0.2 || isBoilerplate(p.text)) break;
    // Short items between headline and body (author, date, reading time) are stepped over, a few at most.
    if (p.text.length < (p.lead ? 25 : 60)) {
      if (++shortSkipped > 3) break;
      continue;
    }
    lead.unshift({ text: p.text, tag: 'p' });
  }
  return lead.length > 0 ? [...lead, ...body] : body;
}

/**
 * Drops furniture lines, captions, bylines, date lines, copies of the headline, blocks that repeat an earlier one,
 * pull quotes (a short block repeating part of a paragraph near it), and link-only blocks where they cluster (two or
 * more in a row, or before the first / after the last paragraph of running text): lone links inside the text are
 * kept, since shopping and reference lines are part of some articles.
 */
function tidy(body: readonly TextBlock[], headline: string | null, meta: ArticleMeta): string[] {
  const seen = new Set<string>();
  const headKey = headline ? keyOf(headline) : '';
  const urlKey = meta.url ? keyOf(meta.url) : '';
  const authors = meta.authors ?? [];
  // The body ends at an "About the author" / "Related stories" heading in its second half (see cutIndex).
  const cut = cutIndex(body);
  const kept: TextBlock[] = [];
  for (let i = 0; i < cut; i++) {
    const b = body[i]!;
    const key = keyOf(b.text);
    if (!key || key === headKey || key === urlKey) continue;
    if (isBoilerplate(b.text) || isCaption(b.text) || isByline(b.text, authors) || isDateLine(b.text)) continue;
    if (isSeparatedLabels(b.text) || isEndMarker(b.text)) continue;
    if (key.length >= MIN_REPEAT_KEY && seen.has(key)) continue;
    seen.add(key);
    kept.push(b);
  }
  const linky = kept.map(isLinkBlock);
  const prose = kept.map((b, i) => !linky[i] && b.text.length >= 80);
  const firstProse = prose.indexOf(true);
  const lastProse = prose.lastIndexOf(true);
  const out: string[] = [];
  for (let i = 0; i < kept.length; i++) {
    const text = kept[i]!.text;
    if (linky[i]) {
      const run = linky[i - 1] === true || linky[i + 1] === true;
      // An upper-case link is a related-story headline wherever it stands.
      if (run || i < firstProse || i > lastProse || text === text.toUpperCase()) continue;
    }
    out.push(text);
  }
  // Author bios, disclosures and moderation notes close the page: peel them off the end.
  while (out.length > 1 && isTailFurniture(out[out.length - 1]!)) out.pop();
  return dropTeaserRuns(dropPullQuotes(out));
}

/** Drops blocks that repeat part of a longer block near them (pull quotes); see PULL_QUOTE_CHARS. */
function dropPullQuotes(blocks: string[]): string[] {
  let keys: string[] | null = null;
  let drop: Uint8Array | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]!;
    if (text.length > PULL_QUOTE_CHARS) continue;
    keys ??= blocks.map(keyOf);
    const key = keys[i]!;
    if (key.length < MIN_PULL_QUOTE_KEY) continue;
    const from = Math.max(0, i - PULL_QUOTE_REACH);
    const to = Math.min(blocks.length - 1, i + PULL_QUOTE_REACH);
    for (let j = from; j <= to; j++) {
      if (j === i || keys[j]!.length <= key.length || !keys[j]!.includes(key)) continue;
      drop ??= new Uint8Array(blocks.length);
      drop[i] = 1;
      break;
    }
  }
  return drop ? blocks.filter((_, i) => drop[i] === 0) : blocks;
}

/**
 * Embedded tweets are what people said, and Readability drops them with their "social" wrappers. Each goes back
 * in after the body paragraph that preceded it on the page (embeds before the body, or after paragraphs the body
 * does not have, stay out).
 */
function addEmbeds(body: TextBlock[], paras: readonly PagePara[]): TextBlock[] {
  if (!paras.some((p) => p.embed)) return body;
  const index = new Map<string, number>();
  body.forEach((b, i) => {
    index.set(keyOf(b.text), i);
  });
  const after = new Map<number, TextBlock[]>();
  let anchor = -1;
  for (const p of paras) {
    if (p.embed) {
      if (anchor < 0 || index.has(p.key)) continue;
      // Readability keeps some embeds itself: only blocks the body does not have yet go in.
      const blocks = toBlocks(p.el as unknown as Parameters<typeof toBlocks>[0]).filter(
        (b) => !index.has(keyOf(b.text)),
      );
      const list = after.get(anchor) ?? [];
      list.push(...blocks);
      after.set(anchor, list);
    } else if (!p.chrome) {
      const at = index.get(p.key);
      if (at !== undefined) anchor = at;
    }
  }
  if (after.size === 0) return body;
  const out: TextBlock[] = [];
  body.forEach((b, i) => {
    out.push(b);
    const extra = after.get(i);
    if (extra) out.push(...extra);
  });
  return out;
}

/** Index of the first end-marker block standing in the second half of the body (by characters), else the length. */
function cutIndex(blocks: readonly TextBlock[]): number {
  let total = 0;
  for (const b of blocks) total += b.text.length;
  let seen = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (seen >= total / 2 && isEndMarker(blocks[i]!.text)) return i;
    seen += blocks[i]!.text.length;
  }
  return blocks.length;
}

/** A short block that is mostly link text: navigation, or a teaser for another story. */
function isLinkBlock(b: TextBlock): boolean {
  return b.linkChars !== undefined && !!b.rawChars && b.linkChars / b.rawChars > 0.6 && b.text.length < 120;
}

/**
 * Recirculation boxes read as an upper-case kicker over a headline ("TIME TRAVELLER" / "Theorists spot …"). Two or
 * more such pairs in a row are another page's teasers, not the article, and go.
 */
function dropTeaserRuns(blocks: string[]): string[] {
  const kicker = (s: string): boolean => s.length <= 50 && /\p{Lu}{3}/u.test(s) && s === s.toUpperCase();
  const headline = (s: string | undefined): boolean => !!s && s.length <= 160 && !/[.!?:]["”’)]?$/.test(s);
  const drop = new Uint8Array(blocks.length);
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    while (j + 1 < blocks.length && kicker(blocks[j]!) && headline(blocks[j + 1])) j += 2;
    if (j - i >= 4) {
      for (let k = i; k < j; k++) drop[k] = 1;
      i = j;
    } else i++;
  }
  return drop.includes(1) ? blocks.filter((_, i) => drop[i] === 0) : blocks;
}

/** The page's headline: the `<h1>` that matches the metadata title, else the metadata title, else a lone `<h1>`. */
function pickHeadline(doc: HtmlDocument, meta: ArticleMeta, paras: readonly PagePara[]): string | null {
  const title = meta.title ? collapse(meta.title) : '';
  const h1s = paras.filter((p) => p.el.localName === 'h1' && p.text.length >= 3 && p.text.length <= 300);
  const tk = keyOf(title);
  if (tk) {
    const match = h1s.find((h) => tk.includes(h.key) && h.key.length >= Math.min(tk.length * 0.5, 20));
    if (match) return match.text;
    return stripSiteName(title, meta.publisher ?? null);
  }
  if (h1s.length === 1) return h1s[0]!.text;
  const t = collapse(safe(() => doc.querySelector('title')?.textContent ?? '', ''));
  return t ? stripSiteName(t, meta.publisher ?? null) : null;
}

/** "Talks end in Geneva | The Daily Planet" → "Talks end in Geneva". */
function stripSiteName(title: string, publisher: string | null): string {
  const parts = title.split(/\s+[|–—·»-]\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1]!;
  const first = parts[0]!;
  if (publisher && keyOf(last) === keyOf(publisher)) return parts.slice(0, -1).join(' - ');
  if (publisher && keyOf(first) === keyOf(publisher)) return parts.slice(1).join(' - ');
  // The longest part is the headline; site names are short.
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.length >= 15 ? longest : title;
}

/** Characters in the page's text-rich, link-poor paragraphs (headings and navigation left out). */
function proseChars(paras: readonly PagePara[]): number {
  let n = 0;
  for (const p of paras) if (!p.heading && p.text.length >= 40 && p.linkDensity <= 0.35) n += p.text.length;
  return n;
}

function chars(blocks: readonly TextBlock[]): number {
  let n = 0;
  for (const b of blocks) n += b.text.length;
  return n;
}

function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}
