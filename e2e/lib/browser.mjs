// Debian's Chromium driven by playwright-core, and axe-core on every page.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/// Runs axe-core (WCAG 2.0/2.1 A and AA) on the page at a desktop width (1280 px) and a phone
/// width (390 px), and throws on any violation; the page's own size is restored after.
export async function checkA11y(page, visited) {
  const before = page.viewportSize();
  try {
    for (const [width, height] of [[1280, 800], [390, 844]]) {
      await page.setViewportSize({ width, height });
      // evaluate() runs through the DevTools protocol, so the page's strict CSP stays on.
      if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(AXE);
      const result = await page.evaluate(() =>
        window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
      if (result.violations.length) {
        const detail = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`).join('\n');
        throw new Error(`axe found WCAG violations on ${page.url()} at ${width} px:\n${detail}`);
      }
    }
  } finally {
    if (before) await page.setViewportSize(before);
  }
  visited.push(page.url());
}

/// The first-start flow: the setup link, the organisation and its administrator, TOTP
/// enrolment. Leaves the page signed in; returns the TOTP secret.
export async function setupAdministrator(page, app, { org, name, email, password }) {
  await page.goto(app.setupLink);
  await page.fill('#org_name', org);
  await page.fill('#display_name', name);
  await page.fill('#email', email);
  await page.fill('#password', password);
  await page.click('form[action^="/setup/"] button[type=submit]');
  return enrolTotp(page);
}

/// On the TOTP enrolment page a role with bids' rights is sent to: the code an authenticator
/// app would show, confirmed. Returns the secret.
export async function enrolTotp(page) {
  const { base32Decode, totp } = await import('./totp.mjs');
  await page.waitForURL('**/profile/totp');
  const secret = base32Decode((await page.textContent('#totp-secret')).trim());
  await page.fill('#code', totp(secret));
  await page.click('form[action="/profile/totp"] button[type=submit]');
  await page.waitForSelector('#recovery-codes');
  return secret;
}
