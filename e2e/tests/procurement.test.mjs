// A procurement case in a real browser: create, classify, see the tier and its reasoning,
// override it with a reason. axe-core checks every page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startSmtpSink } from '../lib/smtp-sink.mjs';
import { startTillit } from '../lib/tillit.mjs';
import { launch, checkA11y, setupAdministrator } from '../lib/browser.mjs';

test('a procurement case is created, classified, its tier overridden and its requirement set chosen', { timeout: 120_000 }, async () => {
  const sink = await startSmtpSink();
  const app = await startTillit({ smtpPort: sink.port });
  const browser = await launch();
  const visited = [];
  try {
    const page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
    await setupAdministrator(page, app, { org: 'Lunds kommun', name: 'Eva Svensson', email: 'eva@lund.se', password: 'fjordlys over vidda 2026' });

    await page.goto(app.base + '/cases');
    await checkA11y(page, visited);
    await page.fill('#case-number', 'KS 2026/42');
    await page.fill('#case-title', 'Trygghetslarm');
    await page.click('#case-create');
    await page.waitForURL('**/cases/**?notice=notice-saved');
    assert.equal((await page.textContent('#case-tier')).trim(), 'låg');
    await checkA11y(page, visited);

    await page.selectOption('#kind', 'saas');
    await page.selectOption('#confidentiality', '2');
    await page.check('#personal_data');
    await page.check('#special_categories');
    await page.fill('#data_subjects', '3000');
    await page.check('#internet_exposed');
    await page.click('#classify-save');
    await page.waitForURL(/\?notice=notice-saved(#.*)?$/);
    assert.equal((await page.textContent('#case-tier')).trim(), 'hög');
    assert.match(await page.textContent('#tier-reasons'), /Känsliga personuppgifter/);
    await checkA11y(page, visited);

    await page.selectOption('#override-tier', 'critical');
    await page.fill('#override-why', 'Larmen gäller liv och hälsa dygnet runt');
    await page.click('form[action$="/override"] button');
    await page.waitForURL(/\?notice=notice-saved(#.*)?$/);
    assert.equal((await page.textContent('#case-tier')).trim(), 'kritisk');
    await checkA11y(page, visited);

    // The requirement set: adopt the proposal, reword one requirement, remove another.
    await page.click('#set-adopt');
    await page.waitForURL(/\?notice=notice-saved(#.*)?$/);
    assert.match(await page.textContent('#set-counts'), /^\d+ ska-krav, .*bör-krav$/);
    // A Swedish municipality is proposed the Swedish conditions only (numbered 1–37), never
    // the Norwegian catalogue's requirements (numbered 1.1, 1.2 …) unless it asks for them.
    const refs = await page.locator('#set-table tbody tr').evaluateAll((rs) => rs.map((r) => r.dataset.ref));
    assert.ok(refs.length >= 30, `the critical tier asks most of the Swedish conditions (${refs.length})`);
    assert.ok(refs.every((r) => /^\d+$/.test(r)), `only Swedish conditions: ${refs.join(' ')}`);
    await page.selectOption('#set-requirement', { index: 0 });
    await page.selectOption('#set-kind', 'award');
    await page.fill('#set-weight', '100');
    await page.fill('#set-wording', 'Leverantören ska logga all administrativ åtkomst.');
    await page.click('#set-item-save');
    await page.waitForURL(/\?notice=notice-saved(#.*)?$/);
    assert.match(await page.textContent('#set-table'), /Leverantören ska logga all administrativ åtkomst\./);
    assert.match(await page.textContent('#set-weights'), /100 %/);
    // Changing a requirement starts from what is stored: the own wording is kept.
    const reworded = page.locator('#set-table tbody tr', { hasText: 'Leverantören ska logga all administrativ åtkomst.' });
    await reworded.locator('summary').click();
    assert.equal(await reworded.locator('textarea').inputValue(), 'Leverantören ska logga all administrativ åtkomst.');
    assert.equal(await reworded.locator('input[name=weight]').inputValue(), '100');
    await checkA11y(page, visited);
    await reworded.locator('.set-edit form button').click();
    await page.waitForURL(/\?notice=notice-saved(#.*)?$/);
    assert.match(await page.textContent('#set-table'), /Leverantören ska logga all administrativ åtkomst\./);
    await page.locator('#set-table tbody tr').last().locator('form[action$="/set/remove"] button').click();
    await page.waitForURL(/\?notice=notice-saved(#.*)?$/);
    assert.equal(await page.locator('#set-table tbody tr').count(), refs.length - 1);
    await checkA11y(page, visited);
    console.log(`axe checked ${visited.length} procurement pages without a WCAG 2.1 AA violation`);
  } finally {
    await browser.close();
    await app.stop();
    sink.close();
  }
});
