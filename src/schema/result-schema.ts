import type { JsonSchema } from './types.js';

/** The earlier verdicts a report keeps per enterprise: a year of monthly runs, or twelve nights. */
export const HISTORY_LIMIT = 12;

/** Version of the JSON report format; bumped on any incompatible change. */
export const RESULT_SCHEMA_VERSION = '3.0.0';

const location: JsonSchema = {
  type: 'object', additionalProperties: false, required: ['file', 'line', 'column'],
  properties: {
    file: { type: 'string' },
    sheet: { type: 'string', description: 'For a workbook cell: the sheet; line is then its row and column its column number (F7: 7, 6).' },
    line: { type: 'integer', minimum: 1 },
    column: { type: 'integer', minimum: 1, description: 'Character column in YAML; field number in a CSV row; column number in a sheet.' },
    field: { type: 'string', description: 'For a CSV cell: the column header as written.' },
  },
};
const statuses = ['pass', 'fail', 'not-applicable', 'indeterminate', 'waived'];
const severities = ['shutdown', 'major', 'general', 'advisory'];
const dimensions = ['responsibility', 'management', 'investment', 'training', 'emergency'];
const verdicts = ['shutdown', 'major', 'incomplete', 'rectify', 'compliant'];
const states = { enum: ['in-place', 'gap', 'undecided'], description: 'gap: a check above advisory failed; undecided: one could not be decided (未能判定); else in-place.' };
const warning: JsonSchema = {
  type: 'object', additionalProperties: false, required: ['code', 'message'],
  properties: { code: { type: 'string' }, message: { type: 'string' }, location },
};
const counts = (keys: string[]): JsonSchema => ({
  type: 'object', additionalProperties: false, required: keys,
  properties: Object.fromEntries(keys.map((key) => [key, { type: 'integer', minimum: 0 }])),
});

const finding: JsonSchema = {
  type: 'object', additionalProperties: false,
  required: ['ruleId', 'pack', 'severity', 'dimension', 'status', 'pointer', 'path', 'title', 'message', 'basis', 'remediation', 'fingerprint'],
  properties: {
    ruleId: { type: 'string' },
    pack: { type: 'string', description: 'Id of the pack the rule came from.' },
    origin: { const: 'group', description: "Set when the rule is a group's own (a pack loaded with --rules), not a bundled one." },
    severity: { enum: severities },
    dimension: { enum: dimensions },
    status: { enum: statuses },
    item: { type: 'string', description: 'Key of the list item, for rules checked per item.' },
    pointer: { type: 'string', description: 'JSON Pointer of the value to fix.' },
    path: { type: 'string', description: 'The same, as a readable path (hazards[2].deadline).' },
    location,
    title: { type: 'string' },
    name: { type: 'string', description: "The rule's identifier from its English title, as SARIF names it." },
    message: { type: 'string' },
    reason: { type: 'string', description: 'Why the rule could not be decided (indeterminate).' },
    edition: {
      type: 'object', additionalProperties: false, required: ['id'],
      description: 'The edition of the standard the finding is judged by.',
      properties: { id: { type: 'string' }, notice: { type: 'string', description: 'Set when that edition is not the one in force on the audit date.' } },
    },
    basis: { type: 'array', items: { type: 'string' }, description: 'Citations as a report prints them, with a marker for a secondary or unconfirmed source.' },
    citations: {
      type: 'array',
      items: {
        type: 'object', additionalProperties: false, required: ['source', 'text'],
        properties: {
          source: { type: 'string', description: 'Key of the source in its pack.' },
          item: { type: 'string', description: 'Article or item cited.' },
          text: { type: 'string', description: 'The clean citation.' },
          url: { type: 'string' },
          confidence: { enum: ['C', 'S', 'U'], description: 'C official text seen; S secondary source; U unconfirmed.' },
          note: { type: 'string', description: 'Research note on the source: where it was found, what is doubtful.' },
          repealedOn: { type: 'string', format: 'date', description: 'The text was no longer in force on the audit date (cited for want of another).' },
          inForceFrom: { type: 'string', format: 'date', description: 'The text was not yet in force on the audit date (cited for want of another): the day it took effect.' },
        },
      },
    },
    remediation: { type: 'string' },
    fingerprint: { type: 'string', pattern: '^[0-9a-f]{16}$' },
    baselineState: { enum: ['new', 'unchanged', 'updated'], description: 'With --baseline: new since it, there unchanged, or there with another status.' },
    firstSeen: { type: 'string', format: 'date', description: 'With --baseline: the audit date of the earliest run in an unbroken line of runs that had this finding open.' },
    waiver: {
      type: 'object', additionalProperties: false, required: ['reason', 'approvedBy', 'expires', 'waivedStatus'],
      properties: { reason: { type: 'string' }, approvedBy: { type: 'string' }, expires: { type: 'string', format: 'date' }, waivedStatus: { enum: ['fail', 'indeterminate'] } },
    },
  },
};

