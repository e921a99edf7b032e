// The config file of a run: named by --config, else the nearest safety-audit.config.yaml from the working
// directory up to the root; read, checked and merged with the flags and the environment (settings.ts).
import { basename, resolve } from 'node:path';
import { LANGS, type Lang } from '../i18n/index.js';
import { findConfigFile, loadConfig, type Diagnostic, type LoadedConfig } from '../input/index.js';
import { formatDiagnostic } from '../report/index.js';
import { displayPath } from './display-path.js';
import type { CliIo } from './io.js';
import { bundledPackFiles } from './package-info.js';
import { settle, type SettingFlags, type Settings } from './settings.js';

/** The ids of the bundled packs (a pack's file is named by its id). */
export const bundledPackIds = (): string[] => bundledPackFiles().map((file) => basename(file).replace(/\.ya?ml$/, ''));

/** The run's settings, or every problem of the config file, located. */
export async function readSettings(flags: SettingFlags & { config?: string }, io: CliIo): Promise<{ settings?: Settings; diagnostics: Diagnostic[] }> {
  const file = flags.config !== undefined ? resolve(io.cwd, flags.config) : await findConfigFile(io.cwd);
  let config: LoadedConfig | undefined;
  if (file) {
    const loaded = await loadConfig(file, displayPath(io.cwd, file));
    if (!loaded.value) return { diagnostics: loaded.diagnostics };
    config = loaded.value;
  }
  return settle(flags, config, io.env, bundledPackIds());
}

/** Print a config file's problems, located, in the language of the flag or the environment (the file's may be the problem). */
export function printConfigProblems(diagnostics: readonly Diagnostic[], flags: { lang?: string }, io: CliIo): void {
  const asked = flags.lang ?? io.env.SAFETY_AUDIT_LANG ?? 'zh';
  const lang: Lang = (LANGS as readonly string[]).includes(asked) ? (asked as Lang) : 'zh';
  for (const diagnostic of diagnostics) io.stderr.write(`${formatDiagnostic(diagnostic, diagnostic.location?.file ?? '', lang)}\n`);
}
