import type { HtmlDocument } from './dom.js';

/** A paragraph of the page before extraction, with what the fixes need to judge it. */
export interface PagePara {
  readonly text: string;
  readonly key: string;
  readonly heading: boolean;
  /** Share of the text inside links (0–1). */
  readonly linkDensity: number;
  /** Inside nav, header, footer, aside or a form: page furniture. */
  readonly chrome: boolean;
  /** An embedded post (a quoted tweet): statements by people that Readability drops with the embed's wrapper. */
  readonly embed: boolean;
  /** Marked as a standfirst by its class or id (or a near ancestor's): "deck", "standfirst", "intro", "lede"… */
  readonly lead: boolean;
  readonly el: Element;
}

type Element = HtmlDocument['body'];

const CHROME = new Set(['nav', 'footer', 'aside', 'form']);
const CHROME_ROLE = /^(navigation|banner|contentinfo|complementary|search)$/;
const CHROME_CLASS =
  /(^|[\s_-])(comment|comments|footer|sidebar|related|share|social|newsletter|promo|cookie|consent|subscribe|widget|breadcrumb|menu|nav|masthead|outbrain|taboola|recirc|recommend)([\s_-]|$)/i;

/**
 * Class or id words of a standfirst (the summary under the headline): Readability often leaves it out because it sits
 * in the header next to the headline, or in a <div> of its own. Words in several languages ("chapo", "bajada").
 */
const LEAD_CLASS =
  /(^|[\s_-])(deck|dek|standfirst|subtitle|sub-title|subline|subhead|subheadline|intro|introduction|lede|abstract|chapo|chapeau|bajada)([\s_-]|$)/i;
const BLOCK_INSIDE = 'p, h1, h2, h3, h4, li, div, section, article, ul, ol, table, script, style, noscript, template';

/** Every paragraph and heading of the page in document order (text collapsed), for the lead fix and the fallback. */
export function pageParagraphs(doc: HtmlDocument): PagePara[] {
  const out: PagePara[] = [];
  const scope: ChromeScope = { bodyChars: textLength(doc.body), sizes: new Map() };
  // One pass over all elements (cheaper than a selector list with attribute tests): paragraphs, headings, list
  // items, embedded tweets, and standfirst boxes.
  const els = doc.querySelectorAll('*');
  for (let i = 0; i < els.length; i++) {
    const el = els[i] as Element;
    const name = el.localName;
    const embed = name === 'blockquote' && / ?twitter-tweet\b/.test(el.getAttribute('class') ?? '');
    const standard = PARA_TAGS.has(name) || embed;
    if (standard) {
      if (name === 'li' && el.querySelector('p')) continue;
    } else if (NOT_TEXT.has(name) || !hasLeadClass(el) || el.querySelector(BLOCK_INSIDE)) {
      // A standfirst box counts as a paragraph of its own only when it holds no blocks (else its blocks do).
      continue;
    }
    const text = collapse(el.textContent ?? '');
    if (!text) continue;
    let linkChars = 0;
    const links = el.querySelectorAll('a');
    for (let j = 0; j < links.length; j++) linkChars += collapse(links[j]!.textContent ?? '').length;
    out.push({
      text,
      key: keyOf(text),
      heading: name === 'h1' || name === 'h2' || name === 'h3',
      linkDensity: Math.min(1, linkChars / text.length),
      chrome: embed || inChrome(el, scope),
      embed,
      lead: !standard || hasLeadClass(el) || nearLeadAncestor(el),
      el,
    });
  }
  return out;
}

interface ChromeScope {
  readonly bodyChars: number;
  /** Text length of the elements whose class or id looked like chrome, measured once. */
  readonly sizes: Map<Element, number>;
}

/**
 * A class or id hint ("footer", "sidebar", "related") marks a box as chrome only when the box is a minor part of the
 * page: a wrapper holding more than half of the page's text ("above-footer", "page-with-sidebar") is the page itself.
 */
const MAX_CHROME_SHARE = 0.5;

function textLength(el: Element | null): number {
  try {
    return el?.textContent?.length ?? 0;
  } catch {
    return 0;
  }
}

const PARA_TAGS: ReadonlySet<string> = new Set(['p', 'h1', 'h2', 'h3', 'pre', 'li']);
const NOT_TEXT: ReadonlySet<string> = new Set([
  'html',
  'head',
  'body',
  'script',
  'style',
  'template',
  'noscript',
  'svg',
]);

function hasLeadClass(el: Element): boolean {
  const hint = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return hint.length > 1 && LEAD_CLASS.test(hint);
}

/** The parent or grandparent is a standfirst box ("<div class=intro><p>…</p></div>"). */
function nearLeadAncestor(el: Element): boolean {
  const parent = el.parentElement as Element | null;
  if (!parent) return false;
  if (hasLeadClass(parent)) return true;
  const gp = parent.parentElement as Element | null;
  return !!gp && hasLeadClass(gp);
}

function inChrome(el: Element, scope: ChromeScope): boolean {
  let n: Element | null = el.parentElement as Element | null;
  // A <header> is the page's masthead only outside the article; inside it, it holds headline and standfirst.
  let inHeader = false;
  for (let d = 0; n && d < 16; d++, n = n.parentElement as Element | null) {
    const name = n.localName;
    if (name === 'article' || name === 'main') return false;
    if (name === 'body') return inHeader;
    if (name === 'header') inHeader = true;
    else if (CHROME.has(name)) return true;
    const role = n.getAttribute('role');
    if (role && CHROME_ROLE.test(role)) return true;
    const cls = `${n.getAttribute('class') ?? ''} ${n.getAttribute('id') ?? ''}`;
    if (cls.length > 1 && CHROME_CLASS.test(cls)) {
      let size = scope.sizes.get(n);
      if (size === undefined) {
        size = textLength(n);
        scope.sizes.set(n, size);
      }
      if (size <= scope.bodyChars * MAX_CHROME_SHARE) return true;
    }
  }
  return inHeader;
}

export function collapse(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '')
    .replace(/[\s\u200b\ufeff]+/g, ' ')
    .trim();
}

/** A comparison key: lower case, letters and digits only. */
export function keyOf(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
