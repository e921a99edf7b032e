// A finding on a workbook cell reads `台账.xlsx!隐患排查治理台账!F7 (整改期限)` in the text formats, keeps its sheet in
// JSON (valid against the result schema, read back by merge), and is a region-free location in SARIF (valid
// against the official 2.1.0 schema: a workbook is not a text file with lines).
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatLocation, runFromJson, type AuditRun } from '../../src/report/index.js';
import { reporters } from './all-formats.js';
import { resultSchema } from '../../src/schema/index.js';
import { sampleRun } from './sample-run.js';
import { sarifProblems } from '../support/sarif-schema.js';

const CELL = { file: 'plant/台账.xlsx', sheet: '隐患排查治理台账', line: 7, column: 6, field: '整改期限' };
let run: AuditRun;
beforeAll(async () => {
  const sample = await sampleRun();
  const enterprises = sample.enterprises.map((result) => ({
    ...result,
    findings: result.findings.map((finding) => (finding.status === 'fail' ? { ...finding, location: CELL } : finding)),
  }));
  run = { ...sample, enterprises };
});

describe('a workbook cell as a location', () => {
  it.each([
    [CELL, 'plant/台账.xlsx!隐患排查治理台账!F7 (整改期限)'],
    [{ ...CELL, column: 28, field: undefined }, 'plant/台账.xlsx!隐患排查治理台账!AB7'],
    [{ file: 'plant/hazards.csv', line: 7, column: 6, field: '整改期限' }, 'plant/hazards.csv:7:6 (整改期限)'],
  ])('given %j, formats it as %s', (location, text) => {
    expect(formatLocation(location, '')).toBe(text);
  });

  it('keeps the sheet in JSON, valid against the result schema and read back by merge', () => {
    const json = JSON.parse(reporters.json(run, { lang: 'zh', color: false }));
    const ajv = new Ajv({ allErrors: true, strict: false });
    (addFormats as unknown as (a: Ajv) => void)(ajv);
    expect(ajv.validate(resultSchema, json), JSON.stringify(ajv.errors?.slice(0, 3))).toBe(true);
    const failed = json.enterprises.flatMap((result: { findings: unknown[] }) => result.findings).find((finding: { status: string }) => finding.status === 'fail');
    expect(failed.location).toEqual(CELL);
    const back = runFromJson(json).run.enterprises.flatMap((result) => result.findings).find((finding) => finding.status === 'fail');
    expect(back?.location).toEqual(CELL);
  });

  it('is a location without a line region in SARIF, valid against the official schema', () => {
    const sarif = JSON.parse(reporters.sarif(run, { lang: 'zh', color: false }));
    expect(sarifProblems(sarif)).toEqual([]);
    const located = sarif.runs[0].results.find((result: { locations: { message?: { text: string } }[] }) => result.locations[0]?.message);
    expect(located.locations[0]).toEqual({ physicalLocation: { artifactLocation: { uri: encodeURI('plant/台账.xlsx') } }, message: { text: 'plant/台账.xlsx!隐患排查治理台账!F7 (整改期限)' } });
  });

  it('prints workbook!sheet!cell in the table', () => {
    expect(reporters.table(run, { lang: 'zh', color: false })).toContain('plant/台账.xlsx!隐患排查治理台账!F7');
  });
});
