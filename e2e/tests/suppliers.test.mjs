// The supplier register in a real browser, in Norwegian: register a supplier (a mistyped
// organisation number first), its contacts, a contract entered by hand, the data processing
// agreement and a sub-processor chain with a transfer outside the EEA without a basis, shown
// as critical on the contract, the supplier's page and the register; then the supplier's
// side: its contact gets the workspace, signs in by the e-mailed link, announces a
// sub-processor outside the EEA, and the buyer objects inside the window with a reason the
// supplier reads. The same in Swedish. axe-core checks every page, refused forms included,
// at 1280 and 390 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startSmtpSink } from '../lib/smtp-sink.mjs';
import { startTillit } from '../lib/tillit.mjs';
import { launch, checkA11y, setupAdministrator } from '../lib/browser.mjs';

async function mailTo(sink, to, n = 1) {
  for (let i = 0; i < 100; i++) {
    const found = sink.mails.filter((m) => m.to === to);
    if (found.length >= n) return found[n - 1];
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail ${n} to ${to}`);
}

/// The first mail to `to` whose body matches `re` (subjects may arrive RFC 2047-encoded).
async function mailMatching(sink, to, re) {
  for (let i = 0; i < 100; i++) {
    const found = sink.mails.find((m) => m.to === to && re.test(m.body));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail to ${to} matching ${re}`);
}

/// A day `days` from today as a date input's value (Oslo and Stockholm share the day).
function dayFromNow(days) {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(d);
}

/// The supplier's side and the buyer's answer: the buyer gives the supplier's security contact
/// the workspace; the contact signs in by the e-mailed link, reads the contract, announces a
/// sub-processor outside the EEA (too soon first), and the buyer objects inside the window
/// with a reason the supplier then reads. axe on every page at 1280 and 390 px.
async function supplierWorkspace({ browser, page, app, sink, visited, supplier, contract, locale, w }) {
  await page.goto(app.base + supplier);
  await page.selectOption('#contact-role', 'security');
  await page.fill('#contact-name', w.contactName);
  await page.fill('#contact-email', w.contactEmail);
  await page.click('#contact-add');
  await page.waitForURL('**notice=notice-saved**');
  await page.selectOption('#people-contact', { label: `${w.contactName} (${w.contactEmail})` });
  await page.click('#people-grant');
  await page.waitForURL('**notice=notice-saved**');
  assert.match(await page.textContent('#people-list'), new RegExp(w.contactEmail));
  await checkA11y(page, visited);
  const mail = await mailTo(sink, w.contactEmail);
  const link = mail.body.match(/https?:\/\/\S+\/supplier\/sign-in\/\S+/)[0];

  const theirs = await browser.newContext({ locale });
  const s = await theirs.newPage();
  await s.goto(link);
  await checkA11y(s, visited);
  await s.click('#supplier-sign-in');
  await s.waitForURL('**/workspace');
  assert.match(await s.textContent('#workspace-intro'), new RegExp(w.org));
  await checkA11y(s, visited);
  // The buyer's pages are not there for a supplier.
  const refused = await s.goto(app.base + '/suppliers');
  assert.equal(refused.status(), 404);
  await s.goto(app.base + '/workspace');
  await s.click('#workspace-contracts a');
  await s.waitForURL('**/workspace/contracts/**');
  await checkA11y(s, visited);
  await s.fill('#sub-name', w.newSub);
  await s.fill('#sub-country', 'US');
  await s.fill('#sub-locations', 'US');
  // Sooner than the notice allows: the date field itself says no (the server's refusal of
  // the same, naming the field, is in the Rust tests).
  await s.fill('#sub-effective', dayFromNow(2));
  await s.click('#announce');
  assert.ok(await s.$eval('#sub-effective', (el) => el.validity.rangeUnderflow), 'before the earliest day');
  assert.match(await s.textContent('#chain'), w.tooSoon);
  await checkA11y(s, visited);
  await s.fill('#sub-effective', dayFromNow(45));
  await s.click('#announce');
  await s.waitForURL('**notice=notice-announced**');
  assert.match(await s.textContent('#sub-processor-list'), w.unlawful);
  await checkA11y(s, visited);
  // The buyer is told, and sees the change as critical with its window.
  await mailMatching(sink, w.buyerEmail, new RegExp(w.newSub));
  await page.goto(app.base + contract);
  const row = page.locator('#sub-processor-list tr', { hasText: w.newSub });
  assert.match(await row.textContent(), w.unlawful);
  assert.match(await row.textContent(), new RegExp(w.contactEmail));
  await checkA11y(page, visited);
  await row.locator('input[name="reason"]').fill(w.reason);
  await row.locator('button', { hasText: w.object }).click();
  await page.waitForURL('**notice=notice-saved**');
  assert.match(await page.locator('#sub-processor-list tr', { hasText: w.newSub }).textContent(), new RegExp(w.reason));
  await checkA11y(page, visited);
  // The supplier reads the decision and its reason, by mail and in the workspace.
  await mailMatching(sink, w.contactEmail, new RegExp(w.reason));
  await s.goto(app.base + '/workspace');
  assert.match(await s.textContent('#workspace-change-list'), new RegExp(w.reason));
  await checkA11y(s, visited);
  await theirs.close();
}

