import { LANGS, type Lang, type MessageRef } from '../i18n/index.js';
import { DEFAULT_MAX_BYTES } from '../input/index.js';
import { FAIL_ON, type FailOn } from './exit-code.js';

/** Thrown by option parsing only; `main` turns it into a message and exit 2. */
export class UsageError extends Error {
  constructor(readonly ref: MessageRef) {
    super(ref.key);
  }
}

export function parseLang(value: string | undefined, env: Record<string, string | undefined>): Lang {
  const lang = value ?? env.SAFETY_AUDIT_LANG ?? 'zh';
  if (!(LANGS as readonly string[]).includes(lang)) throw new UsageError({ key: 'usage-lang', params: { value: lang } });
  return lang as Lang;
}

export function parseAsOf(value: string | undefined, now: Date): string {
  if (value === undefined) return localDate(now);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!valid) throw new UsageError({ key: 'usage-as-of', params: { value } });
  return value;
}

export function parseFailOn(value: string | undefined): FailOn {
  const failOn = value ?? 'major';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) throw new UsageError({ key: 'usage-fail-on', params: { value: failOn } });
  return failOn as FailOn;
}

/** `--max-file-size` in MiB (a positive number), as bytes; 64 MiB by default. */
export function parseMaxFileSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  const mebibytes = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(mebibytes > 0) || mebibytes > 1024 * 1024) throw new UsageError({ key: 'usage-max-file-size', params: { value } });
  return Math.floor(mebibytes * 1024 * 1024);
}

/**
 * `--jobs`: how many enterprises are checked at once: one in the main thread, the others each in a worker thread. `auto` (the default) uses the
 * available cores once the run is large enough to repay starting the workers; a number is taken as asked.
 */
export type Jobs = { threads: number; explicit: boolean };

export function parseJobs(value: string | undefined, cores: number): Jobs {
  if (value === undefined || value === 'auto') return { threads: Math.max(1, cores), explicit: false };
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 256) throw new UsageError({ key: 'usage-jobs', params: { value } });
  return { threads: Number(value), explicit: true };
}

/**
 * `--shard i/n`: this run checks the i-th of n parts of the enterprises. Without the option, GitLab's
 * CI_NODE_INDEX/CI_NODE_TOTAL (a job with `parallel: n`) decide; otherwise the run is whole.
 */
export type Shard = { index: number; total: number };

export function parseShard(value: string | undefined, env: Record<string, string | undefined>): Shard | undefined {
  const given = value ?? (env.CI_NODE_INDEX && env.CI_NODE_TOTAL ? `${env.CI_NODE_INDEX}/${env.CI_NODE_TOTAL}` : undefined);
  if (given === undefined) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(given);
  const [index, total] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || index < 1 || index > total) throw new UsageError({ key: 'usage-shard', params: { value: given } });
  return total === 1 ? undefined : { index, total };
}

/** Colour only on a terminal, unless NO_COLOR or FORCE_COLOR says otherwise. */
export function useColor(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return stream.isTTY === true;
}

const pad = (n: number) => String(n).padStart(2, '0');
const localDate = (now: Date) => `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
