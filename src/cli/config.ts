// `safety-audit config --print`: the settings a check here would run with, and where each came from — the
// command line, the environment, the config file (path:line:col) or the default. It checks the file as a
// check would, the severity overrides and disabled rules against the packs included: exit 2 on any problem.
import { Command } from 'commander';
import { newTable } from './cli-table.js';
import { t, type Lang } from '../i18n/index.js';
import type { SourceLocation } from '../input/index.js';
import { formatLocation } from '../report/index.js';
import { adjustRules } from './adjust-rules.js';
import { bundledPackIds, printConfigProblems, readSettings } from './config-file.js';
import { bundledPackFiles } from './package-info.js';
import { displayPath } from './display-path.js';
import { EXIT } from './exit-code.js';
import type { CliIo } from './io.js';
import { loadRules } from './load-rules.js';
import { parseAsOf, parseLang, UsageError } from './options.js';
import type { Setting, SettingFlags, Settings, SettingSource } from './settings.js';

interface ConfigOptions extends SettingFlags {
  print?: boolean;
  json?: boolean;
  config?: string;
}

export function configCommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command('config')
    .description('show the effective configuration and where each value came from / 显示生效的配置及每项来源')
    .option('--print', 'print the effective configuration')
    .option('--json', 'as JSON')
    .option('--config <file>', 'the config file (default: the nearest safety-audit.config.yaml from here up to the root)')
    .option('--lang <lang>', 'zh or en')
    .option('-f, --format <format[:file]>', 'as check -f, repeatable', (value: string, previous: string[]) => [...previous, value], [])
    .option('--fail-on <severity>', 'as check --fail-on')
    .option('--as-of <date>', 'as check --as-of')
    .option('--waivers <file>', 'as check --waivers')
    .option('--shard <i/n>', 'as check --shard')
    .option('-j, --jobs <n>', 'as check --jobs')
    .addHelpText('after', `
Examples:
  safety-audit config --print
  safety-audit config --print --fail-on general --lang en
  safety-audit config --print --json --config ci/safety-audit.config.yaml`)
    .action(async (options: ConfigOptions) => setExit(await runConfig(options, io)));
}

async function runConfig(options: ConfigOptions, io: CliIo): Promise<number> {
  if (!options.print) throw new UsageError({ key: 'usage-config-print' });
  const read = await readSettings(options, io);
  if (!read.settings) return (printConfigProblems(read.diagnostics, options, io), EXIT.invalid);
  const settings = read.settings;
  const lang = parseLang(settings.lang.value, io.env);
  const asOf = parseAsOf(settings.asOf.value, io.now());
  // The overrides are checked against the packs a check would load: an unknown or refused rule is an error here too.
  const loaded = await loadRules(bundledPackFiles(), asOf, io, lang);
  if (!loaded || !adjustRules(loaded, { ...choice(settings.packs.value), ruleSettings: settings.ruleSettings }, io, lang)) return EXIT.invalid;
  const rows = describeSettings(settings, lang, asOf, io.cwd);
  if (options.json) {
    const json = Object.fromEntries(rows.map((row) => [row.key, { value: row.value, source: sourceJson(row.source) }]));
    io.stdout.write(`${JSON.stringify({ configFile: settings.configFile ?? null, settings: json }, null, 2)}\n`);
    return EXIT.ok;
  }
  const table = newTable({
    head: [t(lang, 'config-setting'), t(lang, 'config-source'), t(lang, 'config-value')],
    style: { head: [], border: [] }, chars: PLAIN,
  });
  for (const row of rows) table.push([row.key, describeSource(row.source, lang), row.text]);
  const heading = settings.configFile ? t(lang, 'config-file-used', { file: settings.configFile }) : t(lang, 'config-file-none', { cwd: io.cwd });
  io.stdout.write(`${heading}\n${table.toString().split('\n').map((line) => line.trimEnd()).join('\n')}\n`);
  return EXIT.ok;
}

/** A table without borders: three aligned columns, the value last (it may be long), as `git config --list --show-origin` reads. */
const PLAIN = Object.fromEntries(['top', 'top-mid', 'top-left', 'top-right', 'bottom', 'bottom-mid', 'bottom-left', 'bottom-right', 'left', 'left-mid', 'mid', 'mid-mid', 'right', 'right-mid', 'middle'].map((key) => [key, key === 'middle' ? ' ' : '']));

interface Row {
  key: string;
  value: unknown;
  text: string;
  source: SettingSource;
}

/** One row per setting, and one per severity override and disabled rule (each has its own line in the file). */
function describeSettings(settings: Settings, lang: Lang, asOf: string, cwd: string): Row[] {
  const shown = (path: string) => displayPath(cwd, path);
  const none = t(lang, 'config-none');
  const row = <T>(key: string, setting: Setting<T>, value: unknown, text: string): Row => ({ key, value, text, source: setting.source });
  const packs = settings.packs.value ?? bundledPackIds();
  const outputs = settings.outputs.value.map((output) => output.replace(/^([a-z]+):(.+)$/, (_all, format: string, file: string) => `${format}:${shown(file)}`));
  return [
    row('packs', settings.packs, packs, settings.packs.value ? packs.join(', ') : t(lang, 'config-all-packs', { packs: packs.join(', ') })),
    row('rules', settings.rules, settings.rules.value.map(shown), settings.rules.value.length ? `${settings.rules.value.map(shown).join(', ')}${t(lang, 'config-rules-note')}` : none),
    row('failOn', settings.failOn, settings.failOn.value, settings.failOn.value),
    row('lang', settings.lang, settings.lang.value, settings.lang.value),
    row('asOf', settings.asOf, asOf, settings.asOf.value ?? t(lang, 'config-today', { date: asOf })),
    row('outputs', settings.outputs, outputs, outputs.join(', ')),
    row('waivers', settings.waivers, settings.waivers.value ? shown(settings.waivers.value) : null, settings.waivers.value ? shown(settings.waivers.value) : none),
    row('waivers.centralOnly', settings.centralOnly, settings.centralOnly.value, String(settings.centralOnly.value)),
    row('shard', settings.shard, settings.shard.value ?? null, settings.shard.value ?? none),
    row('jobs', settings.jobs, settings.jobs.value ?? 'auto', settings.jobs.value ?? t(lang, 'config-auto')),
    ...settings.ruleSettings.map((setting): Row => {
      const value = setting.kind === 'severity' ? setting.severity : setting.reason;
      return { key: `${setting.kind === 'severity' ? 'severityOverrides' : 'disabled'}.${setting.ruleId}`, value, text: value, source: fileSource(setting.location) };
    }),
    row('report', settings.report, settings.report.value ?? null, settings.report.value ? Object.keys(settings.report.value).join(', ') : none),
  ];
}

const choice = (packs: string[] | undefined) => (packs ? { packs } : {});

const fileSource = (location: SourceLocation | undefined): SettingSource => (location ? { kind: 'file', location } : { kind: 'default' });

function describeSource(source: SettingSource, lang: Lang): string {
  switch (source.kind) {
    case 'default': return t(lang, 'config-source-default');
    case 'file': return t(lang, 'config-source-file', { where: formatLocation(source.location, source.location.file) });
    case 'flag': return t(lang, 'config-source-flag', { flag: source.flag });
    case 'env': return t(lang, 'config-source-env', { variable: source.variable });
  }
}

function sourceJson(source: SettingSource) {
  if (source.kind !== 'file') return source;
  return { kind: 'file', file: source.location.file, line: source.location.line, column: source.location.column };
}
