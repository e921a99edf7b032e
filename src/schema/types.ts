/** A JSON Schema (draft-07) node, loosely typed: schemas are data read by ajv and by the CEL type mapper. */
export interface JsonSchema {
  [keyword: string]: unknown;
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  required?: string[];
  enum?: unknown[];
  format?: string;
}
