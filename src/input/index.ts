export { loadAssessment, parseAssessment, readBytes } from './load-assessment.js';
export { findAssessments } from './find-assessments.js';
export { parseYaml, type ParsedYaml } from './yaml.js';
export { decodeText } from './decode.js';
export { validateAgainstSchema } from './validate.js';
export { errorAt, warningAt, type Diagnostic, type DiagnosticCode } from './diagnostics.js';
export { escapePointerToken, joinPointer, locatePointer, pointerToPath, splitPointer } from './pointer.js';
export type { Assessment, Parsed, SourceLocation, SourceMap } from './types.js';
export { loadWaivers, type Waiver } from './load-waivers.js';
