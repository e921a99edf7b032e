// Build step (`npm run build`, after tsc, before build-precompiled so that the build's identity covers it): the
// CLI that bin/ runs, bundled by esbuild into dist/bundle/. Node's ESM loader resolves, reads, compiles and links
// each module on its own; a one-file check loaded 190 of them, about 0.1 s of its CPU before reading any input.
// Commands, report formats and other code loaded on use stay chunks of their own, loaded when imported, as the
// modules they were. dist/cli/ and the rest of dist/ stay as tsc wrote them, for the tests and the bench.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

/** Packages every check loads, taken into the bundle; the others are loaded from node_modules where they are used. */
const BUNDLED = /^(@marcbachmann\/cel-js|commander|chalk|js-yaml)(\/|$)/;

const DIST = fileURLToPath(new URL('..', import.meta.url));
const OUT = `${DIST}bundle`;

/** Every other package stays an import of node_modules (some read files beside their own code: playwright-core, piscina). A package's own `#imports` (chalk's) are resolved by esbuild. */
const externalPackages: Plugin = {
  name: 'external-packages',
  setup(bundler) {
    bundler.onResolve({ filter: /^[^./#]/ }, ({ path }) => (BUNDLED.test(path) ? undefined : { path, external: true }));
  },
};

rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints: [`${DIST}cli/index.js`, `${DIST}cli/check-worker.js`],
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  plugins: [externalPackages],
  // commander is CommonJS: its require() of Node's own modules needs a real `require` in an ES module.
  banner: { js: "import { createRequire as createRequireOfBundle } from 'node:module'; const require = createRequireOfBundle(import.meta.url);" },
  logLevel: 'warning',
});
