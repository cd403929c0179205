// test/e2e/complaints.e2e.test.ts — a customer files a complaint through the public form in a real browser without signing in,
// then the centre's quality manager finds it on the complaints board, opens it and acknowledges it.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { systemScope } from '../../src/domain/access/scope.js';
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

const PASSWORD = 'ccq-demo-2026';
const TEXT = 'Jag väntade i 45 minuter och fick sedan fel besked om min kortspärr.';

test('a customer files a complaint without signing in; staff see it on the board and acknowledge it', async () => {
  const store = srv.ctx.deps.store;
  const nordbank = await store.organisations.findByName(systemScope, 'Nordbank AB');
  assert.ok(nordbank);
  const rel = (await store.relationships.ofOrganisation(nordbank.id)).find((r) => r.name === 'Nordbank kundservice');
  assert.ok(rel);
  const form = await store.complaints.form(rel.id);
  assert.ok(form?.enabled, 'the demo switches the public form on');
  let reference = '';

  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  try {
    await step(page, 'the public form opens without signing in, in Swedish and English', async () => {
      await page.goto(`${srv.url}/complaint/${form.token}?lang=en`);
      await page.getByRole('heading', { level: 1, name: 'Make a complaint to Nordbank AB' }).waitFor();
      await page.getByRole('link', { name: 'Svenska' }).click();
      await page.getByRole('heading', { level: 1, name: 'Lämna ett klagomål till Nordbank AB' }).waitFor();
    });
    await step(page, 'a too-short complaint is refused with a message tied to the field', async () => {
      await page.getByRole('textbox', { name: 'Vad vill du klaga på?' }).fill('Hej');
      await page.getByRole('button', { name: 'Skicka klagomålet' }).click();
      await page.getByRole('alert').waitFor();
      assert.equal(await page.getByRole('textbox', { name: 'Vad vill du klaga på?' }).getAttribute('aria-invalid'), 'true');
    });
    await step(page, 'the customer files the complaint and gets a reference number', async () => {
      await page.getByRole('textbox', { name: 'Vad vill du klaga på?' }).fill(TEXT);
      await page.getByRole('combobox', { name: 'Vad gäller det? (frivilligt)' }).selectOption('waiting_time');
      await page.getByRole('textbox', { name: 'Namn' }).fill('Eva Exempel');
      await page.getByRole('textbox', { name: 'E-post' }).fill('eva@example.com');
      await page.getByRole('button', { name: 'Skicka klagomålet' }).click();
      await page.getByRole('heading', { level: 1, name: 'Tack, vi har tagit emot ditt klagomål' }).waitFor();
      reference = ((await page.locator('#reference').textContent()) ?? '').trim();
      assert.match(reference, /^CCQ-[0-9A-Z]{10}$/);
    });
  } finally {
    await context.close();
  }

  await asSignedInUser(browser, srv.url, { email: 'quentin@kontaktpartner.example', password: PASSWORD }, async (staff) => {
    await step(staff, 'the complaint is on the board with its deadlines', async () => {
      await staff.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Klagomål' }).click();
      await staff.getByRole('heading', { level: 1, name: 'Klagomål' }).waitFor();
      const row = staff.getByRole('row').filter({ hasText: reference });
      await row.waitFor();
      await row.getByText('Mottaget').waitFor();
      await row.getByText('Kundtjänsten').waitFor();
      // The demo holds complaints past their deadlines: the board flags them in words, not colour alone.
      await staff.locator('label', { hasText: 'Försenade' }).click();
      await staff.getByText('Försenad', { exact: true }).first().waitFor();
      await staff.locator('label', { hasText: 'Pågående' }).click();
      await staff.getByRole('link', { name: reference }).click();
    });
    await step(staff, 'the detail shows the lifecycle, the complainant and the text; staff acknowledge it', async () => {
      await staff.getByRole('heading', { level: 1, name: reference }).waitFor();
      await staff.getByText('Eva Exempel').waitFor();
      await staff.getByText(TEXT).waitFor();
      await staff.getByRole('button', { name: 'Bekräfta' }).click();
      const dialog = staff.getByRole('dialog', { name: 'Bekräfta' });
      await dialog.getByRole('textbox', { name: 'Anteckning' }).fill('Bekräftelse mejlad');
      await dialog.getByRole('button', { name: 'Bekräfta' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await staff.getByText('Bekräftelse mejlad').waitFor();
      await staff.getByRole('button', { name: 'Bedöm' }).waitFor();
    });
  });
  const list = await store.complaints.list(
    {
      userId: null,
      platformAdmin: true,
      org: {
        id: nordbank.id,
        kind: 'client',
        role: 'admin',
        relationships: [{ id: rel.id, clientOrganisationId: rel.clientOrganisationId, centreOrganisationId: rel.centreOrganisationId }],
        grantRelationshipId: null,
      },
    },
    { relationshipId: rel.id },
  );
  const filed = list.find((c) => c.reference === reference);
  assert.equal(filed?.status, 'acknowledged');
  assert.equal(filed?.receivedVia, 'public_form');
});
