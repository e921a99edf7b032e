import { Command } from 'commander';
import { t, type Lang } from '../i18n/index.js';
import type { CompiledRule } from '../rules/index.js';
import { EXIT } from './exit-code.js';
import type { CliIo } from './io.js';
import { parseAsOf, parseLang, UsageError } from './options.js';
import { bundledPackFiles } from './package-info.js';
import { formatCitation } from '../report/index.js';
import { loadRules } from './load-rules.js';
import { groupPackFiles, rulesOption } from './group-packs.js';

export function explainCommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command('explain')
    .description('show a rule: what it checks, its legal basis, remediation and examples / 查看规则详情')
    .argument('<rule-id>', 'e.g. GEN-HZ-002')
    .option('--lang <lang>', 'zh or en')
    .addOption(rulesOption())
    .action(async (ruleId: string, options: ExplainOptions) => setExit(await runExplain(ruleId, options, io)));
}

type ExplainOptions = { lang?: string; rules?: string[] };

async function runExplain(ruleId: string, options: ExplainOptions, io: CliIo): Promise<number> {
  const lang = parseLang(options.lang, io.env);
  const ruleSet = await loadRules(bundledPackFiles(), parseAsOf(undefined, io.now()), io, lang, await groupPackFiles(options.rules, io.cwd));
  if (!ruleSet) return EXIT.invalid;
  const rule = ruleSet.rules.find((candidate) => candidate.id.toLowerCase() === ruleId.toLowerCase());
  if (!rule) throw new UsageError({ key: 'usage-unknown-rule', params: { value: ruleId } });
  io.stdout.write(describeRule(rule, lang));
  return EXIT.ok;
}

function describeRule(rule: CompiledRule, lang: Lang): string {
  const { spec } = rule;
  const lines = [
    `${rule.id}  ${rule.title[lang]}`,
    `${rule.pack.id} ${rule.pack.version}${rule.pack.origin ? ` (${t(lang, 'group-rule')})` : ''} · ${t(lang, `severity-${rule.severity}`)} · ${t(lang, `dimension-${rule.dimension}`)}`,
    '',
    `${t(lang, 'report-basis')}:`,
    ...rule.sources.flatMap((source) => [
      `  - ${formatCitation(source, lang)}${source.url ? ` <${source.url}>` : ''}`,
      ...(source.note ? [`    ${t(lang, 'explain-note')}: ${source.note[lang]}`] : []),
    ]),
    ...(spec.escalate ?? []).flatMap((step) => [
      '',
      `${t(lang, 'explain-escalate', { severity: t(lang, `severity-${step.severity}`) })} (when): ${step.when}`,
      ...(step.basis ?? []).map((entry) => `  - ${entry}`),
    ]),
    '',
    ...(spec.each ? [`each: ${spec.each}`] : []),
    ...(spec.when ? [`${t(lang, 'explain-applies')} (when): ${spec.when}`] : []),
    `${t(lang, 'explain-assert')} (assert): ${spec.assert}`,
    '',
    `${t(lang, 'report-finding')}: ${spec.message[lang]}`,
    `${t(lang, 'report-remediation')}: ${rule.remediation[lang]}`,
    '',
    t(lang, 'explain-examples', { pass: spec.examples.pass.length, fail: spec.examples.fail.length }),
    ...spec.examples.fail.map((patch) => `  fail: ${JSON.stringify(patch)}`),
    ...spec.examples.pass.map((patch) => `  pass: ${JSON.stringify(patch)}`),
  ];
  return `${lines.join('\n')}\n`;
}
