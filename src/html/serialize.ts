/** The DOM node shape Parley walks (linkedom nodes satisfy it). */
export interface WalkNode {
  readonly nodeType: number;
  readonly childNodes: ArrayLike<WalkNode>;
  readonly localName?: string;
  readonly textContent: string | null;
  getAttribute?(name: string): string | null;
}

/** Elements that end one block and start another. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'br',
  'center',
  'summary',
  'caption',
]);

/** Elements whose content is never article text. Captions are left out: they describe pictures, not events. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'button',
  'select',
  'option',
  'input',
  'textarea',
  'figcaption',
  'head',
  'title',
  'meta',
  'link',
  'picture',
  'img',
  // Ruby annotations (furigana, pinyin) repeat the reading of the base text beside it.
  'rt',
  'rp',
  'nav',
  'form',
  'label',
  'dialog',
]);

/** Control characters (other than white space) never reach the text. */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/** Table cells are separated by a space inside their row's block. */
const CELL = new Set(['td', 'th']);

/** A block of text and the tag that opened it (for roles: h1–h6 are headings). */
export interface TextBlock {
  readonly text: string;
  readonly tag: string;
  /** Characters of the text inside links (before white space collapses). */
  readonly linkChars?: number;
  /** Characters of the text (before white space collapses). */
  readonly rawChars?: number;
}

/** Inline pop-ups and screen-reader extras whose text would run into the sentence around them. */
const HIDDEN_CLASS =
  /(^|[\s_-])(rollover|tooltip|hovercard|popover|popup|sr-only|visually-hidden|screen-reader-text|screenreader|visuallyhidden)([\s_-]|$)/i;

/**
 * Boxes inside an article body that are not the article: author bios, disclaimers and disclosures, newsletter and
 * paywall prompts, picture captions (a class ending in "caption": a "caption-credit" inside one is not the caption), "next story" and related-post boxes. Matched against class and id; a box is
 * only dropped when it holds less than MAX_BOX_SHARE of the body's text (a wrapper named so is the body itself).
 */
const BOX_CLASS =
  /(^|[\s_-])(author-?bio|author-?box|author-?info|author-?description|about-?(the-)?author|post-author|saboxplugin-wrap|disclaimer|disclosure|community-notice|licen[cs]e-?info|newsletter|newsletterbox|paywall|nextstory|next-post|related-?posts?)([\s_-]|$)/i;
/** "caption", "wp-caption-text", "newsCaption": a class that ends in caption (a "caption-credit" part is not one). */
const CAPTION_CLASS = /(^|[\s_-])caption(-?text)?(\s|$)|[a-z]Caption(\s|$)/;
const MAX_BOX_SHARE = 0.3;

export interface ToBlocksOptions {
  /** Leave out author bios, disclaimers, newsletter and related boxes below the root (see BOX_CLASS). */
  readonly dropBoxes?: boolean;
}

/**
 * The text of an element as blocks: block elements and `<br>` separate blocks; inline text joins with its
 * white space collapsed to single spaces. Script, style, form controls, figures' captions and media are left out.
 */
export function toBlocks(root: WalkNode, opts: ToBlocksOptions = {}): TextBlock[] {
  const rootChars = opts.dropBoxes ? (root.textContent ?? '').length : 0;
  const isBox = (n: WalkNode): boolean => {
    if (!opts.dropBoxes || !n.getAttribute) return false;
    const hint = `${n.getAttribute('class') ?? ''} ${n.getAttribute('id') ?? ''}`;
    if (hint.length <= 1) return false;
    if (!BOX_CLASS.test(hint) && !CAPTION_CLASS.test(hint)) return false;
    return (n.textContent ?? '').length < rootChars * MAX_BOX_SHARE;
  };
  const out: TextBlock[] = [];
  let buf = '';
  let tag = 'p';
  let linkChars = 0;
  let inLink = 0;
  const flush = (): void => {
    const t = buf
      .replace(CONTROL, '')
      .replace(/[\s\u200b\ufeff]+/g, ' ')
      .trim();
    if (t) out.push({ text: t, tag, linkChars, rawChars: buf.trim().length });
    buf = '';
    linkChars = 0;
  };
  const walk = (node: WalkNode, depth: number): void => {
    if (depth > 400) return;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const n = kids[i]!;
      if (n.nodeType === 3) {
        const t = n.textContent ?? '';
        buf += t;
        if (inLink > 0) linkChars += t.trim().length;
        continue;
      }
      if (n.nodeType !== 1) continue;
      const name = n.localName ?? '';
      if (SKIP.has(name) || isHidden(n) || isBox(n)) continue;
      if (BLOCK.has(name)) {
        flush();
        tag = name;
        if (name !== 'br' && name !== 'hr') walk(n, depth + 1);
        flush();
        tag = 'p';
      } else {
        if (CELL.has(name)) buf += ' ';
        if (name === 'a') inLink++;
        walk(n, depth + 1);
        if (name === 'a') inLink--;
        if (CELL.has(name)) buf += ' ';
      }
    }
  };
  walk(root, 0);
  flush();
  return out;
}

function isHidden(n: WalkNode): boolean {
  const get = n.getAttribute;
  if (!get) return false;
  if (n.getAttribute!('hidden') !== null || n.getAttribute!('aria-hidden') === 'true') return true;
  const cls = n.getAttribute!('class');
  if (cls && HIDDEN_CLASS.test(cls)) return true;
  const style = n.getAttribute!('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
