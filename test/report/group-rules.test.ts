// A group's own rules (`--rules`) are named as the group's: the pack's title and 集团规则 in the
// table, Markdown and HTML, `origin: group` in JSON (valid against the result schema, and read back by `merge`), and in
// SARIF a rule property plus a `tool.extensions` entry per group pack (valid against the SARIF 2.1.0 schema).
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, summariseRules } from '../../src/engine/index.js';
import { loadAssessment } from '../../src/input/index.js';
import { runFromJson, type AuditRun } from '../../src/report/index.js';
import { reporters } from './all-formats.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { resultSchema } from '../../src/schema/index.js';
import { bundledPackFiles } from '../../src/cli/package-info.js';
import { summarisePacks } from '../../src/cli/summarise-packs.js';
import { sarifProblems } from '../support/sarif-schema.js';

const ROOT = join(import.meta.dirname, '..', '..');
const GROUP_PACK = join(ROOT, 'rules/group-template/my-group.yaml');
const RULE = 'MYGROUP-EMG-001';

let run: AuditRun;
beforeAll(async () => {
  const { ruleSet, diagnostics } = await loadRuleSet(bundledPackFiles(), '2026-11-20', [GROUP_PACK]);
  if (!ruleSet) throw new Error(JSON.stringify(diagnostics));
  // general/compliant.yaml's last comprehensive or special drill was on 2026-04-22: the group's six months have passed.
  const file = 'fixtures/general/compliant.yaml';
  const { value } = await loadAssessment(join(ROOT, file), ruleSet, file);
  run = {
    tool: { name: 'safety-audit', version: '0.0.0-test' }, asOf: '2026-11-20', generatedAt: '2026-11-20T08:00:00.000Z',
    packs: summarisePacks(ruleSet), rules: [], enterprises: [evaluate(value!, ruleSet.rules, ruleSet.ruleEnv)], inputErrors: [], notices: [],
  };
  run.rules = summariseRules(ruleSet.rules, run.enterprises);
}, 120_000);

const options = { lang: 'zh' as const, color: false };

describe('group rules in the reports', () => {
  it('given the group pack, fails only its stricter rule on the bundled compliant fixture', () => {
    const failed = run.enterprises[0]!.findings.filter((finding) => finding.status === 'fail');
    expect(failed.map((finding) => [finding.ruleId, finding.pack])).toEqual([[RULE, { id: 'my-group', version: '1', sector: 'general', origin: 'group' }]]);
    expect(run.packs.filter((pack) => pack.origin === 'group').map((pack) => pack.id)).toEqual(['my-group']);
  });

  it('table: marks the finding 集团规则 and names the group pack under the summary', () => {
    const table = reporters.table(run, options);
    expect(table).toMatch(/MYGROUP-EMG-001 │.*\n│ 集团规则/);
    expect(table).toContain('集团规则: my-group 集团安全生产制度 (my-group 1)');
    expect(reporters.table(run, { ...options, lang: 'en' })).toContain('group rule: my-group group safety rules (my-group 1)');
  });

  it('JSON: origin group on the pack and the finding, valid against the result schema and read back', () => {
    const json = JSON.parse(reporters.json(run, options));
    const ajv = new Ajv({ allErrors: true, strict: false });
    (addFormats as unknown as (a: Ajv) => void)(ajv);
    expect(ajv.validate(resultSchema, json), JSON.stringify(ajv.errors?.slice(0, 3))).toBe(true);
    expect(json.packs.find((pack: { id: string }) => pack.id === 'my-group')).toMatchObject({ origin: 'group', title: 'my-group 集团安全生产制度' });
    expect(json.packs.find((pack: { id: string }) => pack.id === 'general').origin).toBeUndefined();
    const finding = json.enterprises[0].findings.find((f: { ruleId: string }) => f.ruleId === RULE);
    expect(finding).toMatchObject({ pack: 'my-group', origin: 'group', status: 'fail' });
    const back = runFromJson(json).run;
    expect(back.packs.find((pack) => pack.id === 'my-group')?.origin).toBe('group');
    expect(back.enterprises[0]!.findings.find((f) => f.ruleId === RULE)?.pack.origin).toBe('group');
  });

  it('SARIF: the rule and result carry origin group; the group pack is a tool extension; valid SARIF 2.1.0', () => {
    const sarif = JSON.parse(reporters.sarif(run, options));
    expect(sarifProblems(sarif)).toEqual([]);
    const tool = sarif.runs[0].tool;
    expect(tool.extensions).toEqual([{ name: 'my-group', fullName: 'my-group 集团安全生产制度', version: '1', properties: { origin: 'group', rules: 1, label: '集团规则' } }]);
    const rule = tool.driver.rules.find((r: { id: string }) => r.id === RULE);
    expect(rule.properties).toMatchObject({ origin: 'group', pack: 'my-group', tags: expect.arrayContaining(['group']) });
    expect(sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === RULE).properties.origin).toBe('group');
  });

  it('Markdown: the finding marked 集团规则', () => {
    expect(reporters.markdown(run, options)).toContain(`- **${RULE}** (集团规则) 近 6 个月内`);
  });

  it('HTML: the group pack and the finding marked 集团规则', () => {
    const html = reporters.html(run, options);
    expect(html).toContain('my-group 集团安全生产制度 <span class="group-rule">集团规则</span></td>');
    expect(html).toMatch(new RegExp(`<code>${RULE}</code>(<br>)? ?<span class="group-rule">集团规则</span>`));
  });
});