test('a supplier, its contract, DPA and sub-processor chain, in Norwegian', { timeout: 120_000 }, async () => {
  const sink = await startSmtpSink();
  const app = await startTillit({ smtpPort: sink.port });
  const browser = await launch();
  const visited = [];
  try {
    const ctx = await browser.newContext({ locale: 'nb-NO', acceptDownloads: true });
    const page = await ctx.newPage();
    await setupAdministrator(page, app, { org: 'Bergen kommune', name: 'Kari Nordmann', email: 'kari@bergen.kommune.no', password: 'fjordlys over vidda 2026' });

    await page.goto(app.base + '/suppliers');
    await checkA11y(page, visited);
    // The empty register's own download reads back in: nothing to add, and the page says so.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#register-download')]);
    assert.match(download.suggestedFilename(), /^leverandørregister \d{4}-\d{2}-\d{2}\.xlsx$/);
    await page.setInputFiles('#register-file', await download.path());
    await page.click('#register-import');
    await page.waitForSelector('#import-summary');
    assert.match(await page.textContent('#import-summary'), /0 leverandører/);
    await checkA11y(page, visited);
    await page.goto(app.base + '/suppliers');
    await page.fill('#supplier-name', 'Skyfag AS');
    await page.selectOption('#supplier-country', 'no');
    await page.fill('#supplier-orgnr', '974 760 674');
    await page.click('#supplier-create');
    await page.waitForSelector('#form-error');
    assert.match(await page.textContent('#form-error'), /kontrollsifferet \(modulus 11, det niende sifferet\) skal være 3, ikke 4/);
    assert.equal(await page.inputValue('#supplier-name'), 'Skyfag AS', 'what was typed is kept');
    await checkA11y(page, visited);
    await page.fill('#supplier-orgnr', '974 760 673');
    await page.click('#supplier-create');
    await page.waitForURL('**/suppliers/**?notice=notice-saved');
    const supplier = new URL(page.url()).pathname;
    await checkA11y(page, visited);

    await page.selectOption('#contact-role', 'incident_line');
    await page.fill('#contact-name', 'Vaktsentralen');
    await page.fill('#contact-email', 'vakt@skyfag.no');
    await page.fill('#contact-phone', '+47 55 00 00 00');
    await page.click('#contact-add');
    await page.waitForURL('**notice=notice-saved**');
    assert.match(await page.textContent('#contact-list'), /Hendelseslinje/);

    // A 2013 certificate is flagged: the edition lapsed at the end of October 2025.
    await page.selectOption('#cert-kind', 'iso27001');
    await page.fill('#cert-edition', '2013');
    await page.fill('#cert-body', 'DNV');
    await page.fill('#cert-until', '2027-06-30');
    await page.click('#certificate-add');
    await page.waitForURL('**notice=notice-saved**');
    assert.match(await page.textContent('#certificate-list'), /ISO\/IEC 27001:2013 falt bort 31. oktober 2025/);
    await checkA11y(page, visited);

    await page.fill('#contract-title', 'Fagsystem som tjeneste');
    await page.selectOption('#contract-template', 'ssa_sky');
    await page.fill('#contract-start', '2026-01-01');
    await page.fill('#contract-end', '2025-12-31');
    await page.click('#contract-create');
    await page.waitForSelector('#form-error');
    assert.match(await page.textContent('#form-error'), /Sluttdato: kontrakten kan ikke slutte før den begynner/);
    await checkA11y(page, visited);
    await page.fill('#contract-end', '2029-12-31');
    await page.fill('#contract-notice', '6');
    await page.click('#contract-create');
    await page.waitForURL('**/contracts/**?notice=notice-saved');
    const contract = new URL(page.url()).pathname;
    assert.ok(await page.isVisible('#dpa-missing'));
    await checkA11y(page, visited);

    // The service and its data: a country that is not a code is refused and kept.
    await page.fill('#service-description', 'Fagsystem for barnehageopptak');
    await page.selectOption('#service-confidentiality', '3');
    await page.check('#service-personal-data');
    await page.selectOption('#service-subjects', 'up_to_10000');
    await page.fill('#service-storage', 'NO');
    await page.fill('#service-support', 'India');
    await page.click('#service-save');
    await page.waitForSelector('#form-error');
    assert.match(await page.textContent('#form-error'), /«India» er ikke en landkode/);
    await checkA11y(page, visited);
    await page.fill('#service-support', 'SE');
    await page.click('#service-save');
    await page.waitForURL('**notice=notice-saved**');
    await page.fill('#record-data', 'Navn og fødselsnummer');
    await page.fill('#record-purpose', 'Opptak i barnehage');
    await page.fill('#record-subjects', 'Barn og foresatte');
    await page.click('#record-add');
    await page.waitForURL('**notice=notice-saved**');
    assert.match(await page.textContent('#record-list'), /Barn og foresatte/);

    await page.selectOption('#dpa-template', 'ssa_dba');
    await page.fill('#dpa-signed', '2025-12-15');
    await page.fill('#dpa-notice', '10');
    await page.click('#dpa-save');
    await page.waitForSelector('#form-error');
    assert.match(await page.textContent('#form-error'), /kan ikke være lengre enn varselet om ny underdatabehandler/);
    await checkA11y(page, visited);
    await page.fill('#dpa-notice', '30');
    await page.click('#dpa-save');
    await page.waitForURL('**notice=notice-saved**');
    assert.equal((await page.textContent('#dpa-breach-hours')).trim(), '24');

    await page.fill('#sub-name', 'Nordic Hosting AB');
    await page.fill('#sub-country', 'SE');
    await page.fill('#sub-locations', 'SE, IE');
    await page.selectOption('#sub-basis', 'none_needed');
    await page.click('#sub-add');
    await page.waitForURL('**notice=notice-saved**');
    await page.selectOption('#sub-parent', { label: 'Nordic Hosting AB' });
    await page.fill('#sub-name', 'Support Inc');
    await page.fill('#sub-country', 'US');
    await page.fill('#sub-locations', 'US');
    await page.click('#sub-add');
    await page.waitForURL('**notice=notice-saved**');
    assert.match(await page.textContent('#sub-processor-list'), /Utenfor EØS uten overføringsgrunnlag: US/);
    await checkA11y(page, visited);

    await page.goto(app.base + supplier);
    assert.match(await page.textContent('#supplier-critical'), /Support Inc/);
    await checkA11y(page, visited);
    await page.goto(app.base + '/suppliers?flag=transfer');
    assert.match(await page.textContent('#supplier-list'), /Overføring ut av EØS uten grunnlag/);
    await checkA11y(page, visited);
    // Read in again, the register's rows are there already: every problem is listed.
    const [again] = await Promise.all([page.waitForEvent('download'), page.click('#register-download')]);
    await page.setInputFiles('#register-file', await again.path());
    await page.click('#register-import');
    await page.waitForSelector('#import-problems');
    assert.match(await page.textContent('#import-problems'), /registeret har allerede en leverandør/);
    await checkA11y(page, visited);
    await page.goto(app.base + '/contracts');
    assert.match(await page.textContent('#contract-list'), /Fagsystem som tjeneste/);
    await checkA11y(page, visited);
    await supplierWorkspace({
      browser, page, app, sink, visited, supplier, contract, locale: 'nb-NO',
      w: {
        org: 'Bergen kommune', buyerEmail: 'kari@bergen.kommune.no', contactName: 'Siri Sikkerhet', contactEmail: 'sikkerhet@skyfag.no',
        newSub: 'Analysefirma Inc', tooSoon: /Endringen kan tidligst gjelde fra \D{0,2}\d{4}-\d{2}-\d{2}/,
        unlawful: /Utenfor EØS uten overføringsgrunnlag: US/, reason: 'Data til USA uten overføringsgrunnlag', object: 'Gjør innsigelse',
      },
    });
    console.log(`axe checked ${visited.length} register and workspace pages without a WCAG 2.1 AA violation`);
  } finally {
    await browser.close();
    await app.stop();
    sink.close();
  }
});

