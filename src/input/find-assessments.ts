import { readdirSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { detectAndDecode, utf16Bom } from './decode.js';
import { errorAt, type Diagnostic } from './diagnostics.js';
import { describeIoError, readBytes } from './load-assessment.js';
import { realPath } from './resolve-includes.js';

const YAML_FILE = /\.ya?ml$/i;
const ASSESSMENT = /^enterprise\s*:/m;

export interface FoundAssessments {
  files: string[];
  /** Folders that could not be searched (permission denied …), each with why. */
  unreadable: { path: string; diagnostic: Diagnostic }[];
  /** The names in each folder searched, as listed then (the cache compares a folder's ledgers with an earlier run's). */
  listings: Map<string, string[]>;
}

/**
 * Expand the paths given on the command line into assessment files: a file is taken as given;
 * a folder is searched for YAML files with a top-level `enterprise:` in any encoding the tool reads
 * (sorted, so runs are stable). A path that does not exist, and a YAML file that cannot be read or is too
 * large to look into, is returned as is, so loading reports it; a folder that cannot be listed is reported.
 */
export async function findAssessments(paths: readonly string[], maxBytes?: number): Promise<FoundAssessments> {
  const found: FoundAssessments = { files: [], unreadable: [], listings: new Map() };
  for (const path of await expandPatterns(paths)) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) await searchFolder(path, found, maxBytes);
    else found.files.push(path);
  }
  return found;
}

/**
 * A quoted glob pattern (`'subsidiaries/*\/enterprise.yaml'`, as a CI script or Windows shell passes it) that
 * names no existing file is expanded, its matches sorted; a pattern matching nothing stays as it is, so the
 * check reports it as a file not found rather than skipping it in silence.
 */
async function expandPatterns(paths: readonly string[]): Promise<string[]> {
  const expanded: string[] = [];
  for (const path of paths) {
    const exists = await stat(path).then(() => true, () => false);
    if (exists) {
      expanded.push(path);
      continue;
    }
    // The glob library is loaded only for a path that is not there: most runs name files and folders.
    const { glob, isDynamicPattern } = await import('tinyglobby');
    if (!isDynamicPattern(path)) {
      expanded.push(path);
      continue;
    }
    const matches = await glob(path.replace(/\\/g, '/'), { absolute: true, onlyFiles: false, expandDirectories: false, dot: false, ignore: ['**/node_modules/**'] });
    expanded.push(...(matches.length ? matches.map((match) => match.replace(/\/$/, '')).sort((a, b) => a.localeCompare(b)) : [path]));
  }
  return expanded;
}

/**
 * A folder's assessments, and those of the folders in it. A link is followed to what it names (a group's
 * subsidiaries are often links to shared drives): a linked folder is searched once, however many links lead
 * to it (no loop), and a linked YAML file is taken like any other; a link that leads nowhere but is named as a
 * YAML file is returned, so loading reports it.
 */
async function searchFolder(folder: string, found: FoundAssessments, maxBytes?: number, searched = new Set<string>()): Promise<void> {
  // Listed synchronously, as the files are read: a group's thousand folders are a thousand trips through the
  // thread pool otherwise, each waited for in turn.
  const real = realPath(folder) ?? folder;
  if (searched.has(real)) return;
  searched.add(real);
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch (error) {
    const diagnostic = errorAt('file-unreadable', { key: 'folder-unreadable', params: { cause: describeIoError(error) } }, { file: folder, line: 1, column: 1 });
    found.unreadable.push({ path: folder, diagnostic });
    return;
  }
  found.listings.set(folder, entries.map((entry) => entry.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    const kind = entry.isSymbolicLink() ? linkKind(path) : entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other';
    if (kind === 'folder') await searchFolder(path, found, maxBytes, searched);
    else if (kind === 'broken' && YAML_FILE.test(entry.name)) found.files.push(path);
    else if (kind === 'file' && YAML_FILE.test(entry.name) && (await mayBeAssessment(path, maxBytes))) found.files.push(path);
  }
}

/** What a link leads to: a folder, a file, or nothing. */
function linkKind(path: string): 'folder' | 'file' | 'broken' {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'broken';
  }
}

/** A YAML file with a top-level `enterprise:`, or one that cannot be read or decoded to tell (loading then says why). */
async function mayBeAssessment(path: string, maxBytes?: number): Promise<boolean> {
  const bytes = await readBytes(path, path, maxBytes);
  if (!bytes.value) return true;
  // In UTF-8 and GB18030 alike, `enterprise:` at a line's start is the same bytes: most files answer without decoding.
  if (!utf16Bom(bytes.value) && ASSESSMENT.test(Buffer.from(bytes.value.buffer, bytes.value.byteOffset, bytes.value.byteLength).toString('latin1'))) return true;
  const decoded = detectAndDecode(bytes.value);
  return decoded === undefined || ASSESSMENT.test(decoded.text);
}
