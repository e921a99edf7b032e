#!/usr/bin/env node
// Benchmark on a seeded generator of enterprise folders (every sector in turn, each with its hazard ledger as a
// CSV with Chinese headers, carriers with their driving log), so runs compare:
// - in process: CPU ms per enterprise against a parse-only floor (the same files parsed and nothing else);
// - the CLI as CI runs it: --version against `node -e 0`, one file, --jobs 1 against --jobs 2, a cold against a
//   warm --cache run, and peak RSS with every format on at each group size (--sizes);
// - one enterprise with a --ledger-rows GBK hazard ledger, and a carrier with a --log-rows driving log, every format on.
// Wall, CPU and peak RSS come from /usr/bin/time where it exists.
// Usage: npm run bench [-- --files 1000 --sizes 100,1000,5000 --hazards 40 --ledger-rows 100000 --log-rows 50000 --seed 42
//                          --only engine,cli,scale,ledger,log]
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import iconv from 'iconv-lite';
import { LineCounter, parseDocument, stringify, parse } from 'yaml';
import { parse as parseCsv } from 'csv-parse/sync';
import { loadAssessment } from '../../dist/input/index.js';
import { loadRuleSet } from '../../dist/rules/index.js';
import { evaluate } from '../../dist/engine/index.js';
import { bundledPackFiles } from '../../dist/cli/package-info.js';

const ROOT = join(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '1000' }, sizes: { type: 'string', default: '100,1000,5000' }, hazards: { type: 'string', default: '40' },
    'ledger-rows': { type: 'string', default: '100000' }, 'log-rows': { type: 'string', default: '50000' }, seed: { type: 'string', default: '42' },
    only: { type: 'string', default: 'engine,cli,scale,ledger,log' },
  },
});
const FILES = Number(values.files);
const HAZARDS = Number(values.hazards);
const SIZES = values.sizes.split(',').map(Number);
/** The parts to run (`--only`), each a table of its own below. */
const ONLY = new Set(values.only.split(','));

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

const SECTOR_FIXTURES = ['general', 'coal-mine', 'hazardous-chemicals', 'non-coal-mine', 'road-transport', 'construction', 'fire-safety'];
const HAZARD_HEADER = '隐患编号,隐患描述,隐患等级,发现日期,整改期限,整改状态,整改完成日期,向监管部门报告日期,向职工通报日期,整改责任人';

/**
 * N enterprise folders, every sector in turn (each from its compliant fixture), each with its hazard ledger as
 * a CSV with Chinese headers (and the road-transport driving log beside it), as subsidiaries send them.
 */
function generate(folder, count) {
  const bases = SECTOR_FIXTURES.map((sector) => parse(readFileSync(join(ROOT, `fixtures/${sector}/compliant.yaml`), 'utf8')));
  const next = random(Number(values.seed));
  const day = (from, span) => new Date(Date.UTC(2026, 0, 1) + Math.floor(from + next() * span) * 86_400_000).toISOString().slice(0, 10);
  const files = [];
  for (let i = 0; i < count; i++) {
    const sector = SECTOR_FIXTURES[i % SECTOR_FIXTURES.length];
    const data = structuredClone(bases[i % bases.length]);
    data.enterprise.name = `合成企业${i}`;
    data.enterprise.employees = Math.max(data.enterprise.employees ?? 0, 20 + Math.floor(next() * 500));
    delete data.hazards;
    const dir = join(folder, `e-${String(i).padStart(5, '0')}`);
    mkdirSync(dir);
    const rows = Array.from({ length: HAZARDS }, (_, h) => {
      const closed = next() < 0.7;
      return [`YH-${i}-${h}`, '合成隐患', next() < 0.05 ? '重大' : '一般', day(0, 200), day(200, 200), closed ? '已整改' : '整改中', closed ? day(250, 50) : '', day(210, 10), day(210, 10), '张三'].join(',');
    });
    writeFileSync(join(dir, 'hazards.csv'), `${[HAZARD_HEADER, ...rows].join('\r\n')}\r\n`);
    // The folder convention reads the driving log beside it, as a subsidiary's folder does.
    if (sector === 'road-transport') delete data.roadTransport.drivingLogs;
    if (sector === 'road-transport') copyFileSync(join(ROOT, 'fixtures/road-transport/rt-driving-logs.csv'), join(dir, 'rt-driving-logs.csv'));
    const file = join(dir, 'enterprise.yaml');
    writeFileSync(file, stringify(data));
    files.push(file);
  }
  return files;
}

