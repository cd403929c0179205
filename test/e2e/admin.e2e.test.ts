// test/e2e/admin.e2e.test.ts — administration in a real browser against a real server with the demo data
//
// An organisation admin adds, re-roles and removes a member (and the API agrees with what the page
// shows); an agent finds no member list, neither in the menu nor behind a typed-in address; a platform
// administrator creates an organisation (and is told when the name is taken), creates a user and
// disables them. The UI is in Swedish (browser locale sv-SE); locators are accessible ones.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import type { TMe } from '../../src/contracts/auth.js';
import type { TMember, TOrganisation, TUser } from '../../src/contracts/organisations.js';
import { asSignedInUser, eventually, launchBrowser, step } from '../support/browser.js';
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

/** A fresh browser context signed in as `email`, closed when `fn` ends. */
const asUser = (email: string, fn: (page: Page) => Promise<void>) => asSignedInUser(browser, srv.url, { email, password: PASSWORD }, fn);

/** GET through the page's own context, so the request carries the session cookie. */
const getJson = async <T>(page: Page, path: string): Promise<{ status: number; body: T }> => {
  const res = await page.request.get(`${srv.url}${path}`);
  return { status: res.status(), body: (await res.json()) as T };
};

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const h2 = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });
const nav = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });
/** The table row (in main) that holds `text`, e.g. an e-mail address. */
const rowWith = (page: Page, text: string) => page.getByRole('main').getByRole('row').filter({ hasText: text });
/** The success notice, announced in the polite live region. */
const notice = (page: Page, text: string) => page.getByRole('main').getByText(text, { exact: true });

