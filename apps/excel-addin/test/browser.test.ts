/**
 * Headless Chromium (Debian's, through playwright-core) on dist/ served over plain HTTP:
 *  - the built functions bundle under a faked Office.js: every catalogue function associated by its id,
 *    a few values and errors as Excel would receive them;
 *  - the preview page with the real, self-hosted Office.js, fully offline: computed FR. values in the
 *    grid, an error message, a spill, an edit that recalculates, and Excel.run answered by the shim.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CATALOGUE } from '@formapro/functions';
import { launchChromium, serveDist } from '../scripts/lib/browser';
import { DIST } from '../scripts/lib/paths';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
const outside: string[] = [];

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that may only talk to the test server (offline, as in CI). */
async function offlinePage(options: { bypassCSP?: boolean; locale?: string } = {}): Promise<Page> {
  const page = await browser.newPage(options);
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('about:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  return page;
}

const FAKE_OFFICE = `
  window.associated = {};
  window.Office = { onReady: (f) => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }).then((i) => (f ? f(i) : i)) };
  class CFError extends Error { constructor(code, message) { super(message); this.code = code; } }
  window.CustomFunctions = { associate: (id, fn) => { window.associated[id] = fn; }, Error: CFError, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' } };
`;

describe('functions.js in Chromium with a faked Office.js', () => {
  test('every catalogue function is associated under its metadata id, and they compute', async () => {
    const page = await offlinePage({ bypassCSP: true }); // the help page's CSP forbids scripts; this test injects them
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/help/index.html`);
    await page.addScriptTag({ content: FAKE_OFFICE });
    await page.addScriptTag({ url: `${server.url}/functions.js` });
    const ids = await page.evaluate(() => Object.keys((window as any).associated));
    const metadataIds = JSON.parse(readFileSync(join(DIST, 'functions.json'), 'utf8')).functions.map((f: { id: string }) => f.id);
    expect(ids.sort()).toEqual([...metadataIds].sort());
    expect(ids.sort()).toEqual(CATALOGUE.map((s) => s.name).sort());

    const results = await page.evaluate(() => {
      const a = (window as any).associated;
      const err = (f: () => unknown) => {
        try {
          return f();
        } catch (e: any) {
          return { code: e.code, message: e.message, isCFError: e instanceof (window as any).CustomFunctions.Error };
        }
      };
      return {
        a2: a.PRO_MIN_SALARY(20, 'bac pro', 1766.92, null, null, null),
        a1: a.PRO_MIN_SALARY(20, 'none', null, null, 45366, null),
        smic: a.SMIC(45597, null, null),
        deadline: a.PRO_DEPOSIT_DEADLINE(45355),
        schedule: a.PRO_SALARY_SCHEDULE(37683, 45352, 45413, 'none', null, null),
        bad: err(() => a.PRO_MIN_SALARY(15, 'none', null, null, 45366, null)),
        na: err(() => a.SMIC(42735, null, null)),
      };
    });
    expect(results.a2).toBe(1148.5); // 0.65 × 1,766.92 → 1,148.50 (D6325-15)
    expect(results.a1).toBe(971.81); // 0.55 × 1,766.92 → 971.81
    expect(results.smic).toBe(1801.8); // 2024-11-01 (décret n° 2024-951)
    expect(results.deadline).toBe(45360); // 2024-03-09 (D6325-1)
    expect(results.schedule).toEqual([
      ['Month', 'Age', 'Rate', 'SMIC', 'Minimum', 'Days', 'Due'],
      [45352, 20, 0.55, 1766.92, 971.81, '31/31', 971.81],
      [45383, 21, 0.7, 1766.92, 1236.85, '30/30', 1236.85],
      // ends on 2024-05-01: 1/31 × 0.70 × 11.65 × 151 2/3 = 1,236.841666… / 31 = 39.8981 → 39.90
      [45413, 21, 0.7, 1766.92, 1236.85, '1/31', 39.9],
    ]);
    expect(results.bad).toMatchObject({ code: '#VALUE!', isCFError: true });
    expect((results.bad as { message: string }).message).toMatch(/^age: 15 is below 16/);
    expect(results.na).toMatchObject({ code: '#N/A', isCFError: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the preview page, offline, with the real Office.js', () => {
  test('shows the sample workbook with computed FR. values, errors, spills; edits recalculate; Excel.run answers', async () => {
    const page = await offlinePage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/preview/`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 90_000 }); // generous: a loaded 2-core machine
    const text = (a: string) => page.textContent(`td[data-address="${a}"]`);

    expect(await page.evaluate(() => typeof (window as any).Office?.onReady)).toBe('function'); // the real library loaded
    expect(await text('F2')).toBe('971.81');
    expect(await text('F3')).toBe('1,148.50');
    expect(await text('G4')).toBe('80%');
    expect(await text('F11')).toBe('#VALUE!');
    await page.click('td[data-address="F11"]');
    expect(await page.textContent('#message')).toMatch(/age: 15 is below 16/);

    await page.click('button.tab:has-text("Schedule")');
    expect(await text('A8')).toBe('2024-03');
    expect(await text('E9')).toBe('1,236.85');

    // Edit the end date: the schedule grows (recalculation after an input cell changes).
    await page.click('td[data-address="B3"]');
    await page.fill('#formula', '=DATE(2024,8,31)');
    await page.press('#formula', 'Enter');
    expect(await text('A13')).toBe('2024-08');

    // Office.js has initialised and found no Excel host: Excel.run is the preview's shim.
    expect(await page.evaluate(() => new Promise((resolve) => (window as any).Office.onReady((info: any) => resolve(info.host ?? null))))).toBeNull();
    const viaExcel = await page.evaluate(() =>
      (window as any).Excel.run(async (ctx: any) => {
        const r = ctx.workbook.worksheets.getItem('Minimum pay').getRange('F2:F3');
        r.load('values');
        await ctx.sync();
        return r.values;
      }),
    );
    expect(viaExcel).toEqual([[971.81], [1148.5]]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('in a French browser the functions answer in French: #VALUE! messages and spill headers', async () => {
    const page = await offlinePage({ locale: 'fr-FR' });
    await page.goto(`${server.url}/preview/`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 90_000 });
    const text = (a: string) => page.textContent(`td[data-address="${a}"]`);
    expect(await text('F11')).toBe('#VALUE!');
    await page.click('td[data-address="F11"]');
    expect(await page.textContent('#message')).toMatch(/age : 15 est inférieur à 16/);
    await page.click('button.tab:has-text("Schedule")');
    const headers = await page.evaluate(() => (window as any).formapro.workbook.getValues('Schedule', 'A7:G7')[0]);
    expect(headers.slice(0, 3)).toEqual(['Mois', 'Âge', 'Taux']);
    await page.close();
  });

  test("nothing was fetched from outside the test server", () => {
    expect(outside).toEqual([]);
  });
});
