import { ParleyError } from '../model/index.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes to text, refusing what is not text: empty input, binary data (NUL bytes or many control characters), and
 * invalid UTF-8. A UTF-8 BOM is kept in the text (offsets index the text as given) and stripped nowhere.
 */
export function decodeText(bytes: Uint8Array, name: string, maxBytes: number): string {
  if (bytes.length > maxBytes) throw new ParleyError('PARLEY_ERR_INPUT_TOO_LARGE', name, String(maxBytes));
  if (bytes.length === 0) throw new ParleyError('PARLEY_ERR_INPUT_EMPTY', name);
  if (looksBinary(bytes)) throw new ParleyError('PARLEY_ERR_INPUT_BINARY', name);
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new ParleyError('PARLEY_ERR_INPUT_NOT_UTF8', name);
  }
  if (text.trim().length === 0) throw new ParleyError('PARLEY_ERR_INPUT_EMPTY', name);
  return text;
}

/** NUL bytes, or more than 10% control characters in the first 8 KiB, mean binary. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control > n * 0.1;
}
