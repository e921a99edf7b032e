import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

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

let checked: Promise<void> | undefined;

/**
 * A module of the build, `dist/<path>` (dist/cli/index.js is the code bin/ runs), typed as its source: Node itself loads
 * it (vitest.config leaves dist/ to Node's own loader), so no source is transformed for it and it runs at Node's speed.
 * For tests that run the built CLI anyway. A dist/ older than its sources fails, naming the fix, rather than test
 * yesterday's build.
 */
export async function built<Module>(path: string): Promise<Module> {
  await (checked ??= Promise.resolve().then(() => {
    const stale = staleBuild();
    if (stale) throw new Error(`dist/ is ${stale}: run \`npm run build\` (npm test does it first)`);
  }));
  return import(pathToFileURL(join(ROOT, 'dist', path)).href) as Promise<Module>;
}

/**
 * Why dist/ is not the build of src/ as it is (missing, or a source changed since the build), or undefined. The build
 * ends by writing dist/precompiled/manifest.json, which marks when it ran: tsc builds incrementally and leaves an
 * output alone when its source was only touched, so an output's own time says nothing.
 */
function staleBuild(): string | undefined {
  const manifest = join(ROOT, 'dist', 'precompiled', 'manifest.json');
  if (!existsSync(manifest)) return `missing ${relative(ROOT, manifest)}`;
  const built = statSync(manifest).mtimeMs;
  const sources = join(ROOT, 'src');
  for (const entry of readdirSync(sources, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const source = join(entry.parentPath, entry.name);
    const output = join(ROOT, 'dist', relative(sources, source)).replace(/\.ts$/, '.js');
    if (!existsSync(output)) return `missing ${relative(ROOT, output)}`;
    if (built < statSync(source).mtimeMs) return `older than ${relative(ROOT, source)}`;
  }
  return undefined;
}

/**
 * Run the built CLI's `main` in-process (no spawn, same code path after argv): for cases where the process boundary is
 * not the point. `env` is merged over `{ NO_COLOR: '1' }`, as `runCli` merges it over the process's.
 */
export async function runMain(args: string[], options: { cwd?: string; now?: Date; stdin?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  const { main } = await built<typeof import('../../src/cli/index.js')>('cli/index.js');
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
