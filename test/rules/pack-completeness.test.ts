// Every shipped rule declares what a reader needs (STYLE.md point 18): title, basis, remediation,
// both kinds of example, in both languages; and every pack loads and compiles.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRuleSet, loadPackFile, type Pack } from '../../src/rules/index.js';
import { csvTables, type JsonSchema } from '../../src/schema/index.js';

function fieldProblems(schema: JsonSchema, path: string): string[] {
  const own = [
    ...(schema.type === 'object' && schema.additionalProperties !== false ? [`${path}: object not closed`] : []),
    ...(!/[\u4e00-\u9fff]/.test(schema.title ?? '') ? [`${path}: no Chinese title`] : []),
    ...(!schema.description ? [`${path}: no description`] : []),
  ];
  const children = Object.entries(schema.properties ?? {}).flatMap(([key, child]) => fieldProblems(child, `${path}.${key}`));
  return [...own, ...children, ...(schema.items ? fieldProblems(schema.items, `${path}[]`) : [])];
}

const RULES = join(import.meta.dirname, '..', '..', 'rules');
const files = readdirSync(RULES).filter((name) => name.endsWith('.yaml')).map((name) => join(RULES, name));

describe('shipped packs', async () => {
  const packs: Pack[] = [];
  for (const file of files) {
    const { value, diagnostics } = await loadPackFile(file);
    it(`${file.slice(RULES.length + 1)} loads without diagnostics`, () => expect(diagnostics).toEqual([]));
    if (value) packs.push(value);
  }

  it('all packs compile together against the composed schema', () => {
    expect(buildRuleSet(packs, '2026-11-20').diagnostics).toEqual([]);
  });

  it('every rule has a title, basis, remediation and both kinds of example', () => {
    const incomplete = packs.flatMap((pack) =>
      pack.rules
        .filter((rule) => !rule.title.zh || !rule.title.en || rule.basis.length === 0 || !rule.remediation.zh || !rule.remediation.en || !rule.examples.pass.length || !rule.examples.fail.length)
        .map((rule) => `${pack.pack}/${rule.id}`),
    );
    expect(incomplete).toEqual([]);
  });

  it('rule ids are unique across packs', () => {
    const ids = packs.flatMap((pack) => pack.rules.map((rule) => rule.id));
    expect(ids.length).toBe(new Set(ids).size);
  });

  it("every field of a sector's section has a Chinese title and an English description, and every object is closed", () => {
    const problems = packs.flatMap((pack) => (pack.schema ? fieldProblems(pack.schema, `${pack.pack}:${pack.section}`) : []));
    expect(problems).toEqual([]);
  });

  it('CSV file names are unique across all sections', () => {
    const { ruleSet } = buildRuleSet(packs, '2026-11-20');
    const files = csvTables(ruleSet!.schema).map((table) => table.file);
    expect(files.length).toBe(new Set(files).size);
  });

  it('every pack names a compliant fixture for its examples', () => {
    expect(packs.filter((pack) => !pack.fixture).map((pack) => pack.pack)).toEqual([]);
  });
});

// What a client reads — a source's title, a rule's title, message and remediation, the citations — is the law
// and the finding, never the research behind them: doubts about a copy belong in the source's note, which
// only `explain` and the JSON report carry.
const RESEARCH_REMARK = /二手|存疑|未核实|未查明(?!矿井)|转录|转载件|凭记忆|secondary|unconfirmed|not confirmed|transcri|from memory/i;

describe('what a client reads carries no research remarks', async () => {
  const packs: Pack[] = [];
  for (const file of files) {
    const { value } = await loadPackFile(file);
    if (value) packs.push(value);
  }
  const texts = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(texts) : [];

  it.each(files.map((file) => file.slice(RULES.length + 1)))('%s: source titles, rule titles, messages, remediations and citations', (name) => {
    const pack = packs.find((candidate) => candidate.pack === name.replace(/\.yaml$/, ''))!;
    const read = [
      ...Object.entries(pack.sources).flatMap(([key, source]) => [`${key}: ${source.zh}`, `${key}: ${source.en}`]),
      ...pack.rules.flatMap((rule) => [rule.title, rule.message, rule.remediation, rule.basis, rule.escalate?.map((step) => step.basis)].flatMap(texts).map((text) => `${rule.id}: ${text}`)),
    ];
    expect(read.filter((text) => RESEARCH_REMARK.test(text))).toEqual([]);
  });
});
