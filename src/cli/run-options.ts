import type { RuleSetting } from '../engine/index.js';
import type { ReportMeta } from '../schema/index.js';
import type { Settings } from './settings.js';

/** The flags of `check` as commander gives them. */
export interface CheckOptions {
  format: string[];
  config?: string;
  failOn?: string;
  asOf?: string;
  lang?: string;
  waivers?: string;
  maxFileSize?: string;
  jobs?: string;
  quiet?: boolean;
  cache?: string | boolean;
  shard?: string;
  baseline?: string;
  failOnNew?: boolean;
  /** `--include-passes`: passes and not-applicable results kept as findings, not only counted. */
  includePasses?: boolean;
  /** Folders of the group's own packs (`--rules DIR`, or the config's `rules:` relative to it). */
  rules?: string[];
  /** `--report-meta FILE`: the consultant report's meta (YAML), read by read-report-meta.ts. */
  reportMeta?: string;
  /** `--appendix`: html, pdf and docx list every rule checked. */
  appendix?: boolean;
}

/** What a check runs with: its flags, and where a flag was not given, the config file's values (settings.ts). */
export interface RunOptions extends CheckOptions {
  /** Ids of the bundled packs to load; undefined: every one. */
  packs?: string[];
  ruleSettings: RuleSetting[];
  centralOnly: boolean;
  /** The config's `report:` section: the report meta when `--report-meta` is not given. */
  report?: ReportMeta;
}

export function runOptions(given: CheckOptions, settings: Settings): RunOptions {
  const rules = given.rules?.length ? given.rules : settings.rules.value;
  const report = settings.report.value;
  return {
    ...given,
    format: settings.outputs.value,
    failOn: settings.failOn.value,
    lang: settings.lang.value,
    ...defined({ asOf: settings.asOf.value, waivers: settings.waivers.value, jobs: settings.jobs.value, shard: settings.shard.value, packs: settings.packs.value }),
    ...(rules.length ? { rules } : {}),
    ...(report ? { report } : {}),
    ruleSettings: settings.ruleSettings,
    centralOnly: settings.centralOnly.value,
  };
}

const defined = <T extends Record<string, unknown>>(values: T): Partial<T> =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
