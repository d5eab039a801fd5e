// A whole tender in a real browser, in Norwegian: a procurement officer creates and
// classifies a case, publishes its requirement set and invites two bidders; one answers
// through its personal link and uploads evidence, the other's answers come back as the
// Excel sheet; the officer evaluates, compares and downloads the decision basis.
// axe-core checks every page, the buyer's and the supplier's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { startSmtpSink } from '../lib/smtp-sink.mjs';
import { startTillit } from '../lib/tillit.mjs';
import { launch, checkA11y, setupAdministrator } from '../lib/browser.mjs';

/// Oslo wall-clock time as an HTML datetime-local value.
function osloInput(date) {
  const f = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  });
  return f.format(date).replace(' ', 'T');
}

async function mailTo(sink, to, n = 1) {
  for (let i = 0; i < 100; i++) {
    const found = sink.mails.filter((m) => m.to === to);
    if (found.length >= n) return found[n - 1];
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail ${n} to ${to}`);
}

async function download(page, selector) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const file = path.join(os.tmpdir(), `tillit-e2e-${Date.now()}-${d.suggestedFilename()}`);
  await d.saveAs(file);
  return file;
}

test('a tender from classification to the decision basis, with a portal bid and an Excel bid', { timeout: 300_000 }, async () => {
  const sink = await startSmtpSink();
  const app = await startTillit({ smtpPort: sink.port });
  const browser = await launch();
  const visited = [];
  const files = [];
  try {
    const ctx = await browser.newContext({ locale: 'nb-NO', acceptDownloads: true });
    const page = await ctx.newPage();
    await setupAdministrator(page, app, { org: 'Bergen kommune', name: 'Kari Nordmann', email: 'kari@bergen.kommune.no', password: 'fjordlys over vidda 2026' });

    // The case, classified and raised to high, with the tier's proposal as its set.
    await page.goto(app.base + '/cases');
    await page.fill('#case-number', '2026/1234');
    await page.fill('#case-title', 'Fagsystem for hjemmetjenesten');
    await page.click('#case-create');
    await page.waitForURL('**/cases/**?notice=notice-saved');
    const caseUrl = page.url().split('?')[0];
    await page.selectOption('#kind', 'saas');
    await page.selectOption('#confidentiality', '3');
    await page.check('#personal_data');
    await page.click('#classify-save');
    await page.waitForURL(/\?notice=notice-saved(#.*)?$/);
    await page.selectOption('#override-tier', 'high');
    await page.fill('#override-why', 'Helseopplysninger om mange innbyggere');
    await page.click('form[action$="/override"] button');
    await page.waitForURL(/\?notice=notice-saved(#.*)?$/);
    await page.click('#set-adopt');
    await page.waitForURL(/\?notice=notice-saved(#.*)?$/);
    assert.match(await page.textContent('#set-weights'), /100 %/);
    // The deadline 1–2 minutes ahead (minutes are what the form takes), then published.
    const deadline = new Date(Math.floor((Date.now() + 120_000) / 60_000) * 60_000);
    await page.fill('#deadline', osloInput(deadline));
    await page.click('#deadline-save');
    await page.waitForURL(/\?notice=notice-saved(#.*)?$/);
    await page.click('form[action$="/status"] input[value="published"] + button');
    await page.waitForURL(/\?notice=notice-saved(#.*)?$/);
    assert.match(await page.textContent('#case-status'), /Kunngjort/);
    const hash = (await page.textContent('#set-hash')).trim();
    assert.equal(hash.length, 64);
    await checkA11y(page, visited);
    await page.goto(caseUrl + '/versions');
    await checkA11y(page, visited);

    // Two bidders: Norwegian and Swedish organisation numbers; a wrong one is refused.
    await page.goto(caseUrl);
    const invite = async (company, country, orgnr, email) => {
      await page.fill('#bid-company', company);
      await page.selectOption('#bid-country', country);
      await page.fill('#bid-orgnr', orgnr);
      await page.fill('#bid-email', email);
      await page.click('#bid-invite');
    };
    await invite('Feil AS', 'no', '923609017', 'feil@feil.no');
    assert.match(await page.textContent('main'), /Organisasjonsnummer/);
    await page.goto(caseUrl);
    await invite('Omsorgsdata AS', 'no', '923609016', 'anbud@omsorgsdata.no');
    await page.waitForURL('**/bids/**?notice=notice-invited');
    await checkA11y(page, visited);
    await page.goto(caseUrl);
    await invite('Vårdsystem AB', 'se', '556016-0680', 'anbud@vardsystem.se');
    await page.waitForURL('**/bids/**?notice=notice-invited');
    const bidBUrl = page.url().split('?')[0];

    // Bidder A answers through its link, in a browser of its own.
    const mail = await mailTo(sink, 'anbud@omsorgsdata.no');
    const link = mail.body.match(/(http:\/\/\S+\/portal\/\S+)/)[1];
    const supplier = await (await browser.newContext({ locale: 'nb-NO' })).newPage();
    await supplier.goto(link);
    assert.equal((await supplier.textContent('#portal-set-hash')).trim(), hash);
    await checkA11y(supplier, visited);
    for (const s of await supplier.locator('#portal-answers select[id^="status-"]').all()) await s.selectOption('met');
    for (const d of await supplier.locator('#portal-answers textarea').all()) await d.fill('Dekket av vår ISO 27001-sertifiserte drift.');
    await supplier.click('#portal-save');
    await supplier.waitForURL(/\?notice=notice-saved(#.*)?$/);
    const pdf = path.join(os.tmpdir(), `iso-27001-${Date.now()}.pdf`);
    fs.writeFileSync(pdf, '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    files.push(pdf);
    // An answer typed but not saved survives the upload (the upload button saves it too).
    const firstAnswer = supplier.locator('#portal-answers textarea').first();
    await firstAnswer.fill('Endret rett før opplastingen.');
    await supplier.setInputFiles('#evidence-file', pdf);
    await supplier.click('#portal-upload-button');
    await supplier.waitForURL(/\?notice=notice-saved(#.*)?$/);
    assert.match(await supplier.textContent('#portal-evidence'), /iso-27001/);
    assert.equal(await supplier.locator('#portal-answers textarea').first().inputValue(), 'Endret rett før opplastingen.');
    await supplier.selectOption('#cert-kind', 'iso27001');
    await supplier.fill('#cert-scope', 'Drift og utvikling av tjenesten');
    await supplier.fill('#cert-issuer', 'DNV');
    await supplier.fill('#cert-valid', '2027-06-30');
    await supplier.click('#portal-certificate-add');
    await supplier.waitForURL(/\?notice=notice-saved(#.*)?$/);
    await checkA11y(supplier, visited);
    // Submitting is confirmed on a page of its own.
    await supplier.click('#portal-review');
    await supplier.waitForURL('**/submit');
    await checkA11y(supplier, visited);
    await supplier.check('#confirm-final');
    await supplier.click('#portal-submit');
    await supplier.waitForURL('**?notice=notice-submitted');
    assert.equal((await supplier.textContent('#portal-receipt')).trim().length, 64);
    await checkA11y(supplier, visited);
    assert.match((await mailTo(sink, 'anbud@omsorgsdata.no', 2)).subject, /Kvittering/);

    // After the deadline the bids are opened and evaluated.
    const wait = deadline.getTime() - Date.now() + 2_000;
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    // Bidder B's answers come back as the Excel sheet from the e-tendering system, which
    // opens the tenders at the deadline; it is read in then, before the evaluation.
    await page.goto(caseUrl);
    const sheetFile = await download(page, '#annex-links a[href$="annex.xlsx"]');
    files.push(sheetFile);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sheetFile);
    const ws = wb.worksheets.find((w) => w.name !== 'tillit');
    ws.eachRow((row, n) => {
      if (n > 7 && row.getCell(1).value) {
        row.getCell(7).value = 'oppfylt';
        row.getCell(8).value = 'Beskrevet i vedlagt sikkerhetsdokumentasjon.';
        row.getCell(9).value = 'Vedlegg 3';
      }
    });
    const filled = path.join(os.tmpdir(), `svar-${Date.now()}.xlsx`);
    await wb.xlsx.writeFile(filled);
    files.push(filled);
    await page.goto(bidBUrl);
    await checkA11y(page, visited);
    await page.setInputFiles('#bid-import-file', filled);
    await page.click('#bid-import-button');
    await page.waitForURL('**?notice=notice-imported');
    assert.match(await page.textContent('#bid-status'), /levert/);
    await checkA11y(page, visited);

    await page.goto(caseUrl);
    await page.click('form[action$="/status"] input[value="evaluation"] + button');
    await page.waitForURL(/\?notice=notice-saved(#.*)?$/);
    await page.click('#lead-save');
    await page.waitForURL(/\?notice=notice-saved(#.*)?$/);
    const evalLinks = await page.locator('#bids-table a[href$="/evaluation"]').evaluateAll((as) => as.map((a) => a.href));
    assert.equal(evalLinks.length, 2);
    for (const [n, href] of evalLinks.entries()) {
      await page.goto(href);
      await checkA11y(page, visited);
      const form = page.locator('#evaluation-consensus');
      for (const s of await form.locator('select').all()) await s.selectOption('pass');
      for (const s of await form.locator('input[type=number]').all()) await s.fill(n === 0 ? '9' : '6');
      for (const j of await form.locator('textarea').all()) await j.fill('Vurdert mot svar og dokumentasjon.');
      await page.click('#consensus-save');
      await page.waitForURL(/\?notice=notice-saved(#.*)?$/);
    }
    await page.goto(caseUrl + '/comparison');
    assert.match(await page.textContent('#evaluation-complete'), /signere/);
    const first = (await page.locator('#ranking tbody tr').first().textContent());
    assert.match(first, /^1/);
    await checkA11y(page, visited);
    await page.click('#sign-off');
    await page.waitForURL('**/comparison?notice=notice-saved');
    assert.ok(await page.isVisible('#signed-off'));
    await checkA11y(page, visited);
    const report = await download(page, '#report-links a[href$="report.pdf"]');
    files.push(report);
    assert.equal(fs.readFileSync(report).subarray(0, 5).toString(), '%PDF-');
    // The award: the winner and ranking, confirmed; the standstill period starts.
    await page.goto(caseUrl + '/award');
    await checkA11y(page, visited);
    await page.check('#award-confirm');
    await page.click('#award-button');
    await page.waitForURL('**/award?notice=notice-saved');
    assert.ok(await page.isVisible('#award-standstill'));
    await checkA11y(page, visited);
    console.log(`axe checked ${visited.length} buyer and supplier pages without a WCAG 2.1 AA violation`);
  } finally {
    for (const f of files) fs.rmSync(f, { force: true });
    await browser.close();
    await app.stop();
    sink.close();
  }
});
