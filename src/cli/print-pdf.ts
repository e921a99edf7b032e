// `-f pdf:FILE`: the HTML report printed to A4 by a Chromium installed on the machine, driven through
// playwright-core (which downloads no browser). No Chromium is a usage problem with its fix, not a crash.
import { access, constants } from 'node:fs/promises';
import { UsageError } from './options.js';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Headless, and quiet on a closed network: no background fetches, updates or sync. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium to print with: `SAFETY_AUDIT_CHROMIUM`, else Debian's `/usr/bin/chromium`. */
export const chromiumPath = (env: Record<string, string | undefined>): string => env.SAFETY_AUDIT_CHROMIUM || DEFAULT_CHROMIUM;

/** The Chromium executable, or a usage error naming how to install one: checked before any work. */
export async function checkChromium(env: Record<string, string | undefined>): Promise<string> {
  const executablePath = chromiumPath(env);
  const found = await access(executablePath, constants.X_OK).then(() => true, () => false);
  if (!found) throw new UsageError({ key: 'usage-chromium-missing', params: { path: executablePath } });
  return executablePath;
}

/**
 * Print a self-contained HTML page to an A4 PDF. Each call starts its own browser with a fresh, temporary
 * profile (playwright-core's launch makes one and removes it on close).
 */
export async function printPdf(page: string, env: Record<string, string | undefined>): Promise<Uint8Array> {
  const executablePath = await checkChromium(env);
  const { chromium } = await import('playwright-core');
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
    const tab = await browser.newPage();
    await tab.setContent(page, { waitUntil: 'load' });
    return await tab.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
    throw new UsageError({ key: 'usage-chromium-failed', params: { path: executablePath, detail } });
  } finally {
    await browser?.close();
  }
}
