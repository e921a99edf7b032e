import { decodeText } from './decode.js';
import { readBytes } from './load-assessment.js';
import type { Parsed } from './types.js';
import { parseYaml, type ParsedYaml } from './yaml.js';

/** A YAML file of the tool's own (waivers, config): read, decoded and parsed, every value located under `label`. */
export async function readYamlFile(file: string, label = file, maxBytes?: number): Promise<Parsed<ParsedYaml>> {
  const bytes = await readBytes(file, label, maxBytes);
  if (!bytes.value) return { diagnostics: bytes.diagnostics };
  const text = decodeText(bytes.value, label);
  if (text.value === undefined) return { diagnostics: text.diagnostics };
  return parseYaml(text.value, label);
}
