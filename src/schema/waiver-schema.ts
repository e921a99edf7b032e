import type { JsonSchema } from './types.js';

/** waivers.yaml: accepted exceptions, each with who approved it, why, and until when (DESIGN.md §6). */
export const waiverSchema: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://safety-audit.dev/schema/waivers.json',
  title: '豁免清单',
  type: 'object', additionalProperties: false, required: ['waivers'],
  properties: {
    waivers: {
      type: 'array',
      items: {
        type: 'object', additionalProperties: false, required: ['rule', 'enterprise', 'reason', 'approvedBy', 'expires'],
        properties: {
          rule: { type: 'string', minLength: 1, title: '规则编号', description: 'Id of the waived rule.' },
          enterprise: { type: 'string', format: 'credit-code', title: '统一社会信用代码', description: 'Credit code of the enterprise it applies to.' },
          item: { type: 'string', minLength: 1, title: '条目', description: 'For rules checked per item: the item key (e.g. a hazard id). Omit to waive every item.' },
          reason: { type: 'string', minLength: 1, title: '豁免理由', description: 'Why the finding is accepted.' },
          approvedBy: { type: 'string', minLength: 1, title: '批准人', description: 'Who approved the waiver.' },
          expires: { type: 'string', format: 'date', title: '有效期至', description: 'Last day the waiver applies.' },
        },
      },
    },
  },
};
