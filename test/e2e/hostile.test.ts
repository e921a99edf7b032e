// Nothing one subsidiary sends can blind the group to another's shutdown: fixtures/hostile/ (small cases,
// committed) and cases made here at test time (deep nesting, devices, FIFOs, links out, large files), each
// with its exit code and located message, then all of them in one run beside a shutdown enterprise.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runMain } from './run-cli.js';

const AS_OF = '2026-11-20';
const SHUTDOWN = 'fixtures/general/violating-licence.yaml';
const temp = mkdtempSync(join(tmpdir(), 'safety-audit-hostile-'));
const made = (name: string) => join(temp, name);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

beforeAll(() => {
  writeFileSync(made('deep.yaml'), `enterprise: ${'['.repeat(10000)}${']'.repeat(10000)}\n`);
  execFileSync('mkfifo', [made('fifo.yaml')]);
  // An enterprise folder whose risks ledger is a FIFO, one whose hazards come by $csv from a FIFO, one whose
  // hazards ledger links out of the folder, and one too large for --max-file-size 1.
  for (const name of ['fifo-ledger', 'fifo-include', 'link-out']) cpSync(join(ROOT, 'fixtures/excel/gbk-enterprise'), made(name), { recursive: true });
  rmSync(made('fifo-ledger/risks.csv'));
  execFileSync('mkfifo', [made('fifo-ledger/risks.csv')]);
  rmSync(made('fifo-include/hazards.csv'));
  execFileSync('mkfifo', [made('fifo-include/pipe.csv')]);
  const yaml = readFileSync(made('fifo-include/enterprise.yaml'));
  writeFileSync(made('fifo-include/enterprise.yaml'), Buffer.concat([yaml, Buffer.from('\r\nhazards: {$csv: pipe.csv}\r\n')]));
  rmSync(made('link-out/hazards.csv'));
  symlinkSync(join(ROOT, 'fixtures/hostile/outside.csv'), made('link-out/hazards.csv'));
  writeFileSync(made('large.yaml'), `${'# 填充\n'.repeat(200_000)}enterprise: {name: 大文件}\n`);
});

describe('each hostile input is a located input error of its own file', () => {
  it.each([
    ['fixtures/hostile/alias-bomb.yaml', 'fixtures/hostile/alias-bomb.yaml:4:8 别名（*引用）展开超过 1000 次'],
    ['fixtures/hostile/alias-unresolved.yaml', 'fixtures/hostile/alias-unresolved.yaml:3:10 别名 *nope 没有对应的锚点 &nope'],
    ['fixtures/hostile/numbers.yaml', 'fixtures/hostile/numbers.yaml:2:67 enterprise.employees: 数值「1e400」超出可精确表示的范围'],
    ['fixtures/hostile/binary.yaml', 'fixtures/hostile/binary.yaml:1:1 无法识别文件编码'],
    ['fixtures/hostile/path-escape', 'fixtures/hostile/path-escape/enterprise.yaml:3:17 hazards: 引用的文件 ../outside.csv 不在企业文件夹内'],
    ['fixtures/hostile/absolute-include', 'fixtures/hostile/absolute-include/enterprise.yaml:3:17 hazards: 引用的文件 /etc/passwd 不在企业文件夹内'],
    [made('deep.yaml'), 'deep.yaml:1:113 嵌套层级超过 100 层'],
    ['/dev/zero', '/dev/zero:1:1 不是普通文件（管道、设备等不予读取）'],
    ['/dev/urandom', '/dev/urandom:1:1 不是普通文件'],
    [made('fifo.yaml'), 'fifo.yaml:1:1 不是普通文件'],
    [made('fifo-ledger'), 'fifo-ledger/risks.csv:1:1 不是普通文件'],
    [made('fifo-include'), 'fifo-include/pipe.csv:1:1 不是普通文件'],
    [made('link-out'), 'link-out/enterprise.yaml'],
  ])('given %s, reports it located and exits 2', async (path, message) => {
    const { code, stdout, stderr } = await runMain(['check', path, '--as-of', AS_OF]);
    expect(stderr).toBe('');
    expect(stdout).toContain(message);
    expect(stdout).not.toMatch(/internal error|Maximum call stack|RangeError|ReferenceError/);
    expect(code).toBe(2);
  });

  it('given a file over --max-file-size, refuses it with its size and the limit', async () => {
    const { code, stdout } = await runMain(['check', made('large.yaml'), '--max-file-size', '1'], { cwd: temp });
    expect(stdout).toMatch(/large\.yaml:1:1 文件大小 \d+(\.\d)? MiB，超过上限 1 MiB，未读取（可用 --max-file-size 调整）/);
    expect(code).toBe(2);
  });
});

