import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { access, mkdir, open, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { heapGovernor } from './heap-governor.js';

export interface OutputFile {
  path: string;
  /** The whole text or bytes, or pieces (a streamed report), written as they come. */
  content: string | Uint8Array | Iterable<string> | AsyncIterable<string | Uint8Array>;
}

/** Temporary files being written now: removed if the run is interrupted (SIGINT, SIGTERM, a closed pipe). */
const pending = new Set<string>();

/**
 * A hidden temporary name beside `file` that says whose it is: `.audit.json.safety-audit.1a2b3c.tmp`. A later
 * run removes such leftovers of a run killed with -9, and `.*.safety-audit.*.tmp` in .gitignore hides them.
 */
export const temporaryName = (file: string, tag = randomBytes(6).toString('hex')): string => join(dirname(file), `.${basename(file)}.safety-audit.${tag}.tmp`);

/** Remove the temporary files of writes in progress; synchronous, for signal handlers. */
export function removeTemporaryFiles(): void {
  for (const temp of pending) rmSync(temp, { force: true, recursive: true });
  pending.clear();
}

/** A temporary file or folder of the run (the result spool), removed by `removeTemporaryFiles` if the run is cut short. */
export const holdTemporary = (path: string): void => void pending.add(path);
export const releaseTemporary = (path: string): void => void pending.delete(path);

/** The paths among `files` that already exist: callers refuse to overwrite them. */
export async function existingFiles(files: readonly OutputFile[]): Promise<string[]> {
  const found = await Promise.all(files.map((file) => access(file.path).then(() => file.path, () => undefined)));
  return found.filter((path): path is string => path !== undefined);
}

/**
 * Write each file atomically: to a temporary file beside it, then renamed into place, so an interrupted
 * run never leaves a half-written file. On a failure, the temporary files are removed and the error, with
 * the path it concerns, is thrown.
 */
export async function writeFilesAtomically(files: readonly OutputFile[]): Promise<void> {
  const temporary: string[] = [];
  try {
    for (const file of files) {
      await mkdir(dirname(file.path), { recursive: true });
      await removeLeftovers(file.path);
      const temp = temporaryName(file.path);
      temporary.push(temp);
      pending.add(temp);
      await writeContent(temp, file.content).catch((error: NodeJS.ErrnoException) => {
        throw Object.assign(error, { path: file.path });
      });
    }
    for (const [index, file] of files.entries()) await rename(temporary[index]!, file.path);
  } finally {
    await Promise.all(temporary.map((temp) => rm(temp, { force: true })));
    for (const temp of temporary) pending.delete(temp);
  }
}

/** Pieces are gathered to about this many characters before each write. */
const WRITE_BATCH = 1 << 20;

async function writeContent(path: string, content: OutputFile['content']): Promise<void> {
  if (typeof content === 'string' || content instanceof Uint8Array) return writeFile(path, content, { flag: 'wx' });
  const handle = await open(path, 'wx');
  try {
    let batch = '';
    for await (const piece of content) {
      if (typeof piece !== 'string') (batch && (await handle.writeFile(batch)), await handle.writeFile(piece), (batch = ''));
      else if ((batch += piece).length >= WRITE_BATCH) (await handle.writeFile(batch), (batch = ''), heapGovernor().between());
    }
    // writeFile, not write: write may take only part of the text (a full disk) and say nothing.
    if (batch) await handle.writeFile(batch);
  } finally {
    await handle.close();
  }
}

/** Temporary files a killed run left beside `file`. */
async function removeLeftovers(file: string): Promise<void> {
  const prefix = `.${basename(file)}.safety-audit.`;
  const names = await readdir(dirname(file)).catch(() => [] as string[]);
  await Promise.all(names.filter((name) => name.startsWith(prefix) && name.endsWith('.tmp')).map((name) => rm(join(dirname(file), name), { force: true })));
}
