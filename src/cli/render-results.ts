// With `--cache`, a result is kept beside its JSON as the text each format that can take it back wrote for it
// (the JSON report's enterprise): a warm run writes that text as it is, instead of reading the result and
// writing it anew — most of the time a re-run over unchanged files took. Not with `--baseline` (each finding's
// state against the baseline is written, and changes from run to run) nor in a shard (an enterprise carries its
// place in the whole run); there a warm run takes the cached result and writes it as before.
import type { EnterpriseResult } from '../engine/index.js';
import type { Lang } from '../i18n/index.js';
import { enterpriseRendererFor, renderKey, type PackSummary, type RenderedFormat } from '../report/index.js';

/** A result's text in each kept format, by `renderKey`. */
export type RenderResult = (result: EnterpriseResult) => Record<string, string>;

/** What a renderer needs, as plain data a worker can be handed. */
export interface RenderSetup {
  formats: RenderedFormat[];
  packs: PackSummary[];
  lang: Lang;
}

/** An enterprise with more findings than this (a carrier's long driving log) is written as the report streams it, never held whole as text. */
const MOST_FINDINGS = 2_000;

const RENDERED: readonly RenderedFormat[] = ['json'];

/** The formats of the run that can be kept as text, or undefined when there are none. */
export function renderSetup(formats: readonly string[], packs: PackSummary[], lang: Lang): RenderSetup | undefined {
  const kept = RENDERED.filter((format) => formats.includes(format));
  return kept.length ? { formats: kept, packs, lang } : undefined;
}

export async function resultRenderer({ formats, packs, lang }: RenderSetup): Promise<RenderResult> {
  const renderers = await Promise.all(formats.map(async (format) => [renderKey(format, lang), await enterpriseRendererFor(format)] as const));
  return (result) => {
    const rendered: Record<string, string> = {};
    if (result.findings.length <= MOST_FINDINGS) for (const [key, render] of renderers) rendered[key] = render(result, packs, lang);
    return rendered;
  };
}
