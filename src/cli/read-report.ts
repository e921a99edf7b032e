// A JSON report of an earlier run read back (`merge` joins shards' reports; `check --baseline` compares with
// one) an enterprise at a time: each is checked against the result schema and handed on as it is parsed, so a
// report of thousands of subsidiaries is never held whole. Every problem names the file and where in it.
import type { EnterpriseResult } from '../engine/index.js';
import type { Lang } from '../i18n/index.js';
import { readJsonStream, validateAgainstSchema, type Diagnostic, type SourceLocation } from '../input/index.js';
import { enterpriseFromJson, packsFromJson, runFromJson, type PackSummary, type ReadReport } from '../report/index.js';
import { compileSchema, resultSchema, type JsonSchema, type ValidateFunction } from '../schema/index.js';

/** A report's run without its enterprises, which went to `onEnterprise` one by one. */
export type ReportHead = Omit<ReadReport, 'positions'> & { positions: Pick<ReadReport['positions'], 'inputErrors'> };

/** Each enterprise, in the report's order: its index there and, in a shard's report, its place in the whole run. */
export type OnEnterprise = (result: EnterpriseResult, index: number, position: number | undefined) => void;

/** Problems reported of one report before the rest is only checked, not described. */
const MAX_PROBLEMS = 20;
const LIST = 'enterprises';

let validators: { item: ValidateFunction; langAndPacks: ValidateFunction; whole: ValidateFunction } | undefined;

/** The schemas a report is read back with: one enterprise, the language and packs, and the whole (the build compiles them ahead). */
export function reportSchemas(): Record<'item' | 'langAndPacks' | 'whole', JsonSchema> {
  const properties = resultSchema.properties!;
  return {
    item: properties[LIST]!.items!,
    langAndPacks: { type: 'object', required: ['lang', 'packs'], properties: { lang: properties.lang!, packs: properties.packs! } },
    whole: resultSchema,
  };
}

export async function readReport(path: string, shown: string, onEnterprise: OnEnterprise): Promise<{ report?: ReportHead; diagnostics: Diagnostic[] }> {
  const schemas = reportSchemas();
  validators ??= { item: compileSchema(schemas.item), langAndPacks: compileSchema(schemas.langAndPacks), whole: compileSchema(schemas.whole) };
  const { item: validateItem, langAndPacks, whole } = validators;
  const at: ReadonlyMap<string, SourceLocation> = new Map([['', { file: shown, line: 1, column: 1 }]]);
  const problems: Diagnostic[] = [];
  // Items before the report's language and packs (a file whose keys were re-sorted) wait for them.
  const waiting: { item: Record<string, never>; index: number }[] = [];
  let packs: ReadonlyMap<string, PackSummary> | undefined;
  const hand = (item: Record<string, never>, index: number, lang: Lang) => onEnterprise(enterpriseFromJson(item, packs!, lang), index, item.position);
  const take = (item: unknown, index: number, fields: Readonly<Record<string, unknown>>) => {
    const found = problems.length < MAX_PROBLEMS ? validateAgainstSchema(placedAt(validateItem, `/${LIST}/${index}`), item, at) : [];
    if (found.length || problems.length) return void problems.push(...found);
    if (!packs && langAndPacks(fields)) packs = byId(fields.packs);
    if (packs) hand(item as Record<string, never>, index, fields.lang as Lang);
    else waiting.push({ item: item as Record<string, never>, index });
  };
  const read = await readJsonStream(path, shown, { list: LIST, fields: Object.keys(resultSchema.properties!).filter((key) => key !== LIST), onItem: take });
  // The enterprises were checked one by one above; the rest (and that there is a list of them) is checked here.
  const head: Record<string, unknown> | undefined = read.value;
  const diagnostics = [...read.diagnostics, ...(head ? validateAgainstSchema(whole, head, at) : []), ...problems].slice(0, MAX_PROBLEMS);
  if (diagnostics.length || !head) return { diagnostics };
  packs ??= byId(head.packs);
  for (const { item, index } of waiting) hand(item, index, head.lang as Lang);
  const { run, lang, positions } = runFromJson(head as never);
  return { report: { run, lang, positions: { inputErrors: positions.inputErrors } }, diagnostics: [] };
}

const byId = (packs: unknown): ReadonlyMap<string, PackSummary> => new Map(packsFromJson(packs as never[]).map((pack) => [pack.id, pack]));

/** The validator with its errors placed under `pointer` in the whole report. */
function placedAt(validate: ValidateFunction, pointer: string): ValidateFunction {
  const placed = ((data: unknown) => {
    const valid = validate(data);
    placed.errors = validate.errors?.map((error) => ({ ...error, instancePath: `${pointer}${error.instancePath}` })) ?? null;
    return valid;
  }) as ValidateFunction;
  return placed;
}
