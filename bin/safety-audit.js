#!/usr/bin/env node
// Thin shim: run the built CLI and set the exit code. Anything thrown here is a bug in safety-audit,
// not in the user's files: say so with the version, and exit 2.
import { guardProcess, main, version } from '../dist/bundle/index.js';

guardProcess(process);
try {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd(), now: () => new Date(), script: process.argv[1],
  });
} catch (error) {
  const detail = process.env.SAFETY_AUDIT_DEBUG ? error?.stack : error?.message;
  process.stderr.write(`safety-audit ${version}: internal error (please report it): ${detail ?? error}\n`);
  process.exitCode = 2;
}
