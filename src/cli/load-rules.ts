import type { Lang } from '../i18n/index.js';
import { loadRuleSet, type RuleSet } from '../rules/index.js';
import { formatDiagnostic } from '../report/index.js';
import type { CliIo } from './io.js';

/** Load and compile the packs once for the run; on any pack error, print every one located and return nothing. */
export async function loadRules(files: string[], asOf: string, io: CliIo, lang: Lang): Promise<RuleSet | undefined> {
  const { ruleSet, diagnostics } = await loadRuleSet(files, asOf);
  for (const diagnostic of diagnostics) io.stderr.write(`${formatDiagnostic(diagnostic, diagnostic.location?.file ?? '', lang)}\n`);
  return ruleSet;
}
