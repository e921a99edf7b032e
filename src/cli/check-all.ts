// Every file of a run checked, each outcome handed on as soon as it is known (with its place in the run), so
// the caller puts it aside and nothing accumulates: from the cache where it holds the result, the rest
// evaluated — with `--jobs`, across worker threads, with the same results — and cached.
import type { RuleSet } from '../rules/index.js';
import { checkOne, type CheckOneOptions, type CheckOutcome } from './check-one.js';
import type { WorkerSetup } from './check-worker.js';
import type { Jobs } from './options.js';
import type { RuleChoice } from './adjust-rules.js';
import type { Progress } from './progress.js';
import type { ResultCache } from './result-cache.js';

/** Below this many files, `--jobs auto` checks in the main thread: starting workers would cost more than it saves. */
const AUTO_POOL_MIN_FILES = 48;
const WORKER = new URL('../../dist/cli/check-worker.js', import.meta.url);

export type Task = { file: string; shown: string; position?: number };

export interface CheckAllOptions extends CheckOneOptions {
  rules: RuleSet;
  /** Every pack loaded (bundled, and the group's), and the config's choice among them: a worker makes the same rule set. */
  packFiles: string[];
  groupPackFiles: string[];
  choice: RuleChoice;
  asOf: string;
  jobs: Jobs;
  progress: Progress;
  cache: ResultCache | undefined;
}

/** `take(index, outcome)` for each task, in the order the outcomes are known (not the order of `tasks`). */
export type TakeOutcome = (index: number, outcome: CheckOutcome) => void;

export async function checkAll(tasks: readonly Task[], options: CheckAllOptions, take: TakeOutcome): Promise<void> {
  const { cache, progress } = options;
  if (!cache) return evaluateAll(tasks, options, take);
  const misses: number[] = [];
  for (const [index, task] of tasks.entries()) {
    const hit = await cache.lookup(task.file, task.shown);
    if (!hit) misses.push(index);
    else (take(index, { result: hit, read: [] }), progress.tick());
  }
  await evaluateAll(misses.map((index) => tasks[index]!), options, (index, outcome) => {
    const task = tasks[misses[index]!]!;
    if (outcome.result) cache.store(task.file, task.shown, outcome.result, outcome.read);
    take(misses[index]!, outcome);
  });
  await cache.flush();
}

async function evaluateAll(tasks: readonly Task[], { rules, packFiles, groupPackFiles, choice, waivers, asOf, maxBytes, keepPasses, jobs, progress }: CheckAllOptions, take: TakeOutcome): Promise<void> {
  const threads = Math.min(jobs.threads, tasks.length);
  const pooled = threads > 1 && (jobs.explicit || tasks.length >= AUTO_POOL_MIN_FILES);
  if (!pooled) {
    for (const [index, { file, shown }] of tasks.entries()) {
      take(index, await checkOne(file, shown, rules, { waivers, maxBytes, keepPasses }));
      progress.tick();
    }
    return;
  }
  const { Piscina } = await import('piscina');
  const setup: WorkerSetup = { packFiles, groupPackFiles, choice, asOf, waivers, maxBytes, keepPasses };
  const pool = new Piscina({ filename: WORKER.href, workerData: setup, minThreads: threads, maxThreads: threads });
  try {
    await Promise.all(tasks.map(async (task, index) => {
      take(index, (await pool.run(task, { name: 'check' })) as CheckOutcome);
      progress.tick();
    }));
  } finally {
    await pool.destroy();
  }
}
