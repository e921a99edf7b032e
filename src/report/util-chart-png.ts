import type { ChartLayout } from './util-chart-layout.js';
import { blankRaster, encodePng, fillRect } from './util-encode-png.js';

/**
 * The chart's bars as a PNG, for word processors that cannot show SVG (the docx carries both). Text needs a
 * font renderer, which a PNG drawn without a browser does not have: the fallback shows the bars and the
 * document's table beside the chart carries every count in words.
 */
export function drawChartPng(chart: ChartLayout, scale = 2): Uint8Array {
  const raster = blankRaster(Math.ceil(chart.width * scale), Math.ceil(chart.height * scale));
  for (const rect of chart.groups.flatMap((group) => group.rects)) fillRect(raster, rect.x * scale, rect.y * scale, rect.width * scale, rect.height * scale, rect.fill);
  return encodePng(raster);
}
