// safety-audit.config.yaml: found upward from the working directory (the first folder, from there to the
// file system's root, that holds one) or named by --config, read and checked like any input, every value
// located.
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { compileSchema, configSchema, type ConfigFile } from '../schema/index.js';
import type { Diagnostic } from './diagnostics.js';
import type { Parsed, SourceMap } from './types.js';
import { validateAgainstSchema } from './validate.js';
import { readYamlFile } from './read-yaml-file.js';

export const CONFIG_FILE = 'safety-audit.config.yaml';

/** A config file read and valid against the config schema: its values, where each is, and the file. */
export interface LoadedConfig {
  file: string;
  label: string;
  data: ConfigFile;
  sourceMap: SourceMap;
}

/** The nearest safety-audit.config.yaml from `folder` up to the file system's root; none when there is none. */
export async function findConfigFile(folder: string): Promise<string | undefined> {
  for (let current = folder; ; current = dirname(current)) {
    const candidate = join(current, CONFIG_FILE);
    if (await stat(candidate).then((info) => info.isFile(), () => false)) return candidate;
    if (dirname(current) === current) return undefined;
  }
}

/** A disabled rule without its reason (`GEN-TRN-009:` and nothing after it) is told what is missing. */
const askForReason = (diagnostic: Diagnostic): Diagnostic =>
  /^\/disabled\/[^/]+$/.test(diagnostic.pointer ?? '') && ['schema-type-string', 'schema-empty'].includes(diagnostic.message.key)
    ? { ...diagnostic, message: { key: 'config-disabled-reason' } }
    : diagnostic;

/** Read and validate a config file; any problem is located in it. */
export async function loadConfig(file: string, label = file): Promise<Parsed<LoadedConfig>> {
  const parsed = await readYamlFile(file, label);
  // A config whose every line is a comment (or blank) sets nothing: every default holds.
  if (parsed.diagnostics.length === 1 && parsed.diagnostics[0]!.code === 'yaml-empty') return { value: { file, label, data: {}, sourceMap: new Map() }, diagnostics: [] };
  if (!parsed.value) return { diagnostics: parsed.diagnostics };
  const { data, sourceMap } = parsed.value;
  const diagnostics = validateAgainstSchema(compileSchema(configSchema), data, sourceMap, 'config-invalid').map(askForReason);
  if (diagnostics.length) return { diagnostics };
  return { value: { file, label, data: data as ConfigFile, sourceMap }, diagnostics: [] };
}
