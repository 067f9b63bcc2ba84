#!/usr/bin/env node
// Thin launcher: the CLI lives in the built bundle (npm ci runs `prepare`, which builds it).
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
