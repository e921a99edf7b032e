import { evaluate, type EnterpriseResult } from '../engine/index.js';
import { loadAssessment, type Waiver } from '../input/index.js';
import type { RuleSet } from '../rules/index.js';
import type { InputFailure } from '../report/index.js';
import { heapGovernor } from './heap-governor.js';
import type { SerializedResult } from './result-cache.js';

/** One enterprise checked: its result, or why its files could not be checked. */
export type CheckOutcome =
  /** `serialized`: the same result as the spool writes it, where it was written already (for the cache). */
  | { result: EnterpriseResult; read: string[]; failure?: undefined; serialized?: SerializedResult }
  | { failure: InputFailure; result?: undefined; serialized?: undefined }
  /**
   * The result's JSON with its part of the run's overview: from `--cache` as stored, or from a worker, which
   * serialises what it checked so that this thread only writes it to the spool (`read`: the files it read).
   */
  | { serialized: SerializedResult; read?: string[]; result?: undefined; failure?: undefined };

export interface CheckOneOptions {
  waivers: Waiver[];
  maxBytes: number;
  /** `--include-passes`: keep passes and not-applicable results as findings, not only their counts. */
  keepPasses: boolean;
}

/** Load and evaluate one assessment file; the same in the main thread and in a worker (check-worker.ts). */
export async function checkOne(file: string, shown: string, rules: RuleSet, options: CheckOneOptions, bytes?: Uint8Array): Promise<CheckOutcome> {
  const { waivers, maxBytes, keepPasses } = options;
  const loaded = await loadAssessment(file, rules, shown, maxBytes, bytes);
  // What reading left behind (the parsed text, the CSV records) is collected before the rules run, if it is much.
  heapGovernor().between();
  if (loaded.value) return { result: evaluate(loaded.value, rules, rules.ruleEnv, waivers, { keepPasses }), read: loaded.value.read ?? [file] };
  return { failure: { file: shown, diagnostics: loaded.diagnostics } };
}
