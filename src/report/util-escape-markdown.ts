/** Text safe inside Markdown prose and table cells: no HTML, no table breaks, no emphasis surprises. */
export const escapeMarkdown = (text: string): string =>
  text
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#])/g, '\\$1')
    .replace(/\r?\n/g, ' ');

/** A Markdown code span: literal inside, so only backticks and line breaks need care. */
export const codeSpan = (text: string): string => `\`${text.replace(/`/g, "'").replace(/\r?\n/g, ' ')}\``;
