// The five-in-place (五到位) chart as shapes, drawn by the html (inline SVG) and the docx (SVG with a PNG
// fallback): per dimension, what needs the reader — failures by severity and undecided checks, with their
// counts, on one scale across the dimensions — then the in-place mark, then how many passed or did not apply.
import type { DimensionRollUp, EnterpriseResult } from '../engine/index.js';
import { t, type Lang, type MessageKey } from '../i18n/index.js';
import { STATE_MARK } from './util-format-verdict.js';
import { displayWidth } from './util-wrap-text.js';

export interface ChartRect { x: number; y: number; width: number; height: number; fill: string; title?: string }
/** A text; `role` lets a drawing without fonts (the PNG fallback) keep counts and state marks. */
export interface ChartText { x: number; y: number; text: string; fill: string; size: number; bold?: boolean; middle?: boolean; role?: 'count' | 'state' }
/** One dimension's row, or the legend. */
export interface ChartGroup { kind: 'dimension' | 'legend'; rects: ChartRect[]; texts: ChartText[] }
export interface ChartLayout { width: number; height: number; title: string; groups: ChartGroup[] }

interface Segment { key: MessageKey; colour: string; count: (rollUp: DimensionRollUp) => number }

export const CHART_SEGMENTS: readonly Segment[] = [
  { key: 'severity-shutdown', colour: '#7a1010', count: (r) => r.fails.shutdown },
  { key: 'severity-major', colour: '#c62828', count: (r) => r.fails.major },
  { key: 'severity-general', colour: '#b85c00', count: (r) => r.fails.general },
  { key: 'severity-advisory', colour: '#5a6b7b', count: (r) => r.fails.advisory },
  { key: 'status-indeterminate', colour: '#6a1b9a', count: (r) => r.counts.indeterminate },
  { key: 'status-waived', colour: '#3d5a99', count: (r) => r.counts.waived },
];

const WIDTH = 700;
const ROW = 30;
const BAR = { x: 104, width: 270, height: 18, min: 20, most: 26 };
const MARK_X = BAR.x + BAR.width + 14;
const INK = '#1f2328';
const MUTED = '#59636e';
const STATE_COLOUR = { 'in-place': '#2e7d32', gap: '#c62828', undecided: '#6a1b9a' } as const;

export function layoutFiveInPlaceChart(result: EnterpriseResult, lang: Lang): ChartLayout {
  const most = Math.max(1, ...result.fiveInPlace.map((rollUp) => total(rollUp)));
  const scale = Math.min(BAR.most, (BAR.width - BAR.min * CHART_SEGMENTS.length) / most);
  const marks = result.fiveInPlace.map((rollUp) => displayWidth(stateText(rollUp, lang)));
  const restX = MARK_X + Math.max(0, ...marks) * 7.4 + 16;
  const groups = result.fiveInPlace.map((rollUp, index) => layoutRow(rollUp, { y: index * ROW, scale, restX }, lang));
  const legend = layoutLegend(result.fiveInPlace, result.fiveInPlace.length * ROW + 6, lang);
  return { width: WIDTH, height: result.fiveInPlace.length * ROW + 6 + legend.height, title: `${t(lang, 'five-in-place')} — ${t(lang, 'html-chart-title')}`, groups: [...groups, legend.group] };
}

const total = (rollUp: DimensionRollUp) => CHART_SEGMENTS.reduce((sum, segment) => sum + segment.count(rollUp), 0);

const stateText = (rollUp: DimensionRollUp, lang: Lang) => `${STATE_MARK[rollUp.state]} ${t(lang, `state-${rollUp.state}`)}`;

function layoutRow(rollUp: DimensionRollUp, { y, scale, restX }: { y: number; scale: number; restX: number }, lang: Lang): ChartGroup {
  const name = t(lang, `dimension-${rollUp.dimension}`);
  const rects: ChartRect[] = [];
  const texts: ChartText[] = [{ x: 0, y: y + 19, text: name, fill: INK, size: 13 }];
  let x = BAR.x;
  for (const segment of CHART_SEGMENTS.filter((candidate) => candidate.count(rollUp) > 0)) {
    const count = segment.count(rollUp);
    const width = Math.max(BAR.min, count * scale);
    rects.push({ x: round(x), y: y + 5, width: round(width), height: BAR.height, fill: segment.colour, title: `${name} · ${t(lang, segment.key)} ${count}` });
    texts.push({ x: round(x + width / 2), y: y + 18, text: String(count), fill: '#fff', size: 11, bold: true, middle: true, role: 'count' });
    x += width;
  }
  if (!rects.length) texts.push({ x: BAR.x, y: y + 18, text: t(lang, 'doc-chart-none'), fill: MUTED, size: 11 });
  texts.push({ x: MARK_X, y: y + 19, text: stateText(rollUp, lang), fill: STATE_COLOUR[rollUp.state], size: 13, bold: true, role: 'state' });
  texts.push({ x: round(restX), y: y + 18, text: t(lang, 'doc-chart-rest', { pass: rollUp.counts.pass, na: rollUp.counts['not-applicable'] }), fill: MUTED, size: 11 });
  return { kind: 'dimension', rects, texts };
}

/** A legend of the kinds that appear, wrapped to the chart's width; none when nothing failed or was undecided. */
function layoutLegend(rollUps: readonly DimensionRollUp[], top: number, lang: Lang): { group: ChartGroup; height: number } {
  const present = CHART_SEGMENTS.filter((segment) => rollUps.some((rollUp) => segment.count(rollUp) > 0));
  const group: ChartGroup = { kind: 'legend', rects: [], texts: [] };
  let [x, y] = [BAR.x, top];
  for (const segment of present) {
    const label = t(lang, segment.key);
    const width = 16 + displayWidth(label) * 6.5 + 14;
    if (x + width > WIDTH) [x, y] = [BAR.x, y + 18];
    group.rects.push({ x: round(x), y: y + 3, width: 10, height: 10, fill: segment.colour });
    group.texts.push({ x: round(x + 14), y: y + 12, text: label, fill: MUTED, size: 11 });
    x += width;
  }
  return { group, height: present.length ? y - top + 20 : 0 };
}

const round = (value: number) => Math.round(value * 10) / 10;
