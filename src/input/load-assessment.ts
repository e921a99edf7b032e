import { readFile } from 'node:fs/promises';
import type { ValidateFunction } from '../schema/index.js';
import { decodeText } from './decode.js';
import { errorAt } from './diagnostics.js';
import { validateAgainstSchema } from './validate.js';
import { parseYaml } from './yaml.js';
import type { Assessment, Parsed } from './types.js';

/**
 * Read, decode, parse and validate one self-assessment file. Problems come back as diagnostics.
 * `label` is the name locations carry (the path as the user typed it).
 */
export async function loadAssessment(file: string, validate: ValidateFunction, label = file): Promise<Parsed<Assessment>> {
  const bytes = await readBytes(file, label);
  if (!bytes.value) return { diagnostics: bytes.diagnostics };
  return parseAssessment(bytes.value, label, validate);
}

export function parseAssessment(bytes: Uint8Array, file: string, validate: ValidateFunction): Parsed<Assessment> {
  const text = decodeText(bytes, file);
  if (text.value === undefined) return { diagnostics: text.diagnostics };
  const parsed = parseYaml(text.value, file);
  if (!parsed.value) return { diagnostics: parsed.diagnostics };
  const { data, sourceMap } = parsed.value;
  const diagnostics = validateAgainstSchema(validate, data, sourceMap);
  if (diagnostics.length) return { diagnostics };
  return { value: { file, data, sourceMap }, diagnostics: [] };
}

export async function readBytes(file: string, label = file): Promise<Parsed<Uint8Array>> {
  try {
    return { value: await readFile(file), diagnostics: [] };
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return {
      diagnostics: [errorAt(missing ? 'file-not-found' : 'file-unreadable', { key: missing ? 'file-not-found' : 'file-unreadable' }, { file: label, line: 1, column: 1 })],
    };
  }
}
