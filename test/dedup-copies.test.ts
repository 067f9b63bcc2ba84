import { describe, expect, it } from 'vitest';
import {
  CopyIndex,
  compareCopies,
  copyBodyOfAnalysis,
  copyBodyOfText,
  DEDUP_DEFAULTS,
  decodeUint32s,
  encodeUint32s,
  estimateJaccard,
  fingerprintAnalysis,
  fingerprintText,
  isNearCopy,
  lshBandKeyNumbers,
  lshBandKeys,
  minhashSignature,
  normalizedBodyHash,
  normalizedWords,
  normalizeForHash,
  resolveDedupOptions,
  shingleHashes,
  stripDateline,
  wordHashes,
} from '../src/corpus/dedup/index.js';
import { createAnalyzer } from '../src/index.js';

// A wire story written for these tests.
const PARAS = [
  'The city council of Port Alder voted 7-2 on Tuesday to close the Harbor Street bridge for eighteen months of repairs, ending weeks of debate over how commuters would cross the river.',
  'Engineers told the council in March that corrosion had eaten through two of the bridge’s steel supports and that heavy trucks were already barred from the span.',
  '“We cannot keep patching a structure that is failing underneath us,” said council member Rosa Delgado, who proposed the closure. “Every month we wait makes the bill larger.”',
  'Opponents said the plan would push thousands of cars onto the older Mill Road crossing, which was not built for that much traffic, and asked for a phased closure instead.',
  'The repairs are expected to cost $41 million, most of it from a state infrastructure grant awarded last year. The city will cover the remaining $6 million from its reserve fund.',
  'A free shuttle bus will run between the two banks every fifteen minutes during rush hours, the transit authority said. Ferry service will also be expanded on weekends.',
  'Work is scheduled to begin in early June. The council will review the project’s progress every three months.',
];
const WIRE = PARAS.join('\n\n');

// A different story on the same topic (a bridge, a council vote): a hard negative.
const OTHER = [
  'Lakeview’s council on Monday rejected a proposal to rebuild the aging Fisher Creek footbridge, saying the town could not afford the $3 million price.',
  'Residents had collected more than 900 signatures asking for the bridge to be replaced after a railing gave way in January.',
  '“I understand the frustration, but our budget is already stretched,” Mayor Helen Park said after the 4-3 vote.',
  'The footbridge will stay closed while the town looks for a cheaper design and applies for county funds.',
  'Supporters said they would bring the proposal back to the council in the autumn, when next year’s budget is drafted.',
].join('\n\n');

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('normalizedBodyHash', () => {
  it('ignores case, whitespace, quote and dash styles', () => {
    const a = '“We cannot wait,” she said — twice.\n\nThe end.';
    const b = '"we CANNOT wait,"   she said -- twice. The end.';
    expect(normalizeForHash(a)).toBe('"we cannot wait," she said - twice. the end.');
    expect(normalizedBodyHash(a)).toBe(normalizedBodyHash(b));
    expect(normalizedBodyHash(a)).toMatch(/^[0-9a-f]{64}$/);
  });
  it('differs when a word differs', () => {
    expect(normalizedBodyHash('The council voted 7-2.')).not.toBe(normalizedBodyHash('The council voted 6-3.'));
  });
});

describe('words and shingles', () => {
  it('keeps inner apostrophes and number punctuation, drops other punctuation', () => {
    expect(normalizedWords('The bridge’s cost: $41.5 million, or 1,200 (sic) “dollars”.')).toEqual([
      'the',
      "bridge's",
      'cost',
      '41.5',
      'million',
      'or',
      '1,200',
      'sic',
      'dollars',
    ]);
  });
  it('hashes the same words as normalizedWords, curly and straight apostrophes alike', () => {
    const a = wordHashes('The bridge’s cost');
    const b = wordHashes("the BRIDGE's cost!");
    expect(a.length).toBe(3);
    expect([...a]).toEqual([...b]);
  });
  it('gives sorted distinct k-word shingles, and one shingle for texts shorter than k', () => {
    const sh = shingleHashes(wordHashes('a b c d a b c d'), 4);
    expect(sh.length).toBe(4); // abcd, bcda, cdab, dabc
    expect([...sh]).toEqual([...sh].sort((x, y) => x - y));
    expect(shingleHashes(wordHashes('two words'), 4).length).toBe(1);
    expect(shingleHashes(wordHashes(''), 4).length).toBe(0);
  });
});

