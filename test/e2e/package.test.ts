// What `npm pack` ships and what `npm install -g` of that tarball gives a user. The content check is fast and
// always runs; installing (dependencies from the npm registry, ~30 s) runs when SAFETY_AUDIT_INSTALL_TEST is
// set, as .ci/run does.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

const temp = mkdtempSync(join(tmpdir(), 'safety-audit-pack-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const npm = (args: string[], cwd = ROOT) => execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' } });

describe('the packed package', () => {
  it('given npm pack, ships the bin (executable, with its shebang), dist with its bundle and dist/precompiled, the packs and fixtures, and no sources or tests', () => {
    if (!existsSync(join(ROOT, 'dist', 'precompiled'))) throw new Error('dist/ is missing: run `npm run build` (npm test does it first)');
    const [packed] = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'])) as { files: { path: string; mode: number }[] }[];
    const paths = packed!.files.map((file) => file.path);
    expect(packed!.files.find((file) => file.path === 'bin/safety-audit.js')?.mode).toBe(0o755);
    expect(readFileSync(join(ROOT, 'bin', 'safety-audit.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
    expect(paths).toEqual(expect.arrayContaining(['package.json', 'README.md', 'dist/cli/index.js', 'rules/general.yaml', 'fixtures/general/compliant.yaml']));
    // The bundle bin/ runs ships whole: its entry and every chunk it loads on use.
    const bundle = readdirSync(join(ROOT, 'dist', 'bundle'));
    expect(readFileSync(join(ROOT, 'bin', 'safety-audit.js'), 'utf8')).toContain("from '../dist/bundle/index.js'");
    expect(paths.filter((path) => path.startsWith('dist/bundle/')).sort()).toEqual(bundle.map((name) => `dist/bundle/${name}`).sort());
    // Every file the build precompiled ships (the validator's sections are .cjs files beside it), but V8's code
    // caches, which only the Node that made them can use.
    const precompiled = readdirSync(join(ROOT, 'dist', 'precompiled'));
    expect(precompiled.some((name) => name.endsWith('.cjs.cache'))).toBe(true);
    expect(paths.filter((path) => path.startsWith('dist/precompiled/')).sort()).toEqual(precompiled.filter((name) => !name.endsWith('.cache')).map((name) => `dist/precompiled/${name}`).sort());
    expect(paths.filter((path) => /^(src|test|\.ci|node_modules)\//.test(path) || path.endsWith('.ts') || path === 'tsconfig.json' || path.endsWith('.tsbuildinfo'))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; dependencies: Record<string, string> };
    expect(manifest.bin).toEqual({ 'safety-audit': 'bin/safety-audit.js' });
    // What the built code needs at run time is a dependency, never a devDependency (TypeScript is not installed).
    expect(Object.keys(manifest.dependencies)).not.toContain('typescript');
  });

  it.runIf(process.env.SAFETY_AUDIT_INSTALL_TEST)('given the tarball installed with npm install -g into a fresh prefix, safety-audit runs, and init names safety-audit', () => {
    npm(['pack', '--ignore-scripts', '--pack-destination', temp]);
    const tarball = join(temp, 'safety-audit-0.1.0.tgz');
    const prefix = join(temp, 'prefix');
    npm(['install', '-g', '--prefix', prefix, tarball], temp);
    const installed = join(prefix, 'lib', 'node_modules', 'safety-audit');
    expect(existsSync(join(installed, 'node_modules', 'typescript'))).toBe(false);
    const bin = join(prefix, 'bin', 'safety-audit');
    const run = (args: string[]) => spawnSync(bin, args, { cwd: temp, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    expect(run(['--version']).stdout).toMatch(/^safety-audit 0\.1\.0\n/);
    expect(run(['init', 'plant']).stdout).toContain('后运行：safety-audit check plant');
    const checked = run(['check', join(installed, 'fixtures', 'general', 'compliant.yaml'), '--as-of', '2026-11-20', '-f', 'json']);
    expect(JSON.parse(checked.stdout).enterprises[0].verdict).toBeDefined();
    expect(checked.status).toBe(0);
    // The README's way without installing: npx with the tarball's path, which then names npx safety-audit.
    const npx = spawnSync('npx', ['--yes', './safety-audit-0.1.0.tgz', 'init', 'npx-plant'], { cwd: temp, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(npx.stdout).toContain('后运行：npx safety-audit check npx-plant');
  });
});
