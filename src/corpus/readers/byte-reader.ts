/** Pulls bytes from a stream on demand: whole lines, exact lengths, or skipped lengths, with little copying. */
export class ByteReader {
  private buf: Uint8Array = new Uint8Array(0);
  private pos = 0;
  private ended = false;
  /** The error the source failed with (a gzip cut short): the bytes before it are still served, see throwIfFailed. */
  private failure: { readonly error: unknown } | null = null;
  private readonly it: AsyncIterator<Uint8Array>;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.it = source[Symbol.asyncIterator]();
  }

  /** Bytes buffered and not yet consumed. */
  private get available(): number {
    return this.buf.length - this.pos;
  }

  /** The next chunk of the source; a failing source reads as ended (its error kept for throwIfFailed). */
  private async next(): Promise<IteratorResult<Uint8Array>> {
    try {
      return await this.it.next();
    } catch (error) {
      this.failure = { error };
      return { done: true, value: undefined };
    }
  }

  /** Raises the error the source failed with, if it did; readers call it when they have used every byte before it. */
  throwIfFailed(): void {
    if (this.failure) throw this.failure.error;
  }

  private async fill(): Promise<boolean> {
    if (this.ended) return false;
    const r = await this.next();
    if (r.done) {
      this.ended = true;
      return false;
    }
    const rest = this.buf.subarray(this.pos);
    const next = new Uint8Array(rest.length + r.value.length);
    next.set(rest, 0);
    next.set(r.value, rest.length);
    this.buf = next;
    this.pos = 0;
    return true;
  }

  /** True when every byte has been consumed and the stream is over. */
  async atEnd(): Promise<boolean> {
    while (this.available === 0) if (!(await this.fill())) return true;
    return false;
  }

  /**
   * Bytes up to and including the first occurrence of `delim`, or null if the stream ends first or more than
   * `max` bytes go by without it.
   */
  async readUntil(delim: Uint8Array, max: number): Promise<Uint8Array | null> {
    let searchFrom = this.pos;
    for (;;) {
      const at = indexOf(this.buf, delim, searchFrom);
      if (at >= 0) {
        const out = this.buf.slice(this.pos, at + delim.length);
        this.pos = at + delim.length;
        return out;
      }
      if (this.available > max) return null;
      const consumed = this.available;
      if (!(await this.fill())) return null;
      searchFrom = Math.max(0, consumed - delim.length + 1);
    }
  }

  /** The next byte without consuming it, or -1 at the end of the stream. */
  async peekByte(): Promise<number> {
    while (this.available === 0) if (!(await this.fill())) return -1;
    return this.buf[this.pos]!;
  }

  /** Puts bytes back in front of what is still unread. */
  unread(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    const rest = this.buf.subarray(this.pos);
    const next = new Uint8Array(bytes.length + rest.length);
    next.set(bytes, 0);
    next.set(rest, bytes.length);
    this.buf = next;
    this.pos = 0;
  }

  /** Up to n next bytes without consuming them (fewer only at the end of the stream). */
  async peek(n: number): Promise<Uint8Array> {
    while (this.available < n) if (!(await this.fill())) break;
    return this.buf.subarray(this.pos, this.pos + n);
  }

  /** Exactly n bytes, or null (nothing consumed) if the stream ends first. Chunks are gathered and joined once (no quadratic copying). */
  async readExact(n: number): Promise<Uint8Array | null> {
    if (this.available >= n) {
      const out = this.buf.slice(this.pos, this.pos + n);
      this.pos += n;
      return out;
    }
    const parts: Uint8Array[] = [this.buf.subarray(this.pos)];
    let have = this.available;
    this.buf = new Uint8Array(0);
    this.pos = 0;
    while (have < n) {
      const r = this.ended ? null : await this.next();
      if (!r || r.done) {
        // Too few bytes: leave them unread, so a caller can look for the next record in them.
        this.ended = true;
        this.buf = joinParts(parts, have);
        this.pos = 0;
        return null;
      }
      parts.push(r.value);
      have += r.value.length;
    }
    const out = new Uint8Array(n);
    let o = 0;
    for (const p of parts) {
      const take = Math.min(p.length, n - o);
      out.set(p.subarray(0, take), o);
      o += take;
      if (take < p.length) {
        this.buf = p.subarray(take);
        this.pos = 0;
      }
    }
    return out;
  }

  /**
   * Discards bytes up to (not including) the next occurrence of `delim`, however far: only a delimiter's length of
   * bytes is kept between chunks, so memory stays bounded. False when the stream ends without one.
   */
  async skipUntil(delim: Uint8Array): Promise<boolean> {
    for (;;) {
      const at = indexOf(this.buf, delim, this.pos);
      if (at >= 0) {
        this.pos = at;
        return true;
      }
      this.pos = Math.max(this.pos, this.buf.length - (delim.length - 1));
      if (!(await this.fill())) return false;
    }
  }

  /** Discards n bytes without holding them; false if the stream ends first. */
  async skip(n: number): Promise<boolean> {
    let left = n;
    for (;;) {
      const take = Math.min(left, this.available);
      this.pos += take;
      left -= take;
      if (left === 0) return true;
      this.buf = new Uint8Array(0);
      this.pos = 0;
      if (!(await this.fill())) return false;
    }
  }
}

/** The chunks as one array of `size` bytes (the sum of their lengths); a single chunk is returned as it is. */
export function joinParts(parts: readonly Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1 && parts[0]!.length === size) return parts[0]!;
  const out = new Uint8Array(size);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export function indexOf(hay: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0]!;
  const last = hay.length - needle.length;
  for (let i = hay.indexOf(first, from); i >= 0 && i <= last; i = hay.indexOf(first, i + 1)) {
    let ok = true;
    for (let j = 1; j < needle.length; j++) {
      if (hay[i + j] !== needle[j]) {
        ok = false;
        break;
      }
    }
    if (ok) return i;
  }
  return -1;
}