async function main() {
  const root = mkdtempSync(join(tmpdir(), 'safety-audit-bench-'));
  try {
    const folder = join(root, 'group');
    mkdirSync(folder);
    const files = ONLY.has('engine') || ONLY.has('cli') ? generate(folder, FILES) : [];
    if (ONLY.has('engine')) print(await benchInProcess(files));
    if (ONLY.has('cli')) print(benchCli(folder, files));
    if (ONLY.has('scale')) print(benchScale(root));
    if (ONLY.has('ledger')) print(await benchLedger(root));
    if (ONLY.has('log')) print(benchDrivingLog(root));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const print = (rows) => {
  for (const [name, value] of Object.entries(rows)) console.log(`${name.padEnd(48)} ${value}`);
  console.log('');
};

/** What every enterprise folder holds, parsed and nothing else: YAML with line counting, CSV with csv-parse. */
function parseFolder(file) {
  parseDocument(readFileSync(file, 'utf8'), { lineCounter: new LineCounter() });
  for (const name of readdirSync(dirname(file))) if (name.endsWith('.csv')) parseCsv(readFileSync(join(dirname(file), name), 'utf8'), { relax_column_count: true });
}

/** The engine in this process over the generated folders: CPU per enterprise against the parse-only floor. */
async function benchInProcess(files) {
  const floor = () => {
    const start = process.cpuUsage();
    for (const file of files) parseFolder(file);
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  floor();
  const loadStart = performance.now();
  const { ruleSet, diagnostics } = await loadRuleSet(bundledPackFiles(), '2026-11-20');
  if (!ruleSet) throw new Error(`packs failed to load: ${JSON.stringify(diagnostics)}`);
  const loadMs = performance.now() - loadStart;
  const check = async () => {
    const start = process.cpuUsage();
    let findings = 0;
    for (const file of files) {
      const loaded = await loadAssessment(file, ruleSet);
      if (!loaded.value) throw new Error(`${file}: ${JSON.stringify(loaded.diagnostics.slice(0, 3))}`);
      findings += evaluate(loaded.value, ruleSet.rules, ruleSet.ruleEnv).findings.length;
    }
    const used = process.cpuUsage(start);
    return { ms: (used.user + used.system) / 1000, findings };
  };
  // Floor and check taken in turns, three times each: the ratio is the median of each round's own, since a machine
  // whose speed drifts during the run moves a floor and the check beside it alike.
  await check();
  const rounds = [];
  for (let round = 0; round < 3; round++) rounds.push({ floor: floor(), ...(await check()) });
  const median = (values) => values.sort((a, b) => a - b)[1];
  const floorMs = median(rounds.map((round) => round.floor));
  const ms = median(rounds.map((round) => round.ms));
  const { findings } = rounds[0];
  return {
    'enterprises (all sectors, CSV ledgers)': `${FILES} × ${HAZARDS} hazards`,
    'rules in force': ruleSet.rules.length,
    'findings kept (problems)': findings,
    'pack load, in process (ms)': loadMs.toFixed(0),
    'check, CPU ms per enterprise': (ms / FILES).toFixed(2),
    'parse-only floor, CPU ms per enterprise': (floorMs / FILES).toFixed(2),
    'ratio to floor (median of 3 rounds)': median(rounds.map((round) => round.ms / round.floor)).toFixed(2),
  };
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
  if (result.status !== 0 && result.status !== 1 && result.status !== 3) throw new Error(`safety-audit ${args.join(' ')}: exit ${result.status}\n${result.stderr.slice(-2000)}`);
  const [user, system, kib] = timed ? result.stderr.trim().split('\n').at(-1).split(' ').map(Number) : [NaN, NaN, NaN];
  return { wall, cpu: user + system, rss: kib / 1024 };
}

const show = ({ wall, cpu, rss }) => `${wall.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU, ${rss.toFixed(0)} MiB peak`;
const COMMON = ['--as-of', '2026-11-20', '--fail-on', 'none'];
/** Every format the CLI writes, each to its own file. */
const EVERY_FORMAT = ['json', 'sarif', 'junit', 'markdown', 'csv', 'html', 'table', 'gitlab', 'github'].flatMap((format) => ['-f', `${format}:out/all.${format}`]);

function benchCli(folder, files) {
  const node = medianWall(() => spawnSync(process.execPath, ['-e', '0']));
  const version = medianWall(() => spawnSync(process.execPath, [join(ROOT, 'bin/safety-audit.js'), '--version']));
  // The figures below are medians of runs taken in turns: this machine's speed drifts by a third over minutes.
  const one = medianRun(Array.from({ length: 5 }, () => runCli(['check', files[0], ...COMMON, '-f', 'json:one.json'], folder)));
  const rounds = Array.from({ length: 3 }, () => ({
    jobs1: runCli(['check', '.', ...COMMON, '--jobs', '1', '-f', 'json:jobs1.json'], folder),
    jobs2: runCli(['check', '.', ...COMMON, '--jobs', '2', '-f', 'json:jobs2.json'], folder),
  }));
  const jobs1 = medianRun(rounds.map((round) => round.jobs1));
  const jobs2 = medianRun(rounds.map((round) => round.jobs2));
  const speedUp = rounds.map((round) => round.jobs1.wall / round.jobs2.wall).sort((a, b) => a - b)[1];
  rmSync(join(folder, '.safety-audit-cache'), { recursive: true, force: true });
  const cold = runCli(['check', '.', ...COMMON, '--jobs', '1', '--cache', '-f', 'json:cached.json'], folder);
  const warm = runCli(['check', '.', ...COMMON, '--jobs', '1', '--cache', '-f', 'json:cached.json'], folder);
  return {
    '--version (ms, median of 5)': `${version.toFixed(0)} (node -e 0: ${node.toFixed(0)}; ${(version / node).toFixed(2)}×)`,
    'CLI: one-file check (median of 5)': show(one),
    [`CLI: ${files.length} enterprises, --jobs 1 (median of 3)`]: show(jobs1),
    [`CLI: ${files.length} enterprises, --jobs 2 (median of 3)`]: `${show(jobs2)} (${speedUp.toFixed(2)}× faster: the median of the three rounds' own)`,
    'CLI: --cache cold': show(cold),
    'CLI: --cache warm': `${show(warm)} (${((100 * warm.wall) / cold.wall).toFixed(0)}% of cold)`,
  };
}

/** The run whose CPU time is the median of `runs`. */
const medianRun = (runs) => [...runs].sort((a, b) => a.cpu - b.cpu)[Math.floor(runs.length / 2)];

function medianWall(run) {
  return Array.from({ length: 5 }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  }).sort((a, b) => a - b)[2];
}

/**
 * Peak RSS with every format on, and then against that run's JSON as `--baseline`, at each group size (`--sizes`):
 * memory should not grow with the enterprises.
 */
function benchScale(root) {
  const rows = {};
  for (const size of SIZES) {
    const folder = join(root, `scale-${size}`);
    mkdirSync(folder);
    generate(folder, size);
    const run = runCli(['check', '.', ...COMMON, '--jobs', '1', ...EVERY_FORMAT], folder);
    rows[`CLI: ${size} enterprises, every format`] = `${show(run)}; ${((1000 * run.cpu) / size).toFixed(1)} ms CPU per enterprise`;
    // The nightly run: the same group against last night's JSON report.
    const nightly = runCli(['check', '.', ...COMMON, '--jobs', '1', '--baseline', 'out/all.json', '-f', 'json:out/again.json'], folder);
    rows[`CLI: ${size} enterprises, --baseline of that run`] = show(nightly);
    rmSync(folder, { recursive: true, force: true });
  }
  return rows;
}

/** One enterprise folder whose hazard ledger is a large GBK CSV with Excel-style dates and Chinese headers. */
async function benchLedger(root) {
  const ROWS = Number(values['ledger-rows']);
  const folder = join(root, 'ledger');
  const base = parse(readFileSync(join(ROOT, 'fixtures/general/compliant.yaml'), 'utf8'));
  delete base.hazards;
  mkdirSync(folder);
  writeFileSync(join(folder, 'enterprise.yaml'), stringify(base));
  const next = random(Number(values.seed) + 1);
  const lines = [HAZARD_HEADER];
  for (let i = 0; i < ROWS; i++) {
    const closed = next() < 0.8;
    lines.push(`YH-${i},巡检发现第${i}处隐患,${next() < 0.02 ? '重大' : '一般'},2026/${1 + Math.floor(next() * 9)}/${1 + Math.floor(next() * 28)},2026年11月30日,${closed ? '已整改' : '整改中'},${closed ? '2026.10.1' : ''},46000,46001,张三`);
  }
  const bytes = iconv.encode(`${lines.join('\r\n')}\r\n`, 'gbk');
  writeFileSync(join(folder, 'hazards.csv'), bytes);
  const { ruleSet } = await loadRuleSet(bundledPackFiles(), '2026-11-20');
  const start = performance.now();
  const loaded = await loadAssessment(join(folder, 'enterprise.yaml'), ruleSet);
  if (!loaded.value) throw new Error(JSON.stringify(loaded.diagnostics.slice(0, 3)));
  const loadedMs = performance.now() - start;
  evaluate(loaded.value, ruleSet.rules, ruleSet.ruleEnv);
  const totalMs = performance.now() - start;
  const cli = runCli(['check', '.', ...COMMON, ...EVERY_FORMAT], folder);
  return {
    [`hazard ledger: ${ROWS} rows (GBK CSV, ${(bytes.length / 2 ** 20).toFixed(1)} MiB)`]: `${(ROWS / (loadedMs / 1000)).toFixed(0)} rows/s read, ${(ROWS / (totalMs / 1000)).toFixed(0)} rows/s read + checked`,
    'CLI: that ledger, every format': show(cli),
  };
}

/** A road-transport carrier whose driving log has --log-rows trips, with every format on. */
function benchDrivingLog(root) {
  const ROWS = Number(values['log-rows']);
  const folder = join(root, 'driving-log');
  mkdirSync(folder);
  const carrier = parse(readFileSync(join(ROOT, 'fixtures/road-transport/compliant.yaml'), 'utf8'));
  delete carrier.roadTransport.drivingLogs;
  writeFileSync(join(folder, 'enterprise.yaml'), stringify(carrier));
  const [header, ...trips] = readFileSync(join(ROOT, 'fixtures/road-transport/rt-driving-logs.csv'), 'utf8').trim().split('\n');
  const lines = [header];
  for (let i = 0; i < ROWS; i++) lines.push(trips[i % trips.length].replace(/^[^,]+/, `XC${String(i).padStart(9, '0')}`));
  writeFileSync(join(folder, 'rt-driving-logs.csv'), `${lines.join('\n')}\n`);
  const cli = runCli(['check', '.', ...COMMON, ...EVERY_FORMAT], folder);
  return { [`CLI: driving log of ${ROWS} trips, every format`]: show(cli) };
}

await main();
