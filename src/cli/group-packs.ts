// `--rules DIR` (repeatable, and the config file's `rules:`): a group's own packs, read beside the bundled ones.
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Option } from 'commander';
import { UsageError } from './options.js';

/** `--rules`, for `command.addOption`: its value is `rules: string[]` on the command's options (absent when not given). */
export const rulesOption = (): Option =>
  new Option('--rules <dir>', "a group's own rule pack folder (every *.yaml in it is a pack) or one pack file; repeatable / 集团自有规则包").argParser(collectRules);

const collectRules = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/**
 * The pack files of the given folders (every `*.yaml`/`*.yml` directly in it, in name order; fixtures live in a
 * subfolder) or files, resolved against `cwd`. A path that does not exist, or a folder with no pack, is a usage error.
 */
export async function groupPackFiles(paths: readonly string[] | undefined, cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths ?? []) {
    const path = resolve(cwd, given);
    const found = await stat(path).catch(() => undefined);
    if (!found) throw new UsageError({ key: 'usage-rules-missing', params: { value: given } });
    const packs = found.isDirectory()
      ? (await readdir(path, { withFileTypes: true })).filter((entry) => entry.isFile() && /\.ya?ml$/i.test(entry.name)).map((entry) => join(path, entry.name)).sort()
      : [path];
    if (packs.length === 0) throw new UsageError({ key: 'usage-rules-empty', params: { value: given } });
    files.push(...packs.filter((file) => !files.includes(file)));
  }
  return files;
}
