// test/support/browser.ts — Debian's Chromium driven by playwright-core, started the same way by every browser test

import { existsSync, mkdirSync } from 'node:fs';
import { type Browser, type Page, chromium } from 'playwright-core';

export const chromiumPath = process.env.CCQ_CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Launches headless Chromium with the flags this network needs (no background services that would
 * try to reach the internet). Fails with the install hint when the browser is missing: browsers cannot
 * be downloaded here, so the Debian package is the browser.
 */
export const launchBrowser = async (): Promise<Browser> => {
  if (!existsSync(chromiumPath))
    throw new Error(`Chromium not found at ${chromiumPath}: install it with "apt-get install chromium" or set CCQ_CHROMIUM_PATH`);
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
};

const ARTIFACTS = 'test-artifacts';

/** Runs one step of a browser test; on failure keeps a full-page screenshot in test-artifacts/ and says where. */
export const step = async (page: Page, name: string, fn: () => Promise<void>): Promise<void> => {
  try {
    await fn();
  } catch (err) {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = `${ARTIFACTS}/${name.replace(/[^a-z0-9]+/gi, '-')}.png`;
    await page.screenshot({ path: file, fullPage: true }).catch(() => {});
    throw new Error(`step "${name}" failed (screenshot: ${file}): ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
};

/** Retries `check` until it passes or `timeoutMs` is up (the UI reloads lists after each change). */
export const eventually = async (check: () => Promise<void>, timeoutMs = 5_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
};
