import { readFileSync } from 'node:fs';
import { loadAssessment } from '/work/main/dist/input/index.js';
import { loadRuleSet } from '/work/main/dist/rules/index.js';
import { evaluate } from '/work/main/dist/engine/index.js';
import { bundledPackFiles } from '/work/main/dist/cli/package-info.js';
const files = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const { ruleSet } = await loadRuleSet(bundledPackFiles(), '2026-11-20');
for (let r = 0; r < 2; r++) for (const file of files) { const l = await loadAssessment(file, ruleSet); evaluate(l.value, ruleSet.rules, ruleSet.ruleEnv); }
