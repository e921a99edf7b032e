// Against a baseline: each open finding new or persisting, with the audit date it was first seen; each
// enterprise's verdict history carried from run to run through the JSON report, and shown in the HTML summary.
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareWithBaseline, type EnterpriseResult } from '../../src/engine/index.js';
import { runFromJson, type AuditRun } from '../../src/report/index.js';
import { reporters } from '../report/all-formats.js';
import { HISTORY_LIMIT, resultSchema } from '../../src/schema/index.js';
import { sampleRun } from '../report/sample-run.js';

const ajv = new Ajv({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv) => void)(ajv);
const validate = ajv.compile(resultSchema);

/** A run's JSON report, checked against the result schema and read back, as `--baseline` reads it. */
function throughJson(run: AuditRun): AuditRun {
  const json = JSON.parse(reporters.json(run, { lang: 'zh', color: false }));
  expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  return runFromJson(json).run;
}

/** The next run: the same enterprises compared with `baseline`, on `asOf`. */
function nextRun(first: AuditRun, baseline: AuditRun, asOf: string, generatedAt: string): AuditRun {
  const compared = compareWithBaseline(first.enterprises, baseline, asOf);
  return { ...first, asOf, generatedAt, enterprises: compared.enterprises, baseline: { file: 'baseline.json', asOf: baseline.asOf, generatedAt: baseline.generatedAt, resolved: compared.resolved } };
}

const openOf = (result: EnterpriseResult) => result.findings.filter((finding) => finding.status === 'fail');

let first: AuditRun;
let second: AuditRun;
let third: AuditRun;
beforeAll(async () => {
  first = await sampleRun();
  second = nextRun(first, throughJson(first), '2026-11-27', '2026-11-27T08:00:00.000Z');
  third = nextRun(first, throughJson(second), '2026-12-04', '2026-12-04T08:00:00.000Z');
});

describe('compareWithBaseline', () => {
  it('given a first baseline without history, gives each enterprise a history of one: the baseline\'s verdict', () => {
    expect(second.enterprises.map((result) => result.history)).toEqual(first.enterprises.map((result) => [{ asOf: '2026-11-20', generatedAt: '2026-11-20T08:00:00.000Z', verdict: result.verdict }]));
  });

  it('given two successive baselines, gives a history of two, oldest first', () => {
    const history = third.enterprises[1]!.history!;
    expect(history.map((record) => record.asOf)).toEqual(['2026-11-20', '2026-11-27']);
    expect(history.map((record) => record.verdict)).toEqual([first.enterprises[1]!.verdict, second.enterprises[1]!.verdict]);
  });

  it('carries the first-seen date of a persisting finding through baselines; a new one is first seen now', () => {
    expect(openOf(third.enterprises[1]!).every((finding) => finding.firstSeen === '2026-11-20' && finding.baselineState === 'unchanged')).toBe(true);
    const fresh = compareWithBaseline(first.enterprises, { asOf: '2026-11-20', generatedAt: '2026-11-20T08:00:00.000Z', enterprises: [] }, '2026-11-27');
    expect(openOf(fresh.enterprises[1]!).every((finding) => finding.firstSeen === '2026-11-27' && finding.baselineState === 'new')).toBe(true);
    expect(fresh.enterprises[1]!.history).toBeUndefined();
  });

  it('given a report written before the ledger and history were kept, still reads it as a baseline', () => {
    const json = JSON.parse(reporters.json(first, { lang: 'zh', color: false }));
    for (const result of json.enterprises) delete result.openHazards;
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const old = runFromJson(json).run;
    expect(old.enterprises.every((result) => result.openHazards.length === 0)).toBe(true);
    expect(compareWithBaseline(first.enterprises, old, '2026-11-27').enterprises[1]!.history).toHaveLength(1);
  });

  it(`keeps the last ${HISTORY_LIMIT} verdicts`, () => {
    const long = Array.from({ length: HISTORY_LIMIT }, (_, index) => ({ asOf: `2026-01-${String(index + 1).padStart(2, '0')}`, generatedAt: '2026-01-01T00:00:00.000Z', verdict: 'major' as const }));
    const baseline = { asOf: '2026-11-20', generatedAt: '2026-11-20T08:00:00.000Z', enterprises: [{ ...first.enterprises[0]!, history: long }] };
    const history = compareWithBaseline([first.enterprises[0]!], baseline, '2026-11-27').enterprises[0]!.history!;
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]!.asOf).toBe('2026-01-02');
    expect(history.at(-1)!.asOf).toBe('2026-11-20');
  });
});

describe('the HTML group summary', () => {
  it('shows each subsidiary\'s earlier verdicts as chips with their dates, most recent last', () => {
    const page = reporters.html(third, { lang: 'zh', color: false });
    const rows = [...page.matchAll(/<tr class="history">([^]*?)<\/tr>/g)].map((match) => match[1]!);
    expect(rows).toHaveLength(third.enterprises.length);
    const chips = [...rows[1]!.matchAll(/<li class="badge verdict-(\w+)"[^>]*><time datetime="([\d-]+)">/g)].map((match) => [match[2], match[1]]);
    expect(chips).toEqual([['2026-11-20', first.enterprises[1]!.verdict], ['2026-11-27', second.enterprises[1]!.verdict]]);
    expect(rows[1]).toContain('历次结论');
  });

  it('without a baseline, shows no history', () => {
    expect(reporters.html(first, { lang: 'zh', color: false })).not.toContain('class="history"');
  });
});
