// `init --pack NAME [DIR]`: a group's own rule pack folder from the template shipped in rules/group-template/
// (a pack with one rule, its examples, a compliant fixture and a README), named for the group and checked
// against the bundled packs before anything is written.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { t, translate, type Lang } from '../i18n/index.js';
import { checkGroupPacks, loadPack, loadPacks } from '../rules/index.js';
import { displayPath } from './display-path.js';
import { EXIT } from './exit-code.js';
import type { CliIo } from './io.js';
import { UsageError } from './options.js';
import { bundledPackFiles, packageRoot } from './package-info.js';
import { existingFiles, writeFilesAtomically, type OutputFile } from './write-files.js';

/** The template's own name and prefix, replaced by the group's. */
const TEMPLATE = { folder: 'rules/group-template', name: 'my-group', prefix: 'MYGROUP', files: ['my-group.yaml', 'fixtures/compliant.yaml', 'README.md'] };

/** `acme-group` → `ACME`: the first word of the name, as the rule ids' prefix. */
export const prefixOf = (name: string): string => (name.split('-')[0] ?? name).toUpperCase().slice(0, 8);

export async function runInitPack(name: string, dir: string | undefined, io: CliIo, lang: Lang): Promise<number> {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new UsageError({ key: 'usage-pack-name', params: { value: name } });
  const folder = resolve(io.cwd, dir ?? name);
  const prefix = prefixOf(name);
  const files: OutputFile[] = await Promise.all(TEMPLATE.files.map(async (file) => ({
    path: join(folder, file.replace(TEMPLATE.name, name)),
    content: (await readFile(join(packageRoot, TEMPLATE.folder, file), 'utf8')).replaceAll(TEMPLATE.name, name).replaceAll(TEMPLATE.prefix, prefix),
  })));
  const problems = await vetPack(files[0]!, io);
  // The pack is not written yet, so its problems (a name or prefix taken) are told without a location.
  if (problems.length) return (problems.forEach((problem) => io.stderr.write(`safety-audit: ${translate(lang, problem.message)}\n`)), EXIT.invalid);
  const shown = (path: string) => displayPath(io.cwd, path);
  const existing = await existingFiles(files);
  if (existing.length) throw new UsageError({ key: 'init-exists', params: { files: existing.map(shown).join(', ') } });
  await writeFilesAtomically(files);
  io.stdout.write(`${t(lang, 'init-pack-written', { folder: shown(folder), prefix })}\n${files.map((file) => `  ${shown(file.path)}`).join('\n')}\n${t(lang, 'init-pack-next', { folder: shown(folder) })}\n`);
  return EXIT.ok;
}

/** The new pack as `--rules` would load it: a name or prefix a bundled pack already uses is refused, located. */
async function vetPack(pack: OutputFile, io: CliIo) {
  const loaded = loadPack(String(pack.content), displayPath(io.cwd, pack.path));
  const bundled = await loadPacks(bundledPackFiles());
  if (!loaded.value || !bundled.packs) return [...loaded.diagnostics, ...bundled.diagnostics];
  return checkGroupPacks(bundled.packs, [{ ...loaded.value, origin: 'group' }]);
}
