// test/e2e/mandates.e2e.test.ts — the demo mandate in a real browser: both signatures, the client's obligation on the home page, the target board

import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { asSignedInUser, launchBrowser, step } from '../support/browser.js';
import { systemScope } from '../../src/domain/access/scope.js';
import { callerFor } from '../support/context.js';
import { importText } from '../support/imports.js';
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

// Monday 30 March 2026, the first weekday of summer time in Stockholm (UTC+2): four calls from 08:15
// local time (06:15 UTC), each answered after 10 s, and one at 07:30 local (05:30 UTC), before opening,
// abandoned after a minute. Read with the winter offset, the four would fall before 08:00 and the
// month would have no data; counted outside opening hours, the abandoned call would spoil the figures.
const dstLog = [
  ...[0, 1, 2, 3].flatMap((i) => {
    const t = Date.UTC(2026, 2, 30, 6, 15) / 1000 + i * 120;
    return [
      `${t}|dst${i}|nordbank-privat|NONE|ENTERQUEUE||+4670${i}|1`,
      `${t + 10}|dst${i}|nordbank-privat|Agent/1|CONNECT|10|x|1`,
      `${t + 190}|dst${i}|nordbank-privat|Agent/1|COMPLETECALLER|10|180|1`,
    ];
  }),
  `${Date.UTC(2026, 2, 30, 5, 30) / 1000}|early|nordbank-privat|NONE|ENTERQUEUE||+46709|1`,
  `${Date.UTC(2026, 2, 30, 5, 31) / 1000}|early|nordbank-privat|NONE|ABANDON|1|1|60`,
];

test('the board judges a DST month from the calls in opening hours, in local time', async () => {
  const centre = await srv.ctx.deps.store.organisations.findByName(systemScope, 'Kontaktpartner AB');
  const karin = await callerFor(srv.ctx.deps, 'karin@kontaktpartner.example', centre?.id ?? null);
  await importText(srv.ctx.deps, karin, 'queue_log', 'dst-month.log', dstLog.join('\n'));
  await asSignedInUser(browser, srv.url, { email: 'karin@kontaktpartner.example', password: 'ccq-demo-2026' }, async (page) => {
    await step(page, 'March 2026: one open day of 22 with data, service level 100 %, nobody abandoned', async () => {
      await page.goto(`${srv.url}/#/mandates`);
      await page.getByRole('textbox', { name: 'Månad' }).fill('2026-03');
      const board = page.getByRole('table', { name: 'Måluppfyllelse' });
      const sl = board.getByRole('row').filter({ hasText: 'sl-privat' });
      await sl.getByText('Uppfyllt', { exact: true }).waitFor();
      await sl.getByRole('cell', { name: /^100\s%$/ }).waitFor();
      await sl.getByRole('cell', { name: /^5\s%$/ }).waitFor();
      const abandon = board.getByRole('row').filter({ hasText: 'abandon-privat' });
      await abandon.getByRole('cell', { name: /^0\s%$/ }).waitFor();
      await abandon.getByText('Uppfyllt', { exact: true }).waitFor();
      // The business queue had no calls in March: no data, never met.
      await board.getByRole('row').filter({ hasText: 'abandon-foretag' }).getByText('Data saknas').waitFor();
    });
  });
});
