// test/e2e/notifications.e2e.test.ts — the header's bell and the webhooks page in a real browser: unread notifications read, a webhook added (its secret once) and tested against a local receiver

import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { asSignedInUser, launchBrowser, step } from '../support/browser.js';
import { type TestServer, startTestServer } from '../support/server.js';

let srv: TestServer;
let browser: Browser;
const received: { signature: string; event: string }[] = [];
const receiver = createServer((req, res) => {
  received.push({ signature: String(req.headers['x-ccq-signature']), event: String(req.headers['x-ccq-event']) });
  req.resume();
  req.on('end', () => res.writeHead(204).end());
});

before(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  srv = await startTestServer({ demo: true });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await srv?.close();
  receiver.closeAllConnections();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

test('the centre’s admin reads the mandate’s notifications and sets up a signed webhook', async () => {
  const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/ccq`;
  await asSignedInUser(browser, srv.url, { email: 'karin@kontaktpartner.example', password: 'ccq-demo-2026' }, async (page) => {
    await step(page, 'the bell shows the unread notifications of the signed demo mandate', async () => {
      await page.getByRole('button', { name: /^Aviseringar, \d+ olästa?$/ }).click();
      await page.getByText('Version 1 är underskriven och gäller').waitFor();
      await page.getByText('Version 1 väntar på underskrift').waitFor();
    });
    await step(page, 'marking all read empties the count', async () => {
      await page.getByRole('button', { name: 'Markera alla som lästa' }).click();
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Aviseringar, inga olästa' }).waitFor();
    });
    await step(page, 'a webhook is added and its secret shown once, with how to verify it', async () => {
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Webhooks' }).click();
      await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
      await page.getByRole('button', { name: 'Lägg till webhook' }).click();
      await page.getByRole('textbox', { name: 'Adress (URL)' }).fill(hookUrl);
      await page.getByRole('button', { name: 'Skapa' }).click();
      const secret = page.getByRole('textbox', { name: 'Hemlighet för signaturen' });
      assert.match(await secret.inputValue(), /^whsec_/);
      await page.getByRole('dialog').getByText('Så kontrollerar mottagaren en leverans').waitFor();
      await page.getByRole('button', { name: 'Jag har sparat nyckeln' }).click();
      await page.getByRole('cell', { name: hookUrl, exact: true }).waitFor();
    });
    await step(page, 'a test event reaches the receiver, signed, and shows in the delivery log', async () => {
      await page.getByRole('button', { name: `Skicka en testhändelse till ${hookUrl}` }).click();
      await page.getByText(/Testhändelsen: Levererad \(HTTP 204\)/).waitFor();
      assert.equal(received.at(-1)?.event, 'webhook_test');
      assert.match(received.at(-1)?.signature ?? '', /^t=\d+,v1=[0-9a-f]{64}$/);
      await page.getByRole('button', { name: `Visa leveransloggen för ${hookUrl}` }).click();
      await page.getByRole('dialog').getByText('Testhändelse').waitFor();
      await page.getByRole('dialog').getByText('Levererad').waitFor();
      await page.keyboard.press('Escape');
    });
    await step(page, 'the webhook is paused and resumed', async () => {
      await page.getByRole('button', { name: `Pausa webhooken ${hookUrl}` }).click();
      await page.getByText(`${hookUrl} är pausad: inget skickas dit förrän du återupptar den.`).waitFor();
      await page
        .getByRole('row', { name: new RegExp(hookUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
        .getByText('Pausad')
        .waitFor();
      await page.getByRole('button', { name: `Återuppta webhooken ${hookUrl}` }).click();
      await page.getByText(`${hookUrl} tar emot händelser igen.`).waitFor();
      await page.getByRole('button', { name: `Pausa webhooken ${hookUrl}` }).waitFor();
    });
  });
});
