import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'safety-audit.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built CLI as a user would: a real process, from the project root unless told otherwise. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): CliRun {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` (npm test does it first)');
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...(options.input !== undefined ? { input: options.input } : {}),
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Run `main` in-process (no spawn, same code path after argv): for cases where the process boundary is not the point.
 * `env` is merged over `{ NO_COLOR: '1' }`, as `runCli` merges it over the process's.
 */
export async function runMain(args: string[], options: { cwd?: string; now?: Date; stdin?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  const { main } = await import('../../src/cli/index.js');
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: { NO_COLOR: '1', ...options.env },
    cwd: options.cwd ?? ROOT,
    now: () => options.now ?? new Date('2026-11-20T08:00:00Z'),
    ...(options.stdin !== undefined ? { stdin: [Buffer.from(options.stdin)] } : {}),
  });
  return { code, stdout, stderr };
}
