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
  const strip = root ? (text: string) => (text.includes(root) ? text.split(root).join('') : text) : (text: string) => text;
  const { enterprises, ...rest } = run;
  const copy = mapStrings(rest, strip) as Omit<AuditRun, 'enterprises'>;
  return {
    ...copy,
    ...(copy.baseline ? { baseline: { ...copy.baseline, file: baseName(copy.baseline.file) } } : {}),
    inputErrors: copy.inputErrors.map((failure) => ({ ...failure, file: baseName(failure.file), diagnostics: failure.diagnostics.map(nameOutsideFile) })),
    notices: copy.notices.map(nameOutsideFile),
    // Each enterprise as it is read: a run of thousands is never copied whole.
    enterprises: mapEnterprises(enterprises, (result) => documentEnterprise(result, strip)),
  };
}

function documentEnterprise(result: EnterpriseResult, strip: (text: string) => string): EnterpriseResult {
  const copy = mapStrings(result, strip) as EnterpriseResult;
  return {
    ...copy,
    file: baseName(copy.file),
    warnings: copy.warnings.map(nameOutsideFile),
    findings: copy.findings.map((finding) => ({ ...nameOutsideFile(finding), message: { zh: formatAmounts(finding.message.zh), en: formatAmounts(finding.message.en) } })),
  };
}

/** A file still absolute — outside the audited folder (a baseline or waivers file in /tmp), or no common folder — by its name alone. */
function nameOutsideFile<T extends { location?: { file: string } }>(item: T): T {
  return item.location ? { ...item, location: { ...item.location, file: baseName(item.location.file) } } : item;
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

/**
 * `value` with `map` applied to every string in it, as a new value that shares every part `map` left as it
 * was (nothing is changed in place): an enterprise's citations and remediations are not copied per finding.
 */
function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) {
    const mapped = value.map((item) => mapStrings(item, map));
    return mapped.every((item, index) => item === value[index]) ? value : mapped;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    const mapped = entries.map(([key, item]) => [key, mapStrings(item, map)] as const);
    return mapped.every(([, item], index) => item === entries[index]![1]) ? value : Object.fromEntries(mapped);
  }
  return value;
}
