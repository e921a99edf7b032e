import { compileSchema, waiverSchema } from '../schema/index.js';
import type { Parsed, SourceLocation } from './types.js';
import { validateAgainstSchema } from './validate.js';
import { readYamlFile } from './read-yaml-file.js';

export interface Waiver {
  rule: string;
  enterprise: string;
  item?: string;
  reason: string;
  approvedBy: string;
  expires: string;
  location?: SourceLocation;
}

/** Read and validate a waivers file; each waiver keeps where it was written. */
export async function loadWaivers(file: string, label = file, maxBytes?: number): Promise<Parsed<Waiver[]>> {
  const parsed = await readYamlFile(file, label, maxBytes);
  if (!parsed.value) return { diagnostics: parsed.diagnostics };
  const { data, sourceMap } = parsed.value;
  const diagnostics = validateAgainstSchema(compileSchema(waiverSchema), data, sourceMap);
  if (diagnostics.length) return { diagnostics };
  const waivers = (data.waivers as Omit<Waiver, 'location'>[]).map((waiver, index) => {
    const location = sourceMap.get(`/waivers/${index}`);
    return location ? { ...waiver, location } : waiver;
  });
  return { value: waivers, diagnostics: [] };
}
