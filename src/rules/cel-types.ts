// JSON Schema → CEL types, so every expression in a pack is type-checked against the assessment
// schema at load time (a misspelt field is a load error), and assessment data → CEL values.
import type { JsonSchema } from '../schema/index.js';

type CelTypeName = string;

/** A message type the CEL environment must know: its name, fields, and the class its values use. */
export interface CelMessageType {
  name: string;
  fields: Record<string, CelTypeName>;
  ctor: new (fields: Record<string, unknown>) => object;
}

/** The CEL view of a schema: a type per object node, found by the node itself. */
export interface CelTypeMap {
  messages: CelMessageType[];
  typeOf: (schema: JsonSchema) => CelTypeName;
  messageOf: (schema: JsonSchema) => CelMessageType | undefined;
}

/** Walk a schema and name a CEL type for each object with declared properties. */
export function mapSchemaToCel(root: JsonSchema, rootName: string): CelTypeMap {
  const messages: CelMessageType[] = [];
  const byNode = new Map<JsonSchema, CelMessageType>();
  const names = new Map<JsonSchema, CelTypeName>();

  const visit = (schema: JsonSchema, name: string): CelTypeName => {
    const known = names.get(schema);
    if (known) return known;
    const type = primitiveType(schema);
    if (type) return remember(schema, type);
    if (schema.type === 'array') return remember(schema, `list<${schema.items ? visit(schema.items, `${name}.item`) : 'dyn'}>`);
    if (schema.type !== 'object' || !schema.properties) return remember(schema, schema.type === 'object' ? 'map<string, dyn>' : 'dyn');
    const fields: Record<string, CelTypeName> = {};
    for (const [key, child] of Object.entries(schema.properties)) fields[key] = visit(child, `${name}.${key}`);
    const ctor = { [name]: class { constructor(values: Record<string, unknown>) { Object.assign(this, values); } } }[name]!;
    const message = { name, fields, ctor };
    messages.push(message);
    byNode.set(schema, message);
    return remember(schema, name);
  };
  const remember = (schema: JsonSchema, type: CelTypeName): CelTypeName => (names.set(schema, type), type);

  visit(root, rootName);
  return { messages, typeOf: (schema) => names.get(schema) ?? 'dyn', messageOf: (schema) => byNode.get(schema) };
}

function primitiveType(schema: JsonSchema): CelTypeName | undefined {
  if (schema.enum && !schema.type) return 'dyn';
  switch (schema.type) {
    case 'string': return 'string';
    case 'integer': return 'int';
    case 'number': return 'double';
    case 'boolean': return 'bool';
    default: return undefined;
  }
}

/** Convert plain data (validated against `schema`) into the values CEL expects: typed objects, BigInt integers. */
export function toCelValue(value: unknown, schema: JsonSchema | undefined, types: CelTypeMap): unknown {
  if (value === null || value === undefined || !schema) return value;
  if (schema.type === 'integer' && typeof value === 'number') return BigInt(Math.trunc(value));
  if (schema.type === 'array' && Array.isArray(value)) return value.map((item) => toCelValue(item, schema.items, types));
  const message = types.messageOf(schema);
  if (message && typeof value === 'object' && !Array.isArray(value)) {
    // Filled in place: no object in between, for every object of every enterprise.
    const instance = Object.create(message.ctor.prototype as object) as Record<string, unknown>;
    for (const key in value) instance[key] = toCelValue((value as Record<string, unknown>)[key], schema.properties?.[key], types);
    return instance;
  }
  return value;
}
