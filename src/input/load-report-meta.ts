import { compileSchema, reportMetaSchema, type ReportMeta } from '../schema/index.js';
import { decodeText } from './decode.js';
import { readBytes } from './load-assessment.js';
import type { Parsed } from './types.js';
import { validateAgainstSchema } from './validate.js';
import { parseYaml } from './yaml.js';

/** Read and validate `--report-meta FILE` (client, auditor, firm, scope, period, signature, disclaimer); errors are located. */
export async function loadReportMeta(file: string, label = file, maxBytes?: number): Promise<Parsed<ReportMeta>> {
  const bytes = await readBytes(file, label, maxBytes);
  if (!bytes.value) return { diagnostics: bytes.diagnostics };
  const text = decodeText(bytes.value, label);
  if (text.value === undefined) return { diagnostics: text.diagnostics };
  const parsed = parseYaml(text.value, label);
  if (!parsed.value) return { diagnostics: parsed.diagnostics };
  const { data, sourceMap } = parsed.value;
  const diagnostics = validateAgainstSchema(compileSchema(reportMetaSchema), data, sourceMap);
  return diagnostics.length ? { diagnostics } : { value: data as ReportMeta, diagnostics: [] };
}
