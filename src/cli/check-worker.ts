// A worker thread of `check --jobs N` (run by piscina from dist/cli/check-worker.js): it compiles the packs
// once for the audit date and checks the files it is handed, returning plain results to the main thread.
import { workerData } from 'node:worker_threads';
import type { Waiver } from '../input/index.js';
import { loadRuleSet } from '../rules/index.js';
import { chooseRules, type RuleChoice } from './adjust-rules.js';
import { checkOne, type CheckOutcome } from './check-one.js';
import { heapGovernor } from './heap-governor.js';
import { serializeResult } from './result-cache.js';
import { ResultText } from './result-text.js';
import { resultRenderer, type RenderSetup } from './render-results.js';

export interface WorkerSetup {
  packFiles: string[];
  /** A group's own packs (`--rules`), checked against the bundled ones as in the main thread. */
  groupPackFiles: string[];
  /** The config's packs, severity overrides and disabled rules, already accepted by the main thread. */
  choice: RuleChoice;
  asOf: string;
  waivers: Waiver[];
  maxBytes: number;
  keepPasses: boolean;
  /** With `--cache`, the formats whose text of an enterprise is kept with its result (render-results.ts). */
  render: RenderSetup | undefined;
}

const setup = workerData as WorkerSetup;
const loading = loadRuleSet(setup.packFiles, setup.asOf, setup.groupPackFiles).then(async ({ ruleSet, diagnostics }) => {
  // The main thread loaded the same packs without a problem before starting any worker.
  if (!ruleSet) throw new Error(`rule packs did not load in a worker: ${diagnostics.map((d) => d.code).join(', ')}`);
  const rules = chooseRules(ruleSet, setup.choice).ruleSet;
  return { rules, codec: new ResultText(rules), render: setup.render && (await resultRenderer(setup.render)) };
});

// Between two files, the worker's own heap is kept from piling up garbage, as the main thread's is.
const heap = heapGovernor();

/** One file checked; a result comes back as JSON, so the main thread writes it to the spool without serialising it. */
export async function check({ file, shown }: { file: string; shown: string }): Promise<CheckOutcome> {
  heap.between();
  const { rules, codec, render } = await loading;
  const outcome = await checkOne(file, shown, rules, setup);
  return outcome.result ? { serialized: serializeResult(outcome.result, codec, render), read: outcome.read } : outcome;
}
