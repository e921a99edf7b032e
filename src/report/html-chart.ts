// The five-in-place (五到位) chart as inline SVG: one bar per dimension, split by what its checks found —
// passed, failed by severity, indeterminate, waived, not applicable — with the in-place mark beside it.
import type { DimensionRollUp, EnterpriseResult } from '../engine/index.js';
import { t, type Lang, type MessageKey } from '../i18n/index.js';
import { html, type Html } from './util-escape-html.js';
import { displayWidth } from './util-wrap-text.js';
import { STATE_MARK } from './util-format-verdict.js';

interface Segment {
  key: MessageKey;
  colour: string;
  count: (rollUp: DimensionRollUp) => number;
}

const SEGMENTS: readonly Segment[] = [
  { key: 'status-pass', colour: '#2e7d32', count: (r) => r.counts.pass },
  { key: 'severity-shutdown', colour: '#7a1010', count: (r) => r.fails.shutdown },
  { key: 'severity-major', colour: '#c62828', count: (r) => r.fails.major },
  { key: 'severity-general', colour: '#b85c00', count: (r) => r.fails.general },
  { key: 'severity-advisory', colour: '#5a6b7b', count: (r) => r.fails.advisory },
  { key: 'status-indeterminate', colour: '#8a8f98', count: (r) => r.counts.indeterminate },
  { key: 'status-waived', colour: '#3d5a99', count: (r) => r.counts.waived },
  { key: 'status-not-applicable', colour: '#d7dce2', count: (r) => r.counts['not-applicable'] },
];

const WIDTH = 640;
const ROW = 30;
const BAR = { x: 112, width: 380, height: 16 };

/** The chart for one enterprise; `Html` whose every text came through the escaping template. */
export function drawFiveInPlaceChart(result: EnterpriseResult, lang: Lang): Html {
  const rows = result.fiveInPlace.map((rollUp, index) => drawRow(rollUp, index * ROW, lang));
  const legend = drawLegend(result.fiveInPlace, result.fiveInPlace.length * ROW + 6, lang);
  const height = result.fiveInPlace.length * ROW + 6 + legend.height;
  const title = `${t(lang, 'five-in-place')} — ${t(lang, 'html-chart-title')}`;
  return html`<figure class="chart"><svg class="five-in-place" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${title}"><title>${title}</title>${rows}${legend.markup}</svg></figure>`;
}

function drawRow(rollUp: DimensionRollUp, y: number, lang: Lang): Html {
  const name = t(lang, `dimension-${rollUp.dimension}`);
  const total = SEGMENTS.reduce((sum, segment) => sum + segment.count(rollUp), 0);
  let x = BAR.x;
  const bars = SEGMENTS.filter((segment) => segment.count(rollUp) > 0).map((segment) => {
    const count = segment.count(rollUp);
    const width = (count / total) * BAR.width;
    const label = width >= 18 && segment.key !== 'status-not-applicable' ? html`<text x="${round(x + width / 2)}" y="${y + 17}" text-anchor="middle" style="fill:#fff;font-size:11px">${count}</text>` : undefined;
    const rect = html`<rect x="${round(x)}" y="${y + 5}" width="${round(width)}" height="${BAR.height}" fill="${segment.colour}"><title>${name} · ${t(lang, segment.key)} ${count}</title></rect>${label}`;
    x += width;
    return rect;
  });
  const empty = total === 0 ? html`<rect x="${BAR.x}" y="${y + 5}" width="${BAR.width}" height="${BAR.height}" fill="none" stroke="#d1d9e0"/>` : undefined;
  const mark = html`<text x="${BAR.x + BAR.width + 12}" y="${y + 18}" style="fill:${STATE_COLOUR[rollUp.state]};font-weight:700">${STATE_MARK[rollUp.state]} ${t(lang, `state-${rollUp.state}`)}</text>`;
  return html`<g class="dimension"><text x="0" y="${y + 18}">${name}</text>${bars}${empty}${mark}</g>`;
}

/** A legend of the kinds that appear, wrapped to the chart's width. */
function drawLegend(rollUps: readonly DimensionRollUp[], top: number, lang: Lang): { markup: Html; height: number } {
  const present = SEGMENTS.filter((segment) => rollUps.some((rollUp) => segment.count(rollUp) > 0));
  let x = BAR.x;
  let y = top;
  const items = present.map((segment) => {
    const label = t(lang, segment.key);
    const width = 16 + displayWidth(label) * 6.5 + 14;
    if (x + width > WIDTH) [x, y] = [BAR.x, y + 18];
    const item = html`<rect x="${round(x)}" y="${y + 3}" width="10" height="10" fill="${segment.colour}"/><text x="${round(x + 14)}" y="${y + 12}">${label}</text>`;
    x += width;
    return item;
  });
  return { markup: html`<g class="legend">${items}</g>`, height: y - top + 20 };
}

const STATE_COLOUR = { 'in-place': '#2e7d32', gap: '#c62828', undecided: '#6a1b9a' } as const;

const round = (value: number) => Math.round(value * 10) / 10;
