// When the edition deciding a pack is not the one in force on the audit date, every format says so: a
// structured field in JSON (valid against the result schema), a property in SARIF, the table footer, the
// HTML cover and the Markdown header; the finding carries its edition.
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AuditRun } from '../../src/report/index.js';
import { reporters } from './all-formats.js';
import { resultSchema } from '../../src/schema/index.js';
import { sampleRun } from './sample-run.js';

const NOTICE = {
  key: 'edition-superseded',
  params: { edition: { zh: '某判定标准（2017）', en: 'Criteria (2017)' }, since: '2025-11-01', replacedBy: { zh: '某判定标准（2025）', en: 'Criteria (2025)' } },
};
const TEXT = '按 某判定标准（2017） 判定；该标准已于 2025-11-01 被 某判定标准（2025） 代替，尚未按新版复核';

let run: AuditRun;
beforeAll(async () => {
  const sample = await sampleRun();
  const [general, ...rest] = sample.packs;
  const packs = [{ ...general!, editions: [{ id: 'e2017', citation: { zh: '某判定标准（2017）', en: 'Criteria (2017)' }, from: '2017-09-01', until: '2025-10-31' }], notice: NOTICE }, ...rest];
  const enterprises = sample.enterprises.map((result) => ({
    ...result,
    findings: result.findings.map((finding) => (finding.pack.id === 'general' ? { ...finding, edition: { id: 'e2017', notice: NOTICE } } : finding)),
  }));
  run = { ...sample, packs, enterprises };
});

describe('an edition not in force on the audit date', () => {
  it('is a structured field of the pack and of each finding in JSON, valid against the result schema', () => {
    const json = JSON.parse(reporters.json(run, { lang: 'zh', color: false }));
    const ajv = new Ajv({ allErrors: true, strict: false });
    (addFormats as unknown as (a: Ajv) => void)(ajv);
    expect(ajv.validate(resultSchema, json), JSON.stringify(ajv.errors?.slice(0, 3))).toBe(true);
    expect(json.packs[0]).toMatchObject({ editions: [{ id: 'e2017', citation: '某判定标准（2017）', from: '2017-09-01', until: '2025-10-31' }], notice: TEXT });
    expect(json.enterprises[1].findings[0].edition).toEqual({ id: 'e2017', notice: TEXT });
  });

  it('is a run property and a result property in SARIF', () => {
    const sarif = JSON.parse(reporters.sarif(run, { lang: 'zh', color: false }));
    // Other bundled packs with editions of their own are listed beside it.
    expect(sarif.runs[0].properties.editions.filter((entry: { pack: string }) => entry.pack === 'general')).toEqual([{ pack: 'general', editions: ['某判定标准（2017）'], notice: TEXT }]);
    expect(sarif.runs[0].results[0].properties).toMatchObject({ edition: 'e2017', editionNotice: TEXT });
  });

  it.each(['table', 'html', 'markdown', 'csv', 'junit'] as const)('is said in the %s report', (format) => {
    expect(reporters[format](run, { lang: 'zh', color: false })).toContain(TEXT);
  });
});
