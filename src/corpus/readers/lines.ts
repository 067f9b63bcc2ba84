import { joinParts } from './byte-reader.js';

/** One line of a byte stream: its 1-based number and bytes (without the line break), or `tooLong`. */
export type Line = { readonly no: number; readonly bytes: Uint8Array; readonly tooLong: false } | TooLong;
type TooLong = { readonly no: number; readonly bytes: null; readonly tooLong: true };

/**
 * Splits a byte stream into lines ("\n", with an optional "\r" before it) without holding more than one line in
 * memory. A line longer than `maxBytes` is reported as `tooLong` and its bytes discarded as they arrive.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let over = false;
  let no = 0;
  const flush = (): Line => {
    no++;
    if (over) {
      over = false;
      parts = [];
      size = 0;
      return { no, bytes: null, tooLong: true };
    }
    let line = joinParts(parts, size);
    parts = [];
    size = 0;
    if (line.length > 0 && line[line.length - 1] === 0x0d) line = line.subarray(0, line.length - 1);
    return { no, bytes: line, tooLong: false };
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, from);
      const end = nl < 0 ? chunk.length : nl;
      if (!over) {
        if (size + (end - from) > maxBytes) over = true;
        else if (end > from) {
          parts.push(chunk.subarray(from, end));
          size += end - from;
        }
      }
      if (nl < 0) break;
      yield flush();
      from = nl + 1;
    }
  }
  if (size > 0 || over) yield flush();
}
