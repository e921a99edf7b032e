import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { detectAndDecode } from './decode.js';

const YAML_FILE = /\.ya?ml$/i;
const ASSESSMENT = /^enterprise\s*:/m;

/**
 * Expand the paths given on the command line into assessment files: a file is taken as given;
 * a folder is searched for YAML files with a top-level `enterprise:` in any encoding the tool reads
 * (sorted, so runs are stable).
 * A path that does not exist is returned as is, so loading reports it.
 */
export async function findAssessments(paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) found.push(...(await searchFolder(path)));
    else found.push(path);
  }
  return found;
}

async function searchFolder(folder: string): Promise<string[]> {
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const found: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await searchFolder(path)));
    else if (entry.isFile() && YAML_FILE.test(entry.name) && ASSESSMENT.test(detectAndDecode(await readFile(path))?.text ?? '')) found.push(path);
  }
  return found;
}
