// `check --baseline`: an earlier run's JSON report read an enterprise at a time — each checked against the
// result schema and put aside in a spool as it is parsed — so last night's report of thousands of subsidiaries
// is never held whole. The comparison then keeps only each open finding's status and each enterprise's history.
import type { Lang } from '../i18n/index.js';
import { readJsonStream, validateAgainstSchema, type Diagnostic, type SourceLocation } from '../input/index.js';
import { enterpriseFromJson, packsFromJson, type PackSummary } from '../report/index.js';
import { compileSchema, resultSchema, type ValidateFunction } from '../schema/index.js';
import { ResultSpool } from './result-spool.js';

export interface Baseline {
  asOf: string;
  generatedAt: string;
  /** Its enterprises, read back from the spool in the report's order; `close()` removes the spool. */
  enterprises: ResultSpool;
}

/** Problems reported of one report before the rest is only checked, not described. */
const MAX_PROBLEMS = 20;
const LIST = 'enterprises';

export async function readBaseline(path: string, shown: string): Promise<{ baseline?: Baseline; diagnostics: Diagnostic[] }> {
  const properties = resultSchema.properties!;
  const validateItem = listItem(compileSchema(properties[LIST]!.items!), LIST);
  const validateLangAndPacks = compileSchema({ type: 'object', required: ['lang', 'packs'], properties: { lang: properties.lang!, packs: properties.packs! } });
  const at: ReadonlyMap<string, SourceLocation> = new Map([['', { file: shown, line: 1, column: 1 }]]);
  const spool = ResultSpool.open();
  const problems: Diagnostic[] = [];
  // Items before the report's language and packs (a file whose keys were re-sorted) wait for them.
  const waiting: { item: unknown; index: number }[] = [];
  let packs: ReadonlyMap<string, PackSummary> | undefined;
  const add = (item: unknown, index: number, lang: Lang) => spool.add(index, enterpriseFromJson(item as Record<string, never>, packs!, lang));
  const take = (item: unknown, index: number, fields: Readonly<Record<string, unknown>>) => {
    const found = problems.length < MAX_PROBLEMS ? validateAgainstSchema(validateItem(index), item, at) : [];
    if (found.length || problems.length) return void problems.push(...found);
    if (!packs && validateLangAndPacks(fields)) packs = new Map(packsFromJson(fields.packs as never[]).map((pack) => [pack.id, pack]));
    if (packs) add(item, index, fields.lang as Lang);
    else waiting.push({ item, index });
  };
  const read = await readJsonStream(path, shown, { list: LIST, fields: Object.keys(properties).filter((key) => key !== LIST), onItem: take });
  const head = read.value ? validateAgainstSchema(compileSchema(resultSchema), { ...read.value, [LIST]: [] }, at) : [];
  const diagnostics = [...read.diagnostics, ...head, ...problems].slice(0, MAX_PROBLEMS);
  if (diagnostics.length || !read.value) {
    spool.close();
    return { diagnostics };
  }
  packs ??= new Map(packsFromJson(read.value.packs as never[]).map((pack) => [pack.id, pack]));
  for (const { item, index } of waiting) add(item, index, read.value.lang as Lang);
  return { baseline: { asOf: read.value.asOf as string, generatedAt: read.value.generatedAt as string, enterprises: spool }, diagnostics: [] };
}

/** The item validator, its errors placed at `/enterprises/<index>/…` in the whole report. */
function listItem(validate: ValidateFunction, list: string): (index: number) => ValidateFunction {
  return (index) => {
    const placed = ((data: unknown) => {
      const valid = validate(data);
      placed.errors = validate.errors?.map((error) => ({ ...error, instancePath: `/${list}/${index}${error.instancePath}` })) ?? null;
      return valid;
    }) as ValidateFunction;
    return placed;
  };
}

