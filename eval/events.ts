/**
 * `npm run eval:events`: event coding on the PLOVER gold standard (dev half) and actor resolution on NGEC's
 * agent_to_code expectations (dev half). Reads ../shared/data; prints a dated table. A benchmark, not a test.
 *
 *   npx tsx eval/events.ts [--half a|b] [--verbose]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../src/analyze.js';
import { actorResolver, resolveActorPhrase } from '../src/events/actors/index.js';

const DATA = fileURLToPath(new URL('../../shared/data/', import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const halfArg = args.includes('--half') ? args[args.indexOf('--half') + 1] : null;
const inHalf = (i: number) => halfArg === null || (halfArg === 'a' ? i % 2 === 0 : i % 2 === 1);

// PLOVER 0.5b1 types → today's.
const TYPE_MAP: Record<string, string> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
};
// Old CAMEO country codes in the gold → ISO alpha-3; roots that are not countries.
const CODE_MAP: Record<string, string> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM' };
const NON_STATE = new Set(['IGO', 'NGO', 'IMG', 'ISM', 'UNO', 'NAT', 'EUR', 'AFR', 'ARL', 'ASN', 'GCC', 'WAF']);

interface GoldActor {
  actorText?: string;
  code?: string;
  sector?: string;
}
interface GoldRecord {
  id: string;
  event: string;
  date?: string;
  text?: string;
  source?: GoldActor[] | string;
  target?: GoldActor[] | string;
}

const normCountry = (c: string | null | undefined): string => {
  if (!c) return '';
  const u = c.toUpperCase();
  return CODE_MAP[u] ?? u;
};
const countryMatch = (gold: string, ours: string | null): boolean => {
  const g = normCountry(gold);
  const o = normCountry(ours);
  if (NON_STATE.has(g)) return o === '' || NON_STATE.has(o);
  return g === o;
};
const actors = (v: GoldActor[] | string | undefined): GoldActor[] => (Array.isArray(v) ? v : []);

function plover(): Record<string, number | string> {
  const all = JSON.parse(readFileSync(`${DATA}plover/gsr-dev.json`, 'utf8')) as GoldRecord[];
  const records = all.filter((r) => r.event !== 'DOCUMENT' && typeof r.text === 'string').filter((_, i) => inHalf(i));
  let found = 0;
  let srcN = 0;
  let srcOk = 0;
  let tgtN = 0;
  let tgtOk = 0;
  let secN = 0;
  let secOk = 0;
  let events = 0;
  let anyEvent = 0;
  const byType = new Map<string, [number, number]>();
  for (const r of records) {
    const gold = TYPE_MAP[r.event] ?? r.event;
    const analyzer = createAnalyzer({ date: r.date && /^\d{4}-\d{2}-\d{2}$/.test(r.date) ? r.date : null });
    const out = analyzer.analyze(r.text!);
    events += out.events.length;
    if (out.events.length > 0) anyEvent++;
    const cands = out.events.filter((e) => e.plover.type === gold);
    const t = byType.get(gold) ?? [0, 0];
    t[1]++;
    const gs = actors(r.source);
    const gt = actors(r.target);
    if (cands.length === 0) {
      byType.set(gold, t);
      if (verbose) {
        const got = out.events
          .map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.cameo} ${e.plover.type}`)
          .join('; ');
        console.log(`MISS ${gold}: ${r.text}\n     got: ${got || '(none)'}`);
      }
      continue;
    }
    found++;
    t[0]++;
    byType.set(gold, t);
    // The candidate that best matches the gold actors.
    let best = cands[0]!;
    let bestScore = -1;
    for (const e of cands) {
      const sc =
        (gs.some((g) => countryMatch(g.code ?? '', e.source.country)) ? 1 : 0) +
        (gt.some((g) => countryMatch(g.code ?? '', e.target?.country ?? null)) ? 1 : 0);
      if (sc > bestScore) {
        bestScore = sc;
        best = e;
      }
    }
    if (gs.length > 0) {
      srcN++;
      const ok = gs.find((g) => countryMatch(g.code ?? '', best.source.country));
      if (ok) srcOk++;
      if (ok?.sector && ok.sector !== '***') {
        secN++;
        if (ok.sector.slice(0, 3).toUpperCase() === (best.source.sector ?? '')) secOk++;
        else if (verbose)
          console.log(`SSEC ${ok.sector} ours ${best.source.code} (${best.source.text?.text}) :: ${r.text}`);
      }
      if (!ok && verbose)
        console.log(`SRC  ${gold}: gold ${gs.map((g) => g.code).join(',')} ours ${best.source.code} :: ${r.text}`);
    }
    if (gt.length > 0) {
      tgtN++;
      const ok = gt.find((g) => countryMatch(g.code ?? '', best.target?.country ?? null));
      if (ok) tgtOk++;
      if (ok?.sector && ok.sector !== '***') {
        secN++;
        if (ok.sector.slice(0, 3).toUpperCase() === (best.target?.sector ?? '')) secOk++;
        else if (verbose)
          console.log(`TSEC ${ok.sector} ours ${best.target?.code} (${best.target?.text?.text}) :: ${r.text}`);
      }
      if (!ok && verbose)
        console.log(
          `TGT  ${gold}: gold ${gt.map((g) => g.code).join(',')} ours ${best.target?.code ?? '-'} :: ${r.text}`,
        );
    }
  }
  if (verbose) for (const [k, [a, b]] of [...byType].sort()) console.log(`  ${k.padEnd(10)} ${a}/${b}`);
  return {
    records: records.length,
    'type found': found / records.length,
    'source country': srcOk / Math.max(1, srcN),
    'target country': tgtOk / Math.max(1, tgtN),
    'sector (matched actors)': secOk / Math.max(1, secN),
    'events / gold events': events / records.length,
    'records with an event': anyEvent / records.length,
  };
}

interface NgecRow {
  method: string;
  input: string;
  date?: string;
  expect: Record<string, unknown>;
}

function ngecDate(d: string | undefined): string | null {
  if (!d || /^today$/i.test(d)) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(d)) return d;
  const t = Date.parse(`${d} UTC`);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function ngec(): Record<string, number | string> {
  const rows = readFileSync(`${DATA}ngec/actor-resolution-dev.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as NgecRow);
  const resolver = actorResolver();
  let cN = 0;
  let cOk = 0;
  let sN = 0;
  let sOk = 0;
  let shortN = 0;
  let shortOk = 0;
  const cases = rows.filter((r) => r.method === 'agent_to_code').filter((_, i) => inHalf(i));
  for (const r of cases) {
    const got = resolveActorPhrase(r.input, { date: ngecDate(r.date), resolver });
    const ex = r.expect;
    if ('__value__' in ex) {
      cN++;
      sN++;
      const none = got.country === '' && (got.sector === '' || got.sector === 'UNK');
      if (none) {
        cOk++;
        sOk++;
      } else if (verbose) console.log(`NULL  ${r.input} → ${got.code}`);
      continue;
    }
    if ('country' in ex) {
      cN++;
      const c = ex.country as string | { op: string; value: string };
      const ok = typeof c === 'string' ? normCountry(c) === normCountry(got.country) : got.country !== c.value;
      if (ok) cOk++;
      else if (verbose) console.log(`CTRY  ${r.input} → ${got.country || "''"} (gold ${JSON.stringify(c)})`);
    }
    if ('code_1' in ex) {
      sN++;
      const c = ex.code_1 as string | { op: string; value: string[] };
      const ok = typeof c === 'string' ? c === got.sector : c.value.includes(got.sector);
      if (ok) sOk++;
      else if (verbose) console.log(`SECT  ${r.input} → ${got.sector || "''"} (gold ${JSON.stringify(c)})`);
    }
  }
  for (const r of rows.filter((x) => x.method === 'short_text_to_agent')) {
    shortN++;
    const got = resolveActorPhrase(r.input, { resolver });
    if (got.sector === r.expect.code_1) shortOk++;
  }
  return {
    cases: cases.length,
    'country accuracy': cOk / Math.max(1, cN),
    'sector accuracy': sOk / Math.max(1, sN),
    'short agent phrases (sector)': `${shortOk}/${shortN}`,
  };
}

const fmt = (v: number | string) => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(3)) : v);
const t0 = performance.now();
const p = plover();
const a = ngec();
const day = new Date().toISOString().slice(0, 10);
console.log(`\nParley events eval — ${day}${halfArg ? ` (half ${halfArg})` : ''}`);
console.log('\nPLOVER gold standard (plover/gsr-dev.json)');
for (const [k, v] of Object.entries(p)) console.log(`  ${k.padEnd(28)} ${fmt(v)}`);
console.log('\nNGEC actor resolution (ngec/actor-resolution-dev.jsonl, agent_to_code)');
for (const [k, v] of Object.entries(a)) console.log(`  ${k.padEnd(28)} ${fmt(v)}`);
console.log(`\n(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
