// Layout invariants of a printed report, measured as a reader sees it: each PDF page as an image (poppler's
// pdftoppm, decoded here), and each table's width in a browser laid out at A4's text width.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface PageInk {
  page: number;
  /** Share of the page's pixels that are not white. */
  ink: number;
  /** How far down the body (above the footer) the last inked row is, 0–1: a near-empty page stops early. */
  depth: number;
}

/**
 * Each page of `pdf`, rendered once by pdftoppm at 50 dpi and measured in grey (ITU-R 601 luma of its pixels); the
 * PNGs of the pages are left in `pngDir` (emptied first, so no page of an earlier run is left) for a person to look at.
 */
export async function inkPerPage(pdf: string, pngDir: string): Promise<PageInk[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pages-'));
  await run('pdftoppm', ['-r', '50', '-png', pdf, join(dir, 'page')]);
  rmSync(pngDir, { recursive: true, force: true });
  mkdirSync(pngDir, { recursive: true });
  const names = readdirSync(dir).filter((name) => name.endsWith('.png')).sort();
  if (names.length === 0) throw new Error(`pdftoppm made no page of ${pdf}`);
  return names.map((name, index) => {
    copyFileSync(join(dir, name), join(pngDir, name));
    return measure(greyPixels(readFileSync(join(dir, name))), index + 1);
  });
}

/** A program's standard output, or a rejection with its standard error. */
export function run(program: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(program, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => (error ? reject(new Error(`${program}: ${stderr || error.message}`)) : resolve(stdout)));
  });
}

interface Grey {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** An 8-bit, non-interlaced PNG (as pdftoppm writes them) as one grey byte per pixel. */
function greyPixels(png: Buffer): Grey {
  let [width, height, channels] = [0, 0, 0];
  const data: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const chunk = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      [width, height] = [chunk.readUInt32BE(0), chunk.readUInt32BE(4)];
      channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[chunk[9]!] ?? 0;
      if (chunk[8] !== 8 || chunk[12] !== 0 || channels === 0) throw new Error('not an 8-bit, non-interlaced grey or RGB PNG');
    }
    if (type === 'IDAT') data.push(chunk);
    at += 12 + length;
  }
  const rows = unfilter(inflateSync(Buffer.concat(data)), width * channels, height, channels);
  const pixels = new Uint8Array(width * height);
  for (let index = 0; index < pixels.length; index += 1) {
    const at = index * channels;
    pixels[index] = channels < 3 ? rows[at]! : Math.round(0.299 * rows[at]! + 0.587 * rows[at + 1]! + 0.114 * rows[at + 2]!);
  }
  return { width, height, pixels };
}

/** PNG's per-row filters undone (None, Sub, Up, Average, Paeth). */
function unfilter(raw: Buffer, stride: number, height: number, bpp: number): Uint8Array {
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)]!;
    const line = y * (stride + 1) + 1;
    for (let x = 0; x < stride; x += 1) {
      const left = x >= bpp ? out[y * stride + x - bpp]! : 0;
      const up = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const corner = x >= bpp && y > 0 ? out[(y - 1) * stride + x - bpp]! : 0;
      out[y * stride + x] = (raw[line + x]! + predict(filter, left, up, corner)) & 255;
    }
  }
  return out;
}

function predict(filter: number, left: number, up: number, corner: number): number {
  if (filter === 0) return 0;
  if (filter === 1) return left;
  if (filter === 2) return up;
  if (filter === 3) return (left + up) >> 1;
  if (filter !== 4) throw new Error(`PNG filter ${filter}`);
  const guess = left + up - corner;
  const [toLeft, toUp, toCorner] = [Math.abs(guess - left), Math.abs(guess - up), Math.abs(guess - corner)];
  return toLeft <= toUp && toLeft <= toCorner ? left : toUp <= toCorner ? up : corner;
}

function measure({ width, height, pixels }: Grey, page: number): PageInk {
  const body = Math.floor(height * 0.93);
  let [inked, last] = [0, 0];
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if (pixels[y * width + x]! >= 230) continue;
      inked += 1;
      if (y < body) last = y;
    }
  }
  return { page, ink: inked / (width * height), depth: last / body };
}

/** Tables (and charts) wider than the page's text width, or whose content overflows them, by their first words. */
export function tablesWiderThanPage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth + 1;
    return [...document.querySelectorAll('table, svg.five-in-place')]
      .filter((element) => element.getBoundingClientRect().right > limit || element.scrollWidth > (element.parentElement?.clientWidth ?? limit) + 1)
      .map((element) => (element.textContent ?? '').slice(0, 40));
  });
}

/** The fonts the browser really drew an element's text with (a missing CJK font would show as a fallback, or none). */
export async function fontsDrawing(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts.filter((font) => font.glyphCount > 0).map((font) => font.familyName);
}
