/**
 * The band rows of the most recent originals, not yet moved into `lsh_bands` (see `SqliteStore`): band key → the
 * article ids holding it, in the order they were added. Up to ~200,000 rows between two moves; kept in typed arrays
 * (a row is a key, an id and a link to the next row of its key; keys sit in an open-addressing table) instead of a
 * `Map` of arrays, where every key above 2³¹ is a heap number and every list an array: ~15 MB of small objects built
 * and dropped once per group, now a few fixed arrays reused group after group.
 */
import { bandKeyHash } from '../../corpus/dedup/hash.js';

const EMPTY = -1;

export class PendingBandIndex {
  // Rows: key, article id, next row of the same key (-1: last).
  private rowKey = new Float64Array(1024);
  private rowId = new Float64Array(1024);
  private rowNext = new Int32Array(1024);
  private rows = 0;
  // Key table: key, first and last row of its list (slotKey EMPTY: a free slot).
  private slotKey = new Float64Array(2048).fill(EMPTY);
  private slotHead = new Int32Array(2048);
  private slotTail = new Int32Array(2048);
  private keys = 0;

  /** Rows held. */
  get size(): number {
    return this.rows;
  }

  /** Distinct keys held. */
  get keyCount(): number {
    return this.keys;
  }

  add(key: number, id: number): void {
    if (this.rows === this.rowKey.length) this.growRows();
    if ((this.keys + 1) * 2 > this.slotKey.length) this.growSlots();
    const r = this.rows++;
    this.rowKey[r] = key;
    this.rowId[r] = id;
    this.rowNext[r] = -1;
    const s = this.slotOf(key);
    if (this.slotKey[s] === EMPTY) {
      this.slotKey[s] = key;
      this.slotHead[s] = r;
      this.keys++;
    } else this.rowNext[this.slotTail[s]!] = r;
    this.slotTail[s] = r;
  }

  /** The ids holding a key, in the order added (a new array), or undefined. */
  get(key: number): number[] | undefined {
    const s = this.slotOf(key);
    if (this.slotKey[s] === EMPTY) return undefined;
    const out: number[] = [];
    for (let r = this.slotHead[s]!; r >= 0; r = this.rowNext[r]!) out.push(this.rowId[r]!);
    return out;
  }

  /**
   * Every row, sorted by key, each key's ids in the order added: (keys, ids) as two arrays of `size`, and the sorted
   * distinct keys.
   */
  sorted(): { keys: Float64Array; bands: Float64Array; ids: Float64Array } {
    const keys = new Float64Array(this.keys);
    let k = 0;
    for (let s = 0; s < this.slotKey.length; s++) if (this.slotKey[s] !== EMPTY) keys[k++] = this.slotKey[s]!;
    // A typed array sorts numerically without a comparator call per step (the keys are distinct integers).
    keys.sort();
    const bands = new Float64Array(this.rows);
    const ids = new Float64Array(this.rows);
    let n = 0;
    for (const key of keys)
      for (let r = this.slotHead[this.slotOf(key)]!; r >= 0; r = this.rowNext[r]!) {
        bands[n] = key;
        ids[n++] = this.rowId[r]!;
      }
    return { keys, bands, ids };
  }

  clear(): void {
    if (this.keys > 0) this.slotKey.fill(EMPTY);
    this.rows = 0;
    this.keys = 0;
  }

  /** The slot of a key: where it is, or the free slot where it would go. */
  private slotOf(key: number): number {
    const mask = this.slotKey.length - 1;
    let s = bandKeyHash(key) & mask;
    for (;;) {
      const k = this.slotKey[s]!;
      if (k === key || k === EMPTY) return s;
      s = (s + 1) & mask;
    }
  }

  private growRows(): void {
    const size = this.rowKey.length * 2;
    const key = new Float64Array(size);
    const id = new Float64Array(size);
    const next = new Int32Array(size);
    key.set(this.rowKey);
    id.set(this.rowId);
    next.set(this.rowNext);
    this.rowKey = key;
    this.rowId = id;
    this.rowNext = next;
  }

  private growSlots(): void {
    const oldKey = this.slotKey;
    const oldHead = this.slotHead;
    const oldTail = this.slotTail;
    const size = oldKey.length * 2;
    this.slotKey = new Float64Array(size).fill(EMPTY);
    this.slotHead = new Int32Array(size);
    this.slotTail = new Int32Array(size);
    for (let s = 0; s < oldKey.length; s++) {
      const key = oldKey[s]!;
      if (key === EMPTY) continue;
      const t = this.slotOf(key);
      this.slotKey[t] = key;
      this.slotHead[t] = oldHead[s]!;
      this.slotTail[t] = oldTail[s]!;
    }
  }
}
