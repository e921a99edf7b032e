// A real run for reporter tests: the bundled packs over fixtures/general, one enterprise renamed with
// markup and formula text, one waiver, one bad file — built in-process through the real pipeline.
import { join } from 'node:path';
import { evaluate, summariseRules } from '../../src/engine/index.js';
import { loadAssessment, type Waiver } from '../../src/input/index.js';
import type { AuditRun } from '../../src/report/index.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { bundledPackFiles } from '../../src/cli/package-info.js';
import { summarisePacks } from '../../src/cli/summarise-packs.js';

const ROOT = join(import.meta.dirname, '..', '..');
export const HOSTILE_NAME = '<img src=x onerror=alert(1)> =HYPERLINK("http://x") | *粗体* `code`';

export async function sampleRun(): Promise<AuditRun> {
  const packs = bundledPackFiles();
  const { ruleSet } = await loadRuleSet(packs, '2026-11-20');
  if (!ruleSet) throw new Error('packs do not load');
  const files = ['compliant.yaml', 'violating-hazards.yaml', 'violating-licence.yaml'].map((name) => `fixtures/general/${name}`);
  const waivers: Waiver[] = [{ rule: 'GEN-HZ-004', enterprise: '91141000MA0M23450H', reason: '验收资料补录中', approvedBy: '集团安全部', expires: '2027-01-31' }];
  const enterprises = [];
  for (const file of files) {
    const { value } = await loadAssessment(join(ROOT, file), ruleSet, file);
    enterprises.push(evaluate(value!, ruleSet.rules, ruleSet.ruleEnv, waivers));
  }
  enterprises[0]!.enterprise.name = HOSTILE_NAME;
  const bad = await loadAssessment(join(ROOT, 'fixtures/malformed/bad-date.yaml'), ruleSet, 'fixtures/malformed/bad-date.yaml');
  return {
    tool: { name: 'safety-audit', version: '0.0.0-test' },
    asOf: '2026-11-20',
    generatedAt: '2026-11-20T08:00:00.000Z',
    packs: summarisePacks(ruleSet),
    rules: summariseRules(ruleSet.rules, enterprises),
    enterprises,
    inputErrors: [{ file: 'fixtures/malformed/bad-date.yaml', diagnostics: bad.diagnostics }],
    notices: [],
  };
}
