// test/e2e/mandate-editor.e2e.test.ts — the mandate editor in a real browser: read-only for a viewer; a new draft after the
// signed demo version with a changed target and a new obligation, the gap list and the version diff, a value the server
// refuses shown at its field, the page in English; a new mandate from the ISO 18295-2 template. The UI starts in Swedish
// (browser locale sv-SE); locators are accessible ones.

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
const OBLIGATION = 'Månadsrapport om kampanjutfall';

type Content = {
  targets: { id: string; target: number }[];
  obligations: { id: string; title: string; owner: string; dueOn: string }[];
  changeControl: string | null;
};
type View = { current: { number: number; status: string; content: Content } };

const openMandates = async (page: Page) => {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Uppdrag', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Uppdrag', exact: true }).waitFor();
};

/** The mandate as the API has it, read with the page's own session: what was really saved. */
const saved = async (page: Page): Promise<View> => {
  const id = /#\/mandates\/([^/]+)/.exec(page.url())?.[1];
  assert.ok(id, `no mandate id in ${page.url()}`);
  const res = await page.request.get(`${srv.url}/api/v1/mandates/${id}`);
  assert.equal(res.status(), 200);
  return (await res.json()) as View;
};

const slTarget = (page: Page) => page.getByRole('group', { name: 'Mål sl-privat' }).getByRole('textbox', { name: 'Målvärde (%)' });

