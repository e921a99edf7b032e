// HTML that escapes by construction: every value interpolated into an `html` template is escaped unless it
// is itself `Html` made by this tag, so input text (an enterprise named `<img onerror=…>`, a message with
// `</script>`) can only ever render as text — in element content and in quoted attributes alike.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in HTML element content and in quoted attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);

/** Markup known to be safe: only the `html` tag makes it. */
export class Html {
  constructor(readonly markup: string) {}
}

/** What an `html` template accepts: text (escaped), numbers, markup, lists of these, and nothing (`undefined`, `false`). */
export type HtmlPart = string | number | Html | undefined | false | readonly HtmlPart[];

const render = (part: HtmlPart): string => {
  if (part === undefined || part === false) return '';
  if (part instanceof Html) return part.markup;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
};

/** Tagged template: the literal parts are markup, every interpolation is escaped unless it is `Html`. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlPart[]): Html {
  return new Html(strings.reduce((out, literal, index) => out + literal + (index < values.length ? render(values[index]!) : ''), ''));
}