describe('report targets are checked before any work', () => {
  it.each([
    [['-f', `json:${SHUTDOWN}`], `报告文件 ${SHUTDOWN} 是本次检查的输入文件，不会覆盖它`],
    [['-f', 'json:fixtures/excel/gbk-enterprise/hazards.csv', 'fixtures/excel/gbk-enterprise'], '是本次检查的输入文件'],
    [['-f', `json:${made('a.out')}`, '-f', `csv:${made('a.out')}`], '被指定了两次（-f json 与 -f csv）'],
    [['-f', 'json:/proc/x.json'], '无法写入报告文件 /proc/x.json'],
  ])('given %j, is a usage error naming the file, and nothing is written', async (args, message) => {
    const { code, stderr, stdout } = await runMain(['check', SHUTDOWN, ...args]);
    expect(stderr).toContain(message);
    expect(stdout).toBe('');
    expect(code).toBe(2);
    expect(readFileSync(join(ROOT, SHUTDOWN), 'utf8')).toMatch(/^# |^enterprise:/m);
  });

  it('given -f pdf: without Chromium, refuses before any work', async () => {
    const { code, stderr } = await runMain(['check', SHUTDOWN, '-f', `pdf:${made('x.pdf')}`], { env: { SAFETY_AUDIT_CHROMIUM: '/no/such/chromium' } });
    expect(code).toBe(2);
    expect(stderr).toContain('未找到 Chromium（/no/such/chromium）');
    expect(readdirSync(temp)).not.toContain('x.pdf');
  });
});

describe('one run over everything hostile beside a shutdown', () => {
  it('exits 3, gives the shutdown enterprise its verdict, and reports every hostile file located', async () => {
    const hostile = ['fixtures/hostile', made('deep.yaml'), '/dev/zero', made('fifo.yaml'), made('fifo-ledger'), made('fifo-include'), made('link-out')];
    const run = await runMain(['check', ...hostile, join(ROOT, SHUTDOWN), '--waivers', join(ROOT, 'fixtures/hostile/waivers-shutdown.yaml'), '--as-of', AS_OF, '-f', 'json']);
    const output = JSON.parse(run.stdout) as { enterprises: { file: string; verdict: string }[]; errors: { file: string; code: string; location?: { line: number } }[] };
    expect(output.enterprises.map((e) => e.verdict)).toEqual(['shutdown']);
    const failed = new Set(output.errors.map((e) => e.file));
    expect(failed.size).toBe(6 + 7);
    expect(output.errors.every((e) => e.location && e.location.line >= 1)).toBe(true);
    expect(output.errors.map((e) => e.code)).toContain('waiver-shutdown');
    expect(run.code).toBe(3);
  });
});

describe('a report that cannot be written', () => {
  // A 16 KiB file system, mounted for the test where the user may (root in CI); skipped otherwise.
  const full = made('full');
  const mounted = (() => {
    try {
      execFileSync('mkdir', ['-p', full]);
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', full], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  afterAll(() => void (mounted && execFileSync('umount', [full])));

  it.skipIf(!mounted)('given a full disk, names the file and the cause, leaves the old report untouched and no temporary file, and 3 still wins', async () => {
    writeFileSync(join(full, 'audit.json'), 'old');
    const run = await runMain(['check', 'fixtures/general', '--as-of', AS_OF, '-f', `json:${join(full, 'audit.json')}`, '-f', 'table']);
    expect(run.stderr).toContain('报告未写入');
    expect(run.stderr).toContain('audit.json：ENOSPC (write): no space left on device（原文件未改动）');
    expect(readFileSync(join(full, 'audit.json'), 'utf8')).toBe('old');
    expect(readdirSync(full)).toEqual(['audit.json']);
    expect(run.stdout).toContain('结论: 停产整顿');
    expect(run.code).toBe(3);
  });
});

describe('the process boundary', () => {
  it('given a closed stdout (| head), ends quietly: no stack, no EPIPE message', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/safety-audit.js'), 'rules', 'list'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
