// The commander program: every command, parsed once. Imported by `main` only when a command runs, so that
// `--version` does not load the engine, the reporters or the rule compiler.
import { Command, CommanderError } from 'commander';
import { translate, type Lang } from '../i18n/index.js';
import { commandName } from './command-name.js';
import { EXIT } from './exit-code.js';
import { formatVersion } from './format-version.js';
import type { CliIo } from './io.js';
import { UsageError } from './options.js';
import { safeLang } from './safe-lang.js';

type MakeCommand = (io: CliIo, setExit: (code: number) => void) => Command;

/** Every command, in the order help lists them; a command's module is loaded only when it may run. */
const COMMANDS: Record<string, () => Promise<MakeCommand>> = {
  check: async () => (await import('./check.js')).checkCommand,
  merge: async () => (await import('./merge.js')).mergeCommand,
  rules: async () => (await import('./rules.js')).rulesCommand,
  explain: async () => (await import('./explain.js')).explainCommand,
  schema: async () => (await import('./schema.js')).schemaCommand,
  config: async () => (await import('./config.js')).configCommand,
  fields: async () => (await import('./fields.js')).fieldsCommand,
  init: async () => (await import('./init.js')).initCommand,
};

/** The commander program with every command; `main` (index.ts) imports it only when a command runs. */
export async function runProgram(argv: string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const setExit = (code: number) => void (exitCode = code);
  let versionAsked = false;
  const name = commandName(io);
  const program = new Command(name)
    .description('Work-safety (安全生产) compliance auditor: 五到位 gaps, 停产整顿 violations and 重大隐患, with their legal basis.')
    .option('-V, --version', 'print the version, and each bundled rule pack with the editions it encodes')
    .on('option:version', () => {
      // Stop parsing here, as commander's own version option does; the packs are read below, only now.
      versionAsked = true;
      throw new CommanderError(0, 'safety-audit.version', '');
    });
  // `check …` needs only the check command (its options, its help); anything else — no command, `help`, a
  // mistyped one that commander suggests a name for — gets them all.
  const first = argv[0] ?? '';
  const wanted = Object.hasOwn(COMMANDS, first) ? [first] : Object.keys(COMMANDS);
  for (const make of await Promise.all(wanted.map((command) => COMMANDS[command]!()))) program.addCommand(make(io, setExit));
  overrideExits(program, io, safeLang(argv, io), name);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (versionAsked) {
      io.stdout.write(await formatVersion(safeLang(argv, io)));
      return EXIT.ok;
    }
    if (error instanceof UsageError) {
      const lang = safeLang(argv, io);
      const sub = program.commands.find((command) => command.name() === argv[0]);
      io.stderr.write(`safety-audit: ${translate(lang, error.ref)}\n${helpHint(lang, sub ? `${name} ${sub.name()}` : name)}\n`);
      return EXIT.invalid;
    }
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.invalid;
    throw error;
  }
}

/**
 * Commander must never exit the process or print on its own: every command reports through `io`. After a
 * usage error it names the help of that command, as the user runs it (`npx safety-audit check --help`).
 */
function overrideExits(command: Command, io: CliIo, lang: Lang, invoked: string): void {
  command.exitOverride().configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) });
  command.showHelpAfterError(helpHint(lang, invoked));
  for (const child of command.commands) overrideExits(child, io, lang, `${invoked} ${child.name()}`);
}

const helpHint = (lang: Lang, invoked: string) => translate(lang, { key: 'usage-help-hint', params: { command: invoked } });
