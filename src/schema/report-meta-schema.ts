import type { JsonSchema } from './types.js';

/**
 * What a consultant's signed report says about itself: for whom, by whom, over what. Read from
 * `--report-meta FILE` or the config's `report:` section; every field is optional and a report shows only
 * what was given.
 */
export interface ReportMeta {
  client?: string;
  auditor?: string;
  firm?: string;
  scope?: string;
  period?: { from: string; to: string };
  signature?: string;
  disclaimer?: string;
}

export const reportMetaSchema: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://safety-audit.dev/schema/report-meta.json',
  title: '报告信息',
  type: 'object', additionalProperties: false,
  properties: {
    client: { type: 'string', minLength: 1, title: '委托单位', description: 'The client the report is made for.' },
    auditor: { type: 'string', minLength: 1, title: '评价人员', description: 'Who carried out the audit (names, certificate numbers).' },
    firm: { type: 'string', minLength: 1, title: '评价机构', description: 'The consultancy issuing the report.' },
    scope: { type: 'string', minLength: 1, title: '评价范围', description: 'What the audit covered.' },
    period: {
      type: 'object', additionalProperties: false, required: ['from', 'to'], title: '评价期间', description: 'The audit period.',
      properties: {
        from: { type: 'string', format: 'date', title: '起', description: 'First day.' },
        to: { type: 'string', format: 'date', title: '止', description: 'Last day.' },
      },
    },
    signature: { type: 'string', minLength: 1, title: '签章栏', description: 'Text of the signature block (lines separated by newlines).' },
    disclaimer: { type: 'string', minLength: 1, title: '声明', description: 'Disclaimer printed at the end of the report.' },
  },
};