/** A rule the run checked, as its findings describe it (its own severity, before any escalation). */
const rule: JsonSchema = {
  type: 'object', additionalProperties: false,
  required: ['ruleId', 'pack', 'severity', 'dimension', 'title', 'basis', 'remediation'],
  properties: Object.fromEntries(['ruleId', 'pack', 'severity', 'dimension', 'title', 'name', 'edition', 'basis', 'citations', 'remediation'].map((key) => [key, (finding.properties as Record<string, JsonSchema>)[key]!])),
};

const tally: JsonSchema = {
  type: 'object', description: 'Every rule that ran for the enterprise, by id, with its findings counted by status (statuses with none left out).',
  additionalProperties: {
    type: 'object', additionalProperties: false,
    properties: Object.fromEntries(statuses.map((status) => [status, { type: 'integer', minimum: 1 }])),
  },
};

const ledgerHazard: JsonSchema = {
  type: 'object', additionalProperties: false, required: ['id', 'description', 'level', 'status', 'pointer', 'path'],
  properties: {
    id: { type: 'string' }, description: { type: 'string' }, level: { type: 'string', description: '一般 or 重大.' },
    foundOn: { type: 'string', format: 'date' }, deadline: { type: 'string', format: 'date' }, status: { type: 'string' },
    reportedToRegulator: { type: 'string', format: 'date' }, owner: { type: 'string' },
    pointer: { type: 'string' }, path: { type: 'string' }, location,
  },
};

const editions: JsonSchema = {
  type: 'array', description: 'The editions of the standard deciding the audit date.',
  items: {
    type: 'object', additionalProperties: false, required: ['id', 'citation'],
    properties: { id: { type: 'string' }, citation: { type: 'string' }, from: { type: 'string', format: 'date' }, until: { type: 'string', format: 'date' } },
  },
};
const editionNotice: JsonSchema = { type: 'string', description: 'When no encoded edition is in force on the audit date: which was used, and why.' };

const enterprise: JsonSchema = {
  type: 'object', additionalProperties: false,
  required: ['file', 'enterprise', 'verdict', 'undecided', 'allInPlace', 'fiveInPlaceState', 'fiveInPlace', 'warnings', 'findings', 'tally'],
  properties: {
    file: { type: 'string' },
    enterprise: {
      type: 'object', additionalProperties: false, required: ['name', 'creditCode', 'sectors'],
      properties: {
        name: { type: 'string' }, creditCode: { type: 'string' }, sectors: { type: 'array', items: { type: 'string' } },
        region: { type: 'string' }, assessmentDate: { type: 'string', format: 'date' }, assessor: { type: 'string' },
        principal: { type: 'string', description: '主要负责人, where the assessment names one.' },
      },
    },
    editions: {
      type: 'array', description: 'Per pack that applied to the enterprise and follows editions of a standard: the editions that decided its audit.',
      items: { type: 'object', additionalProperties: false, required: ['pack', 'editions'], properties: { pack: { type: 'string' }, editions, notice: editionNotice } },
    },
    verdict: { enum: verdicts, description: 'incomplete (资料不全): nothing failed at shutdown or major level, but a check above advisory could not be decided.' },
    undecided: { type: 'integer', minimum: 0, description: 'Checks above advisory that could not be decided.' },
    allInPlace: { type: 'boolean' },
    fiveInPlaceState: states,
    fiveInPlace: {
      type: 'array', minItems: 5, maxItems: 5,
      items: {
        type: 'object', additionalProperties: false, required: ['dimension', 'inPlace', 'state', 'counts', 'fails'],
        properties: { dimension: { enum: dimensions }, inPlace: { type: 'boolean' }, state: states, counts: counts(statuses), fails: counts(severities) },
      },
    },
    warnings: { type: 'array', items: warning, description: "Problems with the enterprise's files that did not stop the check, e.g. a ledger not read." },
    findings: { type: 'array', items: finding, description: 'Failed, undecided and waived findings; passes and not-applicable results too with --include-passes.' },
    tally,
    position: { type: 'integer', minimum: 0, description: 'In a shard\'s report: where the enterprise stands in the whole run (merge orders by it).' },
    openHazards: { type: 'array', items: ledgerHazard, description: "The hazard ledger's entries not closed (status other than 已整改), for the four lists." },
    history: {
      type: 'array', maxItems: HISTORY_LIMIT, description: 'With --baseline: the verdicts of earlier runs on this credit code, oldest first.',
      items: { type: 'object', additionalProperties: false, required: ['asOf', 'generatedAt', 'verdict'], properties: { asOf: { type: 'string', format: 'date' }, generatedAt: { type: 'string', format: 'date-time' }, verdict: { enum: verdicts } } },
    },
  },
};

