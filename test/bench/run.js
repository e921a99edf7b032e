#!/usr/bin/env node
// Benchmark: check synthetic enterprises (seeded, so runs compare) and report files/s, ms per
// enterprise, peak RSS, the ratio to a YAML-parse-only floor, and CLI start-up time.
// Then one enterprise folder whose hazards.csv (GBK, as Excel writes it) has --ledger-rows rows: rows/s
// read, decoded, coerced and checked.
// Then the CLI as CI runs it, on the same files: one file, --jobs 1 against --jobs 2, every format at once, and
// a cold against a warm --cache run (wall, CPU and peak RSS from /usr/bin/time where it exists).
// Usage: npm run bench [-- --files 500 --hazards 40 --ledger-rows 100000 --seed 42]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import iconv from 'iconv-lite';
import { parseDocument, stringify, parse } from 'yaml';
import { loadAssessment } from '../../dist/input/index.js';
import { loadRuleSet } from '../../dist/rules/index.js';
import { evaluate } from '../../dist/engine/index.js';
import { bundledPackFiles } from '../../dist/cli/package-info.js';

const ROOT = join(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: { files: { type: 'string', default: '300' }, hazards: { type: 'string', default: '40' }, 'ledger-rows': { type: 'string', default: '100000' }, seed: { type: 'string', default: '42' } },
});
const FILES = Number(values.files);
const HAZARDS = Number(values.hazards);

/** mulberry32: a small seeded generator, so every run checks the same enterprises. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(folder) {
  const base = parse(readFileSync(join(ROOT, 'fixtures/general/compliant.yaml'), 'utf8'));
  const next = random(Number(values.seed));
  const day = (from, span) => new Date(Date.UTC(2026, 0, 1) + Math.floor(from + next() * span) * 86_400_000).toISOString().slice(0, 10);
  const files = [];
  for (let i = 0; i < FILES; i++) {
    const data = structuredClone(base);
    data.enterprise.name = `合成企业${i}`;
    data.enterprise.employees = 20 + Math.floor(next() * 500);
    data.hazards = Array.from({ length: HAZARDS }, (_, h) => ({
      id: `YH-${i}-${h}`, description: '合成隐患', level: next() < 0.05 ? '重大' : '一般',
      foundOn: day(0, 200), deadline: day(200, 200), status: next() < 0.7 ? '已整改' : '整改中', owner: '张三',
      ...(next() < 0.7 ? { closedOn: day(250, 50) } : {}), reportedToRegulator: day(210, 10), reportedToEmployees: day(210, 10),
    })).map((hazard) => (hazard.status === '已整改' && !hazard.closedOn ? { ...hazard, closedOn: day(250, 50) } : hazard));
    const file = join(folder, `enterprise-${String(i).padStart(4, '0')}.yaml`);
    writeFileSync(file, stringify(data));
    files.push(file);
  }
  return files;
}

async function main() {
  const folder = mkdtempSync(join(tmpdir(), 'safety-audit-bench-'));
  try {
    const files = generate(folder);
    let peak = process.memoryUsage().rss;
    const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));

    // The floor: read and parse every file, nothing else. Measured on its second pass, once warm.
    const parseAll = () => {
      const start = performance.now();
      for (const file of files) parseDocument(readFileSync(file, 'utf8'));
      return performance.now() - start;
    };
    parseAll();
    const floorMs = parseAll();

    const loadStart = performance.now();
    const { ruleSet, diagnostics } = await loadRuleSet(bundledPackFiles(), '2026-11-20');
    if (!ruleSet) throw new Error(`packs failed to load: ${JSON.stringify(diagnostics)}`);
    const loadMs = performance.now() - loadStart;

    const checkStart = performance.now();
    let findings = 0;
    for (const file of files) {
      const loaded = await loadAssessment(file, ruleSet);
      if (!loaded.value) throw new Error(`${file}: ${JSON.stringify(loaded.diagnostics)}`);
      findings += evaluate(loaded.value, ruleSet.rules, ruleSet.ruleEnv).findings.length;
      sample();
    }
    const checkMs = performance.now() - checkStart;

    const startup = Array.from({ length: 5 }, () => {
      const start = performance.now();
      spawnSync(process.execPath, [join(ROOT, 'bin/safety-audit.js'), '--version']);
      return performance.now() - start;
    }).sort((a, b) => a - b)[2];

    const rows = {
      enterprises: FILES,
      'hazards per enterprise': HAZARDS,
      rules: ruleSet.rules.length,
      findings,
      'pack load + compile (ms)': loadMs.toFixed(1),
      'files/s': (FILES / (checkMs / 1000)).toFixed(0),
      'ms per enterprise': (checkMs / FILES).toFixed(2),
      'YAML-parse-only floor (ms per file)': (floorMs / FILES).toFixed(2),
      'ratio to floor': (checkMs / floorMs).toFixed(2),
      'peak RSS (MiB)': (peak / 2 ** 20).toFixed(0),
      '--version start-up (ms, median of 5)': startup.toFixed(0),
    };
    for (const [name, value] of Object.entries(rows)) console.log(`${name.padEnd(40)} ${value}`);
    console.log('');
    for (const [name, value] of Object.entries(benchCli(folder, files))) console.log(`${name.padEnd(40)} ${value}`);
    console.log('');
    for (const [name, value] of Object.entries(await benchLedger(folder, ruleSet))) console.log(`${name.padEnd(40)} ${value}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The built CLI run as a user runs it: wall seconds, CPU seconds and peak RSS (MiB) when /usr/bin/time is there. */
