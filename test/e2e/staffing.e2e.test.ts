// test/e2e/staffing.e2e.test.ts — the staffing pages in a real browser with the demo data
//
// The quality manager of the demo centre opens Bemanning and the Erlang calculator: 100 contacts in
// 30 minutes at 180 s AHT, 80 % within 20 s and at most 85 % occupancy need 14 agents, 20 scheduled at
// 30 % shrinkage; the answer follows the typing (AHT 240 gives 17 and 25 without a button), a bad
// figure is named beside its field, and Erlang A with 300 s patience and 14 agents loses about 1.4 %.
// Then a plan for a Nordbank queue over three days from four weeks of history: totals, chart and
// interval table; saved, its CSV has one row per interval; plan vs actual opens. A client manager
// reads plans but has no save button. The UI starts in Swedish (browser locale sv-SE); the calculator
// is read once more in English.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { asSignedInUser, launchBrowser, step } from '../support/browser.js';
import { type TestServer, startTestServer } from '../support/server.js';

const PASSWORD = 'ccq-demo-2026';
const QUEUE = 'Nordbank privatkunder (nordbank-privat)';
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

/** The browser's local date plus `days`, as the plan form's date fields take it. */
const localDate = (days: number): string => {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** A figure shown in its named box (the calculator's results, a plan's totals). */
const stat = (page: Page, name: string, value: string | RegExp) =>
  page.getByRole('group', { name, exact: true }).getByText(value, typeof value === 'string' ? { exact: true } : undefined);

const openStaffing = async (page: Page) => {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Bemanning', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Bemanning' }).waitFor();
};

test('quality manager: the Erlang calculator answers as you type', { timeout: 60_000 }, async () => {
  await asSignedInUser(browser, srv.url, { email: 'quentin@kontaktpartner.example', password: PASSWORD }, async (page) => {
    const box = (name: string) => page.getByRole('textbox', { name, exact: true });
    await step(page, 'open the calculator from the staffing page', async () => {
      await openStaffing(page);
      await page.getByRole('link', { name: 'Erlangkalkylator →' }).click();
      await page.getByRole('heading', { level: 1, name: 'Erlangkalkylator' }).waitFor();
      await page.getByText('Servicenivån är andelen av alla inkomna kontakter').waitFor();
    });
    await step(page, 'Erlang C: 100 contacts, 30 min, AHT 180, 80 % in 20 s, occupancy at most 85 %, shrinkage 30 %', async () => {
      await page.getByRole('combobox', { name: 'Intervallängd' }).selectOption('30');
      await box('Kontakter per intervall').fill('100');
      await box('Genomsnittlig hanteringstid (AHT)').fill('180');
      await box('Servicenivå').fill('80');
      await box('besvarade inom').fill('20');
      await box('Högsta beläggning').fill('85');
      await box('Frånvarofaktor').fill('30');
      await stat(page, 'Agenter som krävs', '14').waitFor();
      await stat(page, 'Schemalagda', '20').waitFor();
      await stat(page, 'Styrande mål', 'Servicenivå').waitFor();
      await page
        .getByRole('img', { name: /^Diagram: servicenivå/ })
        .locator('canvas')
        .first()
        .waitFor();
    });
    await step(page, 'a longer handling time changes the answer without a button', async () => {
      await box('Genomsnittlig hanteringstid (AHT)').fill('240');
      await stat(page, 'Agenter som krävs', '17').waitFor();
      await stat(page, 'Schemalagda', '25').waitFor();
    });
    await step(page, 'a bad figure is named beside its field, and the page stays', async () => {
      await box('Genomsnittlig hanteringstid (AHT)').fill('0');
      await page.getByText('sekunder över 0', { exact: true }).waitFor();
      assert.equal(await box('Genomsnittlig hanteringstid (AHT)').getAttribute('aria-invalid'), 'true');
      await page.getByRole('alert').filter({ hasText: 'Rätta de markerade fälten.' }).waitFor();
      await box('Genomsnittlig hanteringstid (AHT)').fill('180');
      await stat(page, 'Agenter som krävs', '14').waitFor();
    });
    await step(page, 'Erlang A with 300 s patience and 14 agents: about 1.4 % abandon', async () => {
      await page.getByRole('combobox', { name: 'Modell' }).selectOption('erlang-a');
      await page.getByText('Erlang A behöver kundernas genomsnittliga tålamod i sekunder').waitFor();
      await box('Tålamod').fill('300');
      await box('Fast antal agenter').fill('14');
      await stat(page, 'Agenter (angivet)', '14').waitFor();
      await stat(page, 'Avbrutna samtal', /^1,4\s%$/).waitFor();
      await stat(page, 'Styrande mål', 'Angivet antal agenter').waitFor();
    });
    await step(page, 'in English the same figures carry English names', async () => {
      await page.getByRole('combobox', { name: 'Språk / Language' }).selectOption({ label: 'English' });
      await page.getByRole('heading', { level: 1, name: 'Erlang calculator' }).waitFor();
      await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Staffing', exact: true }).waitFor();
      await stat(page, 'Agents (given)', '14').waitFor();
      await stat(page, 'Abandoned contacts', /^1\.4\s?%$/).waitFor();
      // The choice is remembered for the user: back to Swedish for the tests that sign in after this one.
      await page.getByRole('combobox', { name: 'Språk / Language' }).selectOption({ label: 'Svenska' });
      await page.getByRole('heading', { level: 1, name: 'Erlangkalkylator' }).waitFor();
    });
  });
});

