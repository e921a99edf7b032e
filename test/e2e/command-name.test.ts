// Every message that names a command names the one that works in this run: the process boundary is the
// point (argv[1] and npm's environment), so these spawn the built bin.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const BIN = join(ROOT, 'bin', 'safety-audit.js');
const temp = mkdtempSync(join(tmpdir(), 'safety-audit-name-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the command named in messages', () => {
  it('given node bin/safety-audit.js from the repository, a usage error names that command’s help', () => {
    const run = runCli(['check'], { env: { LANG: 'en_US.UTF-8' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('node bin/safety-audit.js check --help');
  });

  it('given the bin started from elsewhere, init names it by its path, in the next step and in the template', () => {
    const cwd = mkdtempSync(join(temp, 'path-'));
    const run = runCli(['init', 'plant', '--lang', 'en'], { cwd });
    expect(run.stdout).toContain(`then run: node ${BIN} check plant`);
    expect(readFileSync(join(cwd, 'plant', 'enterprise.yaml'), 'utf8')).toContain(`# When done, run: node ${BIN} check <this folder>`);
  });

  it('given npx (npm_command=exec), init names npx safety-audit', () => {
    const cwd = mkdtempSync(join(temp, 'npx-'));
    const run = runCli(['init', 'plant'], { cwd, env: { npm_command: 'exec' } });
    expect(run.stdout).toContain('后运行：npx safety-audit check plant');
  });

  it('given an installed bin link named safety-audit, init names safety-audit', () => {
    const cwd = mkdtempSync(join(temp, 'installed-'));
    symlinkSync(BIN, join(cwd, 'safety-audit'));
    const run = spawnSync(process.execPath, [join(cwd, 'safety-audit'), 'init', 'plant'], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(run.stdout).toMatch(/后运行：safety-audit check plant\n$/);
  });
});
