import { baseAssessmentSchema } from './assessment-schema.js';
import type { JsonSchema } from './types.js';

/** A section a pack adds to the assessment: required when the enterprise declares the pack's sector. */
export interface SectionSchema {
  sector: string;
  section: string;
  schema: JsonSchema;
  /** A group pack's section (`--rules`): the pack's name, marked `x-group`; never required, its rules undecided without it. */
  group?: string;
}

/** The schema keyword marking a top-level section as a sector's own. */
export const SCHEMA_SECTOR_KEY = 'x-sector';
/** The schema keyword marking a top-level section as a group pack's own (its value: the pack's name). */
export const SCHEMA_GROUP_KEY = 'x-group';

/** The assessment schema: the general part plus each loaded pack's own section (DESIGN.md §4). */
export function composeAssessmentSchema(sections: readonly SectionSchema[]): JsonSchema {
  const properties = { ...(baseAssessmentSchema.properties ?? {}) };
  for (const { sector, section, schema, group } of sections) properties[section] = { ...schema, [SCHEMA_SECTOR_KEY]: sector, ...(group ? { [SCHEMA_GROUP_KEY]: group } : {}) };
  const requiredWhenDeclared = sections.filter(({ group }) => !group).map(({ sector, section }) => ({
    if: { properties: { enterprise: { properties: { sectors: { contains: { const: sector } } }, required: ['sectors'] } } },
    then: { required: [section] },
  }));
  return { ...baseAssessmentSchema, properties, ...(requiredWhenDeclared.length ? { allOf: requiredWhenDeclared } : {}) };
}
