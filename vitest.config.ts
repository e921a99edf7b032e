// Test files share worker threads and their loaded modules (src/ transformed and evaluated once per worker, not
// once per file): on two cores this is most of `npm test`'s time. Tests keep no state outside temporary folders.
// Two workers at least: most e2e tests wait on files and child processes, so two run well even on two cores
// (a full run here: 2 min 50 s with one, 2 min 12 s with two).
// dist/ (the build `npm test` makes first, which the e2e tests run in-process through test/e2e/run-cli.ts) is loaded
// by Node itself, not transformed by vite: a first check costs about 1.2 s instead of 4, and each check after it runs
// at Node's speed.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

/** This project's dist/ folder, wherever it is checked out. */
const DIST = new RegExp(`${join(import.meta.dirname, 'dist').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`);

export default defineConfig({
  test: {
    pool: 'threads',
    isolate: false,
    maxWorkers: Math.max(2, availableParallelism() - 1),
    server: { deps: { external: [DIST] } },
  },
});
