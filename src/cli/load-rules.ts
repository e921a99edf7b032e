import type { Lang } from '../i18n/index.js';
import type { Diagnostic } from '../input/index.js';
import { loadRuleSet, type RuleSet } from '../rules/index.js';
import { formatDiagnostic } from '../report/index.js';
import type { CliIo } from './io.js';
import { displayPath } from './display-path.js';

/** A pack's problem at `file:line:col`, the file as the user would type it. */
export function formatPackDiagnostic(diagnostic: Diagnostic, io: CliIo, lang: Lang): string {
  const file = diagnostic.location ? displayPath(io.cwd, diagnostic.location.file) : '';
  return formatDiagnostic(diagnostic.location ? { ...diagnostic, location: { ...diagnostic.location, file } } : diagnostic, file, lang);
}

/**
 * Load and compile the packs once for the run — the bundled `files`, then a group's own `groupFiles` — and on
 * any pack error, print every one located and return nothing.
 */
export async function loadRules(files: string[], asOf: string, io: CliIo, lang: Lang, groupFiles: readonly string[] = []): Promise<RuleSet | undefined> {
  const { ruleSet, diagnostics } = await loadRuleSet(files, asOf, groupFiles);
  for (const diagnostic of diagnostics) io.stderr.write(`${formatPackDiagnostic(diagnostic, io, lang)}\n`);
  return ruleSet;
}
