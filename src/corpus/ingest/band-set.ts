/**
 * A set of LSH band keys (non-negative integers below 2⁵³) in one typed array: open addressing with linear probing,
 * a fixed capacity, no object per key. A `Set<number>` of such keys (above 2³¹, so each one a heap number) costs
 * ~40 bytes a key in the JS heap, grows by rehashing, and is garbage once cleared; this costs 16 bytes a slot,
 * allocated once.
 */
import { bandKeyHash } from '../dedup/hash.js';

const EMPTY = -1;

export class BandKeySet {
  private readonly slots: Float64Array;
  private readonly mask: number;
  private count = 0;

  /** Holds up to `capacity` keys (the table has twice as many slots, at least). */
  constructor(readonly capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Float64Array(size).fill(EMPTY);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  has(key: number): boolean {
    const slots = this.slots;
    for (let i = this.home(key); ; i = (i + 1) & this.mask) {
      const k = slots[i]!;
      if (k === key) return true;
      if (k === EMPTY) return false;
    }
  }

  /** Adds a key (a no-op when present). Beyond `capacity` keys the table is full: the caller clears it first. */
  add(key: number): void {
    const slots = this.slots;
    for (let i = this.home(key); ; i = (i + 1) & this.mask) {
      const k = slots[i]!;
      if (k === key) return;
      if (k === EMPTY) {
        if (this.count >= this.capacity) throw new RangeError('BandKeySet: full');
        slots[i] = key;
        this.count++;
        return;
      }
    }
  }

  clear(): void {
    if (this.count === 0) return;
    this.slots.fill(EMPTY);
    this.count = 0;
  }

  private home(key: number): number {
    return bandKeyHash(key) & this.mask;
  }
}
