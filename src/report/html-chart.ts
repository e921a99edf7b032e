// The five-in-place chart as SVG markup: inline in the html report, and as an image of its own in the docx.
import type { EnterpriseResult } from '../engine/index.js';
import type { Lang } from '../i18n/index.js';
import { layoutFiveInPlaceChart, type ChartGroup, type ChartLayout } from './util-chart-layout.js';
import { html, type Html } from './util-escape-html.js';

const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", Arial, sans-serif';

/** The chart for one enterprise, in a figure; every text came through the escaping template. */
export function drawFiveInPlaceChart(result: EnterpriseResult, lang: Lang): Html {
  return html`<figure class="chart">${drawChartSvg(layoutFiveInPlaceChart(result, lang))}</figure>`;
}

/** A standalone SVG document of the chart (namespace and font set on the root), for html and Word alike. */
export function drawChartSvg(chart: ChartLayout): Html {
  return html`<svg class="five-in-place" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${chart.width} ${chart.height}" width="${chart.width}" height="${chart.height}" font-family="${FONT}" role="img" aria-label="${chart.title}"><title>${chart.title}</title>${chart.groups.map(drawGroup)}</svg>`;
}

function drawGroup(group: ChartGroup): Html {
  const rects = group.rects.map((rect) => html`<rect x="${rect.x}" y="${rect.y}" width="${rect.width}" height="${rect.height}" fill="${rect.fill}">${rect.title ? html`<title>${rect.title}</title>` : undefined}</rect>`);
  const texts = group.texts.map((text) => html`<text x="${text.x}" y="${text.y}" fill="${text.fill}" font-size="${text.size}"${text.bold ? html` font-weight="700"` : undefined}${text.middle ? html` text-anchor="middle"` : undefined}>${text.text}</text>`);
  return html`<g class="${group.kind}">${rects}${texts}</g>`;
}
