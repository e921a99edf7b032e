import { dirname, resolve } from 'node:path';
import { decodeText, errorAt, locatePointer, parseYaml, readBytes, validateAgainstSchema, type Diagnostic, type Parsed } from '../input/index.js';
import { compileSchema, packSchema, type ValidateFunction } from '../schema/index.js';
import { precompiledPack } from './precompiled.js';
import type { Pack, RuleSpec } from './types.js';

let validatePack: ValidateFunction | undefined;

/**
 * Read and validate one rule pack file; errors are located in the pack (file:line:col). A bundled pack whose
 * bytes are those the build compiled is taken from the build (`precompiled: false` always parses).
 */
export async function loadPackFile(file: string, options: { precompiled?: boolean } = {}): Promise<Parsed<Pack>> {
  const bytes = await readBytes(file);
  if (!bytes.value) return { diagnostics: bytes.diagnostics };
  const built = options.precompiled === false ? undefined : precompiledPack(file, bytes.value);
  if (built) return assemblePack(built.data, built.sourceMap, file);
  const text = decodeText(bytes.value, file);
  if (text.value === undefined) return { diagnostics: text.diagnostics };
  return loadPack(text.value, file);
}

export function loadPack(text: string, file: string): Parsed<Pack> {
  const parsed = parseYaml(text, file);
  if (!parsed.value) return { diagnostics: parsed.diagnostics };
  const { data, sourceMap } = parsed.value;
  validatePack ??= compileSchema(packSchema);
  const schemaErrors = validateAgainstSchema(validatePack, data, sourceMap, 'pack-invalid');
  if (schemaErrors.length) return { diagnostics: schemaErrors };
  return assemblePack(data as Record<string, unknown>, sourceMap, file);
}

/** A pack from its validated data: fixtures resolved against the pack file, ids, sources and editions checked. */
function assemblePack(data: Record<string, unknown>, sourceMap: Pack['sourceMap'], file: string): Parsed<Pack> {
  const spec = data as unknown as Omit<Pack, 'file' | 'sourceMap'>;
  const editions = spec.editions?.map((edition) => (edition.fixture ? { ...edition, fixture: resolve(dirname(file), edition.fixture) } : edition));
  const pack: Pack = { ...spec, file, sourceMap, ...(spec.fixture ? { fixture: resolve(dirname(file), spec.fixture) } : {}), ...(editions ? { editions } : {}) };
  const diagnostics = [...findDuplicateIds(pack), ...findUnknownSources(pack), ...findUnknownEditions(pack)];
  return diagnostics.length ? { diagnostics } : { value: pack, diagnostics };
}

function findDuplicateIds(pack: Pack): Diagnostic[] {
  const seen = new Set<string>();
  return pack.rules.flatMap((rule: RuleSpec, index) => {
    if (!seen.has(rule.id)) return (seen.add(rule.id), []);
    const pointer = `/rules/${index}/id`;
    return [errorAt('pack-duplicate-rule', { key: 'pack-duplicate-rule', params: { rule: rule.id } }, locatePointer(pack.sourceMap, pointer), pointer)];
  });
}

/** Every edition cites a declared source, and every rule names declared editions. */
function findUnknownEditions(pack: Pack): Diagnostic[] {
  const known = new Set((pack.editions ?? []).map((edition) => edition.id));
  const at = (pointer: string, key: string, params: Record<string, string>) =>
    errorAt(key === 'pack-unknown-source' ? 'pack-unknown-source' : 'pack-unknown-edition', { key, params }, locatePointer(pack.sourceMap, pointer), pointer);
  return [
    ...(pack.editions ?? []).flatMap((edition, index) =>
      pack.sources[edition.source] ? [] : [at(`/editions/${index}/source`, 'pack-unknown-source', { rule: `edition ${edition.id}`, source: edition.source })],
    ),
    ...pack.rules.flatMap((rule, index) =>
      Object.keys(rule.editions ?? {}).filter((id) => !known.has(id)).map((id) => at(`/rules/${index}/editions/${id}`, 'pack-unknown-edition', { rule: rule.id, edition: id })),
    ),
  ];
}

function findUnknownSources(pack: Pack): Diagnostic[] {
  return pack.rules.flatMap((rule, index) =>
    [
      ...rule.basis.map((entry, at) => ({ entry, pointer: `/rules/${index}/basis/${at}` })),
      ...(rule.escalate ?? []).flatMap((step, to) => (step.basis ?? []).map((entry, at) => ({ entry, pointer: `/rules/${index}/escalate/${to}/basis/${at}` }))),
    ].flatMap(({ entry, pointer }) => {
      const key = entry.split('#')[0] ?? entry;
      if (pack.sources[key]) return [];
      return [errorAt('pack-unknown-source', { key: 'pack-unknown-source', params: { rule: rule.id, source: key } }, locatePointer(pack.sourceMap, pointer), pointer)];
    }),
  );
}
