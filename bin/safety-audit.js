#!/usr/bin/env node
// Thin shim: run the built CLI, set the exit code, and turn an unexpected throw into exit 2.
import { main, version } from '../dist/cli/index.js';

try {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), now: () => new Date(),
  });
} catch (error) {
  process.stderr.write(`safety-audit ${version}: internal error: ${error?.stack ?? error}\n`);
  process.exitCode = 2;
}
