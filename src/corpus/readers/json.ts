import type { ReadItem } from '../types.js';
import { joinParts } from './byte-reader.js';
import { recordItem } from './jsonl.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/**
 * A JSON document of articles: an array of objects (`[{…}, {…}]`, as many exports are), one object (pretty-printed
 * or not), or objects one after another. Each object takes the fields of a JSON Lines record (`text` or `html`, `id`,
 * `url`, `title`, `published`, `source`…). Streamed: a scanner that follows strings and nesting cuts out one
 * top-level record at a time, which is then parsed alone, so a large export never sits in memory whole. Records are
 * reported by position (`file.json#3`, the third record); a record over `maxBytes` is skipped as its bytes stream by,
 * and a document that ends inside a record (cut short) reports it and keeps the records before it.
 */
export async function* readJsonDocument(
  name: string,
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<ReadItem> {
  let top: 'unknown' | 'array' | 'values' = 'unknown';
  let arrayClosed = false;
  let count = 0;
  // The record being cut out.
  let inRecord = false;
  let scalar = false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let parts: Uint8Array[] = [];
  let size = 0;
  let over = false;
  let first = true;

  const take = (bytes: Uint8Array): void => {
    if (over) return;
    if (size + bytes.length > maxBytes) {
      over = true;
      parts = [];
      size = 0;
      return;
    }
    parts.push(bytes);
    size += bytes.length;
  };
  const finish = (): ReadItem => {
    count++;
    const origin = `${name}#${count}`;
    inRecord = false;
    const tooLarge = over;
    const bytes = joinParts(parts, size);
    parts = [];
    size = 0;
    over = false;
    if (tooLarge) return { kind: 'skipped', origin, reason: `record larger than ${maxBytes} bytes` };
    let s: string;
    try {
      s = UTF8.decode(bytes);
    } catch {
      return { kind: 'skipped', origin, reason: 'not valid UTF-8' };
    }
    return recordItem(s, origin);
  };

  for await (let chunk of chunks) {
    // A byte-order mark opens the document, not a record.
    if (first) {
      first = false;
      if (chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    }
    let start = inRecord ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (inRecord) {
        if (inString) {
          if (escaped) escaped = false;
          else if (b === BACKSLASH) escaped = true;
          else if (b === QUOTE) {
            inString = false;
            // A string standing alone as a record ends with its closing quote.
            if (scalar) {
              take(chunk.subarray(start, i + 1));
              yield finish();
            }
          }
          continue;
        }
        if (scalar) {
          // A number or literal standing alone ends at white space, a comma or the array's end.
          if (isSpace(b) || b === COMMA || b === CLOSE_BRACKET) {
            take(chunk.subarray(start, i));
            yield finish();
            i--; // the byte is read again, outside the record
          }
          continue;
        }
        if (b === QUOTE) inString = true;
        else if (b === OPEN_BRACE || b === OPEN_BRACKET) depth++;
        else if ((b === CLOSE_BRACE || b === CLOSE_BRACKET) && --depth === 0) {
          take(chunk.subarray(start, i + 1));
          yield finish();
        }
        continue;
      }
      if (isSpace(b)) continue;
      if (top === 'unknown') {
        top = b === OPEN_BRACKET ? 'array' : 'values';
        if (top === 'array') continue;
      }
      if (b === COMMA) continue;
      if (top === 'array') {
        if (arrayClosed) continue; // anything after the closing bracket is not ours to read
        if (b === CLOSE_BRACKET) {
          arrayClosed = true;
          continue;
        }
      }
      inRecord = true;
      start = i;
      depth = b === OPEN_BRACE || b === OPEN_BRACKET ? 1 : 0;
      scalar = depth === 0;
      inString = b === QUOTE;
      escaped = false;
    }
    if (inRecord) take(chunk.subarray(start));
  }
  if (inRecord) {
    if (scalar && !inString) yield finish();
    else {
      count++;
      yield { kind: 'skipped', origin: `${name}#${count}`, reason: 'JSON ends inside a record (cut short)' };
    }
  } else if (top === 'array' && !arrayClosed) {
    yield { kind: 'skipped', origin: name, reason: 'JSON array not closed (cut short)' };
  } else if (top === 'array' && count === 0) {
    yield { kind: 'skipped', origin: name, reason: 'JSON array is empty' };
  }
}
