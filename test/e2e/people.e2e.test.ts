// test/e2e/people.e2e.test.ts — the people dashboard in a real browser with the demo data, and an employee answering a pulse link
//
// The centre admin opens Medarbetare: the KPIs of Nordbank's agents for last month with their sample
// sizes, the pulse results with the chat group (3 answers) suppressed; creates a pulse survey and
// answers one of its links without signing in. The client's manager sees the KPIs but no records.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { asSignedInUser, launchBrowser, step } from '../support/browser.js';
import { type TestServer, startTestServer } from '../support/server.js';

const PASSWORD = 'ccq-demo-2026';
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

const openPeople = async (page: Page) => {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Medarbetare', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Medarbetare och ledarskap' }).waitFor();
  await page.getByRole('combobox', { name: 'Uppdrag' }).selectOption({ label: 'Nordbank kundservice' });
};

test('centre admin: people KPIs with sample sizes, a suppressed pulse group, a new survey answered without sign-in', {
  timeout: 90_000,
}, async () => {
  let link = '';
  await asSignedInUser(browser, srv.url, { email: 'karin@kontaktpartner.example', password: PASSWORD }, async (page) => {
    await step(page, 'open the people dashboard for Nordbank', async () => {
      await openPeople(page);
      const enps = page.getByRole('row').filter({ hasText: 'eNPS (medarbetare)' });
      await enps.getByRole('cell', { name: '13', exact: true }).waitFor();
      await page
        .getByRole('row')
        .filter({ hasText: 'Personalomsättning (årstakt)' })
        .getByRole('cell', { name: '20', exact: true })
        .waitFor();
    });
    await step(page, 'the chat group of three is suppressed', async () => {
      const chat = page.getByRole('row').filter({ hasText: /^Chatt/ });
      await chat.getByText('Färre än 5 svar – visas inte').waitFor();
      await page
        .getByRole('row')
        .filter({ hasText: /^Stockholm/ })
        .getByRole('cell', { name: '8', exact: true })
        .waitFor();
      await page.getByRole('cell', { name: 'KP-N01', exact: true }).first().waitFor();
    });
    await step(page, 'create a pulse survey and read its one-time links', async () => {
      await page.getByRole('button', { name: 'Ny pulsmätning' }).click();
      await page.getByRole('textbox', { name: 'Rubrik' }).fill('E2E-puls');
      await page.getByRole('textbox', { name: 'Grupper och antal inbjudningar' }).fill('Team E2E;2');
      await page.getByRole('button', { name: 'Skapa', exact: true }).click();
      const code = page.getByRole('dialog', { name: 'Inbjudningslänkar' }).locator('pre').first();
      await code.waitFor();
      link = ((await code.textContent()) ?? '').replace(/^Team E2E: /, '').trim();
      assert.match(link, /\/pulse\/[A-Za-z0-9_-]{20,}$/);
    });
  });
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 390, height: 800 } });
  try {
    const page = await context.newPage();
    await step(page, 'an employee answers the link on a phone, in English', async () => {
      await page.goto(`${link}?lang=en`);
      await page.getByRole('heading', { level: 1, name: 'E2E-puls' }).waitFor();
      await page
        .getByRole('group', { name: /recommend us as a place to work/ })
        .getByRole('radio', { name: '9', exact: true })
        .check();
      for (const statement of [/expected of me/, /tools and information/, /recognition/, /team lead supports/, /a year from now/])
        await page.getByRole('group', { name: statement }).getByRole('radio', { name: '4', exact: true }).check();
      await page.getByRole('button', { name: 'Send answers' }).click();
      await page.getByRole('status').filter({ hasText: 'Thank you for your answer!' }).waitFor();
      await page.goto(link);
      await page.getByRole('heading', { level: 1, name: 'Länken går inte att använda' }).waitFor();
    });
  } finally {
    await context.close();
  }
});

test('client manager: the aggregated KPIs of the relationship, no people records', { timeout: 60_000 }, async () => {
  await asSignedInUser(browser, srv.url, { email: 'anna@nordbank.example', password: PASSWORD }, async (page) => {
    await step(page, 'open the people dashboard', async () => {
      await openPeople(page);
      await page.getByRole('row').filter({ hasText: 'Engagemangsindex' }).getByRole('cell', { name: '13', exact: true }).waitFor();
      await page.getByText('Som uppdragsgivare ser ni bara sammanställda nyckeltal').waitFor();
      assert.equal(await page.getByRole('heading', { name: 'Pulsmätningar' }).count(), 0);
    });
  });
});
