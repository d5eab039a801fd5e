// The requirement catalogue in a real browser: search for "sikkerhetskopi", open a result,
// follow its mapping to ISO/IEC 27002:2022 8.13, compare the two seed catalogues and
// download the comparison. axe-core checks every page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startSmtpSink } from '../lib/smtp-sink.mjs';
import { startTillit } from '../lib/tillit.mjs';
import { launch, checkA11y, setupAdministrator } from '../lib/browser.mjs';

test('search, a requirement, its ISO control, and the coverage comparison', { timeout: 120_000 }, async () => {
  const sink = await startSmtpSink();
  const app = await startTillit({ smtpPort: sink.port });
  const browser = await launch();
  const visited = [];
  try {
    const ctx = await browser.newContext({ locale: 'nb-NO', acceptDownloads: true });
    const page = await ctx.newPage();
    await setupAdministrator(page, app, { org: 'Bergen kommune', name: 'Kari Nordmann', email: 'kari@bergen.kommune.no', password: 'fjordlys over vidda 2026' });

    await page.goto(app.base + '/catalogues');
    await checkA11y(page, visited);
    await page.fill('#nav-q', 'sikkerhetskopi');
    await page.click('form.search-inline button');
    await page.waitForURL('**/search?q=sikkerhetskopi');
    await checkA11y(page, visited);
    assert.ok((await page.locator('ol.hits li').count()) >= 3);
    assert.ok((await page.locator('mark').count()) >= 1, 'matches are highlighted');

    await page.click('ol.hits li a[href$=":8.7"]');
    await page.waitForURL('**/requirements/**8.7');
    assert.equal((await page.textContent('#requirement-text')).trim(), 'Leverandør skal ha en dokumentert prosess for sikkerhetskopiering.');
    await checkA11y(page, visited);

    await page.click('a[href="/iso/8.13"]');
    await page.waitForURL('**/iso/8.13');
    assert.equal((await page.textContent('#control-id')).trim(), '8.13');
    assert.match(await page.textContent('main'), /Sikkerhetskopiering av informasjon/);
    await checkA11y(page, visited);

    await page.goto(app.base + '/catalogues/builtin:sikkerhetskrav-anskaffelser');
    await checkA11y(page, visited);
    await page.goto(app.base + '/iso');
    await checkA11y(page, visited);

    await page.goto(app.base + '/coverage');
    await page.click('form[action="/coverage"] button[type=submit]');
    await page.waitForURL('**/coverage?c=**');
    await checkA11y(page, visited);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#coverage-download')]);
    assert.equal(download.suggestedFilename(), 'tillit-coverage.xlsx');
    const path = await download.path();
    const fs = await import('node:fs');
    assert.equal(fs.readFileSync(path).subarray(0, 2).toString(), 'PK', 'an Excel workbook');
    // An own catalogue: copy three requirements, publish, edit, compare the versions.
    await page.goto(app.base + '/catalogues');
    await page.fill('#new-title', 'Bergens krav til skytjenester');
    await page.click('#catalogue-create');
    await page.waitForURL('**/catalogues/**?notice=notice-saved');
    const own = new URL(page.url()).pathname;
    await checkA11y(page, visited);
    for (const id of ['8.7', '8.8', '8.9']) {
      await page.goto(app.base + '/requirements/builtin:sikkerhetskrav-anskaffelser:' + id);
      await page.selectOption('#copy-target', { label: 'Bergens krav til skytjenester' });
      await page.click('#copy-submit');
      await page.waitForURL('**?notice=notice-copied');
    }
    await checkA11y(page, visited);
    await page.goto(app.base + own);
    assert.equal(await page.locator('ul.requirements li').count(), 3);
    await page.click('#publish');
    await page.waitForURL('**?notice=notice-published');
    await checkA11y(page, visited);
    await page.click('ul.requirements li a >> nth=0');
    await page.waitForURL('**/requirements/**');
    await page.fill('#edit-text', 'Leverandør skal ha en dokumentert og testet prosess for sikkerhetskopiering.');
    await page.click('#edit-save');
    await page.waitForURL('**?notice=notice-saved');
    await checkA11y(page, visited);
    await page.goto(app.base + own);
    assert.match(await page.textContent('#catalogue-status'), /versjon 2/);
    await page.click('#versions-link');
    await page.selectOption('#from', '1');
    await page.selectOption('#to', 'draft');
    await page.click('#diff-submit');
    await page.waitForSelector('#diff li.change-changed');
    assert.match(await page.textContent('#diff'), /dokumentert og testet prosess/);
    await checkA11y(page, visited);
    console.log(`axe checked ${visited.length} catalogue pages without a WCAG 2.1 AA violation`);
  } finally {
    await browser.close();
    await app.stop();
    sink.close();
  }
});
