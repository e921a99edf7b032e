import { Command } from 'commander';
import { newTable } from './cli-table.js';
import { t } from '../i18n/index.js';
import { EXIT } from './exit-code.js';
import type { CliIo } from './io.js';
import { parseAsOf, parseLang } from './options.js';
import { bundledPackFiles } from './package-info.js';
import { loadRules } from './load-rules.js';
import { runRulesEditions } from './rules-editions.js';
import { inSector, runRulesTest, type RulesOptions } from './rules-test.js';
import { groupPackFiles, rulesOption } from './group-packs.js';


export function rulesCommand(io: CliIo, setExit: (code: number) => void): Command {
  const rules = new Command('rules').description('list the rules, or test every rule against its examples / 列出或测试规则');
  rules
    .command('list')
    .description('list every rule: id, pack, severity, dimension, title')
    .option('--sector <sector>', 'only the general pack and this sector’s pack')
    .option('--lang <lang>', 'zh or en')
    .addOption(rulesOption())
    .action(async (options: RulesOptions) => setExit(await runRulesList(options, io)));
  rules
    .command('test')
    .description("run every rule's pass and fail examples over its pack's compliant fixture (with --rules, the group's packs only, over their own fixtures)")
    .option('--sector <sector>', 'only the general pack and this sector’s pack')
    .option('--lang <lang>', 'zh or en')
    .addOption(rulesOption())
    .action(async (options: RulesOptions) => setExit(await runRulesTest(options, io)));
  rules
    .command('editions')
    .description('the editions of each pack\'s standard, their in-force windows, and which decide the audit date')
    .option('--as-of <date>', 'audit date YYYY-MM-DD (default: today)')
    .option('--sector <sector>', 'only the general pack and this sector’s pack')
    .option('--lang <lang>', 'zh or en')
    .addOption(rulesOption())
    .action(async (options: RulesOptions) => setExit(await runRulesEditions(options, io)));
  return rules;
}


async function runRulesList(options: RulesOptions, io: CliIo): Promise<number> {
  const lang = parseLang(options.lang, io.env);
  const ruleSet = await loadRules(bundledPackFiles(), parseAsOf(undefined, io.now()), io, lang, await groupPackFiles(options.rules, io.cwd));
  if (!ruleSet) return EXIT.invalid;
  const table = newTable({ head: ['id', 'pack', t(lang, 'report-severity'), t(lang, 'five-in-place'), t(lang, 'report-rule')], style: { head: [], border: [] } });
  for (const rule of ruleSet.rules.filter((rule) => inSector(options.sector)(rule.pack))) {
    // A rule raised by `escalate` shows both: 重大→停产整顿.
    const severity = [...new Set([rule.severity, ...(rule.escalate ?? []).map((step) => step.severity)])].map((s) => t(lang, `severity-${s}`)).join('→');
    table.push([rule.id, rule.pack.origin ? `${rule.pack.id} (${t(lang, 'group-rule')})` : rule.pack.id, severity, t(lang, `dimension-${rule.dimension}`), rule.title[lang]]);
  }
  io.stdout.write(`${table.toString()}\n`);
  return EXIT.ok;
}
