import type { InputFormat } from '../types.js';

const LATIN1 = new TextDecoder('latin1');

/** The format a file name promises, or null when the name says nothing ("-", unknown extension). */
export function formatByName(path: string): InputFormat | null {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  const dot = name.lastIndexOf('.');
  if (dot < 0) return null;
  switch (name.slice(dot + 1)) {
    case 'txt':
    case 'text':
    case 'md':
      return 'text';
    case 'html':
    case 'htm':
    case 'xhtml':
      return 'html';
    case 'jsonl':
    case 'ndjson':
      return 'jsonl';
    case 'json':
      return 'json';
    case 'xml':
    case 'rss':
    case 'atom':
      return 'feed';
    case 'warc':
      return 'warc';
    default:
      return null;
  }
}

/**
 * The format the first (decompressed) bytes show: WARC version line (first or after a damaged start), a JSON object
 * (JSON Lines) or array (a JSON document), XML feed root, HTML tags; else text.
 */
export function formatByContent(head: Uint8Array): InputFormat {
  const s = headText(head);
  if (s.startsWith('WARC/')) return 'warc';
  if (s.startsWith('{')) return 'jsonl';
  // An array of records: a JSON export.
  if (s.startsWith('[')) return 'json';
  const lower = s.toLowerCase();
  if (isFeedHead(lower)) return 'feed';
  // A WARC record line later in the head: a damaged or cut first record (the WARC reader skips to it).
  if (/\nWARC\/1\.[01]\r\nWARC-/.test(s)) return 'warc';
  if (lower.startsWith('<!doctype html') || lower.startsWith('<html') || /<(head|body|article|p|div)[\s>]/.test(lower))
    return 'html';
  return 'text';
}

/** The head starts with a WARC version line: a WARC whatever its file name says. */
export function startsAsWarc(head: Uint8Array): boolean {
  return headText(head).startsWith('WARC/');
}

function headText(head: Uint8Array): string {
  return LATIN1.decode(head.subarray(0, 2048))
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart();
}

/** An RSS, RDF or Atom root near the start of the file. */
export function isFeedHead(lowerHead: string): boolean {
  return /<(rss|feed|rdf:rdf)[\s>]/.test(lowerHead);
}
