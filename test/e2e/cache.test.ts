// `check --cache`: an unchanged enterprise takes the earlier run's result; any change to what it reads — the
// YAML, a ledger, a file added beside it — or to the audit date is evaluated anew.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runMain } from './run-cli.js';
import { markCachedResults } from '../support/cache-entries.js';

function copyFixtures(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cache-'));
  cpSync(join(ROOT, 'fixtures/general'), join(dir, 'general'), { recursive: true });
  cpSync(join(ROOT, 'fixtures/excel/gbk-enterprise'), join(dir, 'gbk'), { recursive: true });
  return dir;
}

const report = (stdout: string) => {
  const { generatedAt: _, ...rest } = JSON.parse(stdout) as Record<string, unknown>;
  return rest as { enterprises: { file: string; verdict: string }[] };
};

describe('check --cache', () => {
  const args = ['check', 'general', 'gbk', '--as-of', '2026-11-20', '-f', 'json', '--fail-on', 'none', '--cache'];

  it('given a re-run over unchanged files, reports what the first run did, from the cache', async () => {
    const cwd = copyFixtures();
    const first = await runMain(args, { cwd });
    const second = await runMain(args, { cwd });
    expect(report(second.stdout)).toEqual(report(first.stdout));
    // A report written beside the enterprises is not a ledger: it leaves the cache valid.
    writeFileSync(join(cwd, 'general/audit.json'), second.stdout);
    const entries = readdirSync(join(cwd, '.safety-audit-cache'));
    expect(entries.length).toBe(6);
    markCachedResults(join(cwd, '.safety-audit-cache'));
    const third = await runMain(args, { cwd });
    expect(third.stdout.match(/（缓存）/g)?.length).toBe(6);
  });

  it('given --jobs 2, keeps what the workers checked as a single thread does, and hits it on the next run', async () => {
    const cwd = copyFixtures();
    const first = await runMain([...args, '--jobs', '2'], { cwd });
    expect(readdirSync(join(cwd, '.safety-audit-cache')).length).toBe(6);
    markCachedResults(join(cwd, '.safety-audit-cache'));
    const second = await runMain([...args, '--jobs', '1'], { cwd });
    expect(second.stdout.match(/（缓存）/g)?.length).toBe(6);
    expect(report(second.stdout.replace(/（缓存）/g, ''))).toEqual(report(first.stdout));
  });

  it('given a warm run, writes the JSON report byte for byte as a run without --cache does: in either language, with --jobs 2, against a baseline, in a shard', async () => {
    const cwd = copyFixtures();
    const text = async (extra: string[]) => (await runMain(['check', 'general', 'gbk', '--as-of', '2026-11-20', '-f', 'json', '--fail-on', 'none', ...extra], { cwd })).stdout.replace(/"generatedAt": "[^"]*"/, '');
    for (const extra of [[], ['--jobs', '2'], ['--lang', 'en'], ['--shard', '1/2']]) {
      const plain = await text(extra);
      expect(await text([...extra, '--cache'])).toBe(plain);
      expect(await text([...extra, '--cache'])).toBe(plain);
    }
    writeFileSync(join(cwd, 'last.json'), await text([]));
    expect(await text(['--cache', '--baseline', 'last.json'])).toBe(await text(['--baseline', 'last.json']));
  });

  it('given a changed YAML, a changed ledger, a file added beside an enterprise or another date, evaluates those anew', async () => {
    const cwd = copyFixtures();
    await runMain(args, { cwd });
    markCachedResults(join(cwd, '.safety-audit-cache'));
    appendFileSync(join(cwd, 'general/violating-paperwork.yaml'), '\n# reviewed\n');
    appendFileSync(join(cwd, 'gbk/drills.csv'), '\r\n');
    const changed = report((await runMain(args, { cwd })).stdout);
    const fromCache = changed.enterprises.filter((e) => JSON.stringify(e).includes('（缓存）')).map((e) => e.file);
    expect(fromCache).toEqual(['general/compliant.yaml', 'general/violating-hazards.yaml', 'general/violating-licence.yaml', 'general/violating-trader.yaml']);

    writeFileSync(join(cwd, 'gbk/notes.csv'), '备注\r\n');
    markCachedResults(join(cwd, '.safety-audit-cache'));
    const added = report((await runMain(args, { cwd })).stdout);
    expect(added.enterprises.find((e) => e.file === 'gbk/enterprise.yaml')).not.toHaveProperty('enterprise.name', expect.stringContaining('（缓存）'));

    const later = await runMain(args.map((arg) => (arg === '2026-11-20' ? '2026-11-21' : arg)), { cwd });
    expect(later.stdout).not.toContain('（缓存）');
  });

  it('given a ledger rewritten to the same size with its old modification time put back, evaluates it anew', async () => {
    const cwd = copyFixtures();
    const drills = join(cwd, 'gbk/drills.csv');
    // Files last changed well before the run: their stamps are trusted on the next run while unchanged.
    const old = new Date(Date.now() - 3_600_000);
    for (const name of readdirSync(join(cwd, 'gbk'))) utimesSync(join(cwd, 'gbk', name), old, old);
    await runMain(args, { cwd });
    markCachedResults(join(cwd, '.safety-audit-cache'));
    expect((await runMain(args, { cwd })).stdout.match(/（缓存）/g)?.length).toBe(6);
    const bytes = readFileSync(drills);
    const at = bytes.indexOf(Buffer.from('2026'));
    bytes.set(Buffer.from('2025'), at);
    writeFileSync(drills, bytes);
    utimesSync(drills, old, old);
    const changed = report((await runMain(args, { cwd })).stdout);
    expect(changed.enterprises.find((e) => e.file === 'gbk/enterprise.yaml')).not.toHaveProperty('enterprise.name', expect.stringContaining('（缓存）'));
  });

  it('given the cache folder and the reports inside the audited folder itself, still hits', async () => {
    const cwd = join(copyFixtures(), 'general');
    const own = ['check', '.', '--as-of', '2026-11-20', '--fail-on', 'none', '--cache', '-f', 'json:audit.json'];
    await runMain(own, { cwd });
    markCachedResults(join(cwd, '.safety-audit-cache'));
    await runMain(own, { cwd });
    expect(readFileSync(join(cwd, 'audit.json'), 'utf8').match(/（缓存）/g)?.length).toBe(5);
  });

  it('given a ledger replaced by a FIFO since the last run, neither the lookup nor the check waits on it: it is refused', async () => {
    const cwd = copyFixtures();
    await runMain(args, { cwd });
    rmSync(join(cwd, 'gbk/drills.csv'));
    execFileSync('mkfifo', [join(cwd, 'gbk/drills.csv')]);
    const { code, stdout } = await runMain(args, { cwd });
    expect(code).toBe(2);
    expect(JSON.stringify(report(stdout))).toContain('drills.csv');
    expect(report(stdout).enterprises.map((e) => e.file)).not.toContain('gbk/enterprise.yaml');
  });
});
