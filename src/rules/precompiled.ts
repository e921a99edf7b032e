// Packs and the assessment validator compiled at build time (`npm run build` writes dist/precompiled/ with
// src/cli/build-precompiled.ts). A pack file is taken from there only when its bytes are the ones compiled,
// and the validator only when the composed schema is the one it was generated from: an edited pack, a
// group's own pack or a stale build simply takes the slow path. Nothing here changes what a run decides.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { SourceLocation } from '../input/index.js';
import { compileSchema, PRECOMPILED, schemaDigest, type JsonSchema, type ValidateFunction } from '../schema/index.js';
import type { RuleSpec } from './types.js';

export { PRECOMPILED };
export const MANIFEST = 'manifest.json';
export const VALIDATOR = 'assessment-validator.js';

/**
 * A pack as parsed and validated at build time: its name and digest; its data as written is in `dataFile` but for
 * its rules, which are in `rulesFile`, and where each value is in `locationsFile`.
 */
export interface PrecompiledPack {
  name: string;
  digest: string;
  /** Per rule, the editions it has an item in (null: in force in every edition), to count the rules in force without reading them. */
  ruleEditions: (string[] | null)[];
}

/** Where the build keeps a pack's data: parsed each time the pack is taken, so no caller shares another's objects. */
export const dataFile = (name: string): URL => new URL(`pack-${name}.json`, PRECOMPILED);

/**
 * Where the build keeps a pack's rules: read the first time they are asked for, so that a check reads only those of
 * the sectors its enterprises declare (a general enterprise's check had read 1.45 MB of packs to use 97 KB).
 */
export const rulesFile = (name: string): URL => new URL(`rules-${name}.json`, PRECOMPILED);

/** [JSON pointer, line, column, endLine, endColumn] for every value of a pack file, kept apart from the manifest. */
export type PackLocations = [string, number, number, number | null, number | null][];

/** Where the build keeps a pack's locations: read only when a problem in the pack must be located. */
export const locationsFile = (name: string): URL => new URL(`locations-${name}.json`, PRECOMPILED);

export interface Manifest {
  packs: PrecompiledPack[];
  /** The digest of the composed assessment schema the validator module was generated from. */
  schemaDigest: string;
  /** A digest of every compiled module of the build: a result cached by one build is never used by another. */
  buildId: string;
}

let manifest: Manifest | null | undefined;

function readManifest(): Manifest | null {
  if (manifest !== undefined) return manifest;
  try {
    manifest = JSON.parse(readFileSync(new URL(MANIFEST, PRECOMPILED), 'utf8')) as Manifest;
  } catch {
    manifest = null;
  }
  return manifest;
}

export const bytesDigest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The build's parse of `file` when its bytes (by their digest) are exactly those compiled, with locations naming `file`. */
export function precompiledPack(
  file: string,
  digest: string,
): { data: Record<string, unknown>; rules: () => RuleSpec[]; ruleEditions: PrecompiledPack['ruleEditions']; sourceMap: ReadonlyMap<string, SourceLocation> } | undefined {
  const found = readManifest()?.packs.find((pack) => pack.name === basename(file));
  if (!found || found.digest !== digest) return undefined;
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(readFileSync(dataFile(found.name), 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  // Built on first use: a pack's locations are read only to report a problem in it.
  const sourceMap = lazyMap(() => new Map<string, SourceLocation>(
    (JSON.parse(readFileSync(locationsFile(found.name), 'utf8')) as PackLocations).map(([pointer, line, column, endLine, endColumn]) => [pointer, { file, line, column, ...(endLine === null ? {} : { endLine }), ...(endColumn === null ? {} : { endColumn }) }]),
  ));
  // Read when asked for; a build whose rules file is gone is broken, and says so.
  const rules = () => JSON.parse(readFileSync(rulesFile(found.name), 'utf8')) as RuleSpec[];
  return { data, rules, ruleEditions: found.ruleEditions, sourceMap };
}

/** The build's identity (undefined without a build manifest, and then nothing is cached). */
export const buildId = (): string | undefined => readManifest()?.buildId;

/** The precompiled validator, to use for `schema` only if it was generated from that very schema. */
export async function precompiledValidator(): Promise<((schema: JsonSchema) => ValidateFunction | undefined) | undefined> {
  const digest = readManifest()?.schemaDigest;
  if (!digest) return undefined;
  try {
    const module = (await import(new URL(VALIDATOR, PRECOMPILED).href)) as { validate: ValidateFunction };
    return (schema) => (schemaDigest(schema) === digest ? module.validate : undefined);
  } catch {
    return undefined;
  }
}

/**
 * Validators for rule sets built one after another (`rules test` builds one per fixture date): the build's own
 * where the schema is the bundled one, else each schema compiled once.
 */
export async function reusedValidators(): Promise<(schema: JsonSchema) => ValidateFunction> {
  const built = await precompiledValidator();
  const compiled = new Map<string, ValidateFunction>();
  return (schema) => {
    const fromBuild = built?.(schema);
    if (fromBuild) return fromBuild;
    const digest = schemaDigest(schema);
    let validate = compiled.get(digest);
    if (!validate) compiled.set(digest, (validate = compileSchema(schema)));
    return validate;
  };
}

/** A read-only map whose entries are made the first time any of them is asked for. */
function lazyMap<K, V>(build: () => Map<K, V>): ReadonlyMap<K, V> {
  let map: Map<K, V> | undefined;
  const made = () => (map ??= build());
  return {
    get: (key) => made().get(key),
    has: (key) => made().has(key),
    forEach: (callback, thisArg) => made().forEach(callback, thisArg),
    entries: () => made().entries(),
    keys: () => made().keys(),
    values: () => made().values(),
    get size() {
      return made().size;
    },
    [Symbol.iterator]: () => made()[Symbol.iterator](),
  };
}
