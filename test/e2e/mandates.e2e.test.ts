// test/e2e/mandates.e2e.test.ts — the demo mandate in a real browser: both signatures, the client's obligation on the home page, the target board

import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { asSignedInUser, launchBrowser, step } from '../support/browser.js';
import { type TestServer, startTestServer } from '../support/server.js';

let srv: TestServer;
let browser: Browser;

before(async () => {
  srv = await startTestServer({ demo: true });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await srv?.close();
});

/** The month of yesterday: the demo's calls run up to the start of today. */
const yesterday = new Date(Date.now() - 86_400_000);
const month = `${yesterday.getUTCFullYear()}-${String(yesterday.getUTCMonth() + 1).padStart(2, '0')}`;

test('the client sees the signed mandate, its obligation, and which targets are met and missed', async () => {
  await asSignedInUser(browser, srv.url, { email: 'anna@nordbank.example', password: 'ccq-demo-2026' }, async (page) => {
    await step(page, 'the obligation is on the home page', async () => {
      await page.getByRole('heading', { name: 'Åtaganden i uppdraget' }).waitFor();
      await page.getByText('Kampanj- och utskicksplan för kommande kvartal').waitFor();
    });
    await step(page, 'the mandate is signed by both parties', async () => {
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Uppdrag', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Uppdrag', exact: true }).waitFor();
      await page.getByText('Version 1 gäller').waitFor();
      await page.getByText(/Uppdragsgivaren: Anna Lind/).waitFor();
      await page.getByText(/Kontaktcentret: Karin Holm/).waitFor();
    });
    await step(page, 'the target board judges the month: the business queue misses its abandon target', async () => {
      await page.getByRole('textbox', { name: 'Månad' }).fill(month);
      const board = page.getByRole('table', { name: 'Måluppfyllelse' });
      await board.getByRole('row').filter({ hasText: 'abandon-foretag' }).getByText('Ej uppfyllt').waitFor();
      await board.getByRole('row').filter({ hasText: 'sl-privat' }).getByText('Uppfyllt', { exact: true }).waitFor();
      await page.getByRole('textbox', { name: 'Månad' }).fill('2020-01');
      await board.getByRole('row').filter({ hasText: 'sl-privat' }).getByText('Data saknas').waitFor();
    });
  });
});
