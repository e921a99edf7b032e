import { randomBytes } from 'node:crypto';
import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

/** The paths among `files` that already exist: callers refuse to overwrite them. */
export async function existingFiles(files: readonly OutputFile[]): Promise<string[]> {
  const found = await Promise.all(files.map((file) => access(file.path).then(() => file.path, () => undefined)));
  return found.filter((path): path is string => path !== undefined);
}

/**
 * Write each file atomically: to a temporary file beside it, then renamed into place, so an interrupted
 * run never leaves a half-written file. On a failure, the temporary files are removed.
 */
export async function writeFilesAtomically(files: readonly OutputFile[]): Promise<void> {
  const temporary: string[] = [];
  try {
    for (const file of files) {
      await mkdir(dirname(file.path), { recursive: true });
      const temp = `${file.path}.${randomBytes(6).toString('hex')}.tmp`;
      temporary.push(temp);
      await writeFile(temp, file.content, { flag: 'wx' });
    }
    for (const [index, file] of files.entries()) await rename(temporary[index]!, file.path);
  } catch (error) {
    await Promise.all(temporary.map((temp) => rm(temp, { force: true })));
    throw error;
  }
}
