/**
 * Output equality for optimisation work: `write FILE` analyses a fixed set of texts (the seed, the bundled examples
 * and the PolNeAR dev texts, read from ../shared/data at run time) and writes one JSON line each; `check FILE` analyses
 * them again and reports every document whose analysis differs, layer by layer. A speed-up must leave `check` silent.
 *
 *   npx tsx bench/golden.ts write /tmp/golden.jsonl
 *   npx tsx bench/golden.ts check /tmp/golden.jsonl
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const data = `${root}../shared/data/`;
const [mode, file] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'check') || !file) {
  console.error('usage: golden.ts write|check FILE');
  process.exit(2);
}

const texts: Array<[string, string]> = [];
const seed = `${data}seed/000_478727a100a7c5f2.txt`;
if (existsSync(seed)) texts.push(['seed', readFileSync(seed, 'utf8')]);
for (const f of readdirSync(`${root}examples`)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  texts.push([f, readFileSync(`${root}examples/${f}`, 'utf8')]);
}
const dev = `${data}polnear/dev/text/`;
if (existsSync(dev)) for (const f of readdirSync(dev).sort()) texts.push([f, readFileSync(dev + f, 'utf8')]);

const analyzer = createAnalyzer();
const LAYERS = ['article', 'entities', 'quotes', 'events', 'claims', 'diagnostics'] as const;
const lines = texts.map(([name, text]) => {
  const a = analyzer.analyze({ text, source: name });
  return JSON.stringify(a);
});

if (mode === 'write') {
  writeFileSync(file, `${lines.join('\n')}\n`);
  console.log(`wrote ${lines.length} analyses to ${file}`);
} else {
  const want = readFileSync(file, 'utf8').trim().split('\n');
  let diffs = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === want[i]) continue;
    const got = JSON.parse(lines[i]!);
    const exp = want[i] ? JSON.parse(want[i]!) : {};
    const layers = LAYERS.filter((l) => JSON.stringify(got[l]) !== JSON.stringify(exp[l]));
    console.log(`DIFF ${texts[i]![0]}: ${layers.join(', ') || 'other fields'}`);
    diffs++;
  }
  console.log(diffs ? `${diffs} of ${lines.length} analyses differ` : `all ${lines.length} analyses identical`);
  process.exitCode = diffs ? 1 : 0;
}
