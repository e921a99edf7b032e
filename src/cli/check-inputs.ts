// What `check` reads besides the assessments it is given: an assessment on standard input, the waivers file,
// and which shard an assessment belongs to.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { vetWaivers } from '../engine/index.js';
import { errorAt, loadWaivers, type Waiver } from '../input/index.js';
import type { CompiledRule, RuleSet } from '../rules/index.js';
import type { InputFailure } from '../report/index.js';
import { checkOne, type CheckOneOptions, type CheckOutcome } from './check-one.js';
import { displayPath } from './display-path.js';
import type { CliIo } from './io.js';

export const STDIN = '-';
export const STDIN_LABEL = '<stdin>';

/**
 * `check -`: one YAML assessment read from standard input (at most --max-file-size), its includes placed in
 * the working directory. It has no folder of its own, so no ledgers beside it are read or warned about.
 */
export async function checkStdin(io: CliIo, rules: RuleSet, options: CheckOneOptions): Promise<CheckOutcome> {
  const { maxBytes } = options;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of io.stdin ?? []) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    size += bytes.length;
    if (size > maxBytes) {
      const message = { key: 'file-too-large', params: { size: `> ${(maxBytes / 1048576).toFixed(1)}`, max: (maxBytes / 1048576).toFixed(1) } };
      return { failure: { file: STDIN_LABEL, diagnostics: [errorAt('file-too-large', message, { file: STDIN_LABEL, line: 1, column: 1 })] } };
    }
    chunks.push(bytes);
  }
  return checkOne(resolve(io.cwd, STDIN_LABEL), STDIN_LABEL, rules, options, Buffer.concat(chunks));
}

/** The shard (1…n) an enterprise belongs to: by a digest of its path as shown, so it stays put as others come and go. */
export const shardOf = (shown: string, total: number): number => (Number.parseInt(createHash('sha256').update(shown).digest('hex').slice(0, 12), 16) % total) + 1;

/**
 * Bad waivers never stop an audit: a waiver that cannot be accepted (unknown rule, shutdown level) is refused
 * and the rest apply; a waivers file that cannot be read applies none. Either is an input error of the waivers
 * file in every report (exit 2, unless a shutdown's 3 wins).
 */
export async function loadCheckedWaivers(file: string, rules: readonly Pick<CompiledRule, 'id' | 'severity'>[], io: CliIo, maxBytes: number): Promise<{ waivers: Waiver[]; failure?: InputFailure }> {
  const label = displayPath(io.cwd, file);
  const loaded = await loadWaivers(file, label, maxBytes);
  if (!loaded.value) return { waivers: [], failure: { file: label, diagnostics: loaded.diagnostics } };
  const problems = vetWaivers(loaded.value, rules);
  const refused = new Set(problems.map((problem) => problem.location));
  const waivers = loaded.value.filter((waiver) => !refused.has(waiver.location));
  return problems.length ? { waivers, failure: { file: label, diagnostics: problems } } : { waivers };
}
