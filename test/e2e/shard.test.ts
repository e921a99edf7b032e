// `check --shard i/n` splits the enterprises stably by path across CI jobs; `merge` joins the shards' JSON
// reports into every format exactly as one run over all of them writes it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShard } from '../../src/cli/options.js';
import { runMain } from './run-cli.js';

const INPUTS = ['fixtures/general', 'fixtures/malformed', 'fixtures/excel'];
const FORMATS = ['json', 'sarif', 'junit', 'markdown', 'csv', 'html'];
const dir = mkdtempSync(join(tmpdir(), 'shard-'));
const shardFile = (index: number) => join(dir, `shard-${index}.json`);

describe('check --shard and merge', async () => {
  const whole = await runMain(['check', ...INPUTS, '--as-of', '2026-11-20', '-f', 'table', ...FORMATS.flatMap((f) => ['-f', `${f}:${join(dir, `whole.${f}`)}`])]);
  const shards = [];
  for (const index of [1, 2, 3]) shards.push(await runMain(['check', ...INPUTS, '--as-of', '2026-11-20', '--shard', `${index}/3`, '-f', `json:${shardFile(index)}`]));

  it('given three shards, each checks its own part and together they check every file once', () => {
    const parts = [1, 2, 3].map((index) => JSON.parse(readFileSync(shardFile(index), 'utf8')));
    const all = JSON.parse(readFileSync(join(dir, 'whole.json'), 'utf8'));
    const files = parts.flatMap((part) => part.enterprises.map((e: { file: string }) => e.file));
    expect([...files].sort()).toEqual(all.enterprises.map((e: { file: string }) => e.file).sort());
    expect(parts.every((part) => part.enterprises.length > 0)).toBe(true);
    expect(parts.flatMap((part) => part.errors).length).toBe(all.errors.length);
    expect(parts.map((part) => part.shard)).toEqual([{ index: 1, total: 3 }, { index: 2, total: 3 }, { index: 3, total: 3 }]);
  });

  it('given the shards in any order, merge writes every format byte for byte as the single run did, and its exit code', async () => {
    const merged = await runMain(['merge', shardFile(3), shardFile(1), shardFile(2), '-f', 'table', ...FORMATS.flatMap((f) => ['-f', `${f}:${join(dir, `merged.${f}`)}`])]);
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(whole.code);
    expect(merged.stdout).toBe(whole.stdout);
    for (const format of FORMATS) expect(readFileSync(join(dir, `merged.${format}`), 'utf8'), format).toBe(readFileSync(join(dir, `whole.${format}`), 'utf8'));
  });

  it('given a shard missing, refuses to merge and says which', async () => {
    const run = await runMain(['merge', shardFile(1), shardFile(3), '-f', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('缺第 2 片');
  });

  it('given shards of different audit dates, refuses to merge', async () => {
    const other = join(dir, 'other.json');
    await runMain(['check', ...INPUTS, '--as-of', '2026-11-21', '--shard', '2/3', '-f', `json:${other}`]);
    const run = await runMain(['merge', shardFile(1), other, shardFile(3)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('不是同一次检查的分片');
  });

  it('given a shard with its keys re-sorted (as `jq -S` writes it), merges it the same', async () => {
    const sortKeys = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(sortKeys) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, sortKeys(v)])) : value;
    const sorted = join(dir, 'sorted-2.json');
    writeFileSync(sorted, JSON.stringify(sortKeys(JSON.parse(readFileSync(shardFile(2), 'utf8')))));
    const merged = await runMain(['merge', shardFile(1), sorted, shardFile(3), '-f', `json:${join(dir, 'merged-sorted.json')}`]);
    expect(merged.code).toBe(whole.code);
    // The same report; only the order of keys passed through as they were (an enterprise's own) may differ.
    const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>;
    expect(read('merged-sorted.json')).toEqual(read('whole.json'));
  });

  it('given a shard with an enterprise no report could hold, names the enterprise and the field', async () => {
    const broken = JSON.parse(readFileSync(shardFile(2), 'utf8')) as { enterprises: { verdict: string }[] };
    broken.enterprises[0]!.verdict = 'excellent';
    const path = join(dir, 'broken-2.json');
    writeFileSync(path, JSON.stringify(broken, null, 2));
    const run = await runMain(['merge', shardFile(1), path, shardFile(3)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('broken-2.json:1:1 enterprises[0].verdict');
  });

  it('given a shard whose enterprises are missing, refuses it rather than merge without them', async () => {
    const { enterprises: _, ...headless } = JSON.parse(readFileSync(shardFile(2), 'utf8')) as Record<string, unknown>;
    const path = join(dir, 'headless-2.json');
    writeFileSync(path, JSON.stringify(headless));
    const run = await runMain(['merge', shardFile(1), path, shardFile(3)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('headless-2.json:1:1 enterprises');
  });

  it('given a file that is not a report, names it and where', async () => {
    const run = await runMain(['merge', shardFile(1), 'fixtures/general/compliant.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('fixtures/general/compliant.yaml:1:1');
  });
});

describe('--shard from the CI system', () => {
  it.each([
    [undefined, {}, undefined],
    ['2/4', {}, { index: 2, total: 4 }],
    [undefined, { CI_NODE_INDEX: '3', CI_NODE_TOTAL: '5' }, { index: 3, total: 5 }],
    ['1/2', { CI_NODE_INDEX: '3', CI_NODE_TOTAL: '5' }, { index: 1, total: 2 }],
    ['1/1', {}, undefined],
  ])('given %s and %j, runs shard %j', (value, env, expected) => {
    expect(parseShard(value, env)).toEqual(expected);
  });

  it.each(['0/3', '4/3', '2', 'a/b'])('given --shard %s, refuses it', (value) => {
    expect(() => parseShard(value, {})).toThrow('usage-shard');
  });
});
