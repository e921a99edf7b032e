import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadAssessment } from '../../dist/input/index.js';
import { loadRuleSet } from '../../dist/rules/index.js';
import { evaluate } from '../../dist/engine/index.js';
import { bundledPackFiles } from '../../dist/cli/package-info.js';
const dir = process.argv[2];
const files = readdirSync(dir).slice(0, 300).map((d) => join(dir, d, 'enterprise.yaml'));
const { ruleSet } = await loadRuleSet(bundledPackFiles(), '2026-11-20');
const keep = [];
gc(); const base = process.memoryUsage().heapUsed;
for (const f of files) { const l = await loadAssessment(f, ruleSet, f, 64<<20); keep.push(evaluate(l.value, ruleSet, ruleSet.ruleEnv, [], {keepPasses:false})); }
gc(); const used = process.memoryUsage().heapUsed;
console.log('per enterprise KB', ((used - base) / files.length / 1024).toFixed(1), 'json KB', (JSON.stringify(keep).length/files.length/1024).toFixed(1));
const v8 = await import('node:v8'); v8.writeHeapSnapshot('/tmp/h.heapsnapshot');
