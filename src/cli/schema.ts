import { Command } from 'commander';
import { buildRuleSet, loadPacks } from '../rules/index.js';
import { configSchema, resultSchema } from '../schema/index.js';
import { EXIT } from './exit-code.js';
import { formatPackDiagnostic } from './load-rules.js';
import type { CliIo } from './io.js';
import { parseAsOf } from './options.js';
import { bundledPackFiles } from './package-info.js';
import { groupPackFiles, rulesOption } from './group-packs.js';
import { withProgramName } from './command-name.js';

export function schemaCommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command('schema')
    .description('print the JSON Schema of a self-assessment (for editors), or of the JSON report / 输出自评文件的 JSON Schema')
    .option('--result', 'print the schema of `check -f json` output instead')
    .option('--config', 'print the schema of safety-audit.config.yaml instead')
    .addOption(rulesOption())
    .addHelpText('after', withProgramName(`
Example (completion in VS Code with the YAML extension):
  safety-audit schema > assessment.schema.json
  # first line of enterprise.yaml:  # yaml-language-server: $schema=./assessment.schema.json
  safety-audit schema --config > config.schema.json`))
    .action(async (options: { result?: boolean; config?: boolean; rules?: string[] }) => setExit(await runSchema(options, io)));
}

async function runSchema(options: { result?: boolean; config?: boolean; rules?: string[] }, io: CliIo): Promise<number> {
  if (options.result) return (io.stdout.write(`${JSON.stringify(resultSchema, null, 2)}\n`), EXIT.ok);
  if (options.config) return (io.stdout.write(`${JSON.stringify(configSchema, null, 2)}\n`), EXIT.ok);
  const loaded = await loadPacks(bundledPackFiles(), await groupPackFiles(options.rules, io.cwd));
  const { ruleSet, diagnostics } = loaded.packs ? buildRuleSet(loaded.packs, parseAsOf(undefined, io.now())) : { ruleSet: undefined, diagnostics: [] };
  const problems = [...loaded.diagnostics, ...diagnostics];
  for (const problem of problems) io.stderr.write(`${formatPackDiagnostic(problem, io, 'zh')}\n`);
  if (!ruleSet || problems.length) return EXIT.invalid;
  io.stdout.write(`${JSON.stringify(ruleSet.schema, null, 2)}\n`);
  return EXIT.ok;
}
