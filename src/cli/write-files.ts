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

/** Pieces are encoded into a buffer of this many bytes, written each time it fills. */
const WRITE_BATCH = 1 << 20;

/**
 * Streamed text is encoded piece by piece into one buffer that is reused: `Buffer.from` on a batch of joined
 * pieces took five times as long (it measures the whole text, then encodes it again), a quarter of a warm
 * `--cache` run writing a 33 MB report.
 */
async function writeContent(path: string, content: OutputFile['content']): Promise<void> {
  if (typeof content === 'string' || content instanceof Uint8Array) return writeFile(path, content, { flag: 'wx' });
  const handle = await open(path, 'wx');
  try {
    const buffer = Buffer.allocUnsafe(WRITE_BATCH);
    let used = 0;
    // writeFile, not write: write may take only part of the bytes (a full disk) and say nothing.
    const flush = async () => {
      if (used) await handle.writeFile(buffer.subarray(0, used));
      used = 0;
      heapGovernor().between();
    };
    for await (const piece of content) {
      if (typeof piece !== 'string') {
        await flush();
        await handle.writeFile(piece);
        continue;
      }
      // A UTF-16 unit takes at most 3 bytes in UTF-8 (a surrogate pair 4 for 2), so a piece that fits whole is never cut.
      if (used + piece.length * 3 > WRITE_BATCH) await flush();
      if (piece.length * 3 > WRITE_BATCH) await handle.writeFile(piece);
      else used += buffer.write(piece, used);
    }
    await flush();
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
