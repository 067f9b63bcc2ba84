import { TextDecoder } from 'node:util';

const LATIN1 = new TextDecoder('latin1');

/**
 * Decodes an HTML page: a BOM wins, then the charset the HTTP headers gave, then a `<meta charset>` /
 * `http-equiv` declaration in the first 2 KiB, then UTF-8 when the bytes are valid UTF-8, else windows-1252.
 * Unknown labels fall through to the next rule; decoding never throws.
 */
export function decodeHtmlBytes(bytes: Uint8Array, headerCharset?: string | null): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const labels = [headerCharset, metaCharset(bytes)];
  for (const label of labels) {
    const d = decoderFor(label);
    if (d) {
      // A page that declares UTF-8 but is not is common; try strictly first and fall back to windows-1252.
      if (d.encoding === 'utf-8') return utf8OrLatin(bytes);
      return d.decode(bytes);
    }
  }
  return utf8OrLatin(bytes);
}

function utf8OrLatin(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function decoderFor(label: string | null | undefined): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return null;
  }
}

/** The charset a page declares in its head (`<meta charset=x>` or `content="text/html; charset=x"`). */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = LATIN1.decode(bytes.subarray(0, 2048));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m ? m[1]! : null;
}

/** The charset parameter of a Content-Type header value. */
export function contentTypeCharset(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return m ? m[1]! : null;
}
