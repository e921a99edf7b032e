import { describe, expect, it } from 'vitest';
import { baseAssessmentSchema, compileSchema, type JsonSchema } from '../../src/schema/index.js';

/** Every property, at every depth, as `path → schema`. */
function properties(schema: JsonSchema, path = ''): [string, JsonSchema][] {
  const own = Object.entries(schema.properties ?? {}).flatMap(([key, child]) => [[`${path}${key}`, child] as [string, JsonSchema], ...properties(child, `${path}${key}.`)]);
  return schema.items ? [...own, ...properties(schema.items, `${path}[].`)] : own;
}

describe('the assessment schema', () => {
  it('gives every field a Chinese title and an English description', () => {
    const missing = properties(baseAssessmentSchema).filter(([, child]) => !/[\u4e00-\u9fff]/.test(child.title ?? '') || !child.description).map(([path]) => path);
    expect(missing).toEqual([]);
  });

  it('forbids unknown fields on every object, so a misspelt key is an error', () => {
    const open = properties(baseAssessmentSchema).filter(([, child]) => child.type === 'object' && child.additionalProperties !== false).map(([path]) => path);
    expect(open).toEqual([]);
  });

  it('compiles with ajv', () => {
    expect(() => compileSchema(baseAssessmentSchema)).not.toThrow();
  });
});
