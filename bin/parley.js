#!/usr/bin/env node
// Thin launcher: the CLI lives in the built bundle (npm ci runs `prepare`, which builds it).
import { setFlagsFromString } from 'node:v8';

// Left on, V8 soon allocates each document's tokens straight into the old generation, where they die as garbage
// that only full collections sweep: 5-11% of CPU on long runs over new text (bench/ingest.ts sets the same).
setFlagsFromString('--no-allocation-site-pretenuring');
// A reader that stops early (`parley export | head`) closes the pipe: that is success, not a crash.
process.stdout.on('error', (e) => {
  if (e && e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
import('../dist/cli.js')
  .then((m) => m.run(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code;
  });
