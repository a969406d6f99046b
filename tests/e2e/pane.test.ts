/**
 * The task pane in the preview, in headless Chromium: pick the sample contracts sheet, click Validate, read
 * back the status column from the grid, check the colours and the summary, and compare with the engine run
 * directly on the same rows (one engine, two faces). Leaves a screenshot in tests/e2e/artifacts/ (and
 * refreshes docs/pane-preview.png with FORMAPRO_UPDATE_DOCS=1).
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateRows, type RawCell } from '@formapro/core';
import { launchChromium, serveDist } from '../../apps/excel-addin/scripts/lib/browser';

const ROOT = join(import.meta.dirname, '..', '..');
const ARTIFACTS = join(import.meta.dirname, 'artifacts');
const sample = JSON.parse(readFileSync(join(ROOT, 'examples', 'contrats-pro.json'), 'utf8')) as { sheets: { cells: RawCell[][] }[] };
const cells = sample.sheets[0].cells;
const width = cells[0].length; // status column right after the used range
const col = (i: number) => String.fromCharCode(65 + i);

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
let page: Page;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1500, height: 950 }, locale: 'fr-FR' });
  await page.goto(`${server.url}/preview/`);
  await page.waitForFunction(() => (window as { formapro?: { ready: boolean } }).formapro?.ready === true);
  await page.waitForSelector('[data-testid=formapro-pane]');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('task pane in the preview', () => {
  it('validates the sample contracts sheet with the same verdicts as the engine, colours faulty cells, shows the summary', async () => {
    await page.click('.tab:has-text("Contrats")');
    await page.click('[data-testid=validate]');
    await page.waitForSelector('[data-testid=summary]');

    const engine = validateRows(cells[0], cells.slice(1));
    const expected = engine.rows.map((r) => ({ ok: 'OK', warning: 'Attention', error: 'Erreur' })[r.status]);
    const statusRange = `${col(width)}1:${col(width)}${cells.length}`;
    const status = await page.evaluate((a) => (window as any).formapro.workbook.getValues('Contrats', a).map((r: unknown[]) => r[0]), statusRange);
    expect(status[0]).toBe('Statut FormaPro');
    expect(status.slice(1)).toEqual(expected);
    // and the sample's own "Attendu" column agrees
    const attendu = cells[0].indexOf('Attendu');
    expect(status.slice(1)).toEqual(cells.slice(1).map((r) => ({ OK: 'OK', Alerte: 'Attention', Erreur: 'Erreur' })[String(r[attendu])]));

    // summary badges
    const counts = await page.$$eval('[data-testid^=count-]', (els) => els.map((e) => e.textContent));
    expect(counts).toEqual([`OK ${engine.summary.ok}`, `Alertes ${engine.summary.warning}`, `Erreurs ${engine.summary.error}`]);

    // PRO-003 (row 4): the salary cell is coloured red in the grid, the Notes cell of row 2 is not
    const salary = col(cells[0].indexOf('Salaire brut mensuel'));
    expect(await page.getAttribute(`td[data-address="${salary}4"]`, 'data-fill')).toBe('#FFC7CE');
    expect(await page.getAttribute(`td[data-address="${col(cells[0].indexOf('Notes'))}2"]`, 'data-fill')).toBeNull();
    // nothing outside the owned columns changed
    const data = await page.evaluate((a) => (window as any).formapro.workbook.getValues('Contrats', a), `A1:${col(width - 1)}${cells.length}`);
    expect(data[3][cells[0].indexOf('Référence')]).toBe('PRO-003');

    // few syncs: the whole sheet is one chunk here
    expect(await page.evaluate(() => (window as any).formapro.shim.syncs)).toBeLessThanOrEqual(5);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'pane.png'), fullPage: false });
    if (process.env.FORMAPRO_UPDATE_DOCS === '1') copyFileSync(join(ARTIFACTS, 'pane.png'), join(ROOT, 'docs', 'pane-preview.png'));
  });

  it('clicking a finding selects its cell', async () => {
    const finding = page.locator('[data-testid=findings] [data-address]:not([data-address=""])').first();
    const address = await finding.getAttribute('data-address');
    await finding.click();
    const selection = await page.evaluate(() => (window as any).formapro.workbook.getSelection());
    expect(selection.address.split(':')[0]).toBe(address);
  });

  it('a second run finds its columns again and still gives the same verdicts', async () => {
    await page.click('[data-testid=validate]');
    await page.waitForSelector('[data-testid=summary]');
    const header = await page.evaluate(() => (window as any).formapro.workbook.getValues('Contrats', 'A1:Z1')[0]);
    expect(header.filter((h: unknown) => h === 'Statut FormaPro')).toHaveLength(1);
    expect(header.filter((h: unknown) => h === 'Constats FormaPro')).toHaveLength(1);
  });
});
