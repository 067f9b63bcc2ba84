import { parseHTML } from 'linkedom';

/** linkedom's document type, as Readability and Parley use it. */
export type HtmlDocument = ReturnType<typeof parseHTML>['document'];

/**
 * Parses a page into a DOM with linkedom: no scripts run, nothing is loaded (no network, no files, no styles).
 * Fragments without an `<html>` root are wrapped so `body` always exists.
 */
export function parseDocument(html: string): HtmlDocument {
  const doc = parseHTML(html).document;
  if (doc.documentElement?.localName === 'html' && hasBody(doc)) return doc;
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document;
}

function hasBody(doc: HtmlDocument): boolean {
  try {
    return doc.body !== null && doc.body !== undefined;
  } catch {
    return false;
  }
}
