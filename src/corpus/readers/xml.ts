/** Small, forgiving helpers for the XML of feeds: child elements by name, CDATA, entities. */

const NAMED: Readonly<Record<string, string>> = Object.freeze({
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
});

/** Decodes XML character references and the few HTML entities feeds use in titles. Unknown ones stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

/** The text of an element's content: CDATA sections kept verbatim, everything else entity-decoded. */
export function textOf(inner: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const c = inner.indexOf('<![CDATA[', i);
    if (c < 0) {
      out += decodeEntities(inner.slice(i));
      break;
    }
    out += decodeEntities(inner.slice(i, c));
    const end = inner.indexOf(']]>', c + 9);
    if (end < 0) {
      out += inner.slice(c + 9);
      break;
    }
    out += inner.slice(c + 9, end);
    i = end + 3;
  }
  return out.trim();
}

/** Failed end-tag searches allowed per element name in one content (see children). */
const UNCLOSED_BUDGET = 32;

export interface XmlChild {
  readonly name: string;
  readonly attrs: string;
  /** Raw content between the tags (null for a self-closing element). */
  readonly inner: string | null;
}

/**
 * The direct children of an element's content, by a linear scan that skips CDATA and comments and matches each
 * start tag with its end tag (nested elements of the same name are counted). Unclosed elements are left out.
 */
export function children(xml: string): XmlChild[] {
  const out: XmlChild[] = [];
  // Each failed search for an end tag scans to the end of the content; thousands of unclosed tags of one name would
  // make that quadratic. After UNCLOSED_BUDGET failures a name counts as unclosed for the rest of this content.
  const failures = new Map<string, number>();
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) break;
    if (xml.startsWith('<![CDATA[', lt)) {
      const e = xml.indexOf(']]>', lt);
      i = e < 0 ? n : e + 3;
      continue;
    }
    if (xml.startsWith('<!--', lt)) {
      const e = xml.indexOf('-->', lt);
      i = e < 0 ? n : e + 3;
      continue;
    }
    const m = /^<([A-Za-z_][\w.:-]*)([^>]*?)(\/?)>/.exec(xml.slice(lt, lt + 2000));
    if (!m) {
      i = lt + 1;
      continue;
    }
    const name = m[1]!;
    const attrs = m[2] ?? '';
    const open = lt + m[0].length;
    if (m[3] === '/') {
      out.push({ name, attrs, inner: null });
      i = open;
      continue;
    }
    const failed = failures.get(name) ?? 0;
    const close = failed >= UNCLOSED_BUDGET ? -1 : findClose(xml, name, open);
    if (close < 0) {
      failures.set(name, failed + 1);
      i = open;
      continue;
    }
    out.push({ name, attrs, inner: xml.slice(open, close) });
    i = close + name.length + 3;
  }
  return out;
}

/**
 * Index of the `</name>` that closes an element opened before `from`, or -1. One forward pass over the tags (CDATA
 * sections and comments skipped, nested elements of the same name counted), so it stays linear on broken input.
 */
export function findClose(xml: string, name: string, from: number): number {
  let depth = 1;
  const openTag = `<${name}`;
  const closeTag = `</${name}>`;
  for (let lt = xml.indexOf('<', from); lt >= 0; lt = xml.indexOf('<', lt + 1)) {
    const skipTo = skipOpaque(xml, lt);
    if (skipTo !== lt) {
      if (skipTo < 0) return -1;
      lt = skipTo - 1;
      continue;
    }
    if (xml.startsWith(closeTag, lt)) {
      if (--depth === 0) return lt;
    } else if (xml.startsWith(openTag, lt) && isNameEnd(xml.charCodeAt(lt + openTag.length))) {
      // Same name, not a longer one (<item> vs <itemRef>), and not self-closing.
      const gt = xml.indexOf('>', lt);
      if (gt > 0 && xml.charCodeAt(gt - 1) !== 47) depth++;
    }
  }
  return -1;
}

/**
 * Where an item or entry opened before `from` ends: at its `</tag>`, or (items do not nest) at the next item or
 * entry start tag or the channel's / feed's end tag when its own end tag is missing; `closed` says which. -1 when neither is in `xml` yet.
 */
export function findItemEnd(xml: string, tag: string, from: number): { at: number; closed: boolean } {
  const closeTag = `</${tag}>`;
  for (let lt = xml.indexOf('<', from); lt >= 0; lt = xml.indexOf('<', lt + 1)) {
    const skipTo = skipOpaque(xml, lt);
    if (skipTo !== lt) {
      if (skipTo < 0) break;
      lt = skipTo - 1;
      continue;
    }
    if (xml.startsWith(closeTag, lt)) return { at: lt, closed: true };
    if (ITEM_BOUNDARY.test(xml.slice(lt, lt + 12))) return { at: lt, closed: false };
  }
  return { at: -1, closed: false };
}

/** An item or entry start tag, or the end of the channel or feed around the items. */
const ITEM_BOUNDARY = /^(?:<(?:item|entry|atom:entry)[\s>/]|<\/(?:channel|feed|atom:feed|rdf:RDF)>)/;

/** After a CDATA section or comment starting at `lt`: its end (-1 when unterminated); `lt` itself otherwise. */
function skipOpaque(xml: string, lt: number): number {
  if (xml.startsWith('<![CDATA[', lt)) {
    const e = xml.indexOf(']]>', lt + 9);
    return e < 0 ? -1 : e + 3;
  }
  if (xml.startsWith('<!--', lt)) {
    const e = xml.indexOf('-->', lt + 4);
    return e < 0 ? -1 : e + 3;
  }
  return lt;
}

function isNameEnd(c: number): boolean {
  return c === 62 || c === 32 || c === 9 || c === 10 || c === 13;
}

/** The value of an attribute in a start tag's attribute text. */
export function attr(attrs: string, name: string): string | null {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(attrs);
  return m ? decodeEntities(m[2] ?? m[3] ?? '') : null;
}
