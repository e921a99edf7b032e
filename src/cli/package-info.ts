import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The installed package's folder (rules/, fixtures/). */
export const packageRoot = root;

export const version: string = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

/** The packs shipped in the package's rules/ folder, general first. */
export function bundledPackFiles(): string[] {
  const folder = join(root, 'rules');
  return readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort((a, b) => (a.startsWith('general') ? -1 : b.startsWith('general') ? 1 : a.localeCompare(b)))
    .map((name) => join(folder, name));
}
