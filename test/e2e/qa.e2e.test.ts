// test/e2e/qa.e2e.test.ts — quality monitoring in a real browser: a quality manager reads the QA KPIs and a calibration's
// agreement, scores a call against the pinned scorecard; the agent acknowledges it; the client sees only the KPIs.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { asSignedInUser, eventually, launchBrowser, step } from '../support/browser.js';
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

const PASSWORD = 'ccq-demo-2026';
const CONTACT = 'e2e-call-0001';

type Evaluation = { id: string; contactSourceId: string; score: number | null; status: string; agentUserId: string | null };

test('a quality manager scores a call, the agent acknowledges it, the client sees the KPIs only', async () => {
  const adam = await srv.ctx.deps.store.users.findByEmail('adam@kontaktpartner.example');
  assert.ok(adam);
  await asSignedInUser(browser, srv.url, { email: 'quentin@kontaktpartner.example', password: PASSWORD }, async (page) => {
    await step(page, 'the QA page shows the KPIs with sample sizes and the demo month', async () => {
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kvalitetsbedömning' }).click();
      await page.getByRole('heading', { level: 1, name: 'Kvalitetsbedömning' }).waitFor();
      await page.getByRole('heading', { name: 'Kvalitetsnyckeltal' }).waitFor();
      await page.getByText('Kvalitetspoäng (QA)').waitFor();
      await page.getByRole('columnheader', { name: 'Underlag (n)' }).waitFor();
      await page.getByRole('heading', { name: 'Bedömningar', exact: true }).waitFor();
    });

    await step(page, 'a sample of the month opens the evaluation form with the contact filled in', async () => {
      await page.getByRole('button', { name: 'Dra stickprov' }).click();
      await page.getByRole('button', { name: 'Bedöm', exact: true }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Ny bedömning' });
      assert.notEqual(await dialog.getByRole('textbox', { name: 'Kontakt-id' }).inputValue(), '');
      assert.notEqual(await dialog.getByRole('textbox', { name: 'Medarbetare' }).inputValue(), '');
      await dialog.getByRole('button', { name: 'Avbryt' }).click();
      await dialog.waitFor({ state: 'hidden' });
    });

    await step(page, 'the calibration shows Fleiss kappa and the agreement per criterion', async () => {
      await page.getByRole('button', { name: 'Kalibrering Nordbank' }).click();
      const dialog = page.getByRole('dialog', { name: 'Kalibrering Nordbank' });
      await dialog.getByText(/Fleiss kappa: /).waitFor();
      await dialog.getByRole('columnheader', { name: 'Enighet' }).waitFor();
      await dialog.getByRole('rowheader', { name: 'Greets the customer and gives their name' }).waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    });

    await step(page, 'a new evaluation is scored against the scorecard, N/A left out and the score shown live', async () => {
      await page.getByRole('button', { name: 'Ny bedömning' }).click();
      const dialog = page.getByRole('dialog', { name: 'Ny bedömning' });
      await dialog.getByRole('textbox', { name: 'Kontakt-id' }).fill(CONTACT);
      await dialog.getByRole('textbox', { name: 'Medarbetare' }).fill('Adam Nord');
      const pick = (name: RegExp, value: string) => dialog.getByRole('combobox', { name }).selectOption(value);
      await pick(/Greets the customer/, '1');
      await pick(/Identifies the customer/, '1');
      await pick(/Finds out what the customer needs/, '2');
      await pick(/Gives correct and complete information/, '1');
      await pick(/Mentions a relevant offer/, 'na');
      await pick(/Records the contact correctly/, '1');
      await pick(/Summarises what happens next/, '1');
      await pick(/friendly and professional tone/, '2');
      // 1 + 1 + 3·2/4 + 1 + 1 + 2·1/2 + 2·2/4 = 7.5 of 11 (the offer is N/A): 68.2
      await dialog.getByText('Poäng: 68,2').waitFor();
      await dialog.getByRole('button', { name: 'Spara' }).click();
      await page.getByRole('dialog', { name: 'Bedömning' }).getByText('Inlämnad').waitFor();
    });
  });

  // The evaluation names the agent's account through the API (the form has no account picker), as an integration would.
  const list = (await srv.ctx.deps.store.qa.evaluations({})).filter((e) => e.contactSourceId === CONTACT);
  assert.equal(list.length, 1);
  assert.equal(list[0]?.score, 68.18);
  await srv.ctx.deps.store.qa.saveEvaluation({ ...list[0]!, agentUserId: adam.id });

  await asSignedInUser(browser, srv.url, { email: 'adam@kontaktpartner.example', password: PASSWORD }, async (page) => {
    await step(page, 'the agent sees their own evaluations and acknowledges the new one', async () => {
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kvalitetsbedömning' }).click();
      await page.getByRole('heading', { name: 'Mina bedömningar' }).waitFor();
      const row = page.getByRole('row').filter({ hasText: 'Adam Nord' });
      await row.getByRole('button').click();
      const dialog = page.getByRole('dialog', { name: 'Bedömning' });
      await dialog.getByText(CONTACT, { exact: false }).waitFor();
      await dialog.getByRole('button', { name: 'Bekräfta' }).click();
      await dialog.getByText('Bekräftad').waitFor();
    });
  });
  await eventually(async () => {
    const e = (await srv.ctx.deps.store.qa.evaluations({})).find((x) => x.contactSourceId === CONTACT) as Evaluation | undefined;
    assert.equal(e?.status, 'acknowledged');
  });

  await asSignedInUser(browser, srv.url, { email: 'anna@nordbank.example', password: PASSWORD }, async (page) => {
    await step(page, 'the client reads the KPIs of its relationship, not the evaluations', async () => {
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kvalitetsbedömning' }).click();
      await page.getByText('Kvalitetspoäng (QA)').waitFor();
      await page.getByText(/de enskilda bedömningarna är kontaktcentrets/).waitFor();
      assert.equal(await page.getByRole('heading', { name: 'Bedömningar', exact: true }).count(), 0);
    });
  });
});
