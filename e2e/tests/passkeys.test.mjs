// Passkeys in a real browser: Chromium's virtual authenticator stands in for a phone or a
// security key. WebAuthn needs a host name, so tillit is reached as localhost here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startSmtpSink } from '../lib/smtp-sink.mjs';
import { startTillit } from '../lib/tillit.mjs';
import { launch, checkA11y } from '../lib/browser.mjs';

const PASSWORD = 'fjordlys over vidda 2026';

test('an administrator enrols a passkey instead of TOTP and signs in with it', { timeout: 120_000 }, async () => {
  const sink = await startSmtpSink();
  const app = await startTillit({ smtpPort: sink.port, host: 'localhost' });
  const browser = await launch();
  const visited = [];
  try {
    const ctx = await browser.newContext({ locale: 'en-GB' });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
    });

    await page.goto(app.setupLink);
    await page.fill('#org_name', 'Lunds kommun');
    await page.fill('#display_name', 'Eva Svensson');
    await page.fill('#email', 'eva@lund.se');
    await page.fill('#password', PASSWORD);
    await page.click('form[action^="/setup/"] button[type=submit]');
    await page.waitForURL('**/profile/totp');

    await page.fill('#passkey-name', 'Laptop');
    await page.click('#passkey-add');
    await page.waitForURL('**/profile?notice=notice-saved');
    assert.match(await page.textContent('main'), /Laptop/);
    await checkA11y(page, visited);

    await page.click('form[action="/logout"] button');
    await page.waitForURL('**/login?notice=notice-signed-out');
    await page.fill('#email', 'eva@lund.se');
    await page.fill('#password', PASSWORD);
    await page.click('form[action="/login"] button[type=submit]');
    await page.waitForURL('**/login/mfa');
    await checkA11y(page, visited);
    await page.click('#passkey-use');
    await page.waitForURL(app.base + '/');
    assert.match(await page.textContent('h1'), /Welcome, Eva Svensson/);
  } finally {
    await browser.close();
    await app.stop();
    sink.close();
  }
});