function runCli(args, cwd) {
  const bin = join(ROOT, 'bin/safety-audit.js');
  const timed = existsSync('/usr/bin/time');
  const start = performance.now();
  const result = timed
    ? spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, bin, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = (performance.now() - start) / 1000;
  if (result.status !== 0 && result.status !== 1 && result.status !== 3) throw new Error(`safety-audit ${args.join(' ')}: exit ${result.status}\n${result.stderr}`);
  const [user, system, kib] = timed ? result.stderr.trim().split('\n').at(-1).split(' ').map(Number) : [NaN, NaN, NaN];
  return { wall, cpu: user + system, rss: kib / 1024 };
}

const show = ({ wall, cpu, rss }) => `${wall.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU, ${rss.toFixed(0)} MiB peak`;

function benchCli(folder, files) {
  const common = ['--as-of', '2026-11-20', '--fail-on', 'none'];
  const one = runCli(['check', files[0], ...common, '-f', 'json:one.json'], folder);
  const jobs1 = runCli(['check', '.', ...common, '--jobs', '1', '-f', 'json:jobs1.json'], folder);
  const jobs2 = runCli(['check', '.', ...common, '--jobs', '2', '-f', 'json:jobs2.json'], folder);
  const formats = ['json', 'sarif', 'junit', 'markdown', 'csv', 'html', 'table'].flatMap((format) => ['-f', `${format}:all.${format}`]);
  const every = runCli(['check', '.', ...common, '--jobs', '1', ...formats], folder);
  rmSync(join(folder, '.safety-audit-cache'), { recursive: true, force: true });
  const cold = runCli(['check', '.', ...common, '--jobs', '1', '--cache', '-f', 'json:cached.json'], folder);
  const warm = runCli(['check', '.', ...common, '--jobs', '1', '--cache', '-f', 'json:cached.json'], folder);
  return {
    'CLI: one-file check': show(one),
    [`CLI: ${files.length} files, --jobs 1`]: show(jobs1),
    [`CLI: ${files.length} files, --jobs 2`]: `${show(jobs2)} (${(jobs1.wall / jobs2.wall).toFixed(2)}× faster)`,
    [`CLI: ${files.length} files, every format`]: show(every),
    'CLI: --cache cold': show(cold),
    'CLI: --cache warm': `${show(warm)} (${((100 * warm.wall) / cold.wall).toFixed(0)}% of cold)`,
  };
}

/** One enterprise folder whose hazard ledger is a large GBK CSV with Excel-style dates and Chinese headers. */
async function benchLedger(root, ruleSet) {
  const ROWS = Number(values['ledger-rows']);
  const folder = join(root, 'ledger');
  const base = parse(readFileSync(join(ROOT, 'fixtures/general/compliant.yaml'), 'utf8'));
  delete base.hazards;
  spawnSync('mkdir', ['-p', folder]);
  writeFileSync(join(folder, 'enterprise.yaml'), stringify(base));
  const next = random(Number(values.seed) + 1);
  const lines = ['隐患编号,隐患描述,隐患等级,发现日期,整改期限,整改状态,整改完成日期,向监管部门报告日期,向职工通报日期,整改责任人'];
  for (let i = 0; i < ROWS; i++) {
    const closed = next() < 0.8;
    lines.push(`YH-${i},巡检发现第${i}处隐患,${next() < 0.02 ? '重大' : '一般'},2026/${1 + Math.floor(next() * 9)}/${1 + Math.floor(next() * 28)},2026年11月30日,${closed ? '已整改' : '整改中'},${closed ? '2026.10.1' : ''},46000,46001,张三`);
  }
  const bytes = iconv.encode(`${lines.join('\r\n')}\r\n`, 'gbk');
  writeFileSync(join(folder, 'hazards.csv'), bytes);
  const start = performance.now();
  const loaded = await loadAssessment(join(folder, 'enterprise.yaml'), ruleSet);
  if (!loaded.value) throw new Error(JSON.stringify(loaded.diagnostics.slice(0, 3)));
  const loadedMs = performance.now() - start;
  const result = evaluate(loaded.value, ruleSet.rules, ruleSet.ruleEnv);
  const totalMs = performance.now() - start;
  return {
    'ledger rows (GBK CSV)': ROWS,
    'ledger size (MiB)': (bytes.length / 2 ** 20).toFixed(1),
    'read + decode + coerce (rows/s)': (ROWS / (loadedMs / 1000)).toFixed(0),
    'read + check (rows/s)': (ROWS / (totalMs / 1000)).toFixed(0),
    'findings': result.findings.length,
    'peak RSS after ledger (MiB)': (process.memoryUsage().rss / 2 ** 20).toFixed(0),
  };
}

await main();
