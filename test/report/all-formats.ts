// Every format's reporter at once, by the name `-f` takes, for the tests: the very ones the CLI loads a format
// at a time through src/report/index.ts's `reporterFor` and kin.
import { FILE_FORMAT_NAMES, FORMAT_NAMES, fileReporterFor, reporterFor, streamReporterFor } from '../../src/report/index.js';
import type { FileFormatName, FileReporter, FormatName, Reporter, StreamReporter } from '../../src/report/index.js';

const byName = async <N extends string, T>(names: readonly N[], load: (name: N) => Promise<T>): Promise<Record<N, T>> =>
  Object.fromEntries(await Promise.all(names.map(async (name) => [name, await load(name)] as const))) as Record<N, T>;

export const reporters: Record<FormatName, Reporter> = await byName(FORMAT_NAMES, reporterFor);
export const streamReporters: Record<FormatName, StreamReporter> = await byName(FORMAT_NAMES, streamReporterFor);
export const fileReporters: Record<FileFormatName, FileReporter> = await byName(FILE_FORMAT_NAMES, fileReporterFor);
