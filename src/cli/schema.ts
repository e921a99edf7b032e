import { Command } from 'commander';
import { buildRuleSet, loadPackFile } from '../rules/index.js';
import { configSchema, resultSchema } from '../schema/index.js';
import { formatDiagnostic } from '../report/index.js';
import { EXIT } from './exit-code.js';
import type { CliIo } from './io.js';
import { parseAsOf } from './options.js';
import { bundledPackFiles } from './package-info.js';

export function schemaCommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command('schema')
    .description('print the JSON Schema of a self-assessment (for editors), or of the JSON report / 输出自评文件的 JSON Schema')
    .option('--result', 'print the schema of `check -f json` output instead')
    .option('--config', 'print the schema of safety-audit.config.yaml instead')
    .addHelpText('after', `
Example (completion in VS Code with the YAML extension):
  safety-audit schema > assessment.schema.json
  # first line of enterprise.yaml:  # yaml-language-server: $schema=./assessment.schema.json
  safety-audit schema --config > config.schema.json`)
    .action(async (options: { result?: boolean; config?: boolean }) => setExit(await runSchema(options, io)));
}

async function runSchema(options: { result?: boolean; config?: boolean }, io: CliIo): Promise<number> {
  if (options.result) return (io.stdout.write(`${JSON.stringify(resultSchema, null, 2)}\n`), EXIT.ok);
  if (options.config) return (io.stdout.write(`${JSON.stringify(configSchema, null, 2)}\n`), EXIT.ok);
  const loaded = await Promise.all(bundledPackFiles().map((file) => loadPackFile(file)));
  const packs = loaded.flatMap((result) => (result.value ? [result.value] : []));
  const { ruleSet, diagnostics } = buildRuleSet(packs, parseAsOf(undefined, io.now()));
  const problems = [...loaded.flatMap((result) => result.diagnostics), ...diagnostics];
  for (const problem of problems) io.stderr.write(`${formatDiagnostic(problem, problem.location?.file ?? '', 'zh')}\n`);
  if (!ruleSet || problems.length) return EXIT.invalid;
  io.stdout.write(`${JSON.stringify(ruleSet.schema, null, 2)}\n`);
  return EXIT.ok;
}
