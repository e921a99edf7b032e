// Build step (`npm run build`, after tsc): parse and validate the bundled packs once and generate the
// assessment validator ahead of time, into dist/precompiled/ (src/rules/precompiled.ts reads them). A pack
// that does not load is left out with a line on stderr — the run then parses it and reports its errors.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { MANIFEST, PRECOMPILED, VALIDATOR, assemblePack, compilePack, createRuleEnvironment, bytesDigest, dataFile, locationsFile, parsePack, rulesFile, type Manifest, type Pack, type PackLocations, type PrecompiledPack } from '../rules/index.js';
import { builtValidatorFile, composeAssessmentSchema, configSchema, formats, loadSection, packSchema, reportMetaSchema, schemaDigest, standaloneFactory, standaloneValidator, waiverSchema, type JsonSchema, type SectionSchema } from '../schema/index.js';
import { reportSchemas } from './read-report.js';
import { parseYaml } from '../input/index.js';
import { bundledPackFiles, packageRoot } from './package-info.js';
import { heapGovernor } from './heap-governor.js';
import { packHeading } from './format-version.js';

/** One pack read, parsed and checked once: what the manifest keeps of it, and its section of the schema. */
async function precompile(file: string): Promise<{ built?: PrecompiledPack; section?: SectionSchema; pack?: Pack }> {
  // Each pack's data and locations go to files of their own: the data parsed when the pack is taken, the
  // locations only to locate a problem in it.
  const bytes = readFileSync(file);
  const digest = bytesDigest(bytes);
  const parsed = parsePack(bytes.toString('utf8'), file);
  const { value: pack, diagnostics }: { value?: Pack; diagnostics: unknown[] } = parsed.value ? assemblePack({ ...parsed.value, file, digest }) : { diagnostics: parsed.diagnostics };
  if (!pack || !parsed.value) {
    process.stderr.write(`build-precompiled: ${basename(file)} left out (${diagnostics.length} problem(s); run \`node bin/safety-audit.js rules test\`)\n`);
    return {};
  }
  const locations: PackLocations = [...parsed.value.sourceMap].map(([pointer, at]) => [pointer, at.line, at.column, at.endLine ?? null, at.endColumn ?? null]);
  writeFileSync(locationsFile(basename(file)), JSON.stringify(locations));
  const { rules, ...data } = parsed.value.data as { rules: Pack['rules'] };
  writeFileSync(dataFile(basename(file)), JSON.stringify(data));
  writeFileSync(rulesFile(basename(file)), JSON.stringify(rules));
  return {
    pack,
    built: { name: basename(file), digest, ruleEditions: rules.map((rule) => (rule.editions ? Object.keys(rule.editions) : null)) },
    ...(pack.section && pack.schema ? { section: { sector: pack.sector, section: pack.section, schema: pack.schema } } : {}),
  };
}

/**
 * Every expression and message of the packs compiled against the schema they compose, as a check of a pack
 * read from its YAML compiles them: a check compiles the build's packs on first use, and their messages only
 * when a finding needs one, so a pack that does not compile is left out here (the run then reads its YAML and
 * reports each error at its line). Each pack is compiled on a day each of its editions is in force, so that a
 * rule of a repealed edition is compiled too. The names of the packs left out.
 */
function compileWhole(packs: Pack[], schema: JsonSchema): Set<string> {
  const today = new Date().toISOString().slice(0, 10);
  const left = packs
    .filter((pack) => {
      const days = new Set([today, ...(pack.editions ?? []).map((edition) => edition.from ?? edition.until ?? today)]);
      return [...days].some((day) => compilePack(pack, createRuleEnvironment(schema, day)).diagnostics.length > 0);
    })
    .map((pack) => basename(pack.file));
  for (const name of left) process.stderr.write(`build-precompiled: ${name} left out (its expressions do not compile; run \`node bin/safety-audit.js rules test\`)\n`);
  return new Set(left);
}

/** Every compiled module of dist/ (this folder's output aside), names and contents, in one digest. */
function digestModules(): string {
  const dist = fileURLToPath(new URL('..', PRECOMPILED));
  const hash = createHash('sha256');
  const files = (readdirSync(dist, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !path.startsWith(folder))
    .sort();
  for (const path of files) hash.update(path.slice(dist.length)).update('\0').update(readFileSync(path)).update('\0');
  return hash.digest('hex');
}

/**
 * V8's code cache of each section's validator, made after validating the sections of every sector's fixtures,
 * so that the functions a check calls start compiled (schema/ajv.ts `loadSection`). Made here, by the Node
 * that ran the build, and not shipped: another Node, or other V8 flags, set a cache aside.
 */
function writeCodeCaches(files: string[]): void {
  // V8 takes a cache only under the flags it was made with: those of a check, whose heap governor (started
  // before any section is loaded, by the spool or the worker) exposes the collector.
  heapGovernor();
  const fixtures = join(packageRoot, 'fixtures');
  const samples = readdirSync(fixtures, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => readdirSync(join(fixtures, entry.name)).filter((name) => /\.ya?ml$/.test(name)).map((name) => join(fixtures, entry.name, name)))
    .flatMap((file): Record<string, unknown>[] => { const data = parseYaml(readFileSync(file, 'utf8'), file).value?.data; return data ? [data] : []; });
  for (const file of files) {
    const name = file.replace(/^section-/, '').replace(/\.cjs$/, '');
    const { factory, script } = loadSection(new URL(file, PRECOMPILED));
    const validate = factory(formats);
    for (const data of samples) if (data[name] !== undefined) void validate(data[name], { instancePath: `/${name}`, parentData: data, parentDataProperty: name, rootData: data, dynamicAnchors: {} });
    writeFileSync(new URL(`${file}.cache`, PRECOMPILED), script.createCachedData());
  }
}

const folder = fileURLToPath(PRECOMPILED);
rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
const results = await Promise.all(bundledPackFiles().map(precompile));
const schema = composeAssessmentSchema(results.flatMap(({ section }) => (section ? [section] : [])));
const uncompiled = compileWhole(results.flatMap(({ pack }) => (pack ? [pack] : [])), schema);
const validator = standaloneValidator(schema, '../schema/ajv.js');
writeFileSync(new URL(VALIDATOR, PRECOMPILED), validator.root);
for (const [name, code] of Object.entries(validator.sections)) writeFileSync(new URL(name, PRECOMPILED), code);
writeCodeCaches(Object.keys(validator.sections));
// The other schemas a run validates with (its config, waivers and report metadata, a pack read from its YAML, a
// report read back), each by its digest: schema/ajv.ts `compileSchema` takes them instead of compiling.
for (const other of [configSchema, waiverSchema, reportMetaSchema, packSchema, ...Object.values(reportSchemas())]) writeFileSync(builtValidatorFile(other), standaloneFactory(other));
const manifest: Manifest = { packs: results.flatMap(({ built }) => (built ? [built] : [])).filter(({ name }) => !uncompiled.has(name)), schemaDigest: schemaDigest(schema), buildId: digestModules() };
writeFileSync(new URL(MANIFEST, PRECOMPILED), JSON.stringify(manifest));
// What `--version` prints of each pack, so that it parses no YAML.
const headings = Object.fromEntries(
  await Promise.all(bundledPackFiles().map(async (file) => [basename(file), { digest: bytesDigest(readFileSync(file)), heading: await packHeading(file) }] as const)),
);
writeFileSync(new URL('headings.json', PRECOMPILED), JSON.stringify(headings));