test('organisation admin adds, re-roles and removes a member', { timeout: 20_000 }, async () => {
  const NEW = 'ny.agent@kontaktpartner.example';
  const NEW_NAME = 'ny.agent'; // no display name given: the account is named after the address
  await asUser('karin@kontaktpartner.example', async (page) => {
    let orgId = '';

    await step(page, 'open the members page', async () => {
      await h1(page, 'Kontaktpartner AB').waitFor();
      await nav(page).getByRole('link', { name: 'Medlemmar' }).click();
      await h1(page, 'Medlemmar').waitFor();
      await h2(page, '4 medlemmar').waitFor();
      await rowWith(page, 'adam@kontaktpartner.example').waitFor();
      assert.equal(await rowWith(page, NEW).count(), 0);
      const me = await getJson<TMe>(page, '/api/v1/me');
      assert.equal(me.status, 200);
      assert.ok(me.body.csrfToken, 'a cookie session has a CSRF token');
      assert.ok(me.body.activeOrganisationId);
      orgId = me.body.activeOrganisationId;
    });

    await step(page, 'add a member as agent', async () => {
      await page.getByRole('button', { name: 'Lägg till medlem' }).click();
      const dialog = page.getByRole('dialog', { name: 'Lägg till medlem' });
      // The least-privileged role is preselected, so nobody becomes an admin by accident.
      assert.equal(await dialog.getByRole('combobox', { name: 'Roll' }).inputValue(), 'agent');
      // A malformed address is refused with a Swedish message under the field and a summary line.
      const emailField = dialog.getByRole('textbox', { name: 'E-postadress' });
      await emailField.fill('inte-en-adress');
      await dialog.getByRole('button', { name: 'Lägg till', exact: true }).click();
      await eventually(async () => assert.equal(await emailField.getAttribute('aria-invalid'), 'true'));
      await dialog.getByText('inte en giltig e-postadress').waitFor();
      await dialog.getByText('Kontrollera uppgifterna och försök igen.').waitFor();
      await emailField.fill(NEW);
      await dialog.getByRole('combobox', { name: 'Roll' }).selectOption({ label: 'Kundtjänstmedarbetare' });
      await dialog.getByRole('button', { name: 'Lägg till', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      await notice(page, `${NEW_NAME} är tillagd.`).waitFor();
      await h2(page, '5 medlemmar').waitFor();
      const row = rowWith(page, NEW);
      await row.getByRole('cell', { name: NEW_NAME, exact: true }).waitFor();
      const role = row.getByRole('combobox', { name: `Roll för ${NEW_NAME}` });
      assert.equal(await role.inputValue(), 'agent');
      assert.equal(await role.locator('option:checked').textContent(), 'Kundtjänstmedarbetare');
      await row.getByText('Aktiv', { exact: true }).waitFor();
    });

    await step(page, 'change the role to team lead', async () => {
      const role = rowWith(page, NEW).getByRole('combobox', { name: `Roll för ${NEW_NAME}` });
      await role.selectOption({ label: 'Teamledare' });
      await notice(page, `Rollen för ${NEW_NAME} är ändrad.`).waitFor();
      await eventually(async () => {
        assert.equal(await role.inputValue(), 'team_lead');
        assert.equal(await role.locator('option:checked').textContent(), 'Teamledare');
      });
      const members = await getJson<TMember[]>(page, `/api/v1/organisations/${orgId}/members`);
      assert.equal(members.body.find((m) => m.email === NEW)?.role, 'team_lead');
    });

    await step(page, 'remove the member', async () => {
      await rowWith(page, NEW)
        .getByRole('button', { name: `Ta bort ${NEW_NAME}` })
        .click();
      const dialog = page.getByRole('dialog', { name: 'Ta bort medlem' });
      await dialog.getByText(`Ta bort ${NEW_NAME} från Kontaktpartner AB? Personens konto finns kvar.`).waitFor();
      await dialog.getByRole('button', { name: 'Ta bort', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      await notice(page, `${NEW_NAME} är borttagen.`).waitFor();
      await h2(page, '4 medlemmar').waitFor();
      await rowWith(page, NEW).waitFor({ state: 'detached' });
    });

    await step(page, 'the API agrees with the page', async () => {
      const members = await getJson<TMember[]>(page, `/api/v1/organisations/${orgId}/members`);
      assert.equal(members.status, 200);
      assert.ok(!members.body.some((m) => m.email === NEW), 'the removed member is gone from the API too');
      const bodyRows = page
        .getByRole('main')
        .getByRole('row')
        .filter({ has: page.getByRole('cell') });
      assert.equal(await bodyRows.count(), members.body.length);
      for (const m of members.body) {
        const row = rowWith(page, m.email);
        assert.equal(await row.count(), 1, `one row for ${m.email}`);
        assert.equal(await row.getByRole('combobox', { name: `Roll för ${m.displayName || m.email}` }).inputValue(), m.role);
      }
    });
  });
});

test('an agent has no member list', { timeout: 15_000 }, async () => {
  await asUser('adam@kontaktpartner.example', async (page) => {
    let orgId = '';

    await step(page, 'no members entry in the menu', async () => {
      await h1(page, 'Kontaktpartner AB').waitFor();
      assert.equal(await nav(page).getByRole('link', { name: 'Medlemmar' }).count(), 0);
      const me = await getJson<TMe>(page, '/api/v1/me');
      assert.equal(me.body.memberships.find((m) => m.organisationId === me.body.activeOrganisationId)?.role, 'agent');
      orgId = me.body.activeOrganisationId ?? '';
    });

    await step(page, 'a typed-in members address shows "not found"', async () => {
      await page.goto(`${srv.url}/#/members`);
      // Routes.tsx only renders MembersPage for an admin by membership; anyone else gets NotFound.
      await h1(page, 'Sidan finns inte.').waitFor();
      await page.getByRole('main').getByRole('link', { name: 'Till översikten' }).waitFor();
      assert.equal(await h1(page, 'Medlemmar').count(), 0);
      assert.equal(await page.getByRole('main').getByRole('table').count(), 0);
      assert.equal(await page.getByText('@kontaktpartner.example').count(), 0, 'no member addresses on the page');
    });

    await step(page, 'the API refuses the member list', async () => {
      // The agent sees its organisation but may not list its members: 403, not a pretend 404.
      const res = await getJson<{ error: { code: string } }>(page, `/api/v1/organisations/${orgId}/members`);
      assert.equal(res.status, 403);
      assert.equal(res.body.error.code, 'CCQ_ERR_FORBIDDEN');
      assert.ok(!JSON.stringify(res.body).includes('@kontaktpartner.example'));
    });

    await step(page, 'the home link leads back', async () => {
      await page.getByRole('main').getByRole('link', { name: 'Till översikten' }).click();
      await h1(page, 'Kontaktpartner AB').waitFor();
    });
  });
});

test('platform admin creates an organisation and a user, and disables the user', { timeout: 20_000 }, async () => {
  const ORG = 'Testbolaget AB';
  const EMAIL = 'test.anvandare@testbolaget.example';
  const NAME = 'Test Användare';
  await asUser('admin@ccq.example', async (page) => {
    const createOrganisation = async () => {
      await page.getByRole('button', { name: 'Skapa organisation' }).click();
      const dialog = page.getByRole('dialog', { name: 'Skapa organisation' });
      await dialog.getByRole('textbox', { name: 'Namn' }).fill(ORG);
      await dialog.getByRole('combobox', { name: 'Typ' }).selectOption({ label: 'Uppdragsgivare' });
      assert.equal(await dialog.getByRole('textbox', { name: 'Tidszon' }).inputValue(), 'Europe/Stockholm');
      await dialog.getByRole('button', { name: 'Skapa', exact: true }).click();
      return dialog;
    };
    const orgCells = (): Locator => page.getByRole('main').getByRole('cell', { name: ORG, exact: true });

    await step(page, 'open the organisations page', async () => {
      await h1(page, 'Ingen aktiv organisation').waitFor();
      await nav(page).getByRole('link', { name: 'Organisationer' }).click();
      await h1(page, 'Organisationer').waitFor();
      await h2(page, '4 organisationer').waitFor();
      assert.equal(await orgCells().count(), 0);
    });

    await step(page, 'create an organisation of kind client', async () => {
      const dialog = await createOrganisation();
      await dialog.waitFor({ state: 'hidden' });
      await notice(page, `${ORG} är skapad.`).waitFor();
      await h2(page, '5 organisationer').waitFor();
      const row = rowWith(page, ORG);
      await row.getByRole('cell', { name: ORG, exact: true }).waitFor();
      await row.getByText('Uppdragsgivare', { exact: true }).waitFor();
      await row.getByRole('cell', { name: 'Europe/Stockholm', exact: true }).waitFor();
    });

    await step(page, 'the same name again is refused on the form', async () => {
      const dialog = await createOrganisation();
      const name = dialog.getByRole('textbox', { name: 'Namn' });
      // The 409 carries a field issue for `name`: the message sits under the name field, in Swedish,
      // and the dialog stays open.
      await eventually(async () => assert.equal(await name.getAttribute('aria-invalid'), 'true'));
      const describedBy = (await name.getAttribute('aria-describedby')) ?? '';
      const errorId = describedBy.split(/\s+/).find((id) => id.endsWith('-error'));
      assert.ok(errorId, `the name field points at its error (aria-describedby="${describedBy}")`);
      assert.equal(await page.locator(`[id="${errorId}"]`).textContent(), 'används redan');
      await dialog.getByRole('button', { name: 'Avbryt', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      assert.equal(await orgCells().count(), 1);
      await h2(page, '5 organisationer').waitFor();
      const orgs = await getJson<TOrganisation[]>(page, '/api/v1/admin/organisations');
      assert.deepEqual(
        orgs.body.filter((o) => o.name === ORG).map((o) => o.kind),
        ['client'],
      );
    });

    await step(page, 'create a user', async () => {
      await nav(page).getByRole('link', { name: 'Användare' }).click();
      await h1(page, 'Användare').waitFor();
      await rowWith(page, 'karin@kontaktpartner.example').waitFor();
      await page.getByRole('button', { name: 'Skapa användare' }).click();
      const dialog = page.getByRole('dialog', { name: 'Skapa användare' });
      await dialog.getByRole('textbox', { name: 'E-postadress' }).fill(EMAIL);
      await dialog.getByRole('textbox', { name: 'Namn (valfritt)' }).fill(NAME);
      await dialog.getByRole('button', { name: 'Skapa', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      await notice(page, `${NAME} är skapad.`).waitFor();
      const row = rowWith(page, EMAIL);
      await row.getByRole('cell', { name: NAME, exact: true }).waitFor();
      await row.getByText('Aktiv', { exact: true }).waitFor();
      await row.getByRole('cell', { name: 'Svenska', exact: true }).waitFor();
    });

    await step(page, 'disable the user', async () => {
      const row = rowWith(page, EMAIL);
      await row.getByRole('button', { name: `Spärra ${NAME}` }).click();
      await notice(page, `${NAME} är spärrad.`).waitFor();
      await row.getByText('Spärrad', { exact: true }).waitFor();
      await row.getByRole('button', { name: `Aktivera ${NAME}` }).waitFor();
      assert.equal(await row.getByText('Aktiv', { exact: true }).count(), 0);
      const users = await getJson<TUser[]>(page, '/api/v1/admin/users');
      assert.equal(users.body.find((u) => u.email === EMAIL)?.disabled, true);
    });
  });
});
