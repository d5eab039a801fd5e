// A municipality's first day with tillit, in a real browser: the setup link, the first
// administrator, TOTP enrolment, signing out and in with a code, Swedish and back, and
// inviting a colleague who accepts by the e-mail link. axe-core checks every page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startSmtpSink } from '../lib/smtp-sink.mjs';
import { startTillit } from '../lib/tillit.mjs';
import { launch, checkA11y } from '../lib/browser.mjs';
import { base32Decode, totp, nextStep } from '../lib/totp.mjs';

const PASSWORD = 'fjordlys over vidda 2026';

test('first start, TOTP, language, invitation', { timeout: 180_000 }, async () => {
  const sink = await startSmtpSink();
  const app = await startTillit({ smtpPort: sink.port });
  const browser = await launch();
  const visited = [];
  try {
    const ctx = await browser.newContext({ locale: 'nb-NO' });
    const page = await ctx.newPage();

    // The one-time setup link.
    await page.goto(app.setupLink);
    assert.equal(await page.getAttribute('html', 'lang'), 'nb');
    await checkA11y(page, visited);
    await page.fill('#org_name', 'Bergen kommune');
    await page.fill('#display_name', 'Kari Nordmann');
    await page.fill('#email', 'kari@bergen.kommune.no');
    await page.fill('#password', PASSWORD);
    await page.click('button[type=submit]:has-text("Opprett organisasjon")');

    // An administrator must enrol TOTP first.
    await page.waitForURL('**/profile/totp');
    await checkA11y(page, visited);
    const secret = base32Decode((await page.textContent('#totp-secret')).trim());
    await page.fill('#code', totp(secret));
    await page.click('form[action="/profile/totp"] button[type=submit]');
    await page.waitForSelector('#recovery-codes');
    await checkA11y(page, visited);
    await page.click('a.button[href="/"]');
    await page.waitForURL(app.base + '/');
    assert.match(await page.textContent('h1'), /Velkommen, Kari Nordmann/);
    await checkA11y(page, visited);

    // The setup link is spent.
    const again = await ctx.newPage();
    const gone = await again.goto(app.setupLink);
    assert.equal(gone.status(), 404);
    await again.close();

    // Sign out, and in again with the password and a fresh TOTP code.
    await page.click('form[action="/logout"] button');
    await page.waitForURL('**/login?notice=notice-signed-out');
    await checkA11y(page, visited);
    await page.fill('#email', 'kari@bergen.kommune.no');
    await page.fill('#password', PASSWORD);
    await page.click('form[action="/login"] button[type=submit]');
    await page.waitForURL('**/login/mfa');
    await checkA11y(page, visited);
    await nextStep();
    await page.fill('#code', totp(secret));
    await page.click('form[action="/login/mfa"] button[type=submit]');
    await page.waitForURL(app.base + '/');

    // Svenska, then back to bokmål.
    await page.selectOption('#lang-switch', 'sv');
    await page.click('form.lang button');
    await page.waitForLoadState('load');
    assert.equal(await page.getAttribute('html', 'lang'), 'sv');
    assert.match(await page.textContent('nav'), /Granskningslogg/);
    await checkA11y(page, visited);
    await page.selectOption('#lang-switch', 'nb');
    await page.click('form.lang button');
    await page.waitForLoadState('load');
    assert.equal(await page.getAttribute('html', 'lang'), 'nb');

    // Every page an administrator has.
    for (const path of ['/profile', '/profile/sessions', '/profile/api-tokens', '/admin/roles', '/admin/organisation', '/audit']) {
      const res = await page.goto(app.base + path);
      assert.equal(res.status(), 200, path);
      await checkA11y(page, visited);
    }

    // Invite a colleague.
    await page.goto(app.base + '/admin/members');
    await checkA11y(page, visited);
    await page.fill('#invite-email', 'ola@bergen.kommune.no');
    await page.selectOption('#invite-role', 'procurement_officer');
    await page.click('form[action="/admin/invitations"] button[type=submit]');
    await page.waitForURL('**/admin/members?notice=notice-invited');
    await checkA11y(page, visited);

    let mail;
    for (let i = 0; i < 50 && !mail; i++) {
      mail = sink.mails.find((m) => m.to === 'ola@bergen.kommune.no');
      if (!mail) await new Promise((r) => setTimeout(r, 200));
    }
    assert.ok(mail, 'the invitation e-mail arrives');
    assert.match(mail.subject, /Bergen kommune/);
    const link = mail.body.match(/(http:\/\/\S+\/invitation\/\S+)/)[1];

    const ola = await (await browser.newContext({ locale: 'nb-NO' })).newPage();
    await ola.goto(link);
    await checkA11y(ola, visited);
    await ola.fill('#display_name', 'Ola Nordmann');
    await ola.fill('#password', 'sikkert og langt passord');
    await ola.click('form[action^="/invitation/"] button[type=submit]');
    // A procurement officer handles bids: the second factor comes before anything else.
    await ola.waitForURL('**/profile/totp');
    await checkA11y(ola, visited);
    const olaSecret = base32Decode((await ola.textContent('#totp-secret')).trim());
    await ola.fill('#code', totp(olaSecret));
    await ola.click('form[action="/profile/totp"] button[type=submit]');
    await ola.waitForSelector('#recovery-codes');
    await ola.goto(app.base + '/');
    assert.match(await ola.textContent('main'), /Innkjøper/);
    await checkA11y(ola, visited);

    // The member list now shows both.
    await page.goto(app.base + '/admin/members');
    assert.match(await page.textContent('main'), /Ola Nordmann/);
    console.log(`axe checked ${visited.length} pages without a WCAG 2.1 AA violation`);
  } finally {
    await browser.close();
    await app.stop();
    sink.close();
  }
});
