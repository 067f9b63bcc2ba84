import { parseHTML } from 'linkedom';

/** linkedom's document type, as Readability and Parley use it. */
export type HtmlDocument = ReturnType<typeof parseHTML>['document'];

/**
 * Parses a page into a DOM with linkedom: no scripts run, nothing is loaded (no network, no files, no styles).
 * Fragments without an `<html>` root are wrapped so `body` always exists.
 */
export function parseDocument(html: string): HtmlDocument {
  const doc = parseHTML(html).document;
  if (doc.documentElement?.localName === 'html' && hasBody(doc)) {
    // Minified pages may leave out the optional <body> tag: the parser then hangs the content on <html> beside an
    // empty body, and everything that reads `body` would see nothing.
    if (!/<body[\s>]/i.test(html)) adoptStrays(doc);
    if (html.includes('<noscript')) unwrapTextNoscripts(doc);
    return doc;
  }
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document;
}

const MIN_NOSCRIPT_TEXT = 200;

/**
 * Some blogs render the post from a script template and put the same post in <noscript> for readers without
 * scripts. Scripts never run here, so a <noscript> that holds paragraphs of text becomes a plain <div> (Readability
 * would drop it with the scripts). Tracking pixels and "enable JavaScript" notes are too short to qualify.
 */
function unwrapTextNoscripts(doc: HtmlDocument): void {
  try {
    const list = doc.body.querySelectorAll('noscript');
    for (let i = 0; i < list.length; i++) {
      const ns = list[i]!;
      if (!ns.querySelector('p') || (ns.textContent ?? '').trim().length < MIN_NOSCRIPT_TEXT) continue;
      const div = doc.createElement('div');
      while (ns.firstChild) div.appendChild(ns.firstChild);
      ns.replaceWith(div);
    }
  } catch {
    // Best effort, as above.
  }
}

/** Moves the children of <html> other than <head> and <body> into <body>, in order. */
function adoptStrays(doc: HtmlDocument): void {
  try {
    const root = doc.documentElement;
    const body = doc.body;
    type Child = { readonly nodeType: number; readonly localName?: string };
    const strays = (Array.from(root.childNodes) as Child[]).filter(
      (n) => (n as unknown) !== body && n.localName !== 'head',
    );
    if (!strays.some((n) => n.nodeType === 1)) return;
    for (const n of strays) body.appendChild(n as unknown as Parameters<typeof body.appendChild>[0]);
  } catch {
    // Best effort: a page the fix cannot handle keeps the parser's tree.
  }
}

function hasBody(doc: HtmlDocument): boolean {
  try {
    return doc.body !== null && doc.body !== undefined;
  } catch {
    return false;
  }
}
