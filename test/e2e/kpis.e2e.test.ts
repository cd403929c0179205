// test/e2e/kpis.e2e.test.ts — contact-data import and KPIs in a real browser with the demo data
//
// A centre admin uploads a small queue_log on the imports page and follows it to its summary (three
// calls imported, one malformed line rejected, a new queue), sees the rejected line, finds that the same
// file again is recognised as already imported, then opens the KPI page for that day: the headline
// figures are the imported calls, and the service level names its variant and threshold. Switching to
// English relabels the page. The UI starts in Swedish (browser locale sv-SE); locators are accessible ones.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { asSignedInUser, eventually, launchBrowser, step } from '../support/browser.js';
import { type TestServer, startTestServer } from '../support/server.js';

const PASSWORD = 'ccq-demo-2026';
const QUEUE = 'e2e-support';
const FILE_NAME = 'queue_log-e2e';

const t0 = 1_772_438_400; // 2026-03-02T08:00:00Z = 09:00 in Stockholm, the demo centre's zone
const L = (dt: number, rest: string) => `${t0 + dt}|${rest}`;
/**
 * c1 answered after 15 s (within T = 20) and talks 120 s; c2 gives up after 40 s (not a short
 * abandon); c3 is answered after 40 s and talks 120 s; the last line is not a queue_log event.
 */
const queueLog = `${[
  L(10, `c1|${QUEUE}|NONE|ENTERQUEUE||+46701|1`),
  L(20, `c2|${QUEUE}|NONE|ENTERQUEUE||+46702|2`),
  L(25, `c1|${QUEUE}|Agent/1|CONNECT|15|c1b|2`),
  L(30, `c3|${QUEUE}|NONE|ENTERQUEUE||+46703|2`),
  L(60, `c2|${QUEUE}|NONE|ABANDON|1|2|40`),
  L(70, `c3|${QUEUE}|Agent/2|CONNECT|40|c3b|3`),
  L(145, `c1|${QUEUE}|Agent/1|COMPLETECALLER|15|120|1`),
  L(190, `c3|${QUEUE}|Agent/2|COMPLETEAGENT|40|120|1`),
  'this line is not a queue_log event',
].join('\n')}\n`;

let srv: TestServer;
let browser: Browser;
let dir: string;
let file: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ccq-e2e-kpis-'));
  file = join(dir, FILE_NAME);
  writeFileSync(file, queueLog);
  srv = await startTestServer({ demo: true });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await srv?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const nav = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });
/** The figure (`<dd>`) under the label (`<dt>`) that reads exactly `label`. */
const figure = (page: Page, label: string) =>
  page
    .getByRole('main')
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${label.replace(/[()]/g, '\\$&')}$`) })
    .locator('xpath=following-sibling::dd[1]');
const figureIs = (page: Page, label: string, expected: string | RegExp) =>
  eventually(async () => {
    const text = ((await figure(page, label).textContent({ timeout: 1_000 })) ?? '').trim();
    if (typeof expected === 'string') assert.equal(text, expected, label);
    else assert.match(text, expected, label);
  }, 10_000);

test('centre admin: import a queue_log, see the summary, read the KPIs of that day, in Swedish and English', {
  timeout: 60_000,
}, async () => {
  await asSignedInUser(
    browser,
    srv.url,
    { email: 'karin@kontaktpartner.example', password: PASSWORD },
    async (page) => {
      await step(page, 'open the imports page from the menu', async () => {
        await nav(page).getByRole('link', { name: 'Importer', exact: true }).click();
        await h1(page, 'Importer').waitFor();
        // The demo's own imports (its simulated weeks of calls and chats) head the history.
        await page
          .getByRole('main')
          .getByRole('row')
          .filter({ hasText: /^demo-queue_log/ })
          .getByText('Klar', { exact: true })
          .waitFor();
        await page
          .getByRole('main')
          .getByRole('row')
          .filter({ hasText: /^demo-jsonl/ })
          .getByText('Klar', { exact: true })
          .waitFor();
      });

      await step(page, 'upload the queue_log and wait for its summary', async () => {
        await page.getByLabel(/^Fil/).setInputFiles(file);
        await page.getByRole('combobox', { name: 'Format' }).selectOption('queue_log');
        await page.getByRole('button', { name: 'Importera', exact: true }).click();
        await page.getByText('Importen är klar').waitFor();
        await figureIs(page, 'Importerade', '3');
        await figureIs(page, 'Avvisade', '1');
        await figureIs(page, 'Dubbletter', '0');
        await page.getByRole('main').getByText(QUEUE, { exact: true }).first().waitFor();
      });

      await step(page, 'the history lists the import and shows its rejected line', async () => {
        const row = page.getByRole('main').getByRole('row').filter({ hasText: FILE_NAME });
        await row.getByText('Klar', { exact: true }).waitFor();
        await row.getByRole('button', { name: `Visa avvisade rader i ${FILE_NAME}` }).click();
        const dialog = page.getByRole('dialog', { name: `Avvisade rader i ${FILE_NAME}` });
        await dialog.getByText('this line is not a queue_log event').waitFor();
        await dialog.getByText(/expected at least 5 fields/).waitFor();
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });
      });

      await step(page, 'the same file again is recognised and changes nothing', async () => {
        await page.getByRole('button', { name: 'Importera', exact: true }).click();
        await page.getByText('Filen är redan importerad').waitFor();
        await page.getByRole('main').getByRole('row').filter({ hasText: 'Redan importerad' }).first().waitFor();
      });

      await step(page, 'the KPI page for 2 March 2026 shows the imported calls', async () => {
        await nav(page).getByRole('link', { name: 'Nyckeltal', exact: true }).click();
        await h1(page, 'Nyckeltal').waitFor();
        await page.getByRole('textbox', { name: 'Från och med' }).fill('2026-03-02');
        await page.getByRole('textbox', { name: 'Till och med' }).fill('2026-03-02');
        await page.getByRole('combobox', { name: 'Köer' }).click();
        await page.getByRole('option', { name: new RegExp(`^${QUEUE} `) }).click();
        await page.keyboard.press('Escape');
        await figureIs(page, 'Erbjudna kontakter', '3');
        await figureIs(page, 'Besvarade kontakter', '2');
        // One of three answered within T = 20 s; no short abandons to leave out of the denominator.
        await figureIs(page, 'Servicenivå (offered_minus_short, T = 20 s)', /^33,3\s%$/);
        await figureIs(page, 'Genomsnittlig svarstid (ASA)', /^27,5\ss$/);
        // Counted from the contact records in a query of its own; three different callers, so no repeats.
        await figureIs(page, 'Återkontaktsfrekvens', /^0,0\s%$/);
        await page.getByRole('columnheader', { name: 'Servicenivå (offered_minus_short, T = 20 s)' }).waitFor();
        await page.getByRole('img', { name: 'Kontakter och servicenivå per period' }).waitFor();
      });

      await step(page, 'switch to English', async () => {
        await page.getByRole('combobox', { name: 'Språk / Language' }).selectOption({ label: 'English' });
        await h1(page, 'KPIs').waitFor();
        await figureIs(page, 'Service level (offered_minus_short, T = 20 s)', /^33\.3%$/);
        await figureIs(page, 'Offered contacts', '3');
        await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Imports', exact: true }).waitFor();
      });
    },
    (page) => h1(page, 'Kontaktpartner AB').waitFor(),
  );
});
