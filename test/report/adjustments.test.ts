// The configuration's changes to the rules (severity overrides, disabled rules) are shown by every format,
// each read back by its real consumer.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseJunit } from 'test-results-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RuleAdjustment } from '../../src/engine/index.js';
import { runFromJson, type AuditRun } from '../../src/report/index.js';
import { reporters } from './all-formats.js';
import { compileSchema, resultSchema } from '../../src/schema/index.js';
import { sampleRun } from './sample-run.js';
import { sarifProblems } from '../support/sarif-schema.js';

const at = (line: number) => ({ file: 'safety-audit.config.yaml', line, column: 3 });
const ADJUSTMENTS: RuleAdjustment[] = [
  { kind: 'severity', ruleId: 'GEN-HZ-004', pack: 'general', from: 'general', to: 'major', direction: 'raised', location: at(11) },
  { kind: 'severity', ruleId: 'GEN-EMG-003', pack: 'general', from: 'general', to: 'advisory', direction: 'lowered', location: at(12) },
  { kind: 'disabled', ruleId: 'GEN-TRN-003', pack: 'general', severity: 'general', reason: '集团统一组织培训，另行考核', location: at(14) },
];

// With waivers.centralOnly, a subsidiary's own waivers file is not read: a notice of the run, in every format too.
const IGNORED = { code: 'waivers-file-ignored', severity: 'warning', message: { key: 'waivers-file-ignored', params: { central: '' } }, location: { file: 'subsidiaries/b/waivers.yaml', line: 1, column: 1 } } as const;

let run: AuditRun;
beforeAll(async () => {
  run = { ...(await sampleRun()), adjustments: ADJUSTMENTS, notices: [IGNORED] };
});
const render = (format: keyof typeof reporters, lang: 'zh' | 'en' = 'zh') => reporters[format](run, { lang, color: false }) as string;

describe('adjustments and run notices in every format', () => {
  it('table: a footer line each, with the config line', () => {
    const text = render('table');
    expect(text).toContain('GEN-EMG-003：级别由「一般」调低为「提示」（safety-audit.config.yaml:12:3）');
    expect(text).toContain('GEN-TRN-003（一般）已停用，未检查。理由：集团统一组织培训，另行考核');
    expect(render('table', 'en')).toContain('GEN-HZ-004: severity raised from general to major (safety-audit.config.yaml:11:3)');
  });

  it('markdown: a section listing each', () => {
    const text = render('markdown');
    expect(text).toContain('## 配置对规则的调整');
    expect(text.match(/^- GEN-(HZ-004|EMG-003|TRN-003)/gm)).toHaveLength(3);
  });

  it('json: valid against the result schema, and read back by merge', () => {
    const json = JSON.parse(render('json'));
    const validate = compileSchema(resultSchema);
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(json.adjustments.map((a: { ruleId: string; kind: string }) => [a.ruleId, a.kind])).toEqual([['GEN-HZ-004', 'severity'], ['GEN-EMG-003', 'severity'], ['GEN-TRN-003', 'disabled']]);
    expect(json.adjustments[2]).toMatchObject({ reason: '集团统一组织培训，另行考核', location: { file: 'safety-audit.config.yaml', line: 14, column: 3 } });
    expect(runFromJson(json).run.adjustments).toEqual(ADJUSTMENTS);
  });

  it('json: without adjustments, none is written', () => {
    const { adjustments: _none, ...plain } = run;
    expect(JSON.parse(reporters.json(plain, { lang: 'zh', color: false }))).not.toHaveProperty('adjustments');
  });

  it('sarif: rule configuration overrides (disabled, another level), valid against SARIF 2.1.0', () => {
    const sarif = JSON.parse(render('sarif'));
    expect(sarifProblems(sarif)).toEqual([]);
    const overrides = sarif.runs[0].invocations[0].ruleConfigurationOverrides;
    expect(overrides.map((o: { descriptor: { id: string }; configuration: { enabled?: boolean; level?: string } }) => [o.descriptor.id, o.configuration.enabled ?? o.configuration.level]))
      .toEqual([['GEN-HZ-004', 'error'], ['GEN-EMG-003', 'note'], ['GEN-TRN-003', false]]);
    expect(sarif.runs[0].properties.adjustments).toHaveLength(3);
  });

  it('junit: properties of every suite, read back by a JUnit consumer', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'junit-')), 'audit.xml');
    writeFileSync(file, render('junit'));
    const parsed = parseJunit({ type: 'junit', files: [file] });
    for (const suite of parsed.suites) {
      expect(suite.metadata['disabled:GEN-TRN-003']).toContain('集团统一组织培训');
      expect(suite.metadata['severityOverride:GEN-EMG-003']).toContain('调低');
      expect(suite.metadata['notice:1:waivers-file-ignored']).toBe('subsidiaries/b/waivers.yaml:1:1 企业文件夹中的豁免清单未采用：配置 waivers.centralOnly 规定只采用集团豁免清单');
    }
  });

  it('csv: one row per adjustment, read back by a CSV parser', () => {
    const rows: string[][] = parseCsv(render('csv'), { bom: true });
    const adjusted = rows.filter((row) => row[8] === '配置调整' || row[8] === '已停用');
    expect(adjusted.map((row) => [row[4], row[6], row[8]])).toEqual([['GEN-HZ-004', '重大', '配置调整'], ['GEN-EMG-003', '提示', '配置调整'], ['GEN-TRN-003', '一般', '已停用']]);
    expect(adjusted[2]![11]).toBe('safety-audit.config.yaml:14:3');
    expect(rows.at(-1)!.slice(4, 12)).toEqual(['waivers-file-ignored', '', '', '', '警告', '', '企业文件夹中的豁免清单未采用：配置 waivers.centralOnly 规定只采用集团豁免清单', 'subsidiaries/b/waivers.yaml:1:1']);
  });

  it.each(['table', 'markdown', 'json', 'sarif', 'html', 'github', 'gitlab'] as const)('%s: the notice of a waivers file not read', (format) => {
    expect(render(format)).toContain('企业文件夹中的豁免清单未采用');
  });

  it('html: a short section', () => {
    const text = render('html');
    expect(text).toContain('<h2>配置对规则的调整</h2>');
    expect(text).toContain('理由：集团统一组织培训，另行考核');
  });

  it('gitlab: one info issue each, at the config line, and the notice', () => {
    const issues = JSON.parse(render('gitlab')) as { check_name: string; severity: string; location: { path: string; lines: { begin: number } } }[];
    const configured = issues.filter((issue) => issue.check_name.startsWith('safety-audit/config-'));
    expect(configured.map((issue) => [issue.check_name, issue.severity, issue.location.lines.begin])).toEqual([['safety-audit/config-severity', 'info', 11], ['safety-audit/config-severity', 'info', 12], ['safety-audit/config-disabled', 'info', 14]]);
    expect(issues.filter((issue) => issue.check_name === 'safety-audit/waivers-file-ignored')).toHaveLength(1);
    expect(new Set(issues.map((issue) => (issue as unknown as { fingerprint: string }).fingerprint)).size).toBe(issues.length);
  });

  it('github: one notice each, at the config line', () => {
    const lines = render('github').split('\n').filter((line) => line.startsWith('::notice') && line.includes('safety-audit.config.yaml'));
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain('line=14');
  });
});
