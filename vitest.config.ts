// Test files share worker threads and their loaded modules (src/ transformed and evaluated once per worker, not
// once per file): on two cores this is most of `npm test`'s time. Tests keep no state outside temporary folders.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    pool: 'threads',
    isolate: false,
  },
});
