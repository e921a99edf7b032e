import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_FILE, findConfigFile, loadConfig } from '../../src/input/index.js';

const tempFolder = () => mkdtemp(join(tmpdir(), 'sa-config-'));

async function configWith(text: string): Promise<string> {
  const file = join(await tempFolder(), CONFIG_FILE);
  await writeFile(file, text);
  return file;
}

describe('findConfigFile', () => {
  it('given a config two folders up, finds it from the working folder', async () => {
    const root = await tempFolder();
    await writeFile(join(root, CONFIG_FILE), 'failOn: general\n');
    await mkdir(join(root, 'a', 'b'), { recursive: true });
    expect(await findConfigFile(join(root, 'a', 'b'))).toBe(join(root, CONFIG_FILE));
  });

  it('given configs at two levels, takes the nearest', async () => {
    const root = await tempFolder();
    await mkdir(join(root, 'sub'));
    await writeFile(join(root, CONFIG_FILE), 'failOn: general\n');
    await writeFile(join(root, 'sub', CONFIG_FILE), 'failOn: major\n');
    expect(await findConfigFile(join(root, 'sub'))).toBe(join(root, 'sub', CONFIG_FILE));
  });

  it('given none up to the root, finds nothing (and stops at the root)', async () => {
    const root = await tempFolder();
    const found = await findConfigFile(root);
    // A config above the temporary folder (none on a clean machine) would be found: then it is outside root.
    expect(found === undefined || !found.startsWith(root)).toBe(true);
  });

  it('given a folder named like the config, skips it', async () => {
    const root = await tempFolder();
    await mkdir(join(root, CONFIG_FILE));
    const found = await findConfigFile(root);
    expect(found).not.toBe(join(root, CONFIG_FILE));
  });
});

describe('loadConfig', () => {
  it('given every key, reads them and locates each value', async () => {
    const file = await configWith([
      'packs: [general, hazardous-chemicals]',
      'rules: [group-rules]',
      'failOn: general',
      'lang: en',
      'asOf: 2026-11-20',
      'outputs: [table, "json:out/audit.json"]',
      'waivers: {file: group-waivers.yaml, centralOnly: true}',
      'shard: 1/2',
      'jobs: 2',
      'severityOverrides:',
      '  GEN-HZ-004: major',
      'disabled:',
      '  GEN-TRN-003: 集团统一组织培训，另行考核',
      'report: {client: 山西晋安化工储运有限公司, period: {from: 2026-01-01, to: 2026-11-20}}',
      '',
    ].join('\n'));
    const { value, diagnostics } = await loadConfig(file, 'cfg.yaml');
    expect(diagnostics).toEqual([]);
    expect(value?.data.waivers).toEqual({ file: 'group-waivers.yaml', centralOnly: true });
    expect(value?.data.report?.period).toEqual({ from: '2026-01-01', to: '2026-11-20' });
    expect(value?.sourceMap.get('/severityOverrides/GEN-HZ-004')).toMatchObject({ file: 'cfg.yaml', line: 11, column: 3 });
    expect(value?.sourceMap.get('/disabled/GEN-TRN-003')).toMatchObject({ line: 13, column: 3 });
  });

  it.each([
    ['an unknown key', 'failOn: general\nfial: major\n', [['config-invalid', 2, 1, 'schema-unknown-field']]],
    ['a wrong type', 'packs: general\n', [['config-invalid', 1, 1, 'schema-type-array-hint']]],
    ['a failOn out of its list', 'failOn: critical\n', [['config-invalid', 1, 1, 'schema-enum']]],
    ['a severity out of its list', 'severityOverrides:\n  GEN-HZ-004: critical\n', [['config-invalid', 2, 3, 'schema-enum']]],
    ['a disabled rule without its reason', 'disabled:\n  GEN-HZ-004:\n', [['config-invalid', 2, 3, 'config-disabled-reason']]],
    ['a disabled rule with an empty reason', 'disabled:\n  GEN-HZ-004: ""\n', [['config-invalid', 2, 3, 'config-disabled-reason']]],
    ['an impossible date', 'asOf: 2026-02-30\n', [['config-invalid', 1, 1, 'schema-format-date']]],
    ['an unknown key in the report section', 'report:\n  clinet: 甲\n', [['config-invalid', 2, 3, 'schema-unknown-field']]],
    ['an unknown key in waivers', 'waivers:\n  centralonly: true\n', [['config-invalid', 2, 3, 'schema-unknown-field']]],
    ['a duplicate key', 'failOn: major\nfailOn: general\n', [['yaml-duplicate-key', 2, 1, 'yaml-duplicate-key']]],
  ])('given %s, gives a located error', async (_name, text, expected) => {
    const { value, diagnostics } = await loadConfig(await configWith(text), 'cfg.yaml');
    expect(value).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.location?.line, d.location?.column, d.message.key])).toEqual(expected);
    expect(diagnostics.every((d) => d.location?.file === 'cfg.yaml')).toBe(true);
  });

  it('given a file of comments only, sets nothing', async () => {
    const { value, diagnostics } = await loadConfig(await configWith('# failOn: general\n\n'), 'cfg.yaml');
    expect([value?.data, diagnostics]).toEqual([{}, []]);
  });

  it('given a list at the top, says the top must be a mapping', async () => {
    const { diagnostics } = await loadConfig(await configWith('- failOn\n'), 'cfg.yaml');
    expect(diagnostics.map((d) => d.code)).toEqual(['yaml-not-mapping']);
  });

  it('given a file that does not exist, says so at the file', async () => {
    const { diagnostics } = await loadConfig(join(await tempFolder(), 'missing.yaml'), 'missing.yaml');
    expect(diagnostics.map((d) => [d.code, d.location?.file])).toEqual([['file-not-found', 'missing.yaml']]);
  });
});
