// test/e2e/web.e2e.test.ts — the web app in a real browser against a real server with the demo data
//
// Signs in as a client manager, checks the Swedish home page and tenancy, switches to English and
// checks that the choice survives a reload, signs out, and switches organisation as an auditor.
// Locators are accessible ones (role + name, label), so the test also checks the markup.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, step as pageStep } from '../support/browser.js';
import { type TestServer, startTestServer } from '../support/server.js';

const PASSWORD = 'ccq-demo-2026';
let srv: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

before(async () => {
  srv = await startTestServer({ demo: true });
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 860 } });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
});

after(async () => {
  await browser?.close();
  await srv?.close();
});

/** Runs a step on the shared page, with a screenshot on failure. */
const step = (name: string, fn: () => Promise<void>) => pageStep(page, name, fn);

const signIn = async (email: string, labels: { email: string; password: string; submit: string }) => {
  await page.getByRole('textbox', { name: labels.email }).fill(email);
  await page.getByRole('textbox', { name: labels.password, exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
};

const h1 = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const h2 = (name: string) => page.getByRole('heading', { level: 2, name, exact: true });

test('sign in, tenancy, language remembered, sign out, organisation switch', { timeout: 60_000 }, async () => {
  await step('client manager sees the Swedish home page', async () => {
    await page.goto(srv.url);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await signIn('anna@nordbank.example', { email: 'E-postadress', password: 'Lösenord', submit: 'Logga in' });
    await h1('Nordbank AB').waitFor();
    await h2('Samarbeten').waitFor();
    await h2('Köer').waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'sv');
    await page.getByRole('banner').waitFor();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
  });

  await step('client manager sees only its own relationships', async () => {
    const main = page.getByRole('main');
    await main.getByRole('cell', { name: 'Nordbank AB', exact: true }).first().waitFor();
    await main.getByRole('cell', { name: 'Kontaktpartner AB', exact: true }).first().waitFor();
    // Resebolaget AB is another client of the same centre: never visible to Nordbank.
    assert.equal(await page.getByText('Resebolaget', { exact: false }).count(), 0);
    assert.equal(await page.getByText('rese-', { exact: false }).count(), 0);
  });

  await step('language switches to English', async () => {
    await page.getByRole('combobox', { name: 'Språk / Language' }).selectOption({ label: 'English' });
    await h2('Relationships').waitFor();
    await h2('Queues').waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  });

  await step('the language choice survives a reload', async () => {
    await page.reload();
    await h1('Nordbank AB').waitFor();
    await h2('Relationships').waitFor();
    assert.equal(await page.evaluate("window.localStorage.getItem('ccq.locale')"), 'en');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  });

  await step('sign out', async () => {
    await page.getByRole('button', { name: /^User menu for / }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  });

  await step('wrong password gives a non-revealing error', async () => {
    await page.getByRole('textbox', { name: 'Email address' }).fill('olle@revision.example');
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Wrong email address or password.' }).waitFor();
  });

  await step('auditor switches organisation', async () => {
    await signIn('olle@revision.example', { email: 'Email address', password: 'Password', submit: 'Sign in' });
    await h1('Elbolaget AB').waitFor();
    const switcher = page.getByRole('combobox', { name: 'Organisation', exact: true });
    await switcher.click();
    await page.getByRole('option', { name: /^Kontaktpartner AB/ }).click();
    await h1('Kontaktpartner AB').waitFor();
    await page.getByText('Read-only access granted for an audit', { exact: false }).waitFor();
    // The grant is limited to the Nordbank relationship.
    await page.getByRole('main').getByRole('cell', { name: 'Nordbank AB', exact: true }).first().waitFor();
    assert.equal(await page.getByText('Resebolaget', { exact: false }).count(), 0);
  });
});