test('quality manager: a plan from four weeks of history, saved, exported and compared with what happened', {
  timeout: 90_000,
}, async () => {
  await asSignedInUser(browser, srv.url, { email: 'quentin@kontaktpartner.example', password: PASSWORD }, async (page) => {
    let totalContacts = 0;
    await step(page, 'compute a plan for today and the next two days', async () => {
      await openStaffing(page);
      await page.getByRole('combobox', { name: 'Kö', exact: true }).selectOption({ label: QUEUE });
      assert.equal(await page.getByLabel('Från', { exact: true }).inputValue(), localDate(0));
      await page.getByLabel('Till', { exact: true }).fill(localDate(3));
      await page.getByRole('textbox', { name: 'Historik (veckor)' }).fill('4');
      await page.getByRole('button', { name: 'Beräkna plan' }).click();
      await page.getByRole('heading', { level: 2, name: 'Bemanningsplan för Nordbank privatkunder' }).waitFor({ timeout: 30_000 });
    });
    await step(page, 'totals, the targets’ source, the backtest and the chart', async () => {
      const shown = (await page.getByRole('group', { name: 'Kontakter (prognos)', exact: true }).locator('p').nth(1).textContent()) ?? '';
      totalContacts = Number(shown.replace(/[\s\u00a0]/g, ''));
      assert.ok(totalContacts > 100, `forecast contacts shown: ${shown}`);
      await stat(page, 'Förväntad servicenivå', /%$/).waitFor();
      await page.getByText(/^Från uppdraget ”/).waitFor();
      await page.getByRole('table', { name: 'Backtest av prognosmetoderna' }).getByRole('cell', { name: 'Holt–Winters' }).waitFor();
      await page
        .getByRole('img', { name: /^Diagram: prognos för kontakter/ })
        .locator('canvas')
        .first()
        .waitFor();
    });
    await step(page, 'the interval table of the day shown', async () => {
      // The queue's patience: the estimate Erlang A used and the time-to-abandon curve beside the exponential.
      const patience = page.getByRole('region', { name: 'Kundernas tålamod' });
      const mean =
        (await patience.getByRole('group', { name: 'Genomsnittligt tålamod', exact: true }).locator('p').nth(1).textContent()) ?? '';
      assert.match(mean, /^\d+(,\d)? s$/);
      await patience.getByRole('img', { name: /^Diagram: andel kunder som fortfarande väntar/ }).waitFor();
      await page.getByRole('button', { name: /^Visa intervallen/ }).click();
      const table = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Agenter i planen' }) });
      await table.waitFor();
      assert.equal(await table.getByRole('row').count(), 1 + 48);
    });
    let csvHref = '';
    await step(page, 'save the plan and download it as CSV', async () => {
      await page.getByRole('button', { name: 'Spara plan' }).click();
      await page.getByRole('status').filter({ hasText: 'Planen är sparad.' }).waitFor();
      const csv = page.getByRole('region', { name: /^Bemanningsplan för/ }).getByRole('link', { name: 'Ladda ner planen som CSV' });
      csvHref = (await csv.getAttribute('href')) ?? '';
      assert.match(csvHref, /^\/api\/v1\/staffing\/plans\/[^/]+\/export\?format=csv&lang=sv$/);
      const file = await page.evaluate(async (url) => {
        const res = await fetch(url, { credentials: 'same-origin' });
        return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
      }, csvHref);
      assert.equal(file.status, 200);
      assert.match(file.type ?? '', /^text\/csv/);
      const lines = file.text
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      assert.match(lines[0] ?? '', /^start,offered,aht_seconds,load,erlang_c_agents,erlang_a_agents,agents,scheduled,service_level,/);
      // Three days of 30-minute intervals (no daylight-saving change in late November and December).
      assert.equal(lines.length - 1, 3 * 48);
      assert.match(lines[1] ?? '', new RegExp(`^${localDate(0)}T00:00:00\\+0[12]:00,`));
      // The file's intervals add up to the total the page showed.
      const offered = lines.slice(1).reduce((sum, line) => sum + Number(line.split(',')[1]), 0);
      assert.ok(Math.abs(offered - totalContacts) <= 1, `CSV ${offered} vs page ${totalContacts}`);
    });
    await step(page, 'open plan vs actual for the saved plan', async () => {
      const saved = page.getByRole('region', { name: 'Sparade bemanningsplaner' });
      await saved.getByRole('link', { name: 'Ladda ner planen som XLSX' }).first().waitFor();
      await saved
        .getByRole('button', { name: /^Plan mot utfall för/ })
        .first()
        .click();
      const panel = page.getByRole('region', { name: 'Plan mot utfall' });
      await panel.getByRole('group', { name: 'Kontakter enligt prognos', exact: true }).waitFor();
      await panel
        .getByRole('group', { name: 'Intervall under målet', exact: true })
        .getByText(/^\d+ av 144$/)
        .waitFor();
      await panel
        .getByRole('img', { name: /^Diagram: prognos mot inkomna/ })
        .locator('canvas')
        .first()
        .waitFor();
    });
  });
});

test('client manager: reads plans of the queues run for the client, but cannot save one', { timeout: 60_000 }, async () => {
  await asSignedInUser(browser, srv.url, { email: 'anna@nordbank.example', password: PASSWORD }, async (page) => {
    await step(page, 'compute a plan without a save button', async () => {
      await openStaffing(page);
      await page.getByRole('combobox', { name: 'Kö', exact: true }).selectOption({ label: QUEUE });
      await page.getByLabel('Till', { exact: true }).fill(localDate(1));
      await page.getByRole('checkbox', { name: 'Kontrollera med simulering' }).check();
      await page.getByRole('button', { name: 'Beräkna plan' }).click();
      await page.getByRole('heading', { level: 2, name: 'Bemanningsplan för Nordbank privatkunder' }).waitFor({ timeout: 30_000 });
      // The plan simulated with the customers' measured patience, beside what the models expect.
      await page.getByText(/^Simulerad servicenivå \d+,\d\s%/).waitFor();
      await page.getByText(/tålamod: uppmätt fördelning\.$/).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Spara plan' }).count(), 0);
      await page.getByRole('region', { name: 'Sparade bemanningsplaner' }).waitFor();
    });
  });
});
