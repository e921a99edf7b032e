import type { EnterpriseResult } from '../engine/index.js';
import type { AuditRun } from './types.js';
import { mapEnterprises } from './util-map-enterprises.js';
import { formatAmounts } from './util-format-amounts.js';

/**
 * The run as the signed documents (html, pdf, docx) show it, a new value (the run is not changed):
 * - paths relative to the audited folder: a file given outside the working directory is kept absolute by
 *   the CLI (useful on a terminal), but a client's report must not show `/home/…` — every absolute path
 *   under the common folder of the checked files loses that folder, wherever it appears;
 * - amounts in finding texts with thousands separators, in 万元 where exact.
 */
export function documentRun(run: AuditRun): AuditRun {
  const root = auditedFolder(run);
  const strip = root ? (text: string) => text.split(root).join('') : (text: string) => text;
  const { enterprises, ...rest } = run;
  const copy = mapStrings(rest, strip) as Omit<AuditRun, 'enterprises'>;
  if (copy.baseline) copy.baseline.file = baseName(copy.baseline.file);
  for (const failure of copy.inputErrors) failure.file = baseName(failure.file);
  nameOutsideFiles([...copy.notices, ...copy.inputErrors.flatMap((failure) => failure.diagnostics)]);
  // Each enterprise as it is read: a run of thousands is never copied whole.
  return { ...copy, enterprises: mapEnterprises(enterprises, (result) => documentEnterprise(result, strip)) };
}

function documentEnterprise(result: EnterpriseResult, strip: (text: string) => string): EnterpriseResult {
  const copy = mapStrings(result, strip) as EnterpriseResult;
  copy.file = baseName(copy.file);
  nameOutsideFiles([...copy.findings, ...copy.warnings]);
  for (const finding of copy.findings) finding.message = { zh: formatAmounts(finding.message.zh), en: formatAmounts(finding.message.en) };
  return copy;
}

/** A file still absolute — outside the audited folder (a baseline or waivers file in /tmp), or no common folder — by its name alone. */
function nameOutsideFiles(located: readonly { location?: { file: string } }[]): void {
  for (const item of located) if (item.location) item.location.file = baseName(item.location.file);
}

/** The deepest folder holding every absolute file of the run, with its trailing separator; none when no file is absolute. */
function auditedFolder(run: AuditRun): string | undefined {
  const files = [...Array.from(run.enterprises, (result) => result.file), ...run.inputErrors.map((failure) => failure.file)].filter(isAbsolute);
  if (!files.length) return undefined;
  const separator = files[0]!.includes('\\') && !files[0]!.startsWith('/') ? '\\' : '/';
  let common = files[0]!.split(separator).slice(0, -1);
  for (const file of files.slice(1)) {
    const parts = file.split(separator);
    let same = 0;
    while (same < common.length && same < parts.length - 1 && common[same] === parts[same]) same += 1;
    common = common.slice(0, same);
  }
  const folder = common.join(separator);
  return folder === '' || /^[A-Za-z]:$/.test(folder) ? undefined : `${folder}${separator}`;
}

/** An absolute path left after the audited folder was taken off: its last part. */
const baseName = (path: string) => (isAbsolute(path) ? path.split(/[\\/]/).at(-1)! : path);

const isAbsolute = (path: string) => path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');

function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)]));
  return value;
}