/** What the configuration changed in the rules (severityOverrides, disabled), as every report shows it. */
const adjustment: JsonSchema = {
  type: 'object', additionalProperties: false, required: ['kind', 'ruleId', 'pack', 'message'],
  properties: {
    kind: { enum: ['severity', 'disabled'] },
    ruleId: { type: 'string' },
    pack: { type: 'string' },
    from: { enum: severities, description: "kind severity: the rule's severity in its pack." },
    to: { enum: severities, description: 'kind severity: the severity the configuration set.' },
    direction: { enum: ['raised', 'lowered', 'unchanged'] },
    severity: { enum: severities, description: "kind disabled: the rule's severity in its pack." },
    reason: { type: 'string', description: 'kind disabled: why the rule is not checked.' },
    message: { type: 'string', description: 'The adjustment as the reports word it.' },
    location,
  },
};

const error: JsonSchema = {
  type: 'object', additionalProperties: false, required: ['file', 'code', 'message'],
  properties: {
    file: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' }, pointer: { type: 'string' }, path: { type: 'string' }, location,
    position: { type: 'integer', minimum: 0, description: 'In a shard\'s report: where the failed file stands in the whole run.' },
  },
};

/** The published schema of `safety-audit check -f json`. */
export const resultSchema: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://safety-audit.dev/schema/result-3.json',
  title: 'safety-audit check result',
  type: 'object', additionalProperties: false,
  required: ['schemaVersion', 'tool', 'asOf', 'generatedAt', 'lang', 'packs', 'rules', 'summary', 'enterprises', 'errors', 'warnings'],
  properties: {
    schemaVersion: { const: RESULT_SCHEMA_VERSION },
    tool: { type: 'object', additionalProperties: false, required: ['name', 'version'], properties: { name: { const: 'safety-audit' }, version: { type: 'string' } } },
    asOf: { type: 'string', format: 'date' },
    generatedAt: { type: 'string', format: 'date-time' },
    lang: { enum: ['zh', 'en'] },
    packs: {
      type: 'array',
      items: {
        type: 'object', additionalProperties: false, required: ['id', 'version', 'sector', 'title', 'rules', 'editions'],
        properties: {
          id: { type: 'string' }, version: { type: 'string' }, sector: { type: 'string' }, title: { type: 'string' },
          origin: { const: 'group', description: "Set for a group's own pack (--rules), read beside the bundled ones." },
          rules: { type: 'integer', minimum: 0, description: 'Rules in force on the audit date.' },
          editions,
          notice: editionNotice,
        },
      },
    },
    rules: { type: 'array', items: rule, description: 'The rules in force on the audit date of the packs that applied to an enterprise.' },
    baseline: {
      type: 'object', additionalProperties: false, required: ['file', 'asOf', 'generatedAt', 'resolved'],
      description: 'With --baseline: the earlier report compared with, and its failed or undecided findings now gone.',
      properties: {
        file: { type: 'string' }, asOf: { type: 'string', format: 'date' }, generatedAt: { type: 'string', format: 'date-time' },
        resolved: {
          type: 'array',
          items: { type: 'object', additionalProperties: false, required: ['file', 'enterprise', 'creditCode', 'finding'], properties: { file: { type: 'string' }, enterprise: { type: 'string' }, creditCode: { type: 'string' }, finding } },
        },
      },
    },
    shard: {
      type: 'object', additionalProperties: false, required: ['index', 'total'],
      description: 'A report of one part of the enterprises (check --shard i/n); safety-audit merge joins the parts.',
      properties: { index: { type: 'integer', minimum: 1 }, total: { type: 'integer', minimum: 2 } },
    },
    adjustments: {
      type: 'array', items: adjustment,
      description: 'From the config file: rules whose severity it set and rules it disabled, with where it said so. Absent when it changed none.',
    },
    summary: {
      type: 'object', additionalProperties: false, required: ['enterprises', 'invalid', 'verdicts'],
      properties: { enterprises: { type: 'integer', minimum: 0 }, invalid: { type: 'integer', minimum: 0 }, verdicts: counts(verdicts) },
    },
    enterprises: { type: 'array', items: enterprise },
    errors: { type: 'array', items: error },
    warnings: { type: 'array', items: warning },
  },
};
