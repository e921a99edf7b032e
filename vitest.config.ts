// Test files share worker threads and their loaded modules (src/ transformed and evaluated once per worker, not
// once per file): on two cores this is most of `npm test`'s time. Tests keep no state outside temporary folders.
// Two workers at least: most e2e tests wait on files and child processes, so two run well even on two cores
// (a full run here: 2 min 50 s with one, 2 min 12 s with two).
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    pool: 'threads',
    isolate: false,
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
