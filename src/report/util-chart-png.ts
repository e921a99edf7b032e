import type { ChartLayout, ChartText } from './util-chart-layout.js';
import { blankRaster, encodePng, fillRect, type Raster } from './util-encode-png.js';

/**
 * The chart as a PNG, for word processors that cannot show SVG (the docx carries both). Drawn without a
 * browser or a font renderer: the bars with their counts (digits from a 5×7 pixel font) and a square in each
 * dimension's state colour; the words — dimension names, legend — are in the table the document puts below.
 */
export function drawChartPng(chart: ChartLayout, scale = 2): Uint8Array {
  const raster = blankRaster(Math.ceil(chart.width * scale), Math.ceil(chart.height * scale));
  for (const group of chart.groups) {
    for (const rect of group.rects) fillRect(raster, rect.x * scale, rect.y * scale, rect.width * scale, rect.height * scale, rect.fill);
    for (const text of group.texts) drawText(raster, text, scale);
  }
  return encodePng(raster);
}

function drawText(raster: Raster, text: ChartText, scale: number): void {
  if (text.role === 'state') fillRect(raster, text.x * scale, (text.y - 11) * scale, 12 * scale, 12 * scale, text.fill);
  if (text.role !== 'count') return;
  const pixel = scale * 1.4;
  const width = text.text.length * 6 * pixel - pixel;
  let x = text.x * scale - width / 2;
  const top = (text.y - 9) * scale;
  for (const digit of text.text) {
    DIGITS[Number(digit)]!.forEach((row, line) => {
      for (let column = 0; column < 5; column += 1) if (row & (0b10000 >> column)) fillRect(raster, x + column * pixel, top + line * pixel, pixel, pixel, '#ffffff');
    });
    x += 6 * pixel;
  }
}

/** 0–9, seven rows of five pixels each, most significant bit leftmost. */
const DIGITS: readonly (readonly number[])[] = [
  [0b01110, 0b10001, 0b10011, 0b10101, 0b11001, 0b10001, 0b01110],
  [0b00100, 0b01100, 0b00100, 0b00100, 0b00100, 0b00100, 0b01110],
  [0b01110, 0b10001, 0b00001, 0b00010, 0b00100, 0b01000, 0b11111],
  [0b11111, 0b00010, 0b00100, 0b00010, 0b00001, 0b10001, 0b01110],
  [0b00010, 0b00110, 0b01010, 0b10010, 0b11111, 0b00010, 0b00010],
  [0b11111, 0b10000, 0b11110, 0b00001, 0b00001, 0b10001, 0b01110],
  [0b00110, 0b01000, 0b10000, 0b11110, 0b10001, 0b10001, 0b01110],
  [0b11111, 0b00001, 0b00010, 0b00100, 0b01000, 0b01000, 0b01000],
  [0b01110, 0b10001, 0b10001, 0b01110, 0b10001, 0b10001, 0b01110],
  [0b01110, 0b10001, 0b10001, 0b01111, 0b00001, 0b00010, 0b01100],
];
