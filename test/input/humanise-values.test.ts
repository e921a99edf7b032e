// One value grammar: YAML written as people write spreadsheet cells reads as the CSV loader reads them.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { humaniseValues } from '../../src/input/humanise-values.js';
import { runMain } from '../e2e/run-cli.js';

const SCHEMA = {
  type: 'object',
  properties: {
    established: { type: 'boolean' },
    amount: { type: 'number' },
    count: { type: 'integer' },
    on: { type: 'string', format: 'date' },
    name: { type: 'string' },
    list: { type: 'array', items: { type: 'object', properties: { done: { type: 'boolean' }, due: { type: 'string', format: 'date' } } } },
  },
};

describe('humaniseValues', () => {
  it.each([
    [{ established: '是' }, { established: true }],
    [{ established: '否' }, { established: false }],
    [{ amount: '1,234,567.89' }, { amount: 1234567.89 }],
    [{ amount: '¥120,000' }, { amount: 120000 }],
    [{ count: '１２' }, { count: 12 }],
    [{ on: '2026/3/5' }, { on: '2026-03-05' }],
    [{ on: '2026年3月5日' }, { on: '2026-03-05' }],
    [{ list: [{ done: '√', due: '2026.3.5' }] }, { list: [{ done: true, due: '2026-03-05' }] }],
    [{ name: '是' }, { name: '是' }],
  ])('given %j, reads %j', (data, expected) => {
    expect(humaniseValues(data, SCHEMA)).toEqual(expected);
  });

  it('leaves text that does not read for the schema check to report', () => {
    expect(humaniseValues({ established: '专职', on: '下月底' }, SCHEMA)).toEqual({ established: '专职', on: '下月底' });
  });

  it('never changes its input, and copies only the lists and objects in which a value was read', () => {
    const untouched = { done: true, due: '2026-03-05' };
    const data = { name: '甲', list: [untouched, { done: '√', due: '2026-03-06' }] };
    const before = structuredClone(data);
    const read = humaniseValues(data, SCHEMA) as typeof data;
    expect(data).toEqual(before);
    expect(read).not.toBe(data);
    expect(read.list[0]).toBe(untouched);
    expect(read.list[1]).toEqual({ done: true, due: '2026-03-06' });
    const written = { name: '甲', list: [untouched] };
    expect(humaniseValues(written, SCHEMA)).toBe(written);
  });
});

describe('check on YAML written with spreadsheet habits', () => {
  const dir = mkdtempSync(join(tmpdir(), 'humanise-'));
  const compliant = readFileSync('fixtures/general/compliant.yaml', 'utf8');

  it('given 是, 2026/3/1, 2027年2月28日 and a quoted ¥610,000 in the YAML, checks exactly as the plain values', async () => {
    const human = compliant
      .replace('extracted: 610000', "extracted: '¥610,000'")
      .replace('validFrom: 2026-03-01', 'validFrom: 2026/3/1')
      .replace('validTo: 2027-02-28', 'validTo: 2027年2月28日')
      .replace('fullTime: true', 'fullTime: 是');
    expect(human).not.toBe(compliant);
    writeFileSync(join(dir, 'human.yaml'), human);
    const [plain, written] = [await runMain(['check', 'fixtures/general/compliant.yaml', '--as-of', '2026-11-20', '-f', 'json']), await runMain(['check', join(dir, 'human.yaml'), '--as-of', '2026-11-20', '-f', 'json'])];
    const findings = (stdout: string) => JSON.parse(stdout).enterprises[0].findings.map((f: { ruleId: string; status: string; item?: string }) => [f.ruleId, f.item, f.status]);
    expect(findings(written.stdout)).toEqual(findings(plain.stdout));
    expect(written.code).toBe(0);
  });

  it('given 专职 where a yes/no belongs, still reports it at its line and exits 2', async () => {
    writeFileSync(join(dir, 'bad.yaml'), compliant.replace('fullTime: true', 'fullTime: 专职'));
    const run = await runMain(['check', join(dir, 'bad.yaml'), '--as-of', '2026-11-20']);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/bad\.yaml:\d+:\d+ responsibility\.safetyManagers\[0\]\.fullTime/);
  });

  it('given activities: 生产、储存 where a list belongs, says how to write it as one', async () => {
    const plant = readFileSync('fixtures/hazardous-chemicals/compliant.yaml', 'utf8');
    writeFileSync(join(dir, 'plant.yaml'), plant.replace('activities: [生产, 储存]', 'activities: 生产、储存'));
    const run = await runMain(['check', join(dir, 'plant.yaml'), '--as-of', '2026-11-20']);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/plant\.yaml:126:3 hazardousChemicals\.activities: 应为列表，请写成 \[生产, 储存\]/);
  });
});
