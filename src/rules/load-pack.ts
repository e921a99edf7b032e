import { dirname, resolve } from 'node:path';
import { decodeText, errorAt, locatePointer, parseYaml, readBytes, validateAgainstSchema, type Diagnostic, type Parsed } from '../input/index.js';
import { compileSchema, packSchema, type ValidateFunction } from '../schema/index.js';
import { bytesDigest, precompiledPack } from './precompiled.js';
import type { Pack, RuleSpec } from './types.js';

let validatePack: ValidateFunction | undefined;

/**
 * Read and validate one rule pack file; errors are located in the pack (file:line:col). A bundled pack whose
 * bytes are those the build compiled is taken from the build (`precompiled: false` always parses).
 */
export async function loadPackFile(file: string, options: { precompiled?: boolean; origin?: 'group' } = {}): Promise<Parsed<Pack>> {
  const bytes = await readBytes(file);
  if (!bytes.value) return { diagnostics: bytes.diagnostics };
  const digest = bytesDigest(bytes.value);
  const origin = options.origin ? { origin: options.origin } : {};
  // A group's pack is always read from its YAML: the build compiled the bundled packs only.
  const built = options.precompiled === false || options.origin ? undefined : precompiledPack(file, digest);
  if (built) return { value: packOfBuild(built, file, digest), diagnostics: [] };
  const text = decodeText(bytes.value, file);
  if (text.value === undefined) return { diagnostics: text.diagnostics };
  const parsed = parsePack(text.value, file);
  return parsed.value ? assemblePack({ ...parsed.value, file, digest, ...origin }) : { diagnostics: parsed.diagnostics };
}

export function loadPack(text: string, file: string): Parsed<Pack> {
  const parsed = parsePack(text, file);
  return parsed.value ? assemblePack({ ...parsed.value, file, digest: bytesDigest(new TextEncoder().encode(text)) }) : { diagnostics: parsed.diagnostics };
}

/** A pack file's YAML, checked against the pack schema: its data as written and where each value is. */
export function parsePack(text: string, file: string): Parsed<{ data: Record<string, unknown>; sourceMap: Pack['sourceMap'] }> {
  const parsed = parseYaml(text, file);
  if (!parsed.value) return { diagnostics: parsed.diagnostics };
  const { data, sourceMap } = parsed.value;
  validatePack ??= compileSchema(packSchema);
  const schemaErrors = validateAgainstSchema(validatePack, data, sourceMap, 'pack-invalid');
  return schemaErrors.length ? { diagnostics: schemaErrors } : { value: { data, sourceMap }, diagnostics: [] };
}

/** A pack from its validated data: fixtures resolved against the pack file, ids, sources and editions checked. */
export function assemblePack(
  { data, sourceMap, file, digest, origin }: { data: Record<string, unknown>; sourceMap: Pack['sourceMap']; file: string; digest: string; origin?: 'group' },
): Parsed<Pack> {
  const pack: Pack = { ...(data as unknown as Pack), file, digest, sourceMap, ...(origin ? { origin } : {}), ...fixturesOf(data as unknown as Pack, file) };
  const diagnostics = [...findDuplicateIds(pack), ...findUnprefixedIds(pack), ...findUnknownSources(pack), ...findUnknownEditions(pack)];
  return diagnostics.length ? { diagnostics } : { value: pack, diagnostics };
}

/**
 * A pack the build parsed and checked (assemblePack accepted it there), whose rules are read from the build the
 * first time they are asked for: a check reads only the rules of the sectors its enterprises declare.
 */
function packOfBuild({ data, rules, ruleEditions, sourceMap }: NonNullable<ReturnType<typeof precompiledPack>>, file: string, digest: string): Pack {
  const spec = data as unknown as Omit<Pack, 'rules'>;
  const pack = { ...spec, file, digest, sourceMap, precompiled: true, ruleEditions, ...fixturesOf(spec, file) };
  let read: RuleSpec[] | undefined;
  return Object.defineProperty(pack, 'rules', { get: () => (read ??= rules()), enumerable: true, configurable: true }) as Pack;
}

/** The compliant fixtures a pack names (its own and its editions'), resolved against the pack file. */
function fixturesOf(spec: Pick<Pack, 'fixture' | 'editions'>, file: string): Pick<Pack, 'fixture' | 'editions'> {
  const editions = spec.editions?.map((edition) => (edition.fixture ? { ...edition, fixture: resolve(dirname(file), edition.fixture) } : edition));
  return { ...(spec.fixture ? { fixture: resolve(dirname(file), spec.fixture) } : {}), ...(editions ? { editions } : {}) };
}

function findDuplicateIds(pack: Pack): Diagnostic[] {
  const seen = new Set<string>();
  return pack.rules.flatMap((rule: RuleSpec, index) => {
    if (!seen.has(rule.id)) return (seen.add(rule.id), []);
    const pointer = `/rules/${index}/id`;
    return [errorAt('pack-duplicate-rule', { key: 'pack-duplicate-rule', params: { rule: rule.id } }, locatePointer(pack.sourceMap, pointer), pointer)];
  });
}

/** With `idPrefix`, every rule id begins with it and a hyphen. */
function findUnprefixedIds(pack: Pack): Diagnostic[] {
  const prefix = pack.idPrefix;
  if (prefix === undefined) return [];
  return pack.rules.flatMap((rule, index) => {
    if (rule.id.startsWith(`${prefix}-`)) return [];
    const pointer = `/rules/${index}/id`;
    return [errorAt('pack-rule-prefix', { key: 'pack-rule-prefix', params: { rule: rule.id, prefix } }, locatePointer(pack.sourceMap, pointer), pointer)];
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
