// cli-table3 for the commands that print a table of their own (rules, config, fields), loaded on first use:
// a `check` never pays for it (its table reporter draws its own boxes).
import { createRequire } from 'node:module';
import type Table from 'cli-table3';

const require = createRequire(import.meta.url);
let loaded: typeof Table | undefined;

/** A new cli-table3 table. */
export function newTable(options: Table.TableConstructorOptions): Table.Table {
  loaded ??= require('cli-table3') as typeof Table;
  return new loaded(options);
}
