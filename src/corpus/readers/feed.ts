import { TextDecoder } from 'node:util';
import type { ArticleMeta } from '../../model/index.js';
import type { ReadItem } from '../types.js';
import { toIsoDate } from './dates.js';
import { peek } from './source.js';
import { attr, children, findItemEnd, textOf, type XmlChild } from './xml.js';

const LATIN1 = new TextDecoder('latin1');

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom: one article per `<item>` / `<entry>`, read as the file streams in (only one item
 * is held in memory). Content comes from content:encoded, then Atom content, then description / summary, as HTML.
 * link (Atom: rel=alternate) → url, guid / id → externalId, pubDate / dc:date / published / updated → published
 * (ISO), title, author / dc:creator → authors, and the channel's title → publisher.
 */
export async function* readFeed(
  name: string,
  source: AsyncIterable<Uint8Array>,
  maxBytes: number,
  linkOnly = false,
): AsyncGenerator<ReadItem> {
  const { head, chunks } = await peek(source, 1024);
  const decoder = feedDecoder(head);
  let buf = '';
  let publisher: string | null = null;
  let sawRoot = false;
  let count = 0;
  let done = false;
  const it = chunks[Symbol.asyncIterator]();
  while (!done) {
    const r = await it.next();
    if (r.done) {
      buf += decoder.decode();
      done = true;
    } else buf += decoder.decode(r.value, { stream: true });
    for (;;) {
      const start = nextItemStart(buf);
      if (start.at < 0) {
        if (!sawRoot && /<(rss|feed|rdf:RDF)[\s>]/.test(buf)) sawRoot = true;
        // Keep only a tail long enough to hold a partial start tag.
        if (!publisher) publisher = channelTitle(buf);
        if (buf.length > 64 * 1024) buf = buf.slice(-1024);
        break;
      }
      if (!publisher) publisher = channelTitle(buf.slice(0, start.at));
      sawRoot = true;
      const open = buf.indexOf('>', start.at);
      if (open < 0) break;
      // Items do not nest: one whose end tag is missing ends where the next item starts (its content is kept, and
      // the items after it are not swallowed).
      const end = buf[open - 1] === '/' ? { at: open + 1, closed: false } : findItemEnd(buf, start.tag, open + 1);
      const close = end.at;
      const endLength = end.closed ? start.tag.length + 3 : 0;
      if (close < 0) {
        if (buf.length - start.at > maxBytes) {
          count++;
          yield { kind: 'skipped', origin: `${name}#${count}`, reason: `feed item larger than ${maxBytes} bytes` };
          // Drop the oversized item's start; scanning resumes at the next item start.
          buf = buf.slice(open + 1);
          continue;
        }
        if (done) {
          count++;
          yield { kind: 'skipped', origin: `${name}#${count}`, reason: 'feed ends inside an item (truncated)' };
          return;
        }
        break;
      }
      count++;
      const attrs = buf.slice(start.at + start.tag.length + 1, buf[open - 1] === '/' ? open - 1 : open);
      yield itemOf(`${name}#${count}`, children(buf.slice(open + 1, close)), publisher, attrs, linkOnly);
      buf = buf.slice(close + endLength);
    }
  }
  if (count === 0)
    yield { kind: 'skipped', origin: name, reason: sawRoot ? 'feed has no items' : 'not an RSS or Atom feed' };
}

