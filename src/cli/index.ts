// The CLI's entry: `main` answers `--version` from the packs' headings alone and hands every other use to the
// commander program (program.ts), imported only then; `guardProcess` is what the process itself must do.
import { EXIT } from './exit-code.js';
import type { CliIo } from './io.js';
import { version } from './package-info.js';
import { safeLang } from './safe-lang.js';
import { removeTemporaryFiles } from './write-files.js';

export { version };
export type { CliIo };

/** Run the CLI with `argv` (without node and script); returns the exit code. Only bugs throw. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === '--version' || argv[0] === '-V') {
    const { formatVersion } = await import('./format-version.js');
    io.stdout.write(await formatVersion(safeLang(argv, io)));
    return EXIT.ok;
  }
  const { runProgram } = await import('./program.js');
  return runProgram(argv, io);
}

/**
 * What the process itself must do: a closed stdout (`| head`) ends the run quietly, and an interrupted run
 * (Ctrl-C, SIGTERM from CI) leaves no temporary report file behind.
 */
export function guardProcess(proc: NodeJS.Process): void {
  const stop = (code: number) => {
    removeTemporaryFiles();
    proc.exit(code);
  };
  proc.on('SIGINT', () => stop(130));
  proc.on('SIGTERM', () => stop(143));
  proc.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    stop(typeof proc.exitCode === 'number' ? proc.exitCode : 0);
  });
}
