// The command that runs this program, as the user can type it again: `safety-audit` when installed
// (npm install -g), `npx safety-audit` under npx, `node bin/safety-audit.js` when started that way. Decided
// here once, from the script's path and npm's environment, and passed down as a value to every message
// that names a command (init's next step, usage hints, help examples, the template's first lines).
import { isAbsolute, relative, sep } from 'node:path';
import type { Command } from 'commander';
import type { CliIo } from './io.js';

export const INSTALLED_NAME = 'safety-audit';

export function commandName({ script, env, cwd }: Pick<CliIo, 'script' | 'env' | 'cwd'>): string {
  // npx and `npm exec` set npm_command=exec; the bin then lives in npm's cache, under a name typed once.
  if (env.npm_command === 'exec') return `npx ${INSTALLED_NAME}`;
  if (!script) return INSTALLED_NAME;
  // A global or local install: the bin link (safety-audit), or on Windows the shim's node_modules/… path.
  if (!script.endsWith('.js') || script.split(/[\\/]/).includes('node_modules')) return INSTALLED_NAME;
  const rel = relative(cwd, script);
  const shown = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : script;
  return `node ${/[\s"'$`\\]/.test(shown) ? `"${shown.replace(/(["$`\\])/g, '\\$1')}"` : shown}`;
}

/** The name a command's program was given (the root of commander's tree), for the examples in its help. */
export function programName(command: Command): string {
  let root = command;
  while (root.parent) root = root.parent;
  return root.name();
}

/** Help text whose examples start with `safety-audit `, shown with the command that works in this run. */
export const withProgramName = (text: string) => ({ command }: { command: Command }): string =>
  text.replace(/^(\s*)safety-audit /gm, (_line, indent: string) => `${indent}${programName(command)} `);
