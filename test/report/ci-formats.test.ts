// The CI-native formats, checked against their consumers: GitLab's Code Quality report format (the fields and
// values its merge request widget reads, as documented) and GitHub's workflow commands as @actions/core, the
// runner's own toolkit, writes them.
import * as core from '@actions/core';
import { Ajv } from 'ajv';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type AuditRun } from '../../src/report/index.js';
import { reporters } from './all-formats.js';
import { sampleRun } from './sample-run.js';

// docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format: an array of issues, each with these.
const codeQualitySchema = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', minLength: 1 },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      location: {
        type: 'object', required: ['path', 'lines'],
        properties: { path: { type: 'string', pattern: '^[^/]' }, lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 } } } },
      },
    },
  },
};

let run: AuditRun;
beforeAll(async () => {
  run = await sampleRun();
});

describe('gitlab (Code Quality)', () => {
  it('is what the merge request widget reads: fields, severities, relative paths, unique fingerprints', () => {
    const issues = JSON.parse(reporters.gitlab(run, { lang: 'zh', color: false }));
    const validate = new Ajv({ allErrors: true }).compile(codeQualitySchema);
    expect(validate(issues), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(new Set(issues.map((issue: { fingerprint: string }) => issue.fingerprint)).size).toBe(issues.length);
    expect(issues.find((issue: { check_name: string }) => issue.check_name === 'GEN-MGT-002')).toMatchObject({ severity: 'blocker', location: { path: 'fixtures/general/violating-licence.yaml', lines: { begin: 53 } } });
  });

  it('leaves out passes and waived findings, and carries every failed and undecided one', () => {
    const issues = JSON.parse(reporters.gitlab(run, { lang: 'en', color: false }));
    const counted = run.enterprises.flatMap((r) => r.findings).filter((f) => f.status === 'fail' || f.status === 'indeterminate').length;
    const extra = run.enterprises.reduce((sum, r) => sum + r.warnings.length, 0) + run.inputErrors.reduce((sum, e) => sum + e.diagnostics.length, 0);
    expect(issues.length).toBe(counted + extra);
  });
});

describe('github (workflow commands)', () => {
  let written = '';
  afterEach(() => vi.restoreAllMocks());

  it('writes each annotation exactly as @actions/core does', () => {
    const lines = reporters.github(run, { lang: 'zh', color: false }).trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(10);
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((written += String(chunk)), true));
    for (const line of lines) {
      const [, kind, properties, message] = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line)!;
      const props = Object.fromEntries(properties!.split(',').map((pair) => pair.split('=') as [string, string]));
      const unescape = (text: string) => text.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
      written = '';
      core[kind as 'error' | 'warning' | 'notice'](unescape(message!), { title: unescape(props.title!), file: unescape(props.file!), startLine: Number(props.line), startColumn: Number(props.col) });
      expect(written.trimEnd()).toBe(line);
    }
  });

  it('marks shutdown and major as errors, and names the rule in the title', () => {
    const text = reporters.github(run, { lang: 'zh', color: false });
    expect(text).toMatch(/^::error title=GEN-MGT-002 停产整顿,file=fixtures\/general\/violating-licence.yaml,line=53,col=3::/m);
  });
});
