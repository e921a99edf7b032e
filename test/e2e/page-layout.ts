// Layout invariants of a printed report, measured as a reader sees it: each PDF page as an image (poppler's
// pdftoppm), and each table's width in a browser laid out at A4's text width.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export interface PageInk {
  page: number;
  /** Share of the page's pixels that are not white. */
  ink: number;
  /** How far down the body (above the footer) the last inked row is, 0–1: a near-empty page stops early. */
  depth: number;
}

/** Each page of `pdf` as a grey image, measured; PNGs of the pages are left in `pngDir` for a person to look at. */
export function inkPerPage(pdf: string, pngDir: string): PageInk[] {
  const dir = mkdtempSync(join(tmpdir(), 'pages-'));
  spawnSync('pdftoppm', ['-r', '20', '-gray', pdf, join(dir, 'p')]);
  mkdirSync(pngDir, { recursive: true });
  spawnSync('pdftoppm', ['-r', '50', '-png', pdf, join(pngDir, 'page')]);
  return readdirSync(dir).filter((name) => name.endsWith('.pgm')).sort().map((name, index) => measure(readFileSync(join(dir, name)), index + 1));
}

function measure(pgm: Buffer, page: number): PageInk {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
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
