// Every file of a run checked, each outcome handed on as soon as it is known (with its place in the run), so
// the caller puts it aside and nothing accumulates: from the cache where it holds the result, the rest
// evaluated — with `--jobs`, across worker threads, with the same results — and cached.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { RuleSet } from '../rules/index.js';
import { checkOne, type CheckOneOptions, type CheckOutcome } from './check-one.js';
import type { WorkerSetup } from './check-worker.js';
import type { Jobs } from './options.js';
import type { RuleChoice } from './adjust-rules.js';
import type { Progress } from './progress.js';
import { serializeResult, type ResultCache } from './result-cache.js';
import type { ResultCodec } from './result-text.js';
import { resultRenderer, type RenderSetup } from './render-results.js';

/** Below this many files, `--jobs auto` checks in the main thread: starting workers would cost more than it saves. */
const AUTO_POOL_MIN_FILES = 48;
const WORKER = new URL('./check-worker.js', import.meta.url);

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
  /** How results are written for the cache (the spool's, so that a hit goes to the spool as it is). */
  codec: ResultCodec;
  /** The formats whose text of an enterprise the cache keeps with its result, if any (render-results.ts). */
  render: RenderSetup | undefined;
}

/** `take(index, outcome)` for each task, in the order the outcomes are known (not the order of `tasks`). */
export type TakeOutcome = (index: number, outcome: CheckOutcome) => void;

export async function checkAll(tasks: readonly Task[], options: CheckAllOptions, take: TakeOutcome): Promise<void> {
  const { cache, progress } = options;
  if (!cache) return evaluateAll(tasks, options, take);
  const misses: number[] = [];
  for (const [index, task] of tasks.entries()) {
    const hit = cache.lookup(task.file, task.shown);
    if (!hit) misses.push(index);
    else (take(index, { serialized: hit }), progress.tick());
    // Lookups read synchronously: the event loop runs now and then, for the progress line and a signal to stop.
    if (index % 32 === 31) await nextTurn();
  }
  const render = options.render && (await resultRenderer(options.render));
  await evaluateAll(misses.map((index) => tasks[index]!), options, (index, outcome) => {
    const task = tasks[misses[index]!]!;
    if (outcome.result) {
      // Written once, for the cache and for the spool alike.
      const serialized = serializeResult(outcome.result, options.codec, render);
      cache.store(task.file, task.shown, serialized, outcome.read);
      return take(misses[index]!, { ...outcome, serialized });
    }
    if (outcome.serialized && outcome.read) cache.store(task.file, task.shown, outcome.serialized, outcome.read);
    take(misses[index]!, outcome);
  });
}

async function evaluateAll(tasks: readonly Task[], { rules, packFiles, groupPackFiles, choice, waivers, asOf, maxBytes, keepPasses, jobs, progress, render }: CheckAllOptions, take: TakeOutcome): Promise<void> {
  const threads = Math.min(jobs.threads, tasks.length);
  const pooled = threads > 1 && (jobs.explicit || tasks.length >= AUTO_POOL_MIN_FILES);
  let next = 0;
  // The main thread checks too: `--jobs N` is this thread and N-1 workers, taking the next file as each is free.
  const checkHere = async () => {
    for (let index = next++; index < tasks.length; index = next++) {
      const { file, shown } = tasks[index]!;
      take(index, await checkOne(file, shown, rules, { waivers, maxBytes, keepPasses }));
      progress.tick();
      // A check reads its files synchronously: let the event loop run between two, for the workers' answers,
      // the progress line and a signal to stop.
      await nextTurn();
    }
  };
  if (!pooled) return checkHere();
  const { Piscina } = await import('piscina');
  const setup: WorkerSetup = { packFiles, groupPackFiles, choice, asOf, waivers, maxBytes, keepPasses, render };
  const workers = threads - 1;
  // Two files in hand per worker, held by the worker itself: it never waits for this thread, busy with a check of
  // its own, to hand it the next one.
  const pool = new Piscina({ filename: WORKER.href, workerData: setup, minThreads: workers, maxThreads: workers, concurrentTasksPerWorker: 2 });
  const checkInWorker = async () => {
    for (let index = next++; index < tasks.length; index = next++) {
      take(index, (await pool.run(tasks[index], { name: 'check' })) as CheckOutcome);
      progress.tick();
    }
  };
  try {
    await Promise.all([...Array.from({ length: 2 * workers }, checkInWorker), checkHere()]);
  } finally {
    await pool.destroy();
  }
}