describe('MinHash', () => {
  it('estimates Jaccard within 0.1 with 128 permutations', () => {
    // Two sets of 400 with 200 in common: J = 200/600.
    const a = new Uint32Array(400).map((_, i) => (i * 2654435761) >>> 0).sort();
    const b = new Uint32Array(400).map((_, i) => ((i + 200) * 2654435761) >>> 0).sort();
    const est = estimateJaccard(minhashSignature(a, 128), minhashSignature(b, 128));
    expect(Math.abs(est - 1 / 3)).toBeLessThan(0.1);
    expect(estimateJaccard(minhashSignature(a, 128), minhashSignature(a, 128))).toBe(1);
  });
  it('is deterministic, and all 0xffffffff for an empty set', () => {
    const fp1 = fingerprintText(WIRE);
    const fp2 = fingerprintText(WIRE);
    expect([...fp1.signature]).toEqual([...fp2.signature]);
    expect([...minhashSignature(new Uint32Array(0), 4)]).toEqual([0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff]);
  });
  it('round-trips signatures through bytes', () => {
    const sig = fingerprintText(WIRE).signature;
    const bytes = encodeUint32s(sig);
    expect(bytes.length).toBe(512);
    expect([...decodeUint32s(bytes)]).toEqual([...sig]);
    expect(() => decodeUint32s(new Uint8Array(3))).toThrow(RangeError);
  });
});

describe('LSH band keys', () => {
  it('gives one key per band, equal for equal bands only', () => {
    const sig = fingerprintText(WIRE).signature;
    const keys = lshBandKeys(sig, 32, 4);
    expect(keys).toHaveLength(32);
    expect(keys[0]).toMatch(/^0:[0-9a-f]{8}$/);
    const changed = Uint32Array.from(sig);
    changed[0] = (changed[0]! + 1) >>> 0; // band 0 only
    const keys2 = lshBandKeys(changed, 32, 4);
    expect(keys2[0]).not.toBe(keys[0]);
    expect(keys2.slice(1)).toEqual(keys.slice(1));
    const nums = lshBandKeyNumbers(sig, 32, 4);
    expect(Math.floor(nums[5]! / 2 ** 32)).toBe(5);
    expect(nums[5]! % 2 ** 32).toBe(Number.parseInt(keys[5]!.split(':')[1]!, 16));
  });
  it('rejects settings whose bands × rows differ from the permutations', () => {
    expect(() => resolveDedupOptions({ bands: 10, rows: 4 })).toThrow(RangeError);
    expect(resolveDedupOptions({ permutations: 120, bands: 40, rows: 3 }).bands).toBe(40);
  });
});

describe('what is fingerprinted', () => {
  it('strips agency datelines and byline lines from plain text', () => {
    expect(stripDateline('WASHINGTON (AP) — The Senate voted.')).toBe('The Senate voted.');
    expect(stripDateline('PORT ALDER, Ore. (Reuters) - The council voted.')).toBe('The council voted.');
    expect(stripDateline('LONDON — Markets fell.')).toBe('Markets fell.');
    expect(stripDateline('The vote - a close one - passed.')).toBe('The vote - a close one - passed.');
    expect(copyBodyOfText('By Dana Whitfield, Metro Courier\nNEW YORK (AP) — The council voted.\nIt passed.')).toBe(
      'The council voted.\nIt passed.',
    );
  });
  it('reads the body of an analysis, dateline cut, headline left out', () => {
    const analysis = createAnalyzer().analyze(
      `Port Alder closes bridge for repairs\n\nPORT ALDER (AP) — ${PARAS[0]}\n\n${PARAS[1]}`,
    );
    const body = copyBodyOfAnalysis(analysis);
    expect(body.startsWith('The city council of Port Alder')).toBe(true);
    expect(body).not.toContain('closes bridge for repairs');
    expect(body).toContain('Engineers told the council');
  });
});