/** The next item or entry start tag at or after `from`, outside CDATA sections and comments. */
function nextItemStart(buf: string, from = 0): { at: number; tag: string } {
  const re = /<(item|entry|atom:entry)[\s>/]|<!\[CDATA\[|<!--/g;
  re.lastIndex = from;
  for (let m = re.exec(buf); m; m = re.exec(buf)) {
    if (m[1]) return { at: m.index, tag: m[1] };
    const end = buf.indexOf(m[0] === '<!--' ? '-->' : ']]>', m.index + m[0].length);
    if (end < 0) break;
    re.lastIndex = end + 3;
  }
  return { at: -1, tag: '' };
}

function channelTitle(prefix: string): string | null {
  const m = /<title(?:\s[^>]*)?>([\s\S]*?)<\/title>/.exec(prefix);
  if (!m) return null;
  const t = textOf(m[1]!).replace(/\s+/g, ' ').trim();
  return t || null;
}

/** The encoding an XML declaration names (utf-8 when none, or when the label is unknown). */
function feedDecoder(head: Uint8Array): TextDecoder {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le');
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be');
  const m = /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(LATIN1.decode(head.subarray(0, 512)));
  if (m) {
    try {
      return new TextDecoder(m[1]!.toLowerCase());
    } catch {
      // fall through to UTF-8
    }
  }
  return new TextDecoder('utf-8');
}

const CONTENT_ORDER = ['content:encoded', 'content', 'atom:content', 'description', 'summary', 'atom:summary'];

/** With `linkOnly`, an item with a link but no content is still an article (its page is to be fetched). */
function itemOf(
  origin: string,
  kids: XmlChild[],
  publisher: string | null,
  itemAttrs: string,
  linkOnly: boolean,
): ReadItem {
  const by = new Map<string, XmlChild[]>();
  for (const k of kids) {
    const list = by.get(k.name);
    if (list) list.push(k);
    else by.set(k.name, [k]);
  }
  const first = (...names: string[]): XmlChild | null => {
    for (const n of names) {
      const k = by.get(n)?.[0];
      if (k) return k;
    }
    return null;
  };
  const text = (...names: string[]): string | null => {
    const k = first(...names);
    if (!k || k.inner === null) return null;
    const t = textOf(k.inner);
    return t || null;
  };

  let html: string | null = null;
  for (const n of CONTENT_ORDER) {
    const k = by.get(n)?.[0];
    if (!k || k.inner === null) continue;
    // Atom type="xhtml" content is inline markup, not escaped text.
    const v = attr(k.attrs, 'type') === 'xhtml' ? k.inner.trim() : textOf(k.inner);
    if (v.trim()) {
      html = v;
      break;
    }
  }

  const meta: ArticleMeta = {};
  const title = text('title', 'atom:title', 'dc:title');
  if (title) meta.title = title.replace(/\s+/g, ' ');
  const url = linkOf(by.get('link') ?? by.get('atom:link') ?? []) ?? attr(itemAttrs, 'rdf:about');
  if (url) meta.url = url;
  const id = text('guid', 'id', 'atom:id', 'dc:identifier');
  if (id) meta.externalId = id;
  else if (url) meta.externalId = url;
  const date = text('pubDate', 'dc:date', 'published', 'atom:published', 'updated', 'atom:updated', 'a10:updated');
  if (date) meta.published = toIsoDate(date);
  if (publisher) meta.publisher = publisher;
  const authors = authorsOf([...(by.get('author') ?? []), ...(by.get('dc:creator') ?? [])]);
  if (authors.length > 0) meta.authors = authors;

  if (!html) {
    if (!url) return { kind: 'skipped', origin, reason: 'feed item has neither content nor link' };
    if (linkOnly) return { kind: 'article', article: { origin, format: 'html', meta } };
    return { kind: 'skipped', origin, reason: 'feed item has no content (use --fetch to download its page)' };
  }
  return { kind: 'article', article: { origin, format: 'html', html, meta } };
}

function linkOf(links: XmlChild[]): string | null {
  let fallback: string | null = null;
  for (const l of links) {
    const href = attr(l.attrs, 'href');
    if (href) {
      const rel = attr(l.attrs, 'rel');
      if (!rel || rel === 'alternate') return href.trim();
      continue;
    }
    if (l.inner !== null && !fallback) fallback = textOf(l.inner) || null;
  }
  return fallback;
}

/** RSS "jo@example.org (Jo Bloggs)" → "Jo Bloggs"; Atom <author><name>. */
function authorsOf(nodes: XmlChild[]): string[] {
  const out: string[] = [];
  for (const a of nodes) {
    if (a.inner === null) continue;
    const nameEl = children(a.inner).find((c) => c.name === 'name' || c.name === 'atom:name');
    let n = nameEl?.inner != null ? textOf(nameEl.inner) : textOf(a.inner);
    const paren = /\(([^)]+)\)\s*$/.exec(n);
    if (paren && n.includes('@')) n = paren[1]!;
    n = n.replace(/\s+/g, ' ').trim();
    if (n && !/^\S+@\S+$/.test(n) && !out.includes(n)) out.push(n);
  }
  return out;
}
