// test/e2e/pages.e2e.test.ts — personal API tokens, queues and the audit trail in a real browser with the demo data
//
// An organisation admin creates an API token (its secret is shown once), proves that the bearer alone
// reaches the API, revokes it and sees the API refuse it; she adds a queue and finds its creation at the
// top of the audit trail. An agent sees the queues without the add buttons and has no audit trail in
// the menu. The UI is in Swedish (browser locale sv-SE); locators are accessible ones.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Browser, type Page, request } from 'playwright-core';
import type { TQueue } from '../../src/contracts/organisations.js';
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

/** A fresh browser context signed in as `email` (both users act in Kontaktpartner AB), closed when `fn` ends. */
const asUser = (email: string, fn: (page: Page) => Promise<void>) =>
  asSignedInUser(browser, srv.url, { email, password: PASSWORD }, fn, (page) => h1(page, 'Kontaktpartner AB').waitFor());

/** GET with only a bearer token: a request context of its own, without the browser's cookies. */
const getWithBearer = async (path: string, token: string): Promise<number> => {
  const api = await request.newContext({ baseURL: srv.url });
  try {
    return (await api.get(path, { headers: { authorization: `Bearer ${token}` } })).status();
  } finally {
    await api.dispose();
  }
};

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const nav = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });
const rowWith = (page: Page, text: string) => page.getByRole('main').getByRole('row').filter({ hasText: text });
const bodyRows = (page: Page) =>
  page
    .getByRole('main')
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });

test('admin: API token once, bearer works until revoked; a new queue tops the audit trail', { timeout: 30_000 }, async () => {
  const TOKEN_NAME = 'Rapportskript';
  await asUser('karin@kontaktpartner.example', async (page) => {
    let token = '';

    await step(page, 'open the tokens page from the user menu', async () => {
      await page.getByRole('button', { name: /^Användarmeny för / }).click();
      await page.getByRole('menuitem', { name: 'Personliga API-nycklar' }).click();
      await h1(page, 'Personliga API-nycklar').waitFor();
      await page.getByText('Du har inga API-nycklar.').waitFor();
    });

    await step(page, 'create a token and see its secret once', async () => {
      await page.getByRole('button', { name: 'Skapa API-nyckel' }).click();
      const form = page.getByRole('dialog', { name: 'Skapa API-nyckel' });
      await form.getByRole('textbox', { name: 'Namn' }).fill(TOKEN_NAME);
      await form.getByRole('combobox', { name: 'Giltighet' }).selectOption({ label: '30 dagar' });
      await form.getByRole('button', { name: 'Skapa', exact: true }).click();
      const secret = page.getByRole('dialog', { name: 'Din nya API-nyckel' });
      await secret.getByText('Den visas inte igen').waitFor();
      await secret.getByRole('button', { name: 'Kopiera' }).waitFor();
      token = await secret.getByRole('textbox', { name: 'API-nyckel' }).inputValue();
      assert.match(token, /^ccq_/);
      await secret.getByRole('button', { name: 'Jag har sparat nyckeln' }).click();
      await secret.waitFor({ state: 'hidden' });
      const row = rowWith(page, TOKEN_NAME);
      await row.getByText('Aktiv', { exact: true }).waitFor();
      assert.equal(await page.getByText(token).count(), 0, 'the secret is not shown again');
    });

    await step(page, 'the bearer token alone reaches the API', async () => {
      const viaPage = await page.request.get(`${srv.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
      assert.equal(viaPage.status(), 200);
      assert.equal(((await viaPage.json()) as { user: { email: string } }).user.email, 'karin@kontaktpartner.example');
      assert.equal(await getWithBearer('/api/v1/me', token), 200);
      assert.equal(await getWithBearer('/api/v1/me', 'ccq_not-a-real-token'), 401);
    });

    await step(page, 'revoke the token; the API refuses it', async () => {
      await rowWith(page, TOKEN_NAME)
        .getByRole('button', { name: `Återkalla ${TOKEN_NAME}` })
        .click();
      const dialog = page.getByRole('dialog', { name: 'Återkalla API-nyckel' });
      await dialog.getByRole('button', { name: 'Återkalla', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('main').getByText(`${TOKEN_NAME} är återkallad.`).waitFor();
      await rowWith(page, TOKEN_NAME).getByText('Återkallad', { exact: true }).waitFor();
      assert.equal(await getWithBearer('/api/v1/me', token), 401);
    });

    await step(page, 'add a queue for the Nordbank relationship', async () => {
      await nav(page).getByRole('link', { name: 'Köer och platser' }).click();
      await h1(page, 'Köer och platser').waitFor();
      await rowWith(page, 'nordbank-privat').waitFor();
      await page.getByRole('button', { name: 'Lägg till kö' }).click();
      const dialog = page.getByRole('dialog', { name: 'Lägg till kö' });
      const code = dialog.getByRole('textbox', { name: 'Kod' });
      // A code with a space can never match the ACD: the server's message sits under the field.
      await code.fill('kp test');
      await dialog.getByRole('textbox', { name: 'Namn' }).fill('Kontaktpartner test');
      await dialog.getByRole('combobox', { name: 'Samarbete' }).selectOption({ label: 'Nordbank kundservice' });
      await dialog.getByRole('button', { name: 'Lägg till', exact: true }).click();
      await dialog.getByText('inga mellanslag eller | (det ska vara könamnet i växeln)').waitFor();
      assert.equal(await code.getAttribute('aria-invalid'), 'true');
      await code.fill('kp-test');
      await dialog.getByRole('button', { name: 'Lägg till', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('main').getByText('Kön kp-test är tillagd.').waitFor();
      const row = rowWith(page, 'kp-test');
      await row.getByRole('cell', { name: 'Nordbank kundservice', exact: true }).waitFor();
      await row.getByRole('cell', { name: 'Kontaktpartner test', exact: true }).waitFor();
      const queues = (await (await page.request.get(`${srv.url}/api/v1/queues`)).json()) as TQueue[];
      assert.ok(queues.some((q) => q.code === 'kp-test' && q.relationshipId !== null));
    });

    await step(page, 'the audit trail shows the new queue at the top', async () => {
      await nav(page).getByRole('link', { name: 'Ändringslogg' }).click();
      await h1(page, 'Ändringslogg').waitFor();
      const top = bodyRows(page).first();
      await top.getByText('kp-test').waitFor();
      await top.getByText('skapades', { exact: true }).waitFor();
      await top.getByText('karin@kontaktpartner.example').waitFor();
      for (const name of ['Tid', 'Vem', 'Vad', 'Ändringar', 'Nr']) await page.getByRole('columnheader', { name, exact: true }).waitFor();
    });
  });
});

test('an agent sees the queues without add buttons and has no audit trail', { timeout: 15_000 }, async () => {
  await asUser('adam@kontaktpartner.example', async (page) => {
    await step(page, 'queues without add buttons', async () => {
      await nav(page).getByRole('link', { name: 'Köer och platser' }).click();
      await h1(page, 'Köer och platser').waitFor();
      await rowWith(page, 'nordbank-privat').waitFor();
      assert.equal(await page.getByRole('button', { name: 'Lägg till kö' }).count(), 0);
      assert.equal(await page.getByRole('button', { name: 'Lägg till plats' }).count(), 0);
    });

    await step(page, 'no audit trail in the menu nor behind its address', async () => {
      assert.equal(await nav(page).getByRole('link', { name: 'Ändringslogg' }).count(), 0);
      await page.goto(`${srv.url}/#/audit-trail`);
      await h1(page, 'Sidan finns inte.').waitFor();
    });
  });
});