test('a client viewer reads the signed mandate but gets no editing controls', async () => {
  await asSignedInUser(browser, srv.url, { email: 'viktor@nordbank.example', password: PASSWORD }, async (page) => {
    await step(page, 'the content tab is read-only, without new draft, save or new mandate', async () => {
      await openMandates(page);
      await page.getByRole('tab', { name: 'Innehåll' }).click();
      await page.getByText('Version 1 är underskriven av båda parter och kan inte ändras.').waitFor();
      assert.match(page.url(), /#\/mandates\/[^/]+\/content$/);
      assert.equal(await slTarget(page).inputValue(), '80');
      assert.equal(await slTarget(page).isEditable(), false);
      assert.equal(await page.getByRole('textbox', { name: 'Syfte' }).isEditable(), false);
      for (const name of ['Starta ett nytt utkast', 'Spara utkastet', 'Nytt uppdrag', 'Lägg till mål', 'Lägg till åtagande'])
        assert.equal(await page.getByRole('button', { name }).count(), 0, `"${name}" is shown to a viewer`);
    });
  });
});

test('the client drafts a change of the signed mandate: target, obligation, gaps, diff, a refused value, English', async () => {
  await asSignedInUser(browser, srv.url, { email: 'anna@nordbank.example', password: PASSWORD }, async (page) => {
    await step(page, 'the signed version is read-only until a new draft is started', async () => {
      await openMandates(page);
      await page.getByRole('tab', { name: 'Innehåll' }).click();
      await page.getByText('Version 1 är underskriven av båda parter och kan inte ändras.').waitFor();
      assert.equal(await slTarget(page).isEditable(), false);
      assert.equal(await page.getByRole('button', { name: 'Spara utkastet' }).count(), 0);
      await page.getByRole('button', { name: 'Starta ett nytt utkast' }).click();
      await page.getByText('Version 2 är ett nytt utkast.', { exact: false }).waitFor();
      await page.getByText('Version 2: utkast').waitFor();
      assert.equal(await slTarget(page).isEditable(), true);
      assert.equal((await saved(page)).current.status, 'draft');
    });

    await step(page, 'change the service-level target, add an obligation, clear the change control, save', async () => {
      await slTarget(page).fill('85');
      await page.getByRole('status').filter({ hasText: 'Ändringar som inte är sparade' }).waitFor();
      await page.getByRole('button', { name: 'Lägg till åtagande' }).click();
      const added = page.getByRole('group', { name: 'Åtagande: nytt åtagande' });
      await added.getByRole('textbox', { name: 'Vad ska lämnas' }).fill(OBLIGATION);
      await page
        .getByRole('group', { name: `Åtagande: ${OBLIGATION}` })
        .getByLabel('Senast')
        .fill('2027-01-15');
      await page.getByRole('textbox', { name: 'Hur uppdraget ändras' }).fill('');
      await page.getByRole('button', { name: 'Spara utkastet' }).click();
      await page.getByText('Utkastet (version 2) är sparat.').waitFor();
      await page.getByRole('status').filter({ hasText: 'Allt är sparat' }).waitFor();
      const content = (await saved(page)).current.content;
      // Shown as percent, stored as the share the API expects.
      assert.equal(content.targets.find((x) => x.id === 'sl-privat')?.target, 0.85);
      const obligation = content.obligations.find((o) => o.title === OBLIGATION);
      assert.equal(obligation?.owner, 'client');
      assert.equal(obligation?.dueOn, '2027-01-15');
      assert.equal(content.changeControl, null);
    });

    await step(page, 'the completeness check now names the missing change control with its ISO 18295-2 ref', async () => {
      const gaps = page.getByRole('complementary', { name: 'Vad som saknas enligt ISO 18295-2' });
      await gaps.getByText('1 del saknas enligt ISO 18295-2').waitFor();
      const item = gaps.getByRole('listitem').filter({ hasText: 'Beskriv hur uppdraget ändras' });
      await item.getByText('ISO 18295-2 C3.i').waitFor();
    });

    await step(page, 'the diff between the signed version and the draft lists each change', async () => {
      await page.getByRole('tab', { name: 'Jämför versioner' }).click();
      assert.match(page.url(), /\/compare$/);
      assert.equal(await page.getByRole('combobox', { name: 'Från version' }).inputValue(), '1');
      assert.equal(await page.getByRole('combobox', { name: 'Till version' }).inputValue(), '2');
      const table = page.getByRole('table', { name: 'Ändringar mellan versioner' });
      const target = table.getByRole('row').filter({ hasText: 'targets.sl-privat.target' });
      await target.getByText('Ändrat', { exact: true }).waitFor();
      await target.getByText('0.8 (80 %)', { exact: true }).waitFor();
      await target.getByText('0.85 (85 %)', { exact: true }).waitFor();
      const obligation = table.getByRole('row').filter({ hasText: OBLIGATION });
      await obligation.getByText('Tillagt', { exact: true }).waitFor();
      assert.match((await obligation.getByRole('cell').first().textContent()) ?? '', /^Åtagandenobligations\.obligation-\d+$/);
      await table.getByRole('row').filter({ hasText: 'changeControl' }).getByText('Borttaget', { exact: true }).waitFor();
      assert.equal(await table.getByRole('row').count(), 4, 'a header and three changes');
      await page.getByText('3 ändringar').waitFor();
      await page.getByRole('combobox', { name: 'Från version' }).selectOption('2');
      await page.getByText('Välj två olika versioner för att se vad som ändrats.').waitFor();
    });

    await step(page, 'a share over 100 % is refused by the server, shown at the field and in the list, and nothing is saved', async () => {
      await page.getByRole('tab', { name: 'Innehåll' }).click();
      await slTarget(page).fill('150');
      await page.getByRole('button', { name: 'Spara utkastet' }).click();
      const problems = page.getByRole('alert').filter({ hasText: 'Utkastet sparades inte: 1 problem' });
      await problems
        .getByRole('listitem')
        .filter({ hasText: 'targets.0.target' })
        .getByText(/en andel ligger mellan 0 och 100 %/)
        .waitFor();
      await page.getByRole('group', { name: 'Mål sl-privat' }).getByText('en andel ligger mellan 0 och 100 %', { exact: true }).waitFor();
      assert.equal(await slTarget(page).getAttribute('aria-invalid'), 'true');
      assert.equal((await saved(page)).current.content.targets.find((x) => x.id === 'sl-privat')?.target, 0.85);
      await page.getByRole('button', { name: 'Ångra ändringarna' }).click();
      assert.equal(await slTarget(page).inputValue(), '85');
      assert.equal(await problems.count(), 0);
    });

    await step(page, 'the editor and the diff in English', async () => {
      await page.getByRole('combobox', { name: 'Språk / Language' }).selectOption({ label: 'English' });
      await page.getByRole('tab', { name: 'Content', selected: true }).waitFor();
      await page.getByRole('heading', { level: 3, name: 'KPI targets' }).waitFor();
      await page.getByRole('heading', { level: 3, name: 'Responsibilities' }).waitFor();
      await page.getByRole('button', { name: 'Save draft' }).waitFor();
      const target = page.getByRole('group', { name: 'Target sl-privat' }).getByRole('textbox', { name: 'Target value (%)' });
      assert.equal(await target.inputValue(), '85');
      const gaps = page.getByRole('complementary', { name: 'What is missing under ISO 18295-2' });
      await gaps.getByText('Describe how the mandate is changed').waitFor();
      await page.getByRole('tab', { name: 'Compare versions' }).click();
      const row = page
        .getByRole('table', { name: 'Changes between versions' })
        .getByRole('row')
        .filter({ hasText: 'targets.sl-privat.target' });
      await row.getByText('Changed', { exact: true }).waitFor();
      await row.getByText('KPI targets', { exact: true }).waitFor();
    });
  });
});

test('a centre admin starts a mandate for another relationship from the ISO 18295-2 template', async () => {
  await asSignedInUser(browser, srv.url, { email: 'karin@kontaktpartner.example', password: PASSWORD }, async (page) => {
    await step(page, 'create the mandate: it opens as draft version 1 with the template’s gaps', async () => {
      await openMandates(page);
      await page.getByRole('button', { name: 'Nytt uppdrag' }).click();
      const dialog = page.getByRole('dialog', { name: 'Nytt uppdrag' });
      // The relationship without a mandate is proposed; the one with a mandate says so.
      assert.equal(
        await dialog.getByRole('combobox', { name: 'Samarbete' }).locator('option:checked').textContent(),
        'Resebolaget bokning',
      );
      await dialog.getByRole('option', { name: 'Nordbank kundservice (har redan ett uppdrag)' }).waitFor({ state: 'attached' });
      await dialog.getByRole('textbox', { name: /^Rubrik/ }).fill('Uppdrag Resebolaget bokning 2027');
      await dialog.getByRole('button', { name: 'Skapa' }).click();
      await page.getByRole('heading', { level: 2, name: 'Uppdrag Resebolaget bokning 2027' }).waitFor();
      assert.match(page.url(), /#\/mandates\/[^/]+\/content$/);
      await page.getByText('Version 1: utkast').waitFor();
      const gaps = page.getByRole('complementary', { name: 'Vad som saknas enligt ISO 18295-2' });
      await gaps.getByRole('listitem').filter({ hasText: 'Beskriv uppdragets syfte' }).getByText('ISO 18295-2 C3.a').waitFor();
      await gaps.getByRole('listitem').filter({ hasText: 'Lägg till nyckeltal med mål' }).getByText('ISO 18295-2 C3.d').waitFor();
      // The template proposes the usual split of responsibilities.
      const owner = page.getByRole('combobox', { name: 'Ansvarig: Personuppgiftsansvarig' });
      assert.equal(await owner.inputValue(), 'client');
    });

    await step(page, 'a target without queues is refused; with the relationship’s queue it is saved and the gap closes', async () => {
      await page.getByRole('textbox', { name: 'Syfte' }).fill('Bokning och ombokning av resor i telefon.');
      await page.getByRole('button', { name: 'Lägg till mål' }).click();
      const target = page.getByRole('group', { name: 'Mål target-1' });
      await page.getByRole('button', { name: 'Spara utkastet' }).click();
      await target.getByText('välj köerna som målet mäts på', { exact: true }).waitFor();
      await target.getByRole('combobox', { name: 'Mäts på köerna' }).click();
      await page.getByRole('option', { name: 'rese-bokning – Resebolaget bokning' }).click();
      await page.getByRole('button', { name: 'Spara utkastet' }).click();
      await page.getByText('Utkastet (version 1) är sparat.').waitFor();
      const gaps = page.getByRole('complementary', { name: 'Vad som saknas enligt ISO 18295-2' });
      await gaps.getByText('Ange tjänster och kanaler').waitFor();
      assert.equal(await gaps.getByText('Lägg till nyckeltal med mål').count(), 0);
      assert.equal(await gaps.getByText('Beskriv uppdragets syfte').count(), 0);
      const content = (await saved(page)).current.content;
      assert.deepEqual(
        content.targets.map((x) => [x.id, x.target]),
        [['target-1', 0.8]],
      );
    });

    await step(page, 'both mandates are listed', async () => {
      await page.getByRole('link', { name: /Alla uppdrag/ }).click();
      await page.getByRole('link', { name: 'Uppdrag Resebolaget bokning 2027' }).waitFor();
      await page.getByRole('link', { name: 'Uppdrag Nordbank kundservice 2026' }).waitFor();
    });
  });
});

test('an in-house organisation without a mandate is told how to start one', async () => {
  await asSignedInUser(browser, srv.url, { email: 'ida@elbolaget.example', password: PASSWORD }, async (page) => {
    await step(page, 'the empty state points at the new mandate button', async () => {
      await openMandates(page);
      await page.getByText('Inga uppdrag ännu. Skapa ett för ett samarbete med ”Nytt uppdrag”', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Nytt uppdrag' }).waitFor();
    });
  });
});