test('a Swedish supplier, its contract, PUB agreement and sub-processors, in Swedish', { timeout: 120_000 }, async () => {
  const sink = await startSmtpSink();
  const app = await startTillit({ smtpPort: sink.port });
  const browser = await launch();
  const visited = [];
  try {
    const ctx = await browser.newContext({ locale: 'sv-SE', acceptDownloads: true });
    const page = await ctx.newPage();
    await setupAdministrator(page, app, { org: 'Göteborgs stad', name: 'Anna Svensson', email: 'anna@goteborg.se', password: 'västkusten i solnedgång 2026' });

    await page.goto(app.base + '/suppliers');
    await checkA11y(page, visited);
    await page.fill('#supplier-name', 'Molntjänst AB');
    await page.selectOption('#supplier-country', 'se');
    await page.fill('#supplier-orgnr', '202100-5449');
    await page.click('#supplier-create');
    await page.waitForSelector('#form-error');
    assert.match(await page.textContent('#form-error'), /kontrollsiffran \(Luhn, den tionde siffran\) ska vara 8, inte 9/);
    await checkA11y(page, visited);
    await page.fill('#supplier-orgnr', '202100-5448');
    await page.click('#supplier-create');
    await page.waitForURL('**/suppliers/**?notice=notice-saved');
    const supplier = new URL(page.url()).pathname;
    assert.equal((await page.textContent('#supplier-orgnr')).trim(), '202100-5448 (Sverige)');

    await page.fill('#contract-title', 'Ärendehantering som tjänst');
    await page.selectOption('#contract-template', 'se_general');
    await page.fill('#contract-start', '2026-01-01');
    await page.fill('#contract-end', '2028-12-31');
    await page.click('#contract-create');
    await page.waitForURL('**/contracts/**?notice=notice-saved');
    const contract = new URL(page.url()).pathname;
    assert.ok(await page.isVisible('#dpa-missing'));
    await checkA11y(page, visited);

    await page.selectOption('#dpa-template', 'skr_pub');
    await page.fill('#dpa-breach', '24');
    await page.click('#dpa-save');
    await page.waitForURL('**notice=notice-saved**');

    await page.fill('#sub-name', 'Global Support Ltd');
    await page.fill('#sub-country', 'GB');
    await page.fill('#sub-locations', 'GB, IN');
    await page.click('#sub-add');
    await page.waitForURL('**notice=notice-saved**');
    assert.match(await page.textContent('#sub-processor-list'), /Utanför EES utan grund för överföring: GB, IN/);
    await checkA11y(page, visited);

    // Removed from the chain it processes nothing: the flag goes.
    await page.click('#sub-processor-list button:has-text("Ta bort")');
    await page.waitForURL('**notice=notice-saved**');
    assert.doesNotMatch(await page.textContent('#sub-processor-list'), /Utanför EES utan grund/);
    await page.goto(app.base + '/suppliers');
    assert.match(await page.textContent('#supplier-list'), /Molntjänst AB/);
    await checkA11y(page, visited);
    await supplierWorkspace({
      browser, page, app, sink, visited, supplier, contract, locale: 'sv-SE',
      w: {
        org: 'Göteborgs stad', buyerEmail: 'anna@goteborg.se', contactName: 'Sara Säkerhet', contactEmail: 'sakerhet@molntjanst.se',
        newSub: 'Analysbolaget Inc', tooSoon: /Ändringen kan gälla tidigast från \D{0,2}\d{4}-\d{2}-\d{2}/,
        unlawful: /Utanför EES utan grund för överföring: US/, reason: 'Data till USA utan grund för överföring', object: 'Invänd',
      },
    });
    console.log(`sv: axe checked ${visited.length} register and workspace pages without a WCAG 2.1 AA violation`);
  } finally {
    await browser.close();
    await app.stop();
    sink.close();
  }
});
