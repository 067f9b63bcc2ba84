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
  readonly el: Element;
}

type Element = HtmlDocument['body'];

const CHROME = new Set(['nav', 'footer', 'aside', 'form']);
const CHROME_ROLE = /^(navigation|banner|contentinfo|complementary|search)$/;
const CHROME_CLASS =
  /(^|[\s_-])(comment|comments|footer|sidebar|related|share|social|newsletter|promo|cookie|consent|subscribe|widget|breadcrumb|menu|nav|masthead|outbrain|taboola|recirc|recommend)([\s_-]|$)/i;

/** Every paragraph and heading of the page in document order (text collapsed), for the lead fix and the fallback. */
export function pageParagraphs(doc: HtmlDocument): PagePara[] {
  const out: PagePara[] = [];
  const els = doc.querySelectorAll('p, h1, h2, h3, blockquote > p, pre, li, blockquote.twitter-tweet');
  for (let i = 0; i < els.length; i++) {
    const el = els[i] as Element;
    const name = el.localName;
    if (name === 'li' && el.querySelector('p')) continue;
    const embed = name === 'blockquote';
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
      chrome: embed || inChrome(el),
      embed,
      el,
    });
  }
  return out;
}

function inChrome(el: Element): boolean {
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
    if (cls.length > 1 && CHROME_CLASS.test(cls)) return true;
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
