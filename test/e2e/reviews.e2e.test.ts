// test/e2e/reviews.e2e.test.ts — the joint review (ISO 18295-2) in a real browser: the live pack previewed and downloadable,
// a review started (its pack frozen), the minutes refused without both parties, then approved and read-only with the frozen
// pack showing them; an obligation marked delivered. The UI starts in Swedish (browser locale sv-SE); locators are accessible ones.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
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
const OBLIGATION = 'Kampanj- och utskicksplan för kommande kvartal';
const DECISION = 'Kontaktcentret bemannar företagskön med två handläggare till från december.';

/** The month of yesterday: the demo's calls run up to the start of today, so its business queue misses its target. */
const yesterday = new Date(Date.now() - 86_400_000);
const month = yesterday.toISOString().slice(0, 7);
const today = new Date().toISOString().slice(0, 10);
const previous = (() => {
  const now = new Date();
  const k = now.getFullYear() * 12 + now.getMonth() - 1;
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
})();
const monthName = (period: string) =>
  new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${period}-01T00:00:00Z`));

type Review = {
  id: string;
  period: string;
  status: 'open' | 'closed';
  packHash: string;
  record: { heldOn: string | null; attendees: { name: string; party: string }[]; decisions: { id: string; text: string }[] };
};

/** The review as the API has it, read with the page's own session: what was really saved. */
const saved = async (page: Page): Promise<Review> => {
  const id = /#\/reviews\/([^/]+)$/.exec(page.url())?.[1];
  assert.ok(id, `no review id in ${page.url()}`);
  const res = await page.request.get(`${srv.url}/api/v1/reviews/${id}`);
  assert.equal(res.status(), 200);
  return (await res.json()) as Review;
};

const preview = (page: Page) => page.frameLocator('iframe[title^="Förhandsvisning"]');

test('a client manager previews the pack, holds the review of the month, approves the minutes and records a delivery', async () => {
  await asSignedInUser(browser, srv.url, { email: 'anna@nordbank.example', password: PASSWORD }, async (page) => {
    await step(page, 'the reviews page explains the review and starts on the previous month', async () => {
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Uppföljningsmöten' }).click();
      await page.getByRole('heading', { level: 1, name: 'Uppföljningsmöten' }).waitFor();
      await page.getByRole('heading', { name: 'Vad är ett uppföljningsmöte?' }).waitFor();
      await page.getByText(/När en uppföljning startas fryses månadens underlag/).waitFor();
      assert.equal(await page.getByRole('combobox', { name: 'Månad' }).inputValue(), previous);
      assert.match(
        (await page.getByRole('combobox', { name: 'Uppdragsrelation' }).locator('option:checked').textContent()) ?? '',
        /Nordbank/,
      );
    });

    await step(page, 'the live pack of the month is previewed inert, with its missed target', async () => {
      await page.getByRole('combobox', { name: 'Månad' }).selectOption(month);
      const frame = page.locator('iframe[title^="Förhandsvisning"]');
      await frame.waitFor();
      assert.equal(await frame.getAttribute('sandbox'), '');
      await preview(page).getByRole('heading', { name: 'Missade mål och åtgärder' }).waitFor();
      await preview(page).getByRole('heading', { name: 'Uppdrag Nordbank kundservice 2026' }).waitFor();
      // The business queue's abandon target is missed in the demo month, so the section lists it rather than saying none was.
      assert.equal(await preview(page).getByText('Inga mål missades under perioden.').count(), 0);
    });

    await step(page, 'the PDF and XLSX downloads answer with the files', async () => {
      const pdfHref = (await page.getByRole('link', { name: 'Hämta underlaget som PDF' }).getAttribute('href')) ?? '';
      assert.ok(pdfHref.includes(`period=${month}`) && pdfHref.includes('format=pdf'), `PDF link: ${pdfHref}`);
      const pdf = await page.evaluate(async (url) => {
        const res = await fetch(url);
        const bytes = new Uint8Array(await res.arrayBuffer());
        return { status: res.status, type: res.headers.get('content-type'), head: String.fromCharCode(...bytes.slice(0, 5)) };
      }, pdfHref);
      assert.deepEqual(pdf, { status: 200, type: 'application/pdf', head: '%PDF-' });
      const xlsxHref = await page.getByRole('link', { name: 'Hämta underlaget som XLSX' }).getAttribute('href');
      const xlsx = await page.request.get(`${srv.url}${xlsxHref}`);
      assert.equal(xlsx.status(), 200);
      assert.match(xlsx.headers()['content-type'] ?? '', /spreadsheetml/);
    });

    await step(page, 'starting the review of the month freezes the pack', async () => {
      await page.getByRole('button', { name: `Starta uppföljning av ${monthName(month)}` }).click();
      await page.getByRole('heading', { level: 1, name: `Uppföljning av ${monthName(month)}` }).waitFor();
      const review = await saved(page);
      assert.equal(review.period, month);
      assert.equal(review.status, 'open');
      assert.equal(await page.getByTestId('pack-hash').textContent(), review.packHash.slice(0, 16));
      assert.match(review.packHash, /^[0-9a-f]{64}$/);
      await preview(page).getByRole('heading', { name: 'Missade mål och åtgärder' }).waitFor();
    });

    await step(page, 'the minutes without attendees are refused with the reasons', async () => {
      await page.getByLabel('Mötet hölls').fill(today);
      await page.getByRole('button', { name: 'Lägg till beslut' }).click();
      await page.getByRole('textbox', { name: 'Beslut 1' }).fill(DECISION);
      await page.getByRole('button', { name: 'Lägg till åtgärd' }).click();
      const action = page.getByRole('group', { name: 'Åtgärd 1' });
      await action.getByRole('textbox', { name: 'Vad ska göras' }).fill('Rekrytera två handläggare till företagskön');
      await action.getByRole('textbox', { name: 'Ansvarig', exact: true }).fill('Karin Holm');
      await action.getByLabel('Klar senast').fill(today);
      await page.getByRole('button', { name: 'Fastställ protokollet' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Fastställ protokollet' }).click();
      const refusal = page.getByRole('alert').filter({ hasText: 'Protokollet kan inte fastställas ännu' });
      await refusal.getByText('Deltagare: ange minst en deltagare från uppdragsgivaren').waitFor();
      await refusal.getByText('Deltagare: ange minst en deltagare från kontaktcentret').waitFor();
      // The record was saved before the attempt; the review stays open.
      const review = await saved(page);
      assert.equal(review.status, 'open');
      assert.equal(review.record.heldOn, today);
      assert.deepEqual(review.record.decisions, [{ id: 'd1', text: DECISION }]);
    });

    await step(page, 'with one attendee of each party the minutes are approved and read-only', async () => {
      await page.getByRole('button', { name: 'Lägg till deltagare' }).click();
      await page.getByRole('group', { name: 'Deltagare 1' }).getByRole('textbox', { name: 'Namn' }).fill('Anna Lind');
      await page.getByRole('button', { name: 'Lägg till deltagare' }).click();
      const second = page.getByRole('group', { name: 'Deltagare 2' });
      await second.getByRole('textbox', { name: 'Namn' }).fill('Karin Holm');
      await second.getByRole('combobox', { name: 'Part' }).selectOption('centre');
      await page.getByRole('button', { name: 'Fastställ protokollet' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Fastställ protokollet' }).click();
      await page.getByText(/^Protokollet fastställdes .* och kan inte längre ändras\.$/).waitFor();
      const review = await saved(page);
      assert.equal(review.status, 'closed');
      assert.deepEqual(
        review.record.attendees.map((a) => [a.name, a.party]),
        [
          ['Anna Lind', 'client'],
          ['Karin Holm', 'centre'],
        ],
      );
      assert.equal(await page.getByRole('button', { name: 'Spara protokollet' }).count(), 0);
      assert.equal(await page.getByRole('button', { name: 'Fastställ protokollet' }).count(), 0);
      assert.equal(await page.getByRole('button', { name: 'Lägg till deltagare' }).count(), 0);
      assert.equal(await page.getByRole('textbox', { name: 'Beslut 1' }).isEditable(), false);
      assert.equal(await page.getByLabel('Mötet hölls').isEditable(), false);
      // The frozen pack now carries the minutes on its decisions page.
      await preview(page).getByText(DECISION).waitFor();
      await preview(page).getByText('Protokollet fastställt', { exact: false }).waitFor();
    });

    await step(page, 'the list shows the approved review of the month', async () => {
      await page.getByRole('link', { name: /Alla uppföljningsmöten/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Uppföljningsmöten' }).waitFor();
      await page.getByRole('combobox', { name: 'Månad' }).selectOption(month);
      const row = page.getByRole('row').filter({ hasText: monthName(month) });
      await row.getByText('Fastställd').waitFor();
      assert.equal(await row.getByRole('cell').nth(3).textContent(), '1');
      await page.getByRole('link', { name: `Öppna uppföljningen av ${monthName(month)}` }).waitFor();
    });

    await step(page, 'marking the obligation delivered moves it to its next occurrence', async () => {
      const table = page.getByRole('table', { name: 'Åtaganden' });
      const row = table.getByRole('row').filter({ hasText: OBLIGATION });
      await row.getByText('Snart dags', { exact: true }).waitFor();
      await row.getByText('Ännu inte', { exact: true }).waitFor();
      await row.getByRole('button', { name: `Markera levererat: ${OBLIGATION}` }).click();
      const dialog = page.getByRole('dialog', { name: `Markera levererat: ${OBLIGATION}` });
      assert.equal(await dialog.getByLabel('Leveransdatum').inputValue(), today);
      await dialog.getByRole('textbox', { name: 'Anteckning' }).fill('Planen skickad med e-post.');
      await dialog.getByRole('button', { name: 'Markera levererat' }).click();
      await page.getByText(`${OBLIGATION} är markerat som levererat.`).waitFor();
      // The quarterly plan due soon is delivered: the next quarter's occurrence is upcoming.
      await row.getByText('Kommande', { exact: true }).waitFor();
      await row.getByText(/av Anna Lind/).waitFor();
      await row.getByText('Planen skickad med e-post.').waitFor();
      assert.equal(await row.getByText('Snart dags', { exact: true }).count(), 0);
      const res = await page.request.get(`${srv.url}/api/v1/mandates`);
      const [mandate] = (await res.json()) as { id: string }[];
      const obligations = (await (await page.request.get(`${srv.url}/api/v1/mandates/${mandate?.id}/obligations`)).json()) as {
        state: string;
        dueOn: string;
        lastDone: { doneOn: string; dueOn: string } | null;
      }[];
      assert.equal(obligations[0]?.state, 'upcoming');
      assert.ok((obligations[0]?.dueOn ?? '') > (obligations[0]?.lastDone?.dueOn ?? ''), 'the next occurrence is after the one delivered');
      assert.equal(obligations[0]?.lastDone?.doneOn, today);
    });
  });
});

test('a client viewer reads the reviews but cannot start one or mark a delivery', async () => {
  await asSignedInUser(browser, srv.url, { email: 'viktor@nordbank.example', password: PASSWORD }, async (page) => {
    await step(page, 'no start button and no delivery action, but the preview is there', async () => {
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Uppföljningsmöten' }).click();
      await page.getByRole('heading', { level: 1, name: 'Uppföljningsmöten' }).waitFor();
      await page.getByRole('table', { name: 'Åtaganden' }).getByText(OBLIGATION).waitFor();
      await preview(page).getByRole('heading', { name: 'Missade mål och åtgärder' }).waitFor();
      assert.equal(await page.getByRole('button', { name: /^Starta uppföljning av/ }).count(), 0);
      assert.equal(await page.getByRole('button', { name: /^Markera levererat/ }).count(), 0);
    });
  });
});
