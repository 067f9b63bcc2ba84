import { readFileSync, statSync } from 'node:fs';
import { decodeHtmlBytes } from '../corpus/readers/charset.js';
import { isParleyError, ParleyError } from '../model/index.js';
import { looksBinary } from '../text/decode.js';
import { decodeText } from '../text/index.js';
import { looksLikeHtml } from './html-sniff.js';

/** Where a command reads and writes; tests pass their own. */
export interface CliIo {
  readonly stdout: { write(s: string): unknown; isTTY?: boolean };
  readonly stderr: { write(s: string): unknown; isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream;
}

export const processIo = (): CliIo => ({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });

/** Default cap on one input file: 20 MiB (docs/cli.md). */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export async function readAllStdin(stdin: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > maxBytes) throw new ParleyError('PARLEY_ERR_INPUT_TOO_LARGE', '-', String(maxBytes));
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/** Reads one input path (or `-`) as bytes, with coded errors for a missing file, a directory or an oversize file. */
export async function readInputBytes(path: string, io: CliIo, maxBytes = MAX_INPUT_BYTES): Promise<Uint8Array> {
  if (path === '-') return readAllStdin(io.stdin, maxBytes);
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new ParleyError('PARLEY_ERR_INPUT_UNREADABLE', path, 'is a directory');
    size = st.size;
  } catch (e) {
    if (isParleyError(e)) throw e;
    throw new ParleyError('PARLEY_ERR_INPUT_MISSING', path);
  }
  if (size > maxBytes) throw new ParleyError('PARLEY_ERR_INPUT_TOO_LARGE', path, String(maxBytes));
  try {
    return readFileSync(path);
  } catch (e) {
    throw new ParleyError('PARLEY_ERR_INPUT_UNREADABLE', path, (e as NodeJS.ErrnoException).code ?? 'error');
  }
}

export async function readInputText(path: string, io: CliIo, maxBytes = MAX_INPUT_BYTES): Promise<string> {
  return decodeText(await readInputBytes(path, io, maxBytes), path, maxBytes);
}

const LATIN1 = new TextDecoder('latin1');

/**
 * One article to analyse: an HTML page (by name, or by its first bytes) decoded as `ingest` decodes pages — BOM,
 * `<meta charset>`, then UTF-8, else windows-1252 — or plain text, which must be UTF-8. Empty and binary input are
 * coded errors either way.
 */
export async function readArticleInput(
  path: string,
  io: CliIo,
  maxBytes = MAX_INPUT_BYTES,
): Promise<{ readonly html: string } | { readonly text: string }> {
  const bytes = await readInputBytes(path, io, maxBytes);
  const name = path === '-' ? '-' : path;
  if (!looksLikeHtml(name, LATIN1.decode(bytes.subarray(0, 1024)))) return { text: decodeText(bytes, name, maxBytes) };
  if (bytes.length === 0) throw new ParleyError('PARLEY_ERR_INPUT_EMPTY', name);
  const utf16 =
    bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (!utf16 && looksBinary(bytes)) throw new ParleyError('PARLEY_ERR_INPUT_BINARY', name);
  const html = decodeHtmlBytes(bytes);
  if (html.trim().length === 0) throw new ParleyError('PARLEY_ERR_INPUT_EMPTY', name);
  return { html };
}

/** One line on stderr, never a stack trace (internal errors say so); returns the exit code the error calls for. */
export function reportError(io: CliIo, e: unknown): number {
  if (isParleyError(e)) io.stderr.write(`parley: ${e.message} [${e.code}]\n`);
  else io.stderr.write(`parley: internal error: ${(e as Error)?.message ?? String(e)}\n`);
  // docs/errors.md: a command line that cannot be carried out exits 2, like commander's own usage errors.
  return isParleyError(e) && e.code === 'PARLEY_ERR_USAGE' ? 2 : 1;
}
