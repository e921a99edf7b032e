// A JSON report of an earlier run read back (`merge` joins shards' reports; `check --baseline` compares with
// one): checked against the result schema, every problem located in the file.
import { errorAt, readBytes, validateAgainstSchema, type Diagnostic } from '../input/index.js';
import { runFromJson, type ReadReport } from '../report/index.js';
import { compileSchema, resultSchema } from '../schema/index.js';

let validateResult: ReturnType<typeof compileSchema> | undefined;

/** A shard's report can be far larger than an assessment; beyond this, shard the run more finely. */
const MAX_REPORT_BYTES = 512 * 1024 * 1024;

/** A shard's JSON report, checked against the result schema; a problem names the file and where in it. */
export async function readReport(path: string, shown: string): Promise<{ report?: ReadReport; diagnostics: Diagnostic[] }> {
  const bytes = await readBytes(path, shown, MAX_REPORT_BYTES);
  if (!bytes.value) return { diagnostics: bytes.diagnostics };
  const text = new TextDecoder().decode(bytes.value);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const offset = Number(/position (\d+)/.exec(String(error))?.[1] ?? 0);
    const before = text.slice(0, offset).split('\n');
    const location = { file: shown, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
    return { diagnostics: [errorAt('json-syntax', { key: 'json-syntax', params: { detail: (error as Error).message } }, location)] };
  }
  validateResult ??= compileSchema(resultSchema);
  const problems = validateAgainstSchema(validateResult, data, new Map([['', { file: shown, line: 1, column: 1 }]]));
  if (problems.length) return { diagnostics: problems };
  return { report: runFromJson(data as Record<string, never>), diagnostics: [] };
}

