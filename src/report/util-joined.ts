import type { Reporter, StreamReporter } from './types.js';

/** A streamed reporter's text in one string: for tests and for the formats printed whole. */
export const joined = (stream: StreamReporter): Reporter => (run, options) => Array.from(stream(run, options)).join('');
