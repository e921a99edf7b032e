import { reportMetaSchema, type ReportMeta } from './report-meta-schema.js';
import type { JsonSchema } from './types.js';

/** The severities a group may set for a rule, highest first (DESIGN.md §2). */
const SEVERITY_NAMES = ['shutdown', 'major', 'general', 'advisory'];

/** `safety-audit.config.yaml`: how a group runs the audit, set once (paths are relative to the file). */
export interface ConfigFile {
  packs?: string[];
  rules?: string[];
  failOn?: 'shutdown' | 'major' | 'general' | 'none';
  lang?: 'zh' | 'en';
  asOf?: string;
  outputs?: string[];
  waivers?: string | { file?: string; centralOnly?: boolean };
  shard?: string;
  jobs?: number | 'auto';
  severityOverrides?: Record<string, 'shutdown' | 'major' | 'general' | 'advisory'>;
  disabled?: Record<string, string>;
  report?: ReportMeta;
}

// The report meta schema, nested: its own $schema and $id belong to the standalone file only.
const { $schema: _schema, $id: _id, ...reportSection } = reportMetaSchema;

export const configSchema: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://safety-audit.dev/schema/config.json',
  title: '检查配置',
  description: 'safety-audit.config.yaml: the settings of a run, found upward from the working directory or given by --config. Command-line flags win over it.',
  type: 'object', additionalProperties: false,
  properties: {
    packs: {
      type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, title: '规则包',
      description: 'Ids of the bundled packs to load (general, coal-mine, …); default: every bundled pack.',
    },
    rules: {
      type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, title: '集团规则包目录',
      description: "Folders of the group's own packs, relative to this file.",
    },
    failOn: { enum: ['shutdown', 'major', 'general', 'none'], title: '失败级别', description: 'Exit 1 on findings at or above this severity (--fail-on); default major.' },
    lang: { enum: ['zh', 'en'], title: '报告语言', description: 'Language of the reports (--lang); default zh.' },
    asOf: { type: 'string', format: 'date', title: '判定日期', description: 'Audit date YYYY-MM-DD for every date rule (--as-of); default today.' },
    outputs: {
      type: 'array', items: { type: 'string', minLength: 1 }, title: '输出',
      description: 'Output formats as FORMAT or FORMAT:FILE (-f), files relative to this file; default table.',
    },
    waivers: {
      type: ['string', 'object'], minLength: 1, additionalProperties: false, title: '豁免',
      description: 'The waivers file (relative to this file), or {file, centralOnly}.',
      properties: {
        file: { type: 'string', minLength: 1, title: '豁免清单文件', description: "The group's waivers file, relative to this file (--waivers)." },
        centralOnly: {
          type: 'boolean', title: '仅用集团豁免',
          description: "Waivers come only from the group's file: a waivers.yaml in an enterprise's folder is ignored, and said so in every report.",
        },
      },
    },
    shard: { type: 'string', title: '分片', description: 'Check the i-th of n parts of the enterprises, as i/n (--shard).' },
    jobs: { type: ['integer', 'string'], minimum: 1, title: '并行数', description: 'Enterprises checked at once in worker threads, or auto (--jobs).' },
    severityOverrides: {
      type: 'object', title: '级别调整',
      description: 'Rule id → severity. A group may raise any rule; a shutdown-level rule may not be lowered; every other lowering is shown in every report.',
      additionalProperties: { enum: SEVERITY_NAMES },
    },
    disabled: {
      type: 'object', title: '停用规则',
      description: 'Rule id → the reason it is not checked (required). Listed in every report; a shutdown-level rule cannot be disabled.',
      additionalProperties: { type: 'string', minLength: 1 },
    },
    report: { ...reportSection, title: '报告信息', description: "The consultant report's meta data (the shape of --report-meta)." },
  },
};
