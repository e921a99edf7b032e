// Layout invariants of a printed report, measured as a reader sees it: each PDF page as an image (poppler's
// pdftoppm), and each table's width in a browser laid out at A4's text width.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface PageInk {
  page: number;
  /** Share of the page's pixels that are not white. */
  ink: number;
  /** How far down the body (above the footer) the last inked row is, 0–1: a near-empty page stops early. */
  depth: number;
}

/**
 * Each page of `pdf`, rendered once by pdftoppm at 50 dpi and measured in grey (ITU-R 601 luma of its pixels); each
 * page is left as a PNG in `pngDir` (emptied first, so no page of an earlier run is left) for a person to look at.
 */
export async function inkPerPage(pdf: string, pngDir: string): Promise<PageInk[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pages-'));
  await run('pdftoppm', ['-r', '50', pdf, join(dir, 'page')]);
  rmSync(pngDir, { recursive: true, force: true });
  mkdirSync(pngDir, { recursive: true });
  const names = readdirSync(dir).filter((name) => name.endsWith('.ppm')).sort();
  if (names.length === 0) throw new Error(`pdftoppm made no page of ${pdf}`);
  const pages = names.map((name, index) => {
    const image = readPpm(readFileSync(join(dir, name)));
    writeFileSync(join(pngDir, name.replace(/\.ppm$/, '.png')), png(image));
    return measure(image, index + 1);
  });
  rmSync(dir, { recursive: true });
  return pages;
}

/** A program's standard output, or a rejection with its standard error. */
export function run(program: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(program, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => (error ? reject(new Error(`${program}: ${stderr || error.message}`)) : resolve(stdout)));
  });
}

/** An 8-bit RGB image, three bytes a pixel, row by row. */
interface Rgb {
  width: number;
  height: number;
  rgb: Uint8Array;
}

/** A binary PPM (P6, as pdftoppm writes). */
function readPpm(ppm: Buffer): Rgb {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not an 8-bit binary PPM');
  return { width: Number(header[1]), height: Number(header[2]), rgb: ppm.subarray(header[0].length) };
}

/** The image as a PNG (RGB, no row filter). */
function png({ width, height, rgb }: Rgb): Buffer {
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) rows.set(rgb.subarray(y * width * 3, (y + 1) * width * 3), y * (width * 3 + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 1 })), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A page's ink, its pixels in grey (ITU-R 601 luma). */
function measure({ width, height, rgb }: Rgb, page: number): PageInk {
  const body = Math.floor(height * 0.93);
  let [inked, last] = [0, 0];
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * 3;
      if (0.299 * rgb[at]! + 0.587 * rgb[at + 1]! + 0.114 * rgb[at + 2]! >= 229.5) continue;
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