describe('near copies', () => {
  const edited = [
    'Port Alder shuts Harbor Street bridge',
    'By Tom Okafor, Valley Tribune',
    `PORT ALDER (AP) — ${PARAS[0]}`,
    ...PARAS.slice(1, 6).map((p) => p.replace(/[“”]/g, '"').replace(/’/g, "'")),
    'Copyright 2026 Valley Tribune. All rights reserved.',
  ].join('\n\n');
  const trimmed = PARAS.slice(0, 3).join('\n');
  const typo = WIRE.replace('corrosion', 'corrsoion').replace('shuttle', 'shutlte');

  it('finds an edited copy (headline, byline, dateline, quotes, cut paragraph, boilerplate)', () => {
    const c = compareCopies(fingerprintText(WIRE), fingerprintText(edited));
    expect(c.kind).toBe('near');
    expect(c.verified).toBe(true);
    expect(c.jaccard).toBeGreaterThan(0.6);
  });
  it('finds a heavily trimmed copy by containment', () => {
    const c = compareCopies(fingerprintText(WIRE), fingerprintText(trimmed));
    expect(c.kind).toBe('near');
    expect(c.rule).toBe('dedup/containment');
    expect(c.containment).toBe(1);
    expect(words(trimmed)).toBeLessThan(words(WIRE) * 0.6);
  });
  it('finds a copy with typos, and an exact duplicate by hash', () => {
    expect(isNearCopy(fingerprintText(WIRE), fingerprintText(typo))).toBe(true);
    const exact = compareCopies(fingerprintText(WIRE), fingerprintText(WIRE.replace(/\n\n/g, '\n   ').toUpperCase()));
    expect(exact.kind).toBe('exact');
    expect(exact.rule).toBe('dedup/exact-hash');
  });
  it('never calls an empty body a copy', () => {
    const empty = fingerprintText('  \n ');
    expect(empty.size).toBe(0);
    expect(compareCopies(empty, fingerprintText('')).rule).toBe('dedup/empty');
    expect(isNearCopy(empty, fingerprintText(WIRE))).toBe(false);
  });
  it('does not merge a different story on the same topic', () => {
    const c = compareCopies(fingerprintText(WIRE), fingerprintText(OTHER));
    expect(c.kind).toBe('none');
    expect(c.jaccard).toBeLessThan(0.05);
  });
  it('decides from signatures and sizes alone when shingles are not stored', () => {
    const strip = (t: string) => {
      const fp = fingerprintText(t);
      return { hash: fp.hash, signature: fp.signature, size: fp.size };
    };
    const c = compareCopies(strip(WIRE), strip(edited));
    expect(c.verified).toBe(false);
    expect(c.kind).toBe('near');
    expect(compareCopies(strip(WIRE), strip(OTHER)).kind).toBe('none');
  });
  it('links copies to the first article seen, through the index', () => {
    const idx = new CopyIndex();
    expect(idx.add('a', fingerprintText(WIRE))).toMatchObject({ kind: 'unique', canonical: 'a', match: null });
    expect(idx.add('b', fingerprintText(OTHER)).kind).toBe('unique');
    expect(idx.add('c', fingerprintText(edited))).toMatchObject({ kind: 'near', canonical: 'a' });
    expect(idx.add('d', fingerprintText(WIRE))).toMatchObject({ kind: 'exact', canonical: 'a' });
    expect(idx.add('e', fingerprintText(trimmed)).canonical).toBe('a');
    expect(idx.canonical('c')).toBe('a');
    expect(idx.canonical('zzz')).toBeUndefined();
    expect(idx.size).toBe(5);
    expect(() => idx.add('a', fingerprintText(WIRE))).toThrow(RangeError);
  });
  it('treats a band key shared by maxBucket articles as boilerplate: no candidates from it', () => {
    const idx = new CopyIndex({ maxBucket: 2 });
    const fp = fingerprintText(WIRE);
    idx.add('a', fp);
    expect(idx.candidates(fingerprintText(edited))).toEqual(['a']);
    // The same body again fills every bucket of its keys: they are boilerplate now.
    idx.add('b', fp);
    expect(idx.candidates(fingerprintText(edited))).toEqual([]);
    expect(idx.add('c', fp)).toMatchObject({ kind: 'exact', canonical: 'a' }); // exact copies still by hash
    expect(() => new CopyIndex({ maxBucket: 0 })).toThrow(RangeError);
  });
  it('fingerprints an analysis like its body text', () => {
    const analyzer = createAnalyzer();
    const a = fingerprintAnalysis(analyzer.analyze(WIRE));
    const b = fingerprintAnalysis(analyzer.analyze(`Harbor bridge to close\n\n${WIRE}`));
    expect(a.signature.length).toBe(DEDUP_DEFAULTS.permutations);
    expect(isNearCopy(a, b)).toBe(true);
  });
});
