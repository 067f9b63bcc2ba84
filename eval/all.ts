/**
 * `npm run eval`: every accuracy evaluation in turn, each printing its own dated table. An eval that fails is
 * reported and counted; the run goes on with the others and exits non-zero at the end.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const EVALS = ['quotes', 'events', 'extract', 'dedup', 'stories'];
let failed = 0;
for (const name of EVALS) {
  process.stdout.write(`\n### eval:${name}\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', `eval/${name}.ts`], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    process.stdout.write(`eval:${name} failed (exit ${r.status ?? r.signal})\n`);
  }
}
process.exitCode = failed ? 1 : 0;
