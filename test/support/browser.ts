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

/**
 * Runs `fn` in a fresh browser context (own cookies and storage, Swedish locale) signed in as
 * `email` through the login form, and closes the context afterwards. `signedIn` waits for what proves
 * the sign-in worked; by default the main navigation.
 */
export const asSignedInUser = async (
  browser: Browser,
  url: string,
  credentials: { email: string; password: string },
  fn: (page: Page) => Promise<void>,
  signedIn: (page: Page) => Promise<void> = (page) =>
    page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }).waitFor(),
): Promise<void> => {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 860 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await step(page, `sign in as ${credentials.email}`, async () => {
      await page.goto(url);
      await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
      await page.getByRole('textbox', { name: 'E-postadress' }).fill(credentials.email);
      await page.getByRole('textbox', { name: 'Lösenord', exact: true }).fill(credentials.password);
      await page.getByRole('button', { name: 'Logga in', exact: true }).click();
      await signedIn(page);
    });
    await fn(page);
  } finally {
    await context.close();
  }
};
