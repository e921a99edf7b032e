// Paths as CI scripts pass them: a quoted glob pattern is expanded (by tinyglobby); one that matches nothing
// is reported as a file not found, never skipped.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, runMain } from './run-cli.js';

describe('check with a quoted glob pattern', () => {
  it('given subsidiaries/*/enterprise.yaml, checks each match in path order, and reports a pattern that matches nothing', async () => {
    const run = await runMain(['check', 'fixtures/excel/*-enterprise/enterprise.yaml', 'fixtures/nothing/*.yaml', '--as-of', '2026-11-20', '-f', 'json']);
    const report = JSON.parse(run.stdout);
    expect(report.enterprises.map((e: { file: string }) => e.file)).toEqual([
      'fixtures/excel/gbk-enterprise/enterprise.yaml',
      'fixtures/excel/utf16-tab-enterprise/enterprise.yaml',
      'fixtures/excel/utf8-bom-enterprise/enterprise.yaml',
    ]);
    expect(report.errors).toEqual([expect.objectContaining({ file: 'fixtures/nothing/*.yaml', code: 'file-not-found' })]);
    expect(run.code).toBe(2);
  });

  it('given a pattern naming folders, searches each', async () => {
    const run = await runMain(['check', 'fixtures/{general,fire-safety}', '--as-of', '2026-11-20', '-f', 'json', '--fail-on', 'none']);
    const files = JSON.parse(run.stdout).enterprises.map((e: { file: string }) => e.file);
    expect(files.filter((file: string) => file.startsWith('fixtures/fire-safety/')).length).toBe(5);
    expect(files.filter((file: string) => file.startsWith('fixtures/general/')).length).toBe(5);
  });
});

describe('check - (one assessment on standard input)', () => {
  it('given the compliant YAML piped in, checks it as <stdin> beside the files named', async () => {
    const yaml = readFileSync('fixtures/general/violating-licence.yaml', 'utf8');
    const run = await runMain(['check', '-', 'fixtures/general/compliant.yaml', '--as-of', '2026-11-20', '-f', 'json'], { stdin: yaml });
    const report = JSON.parse(run.stdout);
    expect(report.enterprises.map((e: { file: string; verdict: string }) => [e.file, e.verdict])).toEqual([['<stdin>', 'shutdown'], ['fixtures/general/compliant.yaml', 'compliant']]);
    expect(report.enterprises[0].findings.find((f: { ruleId: string; status: string }) => f.ruleId === 'GEN-MGT-002' && f.status === 'fail').location).toMatchObject({ file: '<stdin>', line: 53 });
    expect(run.code).toBe(3);
  });

  it('given broken YAML piped in through a real pipe, names <stdin> and the line, and exits 2', () => {
    const run = runCli(['check', '-', '--as-of', '2026-11-20'], { input: 'enterprise:\n  name: [unclosed\n' });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/<stdin>:\d+:\d+ /);
  });
});
