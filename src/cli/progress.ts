import { createRequire } from 'node:module';
import type { CliIo } from './io.js';

/** Ticks as files are checked; a no-op unless stderr is a terminal (CI logs get the summary line only). */
export interface Progress {
  tick(): void;
  stop(): void;
}

const silent: Progress = { tick: () => undefined, stop: () => undefined };

/** A progress line on stderr for runs of more than one file, only on a terminal and outside CI. */
export function startProgress(io: CliIo, total: number): Progress {
  if (io.stderr.isTTY !== true || total < 2 || io.env.CI) return silent;
  // Loaded only for a terminal: a CI run never pays for it.
  const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof import('cli-progress');
  const bar = new cliProgress.SingleBar(
    { stream: io.stderr as NodeJS.WritableStream, format: '{bar} {value}/{total}  {eta_formatted}', hideCursor: true, clearOnComplete: true, etaBuffer: 50 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { tick: () => bar.increment(), stop: () => bar.stop() };
}
