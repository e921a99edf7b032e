// The official OASIS SARIF 2.1.0 schema, as shipped in an npm package (so any fresh clone has it), compiled once.
// It is JSON Schema draft-04, which ajv reads through its draft-04 build; its language-tag pattern is not a valid
// Unicode-mode regular expression, hence unicodeRegExp: false.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
let validate: ((data: unknown) => boolean) & { errors?: unknown[] | null } | undefined;

/** The first problems of a SARIF log against the official schema: none when it is valid. */
export function sarifProblems(sarif: unknown): unknown[] {
  if (!validate) {
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new (AjvDraft04 as unknown as typeof import('ajv').Ajv)({ allErrors: true, strict: false, unicodeRegExp: false });
    (addFormats as unknown as (a: unknown) => void)(ajv);
    validate = ajv.compile(schema);
  }
  return validate(sarif) ? [] : (validate.errors ?? []).slice(0, 3);
}
