// test/e2e/surveys.e2e.test.ts — a customer answers a survey in a real browser without signing in; the link then refuses a second use
//
// The centre issues a one-time link for the demo's after-contact survey. On a phone-sized screen the
// customer switches the page to English, answers and sends; the same link then says it has been
// used. The client's manager signs in and sees the results with n and the 95 % interval next to
// every score, small samples flagged.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { issueInvitations } from '../../src/app/manage-surveys.js';
import { asSignedInUser, launchBrowser, step } from '../support/browser.js';
import { callerFor } from '../support/context.js';
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

test('a customer answers once without signing in; the client reads the result with n and CI', { timeout: 60_000 }, async () => {
  const deps = srv.ctx.deps;
  const partner = (await deps.store.users.findByEmail('karin@kontaktpartner.example'))!;
  const centreId = (await deps.store.memberships.ofUser(partner.id))[0]!.organisationId;
  const karin = await callerFor(deps, 'karin@kontaktpartner.example', centreId);
  const [survey] = await deps.store.surveys.list(karin.scope);
  assert.ok(survey, 'the demo has a survey');
  const [link] = await issueInvitations(deps, karin, survey.id, { count: 1 });
  const url = `${srv.url}${link!.path}`;

  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 390, height: 844 }, isMobile: true });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await step(page, 'open the link: the survey in Swedish, no sign-in', async () => {
      await page.goto(url);
      await page.getByRole('heading', { level: 1, name: 'Kundenkät efter kontakt' }).waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), 'sv');
    });
    await step(page, 'switch the page to English', async () => {
      await page.getByRole('link', { name: 'English' }).click();
      await page.getByRole('group', { name: /How satisfied are you with the contact/ }).waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    });
    await step(page, 'answer and send', async () => {
      await page
        .getByRole('group', { name: /How satisfied are you/ })
        .getByRole('radio', { name: '5', exact: true })
        .check();
      await page
        .getByRole('group', { name: /How likely are you to recommend/ })
        .getByRole('radio', { name: '9', exact: true })
        .check();
      await page.getByRole('textbox', { name: 'Anything else to tell us?' }).fill('Quick and friendly.');
      await page.getByRole('button', { name: 'Send answers' }).click();
      await page.getByRole('heading', { level: 1, name: 'Thank you for your answers!' }).waitFor();
    });
    await step(page, 'the same link again: refused', async () => {
      await page.goto(url);
      await page.getByRole('heading', { level: 1, name: 'Den här länken har redan använts' }).waitFor();
      const again = await page.request.post(url, { form: { csat: '1' } });
      assert.equal(again.status(), 409);
    });
  } finally {
    await context.close();
  }

  await asSignedInUser(browser, srv.url, { email: 'anna@nordbank.example', password: 'ccq-demo-2026' }, async (page) => {
    await step(page, 'the client reads the results: n and CI next to every score, small samples flagged', async () => {
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kundenkäter' }).click();
      await page.getByRole('heading', { level: 1, name: 'Kundenkäter' }).waitFor();
      const csat = page.getByTestId('survey-figure-csat');
      await csat.getByText(/n = \d+ · 95 % KI/).waitFor();
      await page
        .getByTestId('survey-figure-nps')
        .getByText(/n = \d+/)
        .waitFor();
      await page.getByText('Litet underlag').first().waitFor();
      await page.getByText('Quick and friendly.').waitFor();
      // The client reads; it does not build surveys.
      assert.equal(await page.getByRole('button', { name: 'Ny enkät' }).count(), 0);
    });
  });
});

test('the quality manager builds a survey and creates one-time links in the web app', { timeout: 60_000 }, async () => {
  await asSignedInUser(browser, srv.url, { email: 'quentin@kontaktpartner.example', password: 'ccq-demo-2026' }, async (page) => {
    await step(page, 'open the builder', async () => {
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kundenkäter' }).click();
      await page.getByRole('heading', { level: 1, name: 'Kundenkäter' }).waitFor();
      await page.getByRole('button', { name: 'Ny enkät' }).click();
    });
    const dialog = page.getByRole('dialog', { name: 'Ny kundenkät' });
    await step(page, 'a CSAT and an NPS question in both languages', async () => {
      await dialog.getByRole('textbox', { name: /^Namn/ }).fill('Chattenkät');
      const first = dialog.getByRole('group', { name: 'Fråga 1' });
      await first.getByRole('textbox', { name: /^Frågetext \(svenska\)/ }).fill('Hur nöjd är du med chatten?');
      await first.getByRole('textbox', { name: /^Frågetext \(engelska\)/ }).fill('How satisfied are you with the chat?');
      await dialog.getByRole('button', { name: 'Lägg till fråga' }).click();
      const second = dialog.getByRole('group', { name: 'Fråga 2' });
      await second.getByRole('textbox', { name: /^Frågetext \(svenska\)/ }).fill('Skulle du rekommendera oss?');
      await second.getByRole('textbox', { name: /^Frågetext \(engelska\)/ }).fill('Would you recommend us?');
      await dialog.getByRole('button', { name: 'Skapa enkät' }).click();
      await dialog.waitFor({ state: 'hidden' });
    });
    await step(page, 'the survey is listed; two one-time links are created', async () => {
      const row = page.getByRole('main').getByRole('row').filter({ hasText: 'Chattenkät' });
      await row.getByText('Rekommendation (NPS 0–10)').waitFor();
      await row.getByRole('button', { name: 'Skapa engångslänkar' }).click();
      const invite = page.getByRole('dialog', { name: 'Engångslänkar' });
      await invite.getByRole('textbox', { name: 'Antal länkar' }).fill('2');
      await invite.getByRole('button', { name: 'Skapa engångslänkar' }).click();
      await page.getByTestId('survey-link').nth(1).waitFor();
      const link = (await page.getByTestId('survey-link').first().textContent()) ?? '';
      assert.match(link, /\/survey\/[A-Za-z0-9_-]{40,}$/);
      const res = await page.request.get(link);
      assert.equal(res.status(), 200);
      assert.match(await res.text(), /Hur nöjd är du med chatten\?/);
    });
  });
});
