export { baseAssessmentSchema, generalSections } from './assessment-schema.js';
export { composeAssessmentSchema, type SectionSchema } from './compose-assessment-schema.js';
export { packSchema } from './pack-schema.js';
export { resultSchema, RESULT_SCHEMA_VERSION } from './result-schema.js';
export { createAjv, compileSchema, type ValidateFunction, type ErrorObject } from './ajv.js';
export { isValidCreditCode, computeCreditCodeCheck } from './credit-code.js';
export { SECTORS, isSector, type Sector } from './sectors.js';
export type { JsonSchema } from './types.js';
export { waiverSchema } from './waiver-schema.js';
