import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, type LoadedConfig } from '../../src/input/index.js';
import { runOptions } from '../../src/cli/run-options.js';
import { settle, type SettingFlags } from '../../src/cli/settings.js';

const PACKS = ['general', 'coal-mine', 'hazardous-chemicals'];

async function config(text: string): Promise<LoadedConfig> {
  const folder = await mkdtemp(join(tmpdir(), 'sa-settings-'));
  await writeFile(join(folder, 'safety-audit.config.yaml'), text);
  const loaded = await loadConfig(join(folder, 'safety-audit.config.yaml'), 'safety-audit.config.yaml');
  if (!loaded.value) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.value;
}

const settled = (flags: SettingFlags, file: LoadedConfig | undefined, env: Record<string, string> = {}) => {
  const { settings, diagnostics } = settle(flags, file, env, PACKS);
  if (!settings) throw new Error(JSON.stringify(diagnostics));
  return settings;
};

describe('settle: flag > environment > config file > default', () => {
  it('given nothing, takes the defaults', () => {
    const settings = settled({}, undefined);
    expect([settings.failOn, settings.lang, settings.outputs, settings.asOf, settings.centralOnly].map((s) => [s.value, s.source.kind]))
      .toEqual([['major', 'default'], ['zh', 'default'], [['table'], 'default'], [undefined, 'default'], [false, 'default']]);
    expect(settings.packs.value).toBeUndefined();
  });

  it('given a config file, takes its values with their lines', async () => {
    const settings = settled({}, await config('lang: en\nfailOn: general\nasOf: 2026-11-20\njobs: 2\nshard: 2/3\n'));
    expect([settings.lang.value, settings.failOn.value, settings.asOf.value, settings.jobs.value, settings.shard.value]).toEqual(['en', 'general', '2026-11-20', '2', '2/3']);
    expect(settings.failOn.source).toEqual({ kind: 'file', location: expect.objectContaining({ file: 'safety-audit.config.yaml', line: 2, column: 1 }) });
  });

  it.each([
    ['--fail-on over the file', { failOn: 'shutdown' }, {}, 'failOn', 'shutdown', { kind: 'flag', flag: '--fail-on' }],
    ['--lang over the environment and the file', { lang: 'zh' }, { SAFETY_AUDIT_LANG: 'en' }, 'lang', 'zh', { kind: 'flag', flag: '--lang' }],
    ['the environment over the file', {}, { SAFETY_AUDIT_LANG: 'zh' }, 'lang', 'zh', { kind: 'env', variable: 'SAFETY_AUDIT_LANG' }],
    ['the CI job index over the file', {}, { CI_NODE_INDEX: '1', CI_NODE_TOTAL: '4' }, 'shard', '1/4', { kind: 'env', variable: 'CI_NODE_INDEX/CI_NODE_TOTAL' }],
    ['--shard over the CI job index', { shard: '3/4' }, { CI_NODE_INDEX: '1', CI_NODE_TOTAL: '4' }, 'shard', '3/4', { kind: 'flag', flag: '--shard' }],
    ['-f over the outputs', { format: ['sarif'] }, {}, 'outputs', ['sarif'], { kind: 'flag', flag: '-f' }],
    ['--as-of over the file', { asOf: '2027-01-01' }, {}, 'asOf', '2027-01-01', { kind: 'flag', flag: '--as-of' }],
    ['--jobs over the file', { jobs: '1' }, {}, 'jobs', '1', { kind: 'flag', flag: '--jobs' }],
  ] as const)('given %s, the first wins', async (_name, flags, env, key, value, source) => {
    const file = await config('lang: en\nfailOn: general\nasOf: 2026-11-20\njobs: 2\nshard: 2/3\noutputs: [table]\n');
    const setting = settled({ ...flags } as SettingFlags, file, { ...env })[key];
    expect([setting.value, setting.source]).toEqual([value, source]);
  });

  it("given paths in the file, takes them relative to the file's folder", async () => {
    const file = await config('rules: [group-rules]\noutputs: [table, "json:out/audit.json"]\nwaivers: {file: central/waivers.yaml, centralOnly: true}\n');
    const folder = file.file.replace(/safety-audit\.config\.yaml$/, '');
    const settings = settled({}, file);
    expect(settings.rules.value).toEqual([join(folder, 'group-rules')]);
    expect(settings.outputs.value).toEqual(['table', `json:${join(folder, 'out/audit.json')}`]);
    expect(settings.waivers.value).toBe(join(folder, 'central/waivers.yaml'));
    expect(settings.centralOnly).toMatchObject({ value: true, source: { kind: 'file', location: { line: 3 } } });
  });

  it('given severity overrides and disabled rules, locates each at its key', async () => {
    const settings = settled({}, await config('severityOverrides:\n  GEN-HZ-004: major\ndisabled:\n  GEN-TRN-003: 集团统一组织\n'));
    expect(settings.ruleSettings).toEqual([
      { kind: 'severity', ruleId: 'GEN-HZ-004', severity: 'major', location: expect.objectContaining({ line: 2, column: 3 }) },
      { kind: 'disabled', ruleId: 'GEN-TRN-003', reason: '集团统一组织', location: expect.objectContaining({ line: 4, column: 3 }) },
    ]);
  });

  it.each([
    ['an unknown pack', 'packs: [general, coal]\n', [[1, 18, 'config-unknown-pack']]],
    ['an impossible shard', 'shard: 3/2\n', [[1, 1, 'usage-shard']]],
    ['jobs neither a number nor auto', 'jobs: many\n', [[1, 1, 'usage-jobs']]],
    ['an unknown format', 'outputs: [table, tabel]\n', [[1, 18, 'usage-format']]],
    ['two formats to standard output', 'outputs: [table, json]\n', [[1, 1, 'usage-two-stdout']]],
  ])('given %s in the file, refuses it at its place', async (_name, text, expected) => {
    const { settings, diagnostics } = settle({}, await config(text), {}, PACKS);
    expect(settings).toBeUndefined();
    expect(diagnostics.map((d) => [d.location?.line, d.location?.column, d.message.key])).toEqual(expected);
    expect(diagnostics.every((d) => d.code === 'config-invalid')).toBe(true);
  });
});

describe('runOptions', () => {
  it("gives check the config's values where no flag was given, its rule folders as `rules` and its report section as `report`", async () => {
    const file = await config('failOn: general\nrules: [group-rules]\nreport: {client: 山西晋安化工储运有限公司}\n');
    const options = runOptions({ format: [], lang: 'en' }, settled({ format: [], lang: 'en' }, file));
    expect(options).toMatchObject({ failOn: 'general', lang: 'en', format: ['table'], rules: [expect.stringMatching(/group-rules$/)], report: { client: '山西晋安化工储运有限公司' }, centralOnly: false });
  });

  it('given --rules, takes those folders instead of the file’s', async () => {
    const file = await config('rules: [group-rules]\n');
    expect(runOptions({ format: [], rules: ['/x/mine'] }, settled({}, file)).rules).toEqual(['/x/mine']);
  });
});
