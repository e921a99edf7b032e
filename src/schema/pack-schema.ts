import type { JsonSchema } from './types.js';
import { SECTORS } from './sectors.js';

const localized: JsonSchema = {
  type: 'object', additionalProperties: false, required: ['zh', 'en'],
  properties: { zh: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
};

const expression: JsonSchema = { type: 'string', minLength: 1 };
const date: JsonSchema = { type: 'string', format: 'date' };
/** Citations: a source key, with `#` and the article or item (`aqsc2021#第九十八条`). */
const basis: JsonSchema = { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[A-Za-z0-9_-]+(#.+)?$' } };
const path: JsonSchema = { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$' };

/** An example: JSON Pointer → value patched over the pack's compliant fixture (null removes the value). */
const patch: JsonSchema = {
  type: 'object', minProperties: 1,
  propertyNames: { pattern: '^(/[^/]*)+$' },
};

const rule: JsonSchema = {
  type: 'object', additionalProperties: false,
  required: ['id', 'title', 'severity', 'dimension', 'basis', 'assert', 'message', 'remediation', 'examples'],
  properties: {
    id: { type: 'string', pattern: '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$' },
    title: localized,
    severity: { enum: ['shutdown', 'major', 'general', 'advisory'] },
    dimension: { enum: ['responsibility', 'management', 'investment', 'training', 'emergency'] },
    basis,
    each: path,
    when: expression,
    assert: expression,
    at: path,
    editions: {
      type: 'object', minProperties: 1,
      description: 'The editions of the pack this rule encodes, each with the item number it has there (a duty that persists is one rule).',
      propertyNames: { pattern: '^[A-Za-z0-9_-]+$' },
      additionalProperties: { type: 'string', minLength: 1 },
    },
    escalate: {
      type: 'array', minItems: 1,
      items: {
        type: 'object', additionalProperties: false, required: ['severity', 'when'],
        properties: {
          severity: { enum: ['shutdown', 'major', 'general'] },
          when: expression,
          basis,
        },
      },
    },
    message: localized,
    remediation: localized,
    examples: {
      type: 'object', additionalProperties: false, required: ['pass', 'fail'],
      properties: { pass: { type: 'array', minItems: 1, items: patch }, fail: { type: 'array', minItems: 1, items: patch } },
    },
  },
};

/** The JSON Schema every rule pack (rules/*.yaml) must satisfy before anything reads it. */
export const packSchema: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://safety-audit.dev/schema/pack.json',
  type: 'object', additionalProperties: false,
  required: ['pack', 'version', 'title', 'sector', 'sources', 'rules'],
  properties: {
    pack: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
    version: { type: 'string', minLength: 1 },
    title: localized,
    sector: { enum: ['general', ...SECTORS] },
    idPrefix: {
      type: 'string', pattern: '^[A-Z][A-Z0-9]*$',
      description: 'Every rule id of the pack begins with this and a hyphen; required of a group pack (--rules), whose prefix no bundled pack may use.',
    },
    section: { type: 'string', pattern: '^[a-z][A-Za-z0-9]*$' },
    schema: { type: 'object' },
    fixture: { type: 'string', minLength: 1 },
    sources: {
      type: 'object', minProperties: 1,
      additionalProperties: {
        type: 'object', additionalProperties: false, required: ['zh', 'en'],
        properties: {
          zh: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 }, url: { type: 'string' }, confidence: { enum: ['C', 'S', 'U'] },
          note: localized,
          from: date,
          until: date,
        },
      },
    },
    editions: {
      type: 'array', minItems: 1,
      items: {
        type: 'object', additionalProperties: false, required: ['id', 'source'],
        properties: {
          id: { type: 'string', pattern: '^[A-Za-z0-9_-]+$' },
          source: { type: 'string', description: 'Key of the source whose citation names this edition.' },
          from: date,
          until: { ...date, description: 'Last day in force, when it has been replaced.' },
          replacedBy: { ...localized, description: 'What replaced it, named in the notice when the replacement is not encoded.' },
          fixture: { type: 'string', minLength: 1, description: 'Compliant fixture dated within this edition, for rules test.' },
        },
      },
    },
    let: {
      type: 'object',
      propertyNames: { pattern: '^[a-z][A-Za-z0-9]*$', not: { enum: ['it', 'asOf'] } },
      additionalProperties: expression,
    },
    rules: { type: 'array', minItems: 1, items: rule },
  },
  dependencies: { schema: ['section'], section: ['schema'] },
};
