// `--version`: the tool's version, then one line per bundled pack — its version, and the editions of the
// standard it encodes with their in-force windows. The packs are read here only, when asked, and only the
// top-level keys this needs, so that the answer stays quick (a full load compiles the pack schema).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { t, type Lang } from '../i18n/index.js';
import type { Pack } from '../rules/index.js';
import { bundledPackFiles, version } from './package-info.js';

type PackHeading = Pick<Pack, 'pack' | 'version' | 'sources' | 'editions'>;

export async function formatVersion(lang: Lang): Promise<string> {
  const packs = await Promise.all(bundledPackFiles().map(async (file) => (await builtHeading(file)) ?? readPackHeading(file)));
  const lines = packs.flatMap((pack) => (pack ? [describePack(pack, lang)] : []));
  return `${[`safety-audit ${version}`, ...lines].join('\n')}\n`;
}

/** `fire-safety@2017.1  gb2017 GB 35181-2017《…》 … → 2025-10-31（已由 GB 35181-2025《…》 代替）`. */
function describePack(pack: PackHeading, lang: Lang): string {
  const editions = (pack.editions ?? []).map((edition) => {
    const window = `${edition.from ?? '…'} → ${edition.until ?? '…'}`;
    const replaced = edition.replacedBy ? t(lang, 'version-replaced-by', { replacedBy: edition.replacedBy[lang] }) : '';
    return `${edition.id} ${pack.sources?.[edition.source]?.[lang] ?? edition.source} ${window}${replaced}`;
  });
  return `${pack.pack}@${pack.version}  ${editions.length ? editions.join('; ') : t(lang, 'editions-none')}`;
}

/** Headings the build wrote (dist/precompiled/headings.json), used while the pack file's bytes are those built. */
let built: Promise<Record<string, { digest: string; heading: PackHeading }>> | undefined;

async function builtHeading(file: string): Promise<PackHeading | undefined> {
  built ??= readFile(new URL('../../dist/precompiled/headings.json', import.meta.url), 'utf8').then((text) => JSON.parse(text), () => ({}));
  const entry = (await built)[file.slice(file.lastIndexOf('/') + 1)];
  if (!entry) return undefined;
  const digest = createHash('sha256').update(await readFile(file)).digest('hex');
  return digest === entry.digest ? entry.heading : undefined;
}

/** What `--version` needs of a pack, for the build to store beside the precompiled packs. */
export async function packHeading(file: string): Promise<PackHeading | undefined> {
  return readPackHeading(file);
}

const HEADING_KEYS = new Set(['pack', 'version', 'sources', 'editions']);

/** The pack's id, version, sources and editions: the lines under those top-level keys, parsed alone. */
async function readPackHeading(file: string): Promise<PackHeading | undefined> {
  let key: string | undefined;
  const lines = (await readFile(file, 'utf8')).split('\n').filter((line) => {
    key = /^([A-Za-z_][\w-]*):/.exec(line)?.[1] ?? key;
    return key !== undefined && HEADING_KEYS.has(key);
  });
  // Only when the build's headings do not match the pack (an edited pack): the YAML reader is loaded then.
  const { parseYaml } = await import('../input/index.js');
  const data = parseYaml(lines.join('\n'), file).value?.data as Partial<PackHeading> | undefined;
  return data?.pack && data.version ? (data as PackHeading) : undefined;
}
