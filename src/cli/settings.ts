// The settings of a run and where each came from: a command-line flag, then the environment, then the config
// file, then the default. Values from the file are checked with the very parsers the flags go through, so a
// bad value is refused at its line in the file; its paths are taken relative to the file.
import { dirname, resolve } from 'node:path';
import type { RuleSetting } from '../engine/index.js';
import { errorAt, joinPointer, locatePointer, type Diagnostic, type LoadedConfig, type SourceLocation } from '../input/index.js';
import type { ReportMeta } from '../schema/index.js';
import { parseJobs, parseShard, UsageError } from './options.js';
import { parseOutputs } from './outputs.js';

export type SettingSource =
  | { kind: 'default' }
  | { kind: 'file'; location: SourceLocation }
  | { kind: 'flag'; flag: string }
  | { kind: 'env'; variable: string };

export interface Setting<T> {
  value: T;
  source: SettingSource;
}

/** The flags of `check` (and `config --print`, `merge`) that a config file may also set. */
export interface SettingFlags {
  format?: string[];
  failOn?: string;
  asOf?: string;
  lang?: string;
  waivers?: string;
  jobs?: string;
  shard?: string;
}

export interface Settings {
  /** The config file read, as shown; none when there is none. */
  configFile?: string;
  /** Ids of the bundled packs to load; undefined: every one. */
  packs: Setting<string[] | undefined>;
  /** Folders of the group's own packs (absolute). */
  rules: Setting<string[]>;
  failOn: Setting<string>;
  lang: Setting<string>;
  /** undefined: the day of the run. */
  asOf: Setting<string | undefined>;
  /** `FORMAT[:FILE]` as `-f` takes them (files from the config made absolute). */
  outputs: Setting<string[]>;
  waivers: Setting<string | undefined>;
  centralOnly: Setting<boolean>;
  shard: Setting<string | undefined>;
  jobs: Setting<string | undefined>;
  /** Severity overrides and disabled rules, each located in the config file. */
  ruleSettings: RuleSetting[];
  report: Setting<ReportMeta | undefined>;
}

const DEFAULT = { kind: 'default' } as const;

/**
 * Merge flags, environment and config file into the run's settings. `bundledPacks` are the ids a config may
 * name. Any value of the file that cannot be used is a located diagnostic; the settings are then not given.
 */
export function settle(flags: SettingFlags, config: LoadedConfig | undefined, env: Record<string, string | undefined>, bundledPacks: readonly string[]): { settings?: Settings; diagnostics: Diagnostic[] } {
  const data = config?.data ?? {};
  const at = (...tokens: (string | number)[]): SourceLocation => locatePointer(config!.sourceMap, joinPointer(tokens))!;
  const relative = (path: string) => resolve(dirname(config!.file), path);
  const flag = <T>(name: string, value: T | undefined): Setting<T> | undefined => (value === undefined ? undefined : { value, source: { kind: 'flag', flag: name } });
  const file = <T>(pointer: (string | number)[], value: T | undefined): Setting<T> | undefined => (value === undefined ? undefined : { value, source: { kind: 'file', location: at(...pointer) } });
  const fromEnv = (variable: string, value: string | undefined): Setting<string> | undefined => (value ? { value, source: { kind: 'env', variable } } : undefined);
  const first = <T>(fallback: T, ...candidates: (Setting<T> | undefined)[]): Setting<T> => candidates.find((candidate) => candidate !== undefined) ?? { value: fallback, source: DEFAULT };
  const waiverFile = typeof data.waivers === 'string' ? data.waivers : data.waivers?.file;
  const ciShard = env.CI_NODE_INDEX && env.CI_NODE_TOTAL ? `${env.CI_NODE_INDEX}/${env.CI_NODE_TOTAL}` : undefined;
  const settings: Settings = {
    ...(config ? { configFile: config.label } : {}),
    packs: first<string[] | undefined>(undefined, file(['packs'], data.packs)),
    rules: first<string[]>([], file(['rules'], data.rules?.map(relative))),
    failOn: first('major', flag('--fail-on', flags.failOn), file(['failOn'], data.failOn)),
    lang: first('zh', flag('--lang', flags.lang), fromEnv('SAFETY_AUDIT_LANG', env.SAFETY_AUDIT_LANG), file(['lang'], data.lang)),
    asOf: first<string | undefined>(undefined, flag('--as-of', flags.asOf), file(['asOf'], data.asOf)),
    outputs: first(['table'], flag('-f', flags.format?.length ? flags.format : undefined), file(['outputs'], data.outputs?.map((output) => absoluteOutput(output, relative)))),
    waivers: first<string | undefined>(undefined, flag('--waivers', flags.waivers), file(typeof data.waivers === 'string' ? ['waivers'] : ['waivers', 'file'], waiverFile === undefined ? undefined : relative(waiverFile))),
    centralOnly: first(false, file(['waivers', 'centralOnly'], typeof data.waivers === 'object' ? data.waivers.centralOnly : undefined)),
    shard: first<string | undefined>(undefined, flag('--shard', flags.shard), fromEnv('CI_NODE_INDEX/CI_NODE_TOTAL', ciShard), file(['shard'], data.shard)),
    jobs: first<string | undefined>(undefined, flag('--jobs', flags.jobs), file(['jobs'], data.jobs === undefined ? undefined : String(data.jobs))),
    ruleSettings: [
      ...Object.entries(data.severityOverrides ?? {}).map(([ruleId, severity]): RuleSetting => ({ kind: 'severity', ruleId, severity, location: at('severityOverrides', ruleId) })),
      ...Object.entries(data.disabled ?? {}).map(([ruleId, reason]): RuleSetting => ({ kind: 'disabled', ruleId, reason, location: at('disabled', ruleId) })),
    ],
    report: first<ReportMeta | undefined>(undefined, file(['report'], data.report)),
  };
  const diagnostics = config ? vetFileValues(config, bundledPacks) : [];
  return diagnostics.length ? { diagnostics } : { settings, diagnostics };
}

/** `json:out/audit.json` in the config → the file relative to the config; a bare format stays as it is. */
function absoluteOutput(output: string, relative: (path: string) => string): string {
  const colon = output.indexOf(':');
  return colon < 0 || colon === output.length - 1 ? output : `${output.slice(0, colon)}:${relative(output.slice(colon + 1))}`;
}

/** The file's values that its schema cannot judge alone, checked as their flags are; each refusal at its place. */
function vetFileValues(config: LoadedConfig, bundledPacks: readonly string[]): Diagnostic[] {
  const data = config.data;
  const problems: Diagnostic[] = [];
  const check = (pointer: string, test: () => unknown) => {
    try {
      test();
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      problems.push(errorAt('config-invalid', error.ref, locatePointer(config.sourceMap, pointer), pointer));
    }
  };
  (data.packs ?? []).forEach((id, index) => check(`/packs/${index}`, () => {
    if (!bundledPacks.includes(id)) throw new UsageError({ key: 'config-unknown-pack', params: { value: id, known: bundledPacks.join(', ') } });
  }));
  const before = problems.length;
  (data.outputs ?? []).forEach((output, index) => check(`/outputs/${index}`, () => parseOutputs([output], dirname(config.file))));
  // Each output is a format known; together, at most one goes to standard output.
  if (problems.length === before && data.outputs) check('/outputs', () => parseOutputs(data.outputs!, dirname(config.file)));
  if (data.shard !== undefined) check('/shard', () => parseShard(data.shard, {}));
  if (data.jobs !== undefined) check('/jobs', () => parseJobs(String(data.jobs), 1));
  return problems.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
}
