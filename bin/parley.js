#!/usr/bin/env node
// Thin launcher: the CLI lives in the built bundle (npm ci runs `prepare`, which builds it).
import('../dist/cli.js')
  .then((m) => m.run(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code;
  });
