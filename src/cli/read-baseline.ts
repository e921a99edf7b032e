// `check --baseline`: an earlier run's JSON report, its enterprises put aside in a spool as they are read, so
// last night's report of thousands of subsidiaries is never held whole; the comparison then keeps only each
// open finding's status and each enterprise's history.
import type { Diagnostic } from '../input/index.js';
import { readReport } from './read-report.js';
import { ResultSpool } from './result-spool.js';

export interface Baseline {
  asOf: string;
  generatedAt: string;
  /** Its enterprises, read back from the spool in the report's order; `close()` removes the spool. */
  enterprises: ResultSpool;
}

export async function readBaseline(path: string, shown: string): Promise<{ baseline?: Baseline; diagnostics: Diagnostic[] }> {
  const spool = ResultSpool.open();
  const read = await readReport(path, shown, (result, index) => spool.add(index, result));
  if (!read.report) {
    spool.close();
    return { diagnostics: read.diagnostics };
  }
  return { baseline: { asOf: read.report.run.asOf, generatedAt: read.report.run.generatedAt, enterprises: spool }, diagnostics: [] };
}
