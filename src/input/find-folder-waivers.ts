import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The names a waivers file goes by beside an enterprise's assessment. */
const WAIVER_NAMES = ['waivers.yaml', 'waivers.yml'];

/**
 * Waivers files in the folders of the given assessments (`subsidiaries/晋安/waivers.yaml`), each once, sorted:
 * with `waivers.centralOnly` they are not read, and each is named in the reports.
 */
export async function findFolderWaivers(assessments: readonly string[]): Promise<string[]> {
  const folders = [...new Set(assessments.map((file) => dirname(file)))];
  const candidates = folders.flatMap((folder) => WAIVER_NAMES.map((name) => join(folder, name)));
  const found = await Promise.all(candidates.map((file) => stat(file).then((info) => info.isFile(), () => false)));
  return candidates.filter((_, index) => found[index]).sort((a, b) => a.localeCompare(b));
}
