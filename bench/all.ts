/**
 * `npm run bench`: analyze throughput, then ingest throughput and memory (100,000 generated articles by default;
 * `npm run bench -- --n 20000` for a shorter run). Each prints its own dated table.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
let failed = 0;
for (const [name, extra] of [
  ['analyze', []],
  ['ingest', args],
] as const) {
  process.stdout.write(`\n### bench:${name}\n`);
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', `bench/${name}.ts`, ...extra], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
