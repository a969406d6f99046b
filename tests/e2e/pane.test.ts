/**
 * The task pane in the preview, in headless Chromium: pick the sample contracts sheet, click Validate, read
 * back the status column from the grid, check the colours and the summary, and compare with the engine run
 * directly on the same rows (one engine, two faces). Then the HR export (tab "Export RH": titles above the
 * header, formulas, a TOTAL row): the mapping step shows every column recognised, Validate gives the
 * verdicts and codes of examples/export-rh.attendu.json, the TOTAL row none; the same sheet without a
 * required column opens the mapping step and never shows a green row. Leaves screenshots in
 * tests/e2e/artifacts/ (and refreshes docs/pane-preview.png and docs/pane-mapping.png with
 * FORMAPRO_UPDATE_DOCS=1).
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMapping, validateRows, validateSheet, type RawCell } from '@formapro/core';
import { launchChromium, serveDist } from '../../apps/excel-addin/scripts/lib/browser';

const ROOT = join(import.meta.dirname, '..', '..');
const ARTIFACTS = join(import.meta.dirname, 'artifacts');
const sample = JSON.parse(readFileSync(join(ROOT, 'examples', 'contrats-pro.json'), 'utf8')) as { sheets: { cells: RawCell[][] }[] };
const cells = sample.sheets[0].cells;
const width = cells[0].length; // status column right after the used range
const col = (i: number) => String.fromCharCode(65 + i);
const attendu = JSON.parse(readFileSync(join(ROOT, 'examples', 'export-rh.attendu.json'), 'utf8')) as {
  header_row: { xlsx: number };
  total_row: { xlsx: number };
  contracts: { reference: string; status: 'ok' | 'warning' | 'error'; codes: string[] }[];
};
const STATUS_FR = { ok: 'OK', warning: 'Attention', error: 'Erreur' } as const;
const GREEN = '#C6EFCE';

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
    await expect.poll(() => page.textContent('[data-testid=columns-summary]')).toContain('« Contrats »');
    const syncsBefore = await page.evaluate(() => (window as any).formapro.shim.syncs);
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
    // the codes the pane lists (errors and warnings) are those of its "Attendu (codes)" column
    expect(await listedCodes()).toEqual(expectedSampleCodes());

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

    // few syncs: the whole sheet is one chunk here (the range; the top rows with the chunk; its writes; the run's end)
    expect((await page.evaluate(() => (window as any).formapro.shim.syncs)) - syncsBefore).toBeLessThanOrEqual(4);

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

  it('a second run finds its columns again and still gives the same verdicts and codes', async () => {
    // self-contained: its own tab, its own two runs (whatever the tests before did)
    await page.click('.tab:has-text("Contrats")');
    await expect.poll(() => page.textContent('[data-testid=columns-summary]')).toContain('« Contrats »');
    for (let run = 0; run < 2; run++) {
      await page.click('[data-testid=validate]');
      await page.waitForSelector('[data-testid=summary]');
    }
    const header = await page.evaluate(() => (window as any).formapro.workbook.getValues('Contrats', 'A1:Z1')[0]);
    expect(header.filter((h: unknown) => h === 'Statut FormaPro')).toHaveLength(1);
    expect(header.filter((h: unknown) => h === 'Constats FormaPro')).toHaveLength(1);
    const statusCol = col(header.indexOf('Statut FormaPro'));
    const status = await page.evaluate((a) => (window as any).formapro.workbook.getValues('Contrats', a).map((r: unknown[]) => r[0]), `${statusCol}2:${statusCol}${cells.length}`);
    const attendu = cells[0].indexOf('Attendu');
    expect(status).toEqual(cells.slice(1).map((r) => ({ OK: 'OK', Alerte: 'Attention', Erreur: 'Erreur' })[String(r[attendu])]));
    expect(await listedCodes()).toEqual(expectedSampleCodes());
  });
});

/** Finding codes per sheet row as the pane lists them (cards of rows with findings). */
async function listedCodes(): Promise<Record<string, string[]>> {
  return page.$$eval('[data-testid=findings] [data-row]', (cards) =>
    Object.fromEntries(cards.map((c) => [c.getAttribute('data-row'), [...c.querySelectorAll('[data-code]')].map((f) => f.getAttribute('data-code')!).sort()])),
  );
}

/**
 * The sample's "Attendu (codes)" per sheet row, as the pane lists them: errors and warnings (information —
 * UNVERIFIED_VALUE, DEPOSIT_AFTER_SIGNATURE_PLUS_5 — is in the report, not in the pane's cards).
 */
function expectedSampleCodes(): Record<string, string[]> {
  const INFO = new Set(['UNVERIFIED_VALUE', 'DEPOSIT_AFTER_SIGNATURE_PLUS_5']);
  const at = cells[0].indexOf('Attendu (codes)');
  return Object.fromEntries(
    cells
      .slice(1)
      .map((r, i) => [String(i + 2), r[at] ? String(r[at]).split(/,\s*/).filter((c) => !INFO.has(c)).sort() : []] as const)
      .filter(([, codes]) => codes.length),
  );
}

describe('task pane on the HR export (tab "Export RH")', () => {
  const SHEET = 'Export RH';
  let values: RawCell[][];
  let engine: ReturnType<typeof validateSheet>;

  beforeAll(async () => {
    // the sheet as the preview computes it (formulas evaluated), and the engine's verdicts on it
    values = await page.evaluate((name) => {
      const wb = (window as any).formapro.workbook;
      return wb.getValues(name, wb.usedRange(name));
    }, SHEET);
    values = values.map((r) => r.map((v) => (v === '' ? null : v)));
    engine = validateSheet(values);
  });

  it('the mapping step shows every column of the export recognised or ignored with its reason, before any verdict', async () => {
    await page.click(`.tab:has-text("${SHEET}")`);
    await expect.poll(() => page.textContent('[data-testid=columns-summary]')).toContain(`« ${SHEET} »`);
    // every required column found: the step stays closed until "Colonnes" is clicked
    expect(await page.$('[data-testid=mapping-step]')).toBeNull();
    expect(await page.isEnabled('[data-testid=validate]')).toBe(true);
    await page.click('[data-testid=columns-button]');
    await page.waitForSelector('[data-testid=mapping-step]');
    expect(await page.textContent('[data-testid=columns-summary]')).toContain(`en-tête en ligne ${attendu.header_row.xlsx}`);
    expect(await page.isVisible('[data-testid=mapping-ready]')).toBe(true);
    expect(await page.$$('[data-missing=true]')).toHaveLength(0);
    // each field shows the header the engine reads it from; every other field "— aucune —"
    const shown = await page.$$eval('[data-testid^=field-]', (els) => els.map((e) => [e.getAttribute('data-testid')!.slice(6), e.getAttribute('data-column')]));
    const expected = Object.fromEntries(Object.entries(engine.match.headers));
    expect(Object.fromEntries(shown.filter(([, c]) => c))).toEqual(expected);
    expect(Object.keys(expected)).toEqual(expect.arrayContaining(['reference', 'birth_date', 'qualification', 'start_date', 'end_date', 'monthly_salary', 'weekly_hours', 'training_hours', 'tutor_experience_months', 'tutor_tutees', 'deposit_date']));
    const ignored = await page.textContent('[data-testid=ignored]');
    for (const c of engine.match.ignored) expect(ignored).toContain(`« ${c.header} »`);
    expect(ignored).toContain('(non reconnue)');
    expect(await page.textContent('[data-testid=mapping-not-checked]')).toContain('Contrôles non effectués faute de colonne');
    expect(await page.isEnabled('[data-testid=validate]')).toBe(true);
    // no verdict yet: the status column is not there
    expect(JSON.stringify(values)).not.toContain('Statut FormaPro');

    mkdirSync(ARTIFACTS, { recursive: true });
    const pane = page.locator('#pane');
    await page.setViewportSize({ width: 1500, height: 1900 });
    await pane.screenshot({ path: join(ARTIFACTS, 'pane-mapping.png') });
    await page.setViewportSize({ width: 1500, height: 950 });
    if (process.env.FORMAPRO_UPDATE_DOCS === '1') copyFileSync(join(ARTIFACTS, 'pane-mapping.png'), join(ROOT, 'docs', 'pane-mapping.png'));
  });

  it('Validate gives the verdicts and finding codes of export-rh.attendu.json (same as the engine); the TOTAL row gets none', async () => {
    await page.click('[data-testid=validate]');
    await page.waitForSelector('[data-testid=summary]');
    const width = values[attendu.header_row.xlsx - 1].length;
    const statusCol = col(width);
    const last = attendu.total_row.xlsx;
    const status = await page.evaluate(([name, a]) => (window as any).formapro.workbook.getValues(name, a).map((r: unknown[]) => r[0]), [SHEET, `${statusCol}1:${statusCol}${last}`] as const);
    expect(status.slice(0, attendu.header_row.xlsx)).toEqual(['', '', 'Statut FormaPro']); // nothing in the title rows
    expect(status.slice(attendu.header_row.xlsx, last - 1)).toEqual(attendu.contracts.map((c) => STATUS_FR[c.status]));
    expect(status.slice(attendu.header_row.xlsx, last - 1)).toEqual(engine.rows.map((r) => STATUS_FR[r.status]));
    // the TOTAL row is no contract: « Non jugée », no colour, not counted
    expect(status[last - 1]).toBe('Non jugée');
    expect(await page.getAttribute(`td[data-address="${statusCol}${last}"]`, 'data-fill')).toBeNull();
    expect(await page.textContent('[data-testid=skipped]')).toContain(`${last} (TOTAL)`);
    const counts = await page.$$eval('[data-testid^=count-]', (els) => els.map((e) => e.textContent));
    const n = (s: string) => attendu.contracts.filter((c) => c.status === s).length;
    expect(counts).toEqual([`OK ${n('ok')}`, `Alertes ${n('warning')}`, `Erreurs ${n('error')}`]);

    // finding codes per row, as the pane lists them (rows with findings), against the hand-worked ones
    const listed = await page.$$eval('[data-testid=findings] [data-row]', (cards) =>
      Object.fromEntries(cards.map((c) => [c.getAttribute('data-row'), [...c.querySelectorAll('[data-code]')].map((f) => f.getAttribute('data-code')).sort()])),
    );
    const want = Object.fromEntries(
      attendu.contracts.map((c, i) => [String(attendu.header_row.xlsx + 1 + i), c.codes.slice().sort()] as const).filter(([, codes]) => codes.length),
    );
    expect(listed).toEqual(want);
    // the engine (as the CLI runs it) gives the same codes
    const engineCodes = Object.fromEntries(engine.rows.map((r) => [String(r.row), r.findings.filter((f) => f.severity !== 'info').map((f) => f.code).sort()] as const).filter(([, c]) => c.length));
    expect(listed).toEqual(engineCodes);

    // the checks not made are said above the verdicts, not in a detail
    const notChecked = await page.locator('[data-testid=not-checked]').boundingBox();
    const badges = await page.locator('[data-testid=count-ok]').boundingBox();
    expect(notChecked!.y).toBeLessThan(badges!.y);
    expect(await page.textContent('[data-testid=not-checked]')).toMatch(/^Contrôles non effectués faute de colonne : durée de mobilité à l’étranger/);
    // the exchange counter is internal: behind « Détails »
    expect(await page.textContent('[data-testid=formapro-pane]')).not.toContain('échanges avec Excel');
    await page.click('[data-testid=details-toggle]');
    expect(await page.textContent('[data-testid=details]')).toMatch(/échanges avec Excel pour 1 paquet/);
    // the title rows and the data are untouched
    const after = await page.evaluate(([name, a]) => (window as any).formapro.workbook.getValues(name, a), [SHEET, `A1:${col(width - 1)}${last}`] as const);
    expect(after.map((r: unknown[]) => r.map((v) => (v === '' ? null : v)))).toEqual(values.slice(0, last));
  });

  it('the same export without a required column opens the mapping step, cannot be validated, and never shows a green row', async () => {
    const NAME = 'Export RH sans salaire';
    const salary = values[attendu.header_row.xlsx - 1].indexOf('Salaire brut (€)');
    await page.evaluate(
      ([name, rows]) => {
        const wb = (window as any).formapro.workbook;
        wb.addSheet(name);
        wb.setValues(name, 'A1', rows);
        wb.activate(name);
      },
      [NAME, values.map((r) => r.filter((_, j) => j !== salary).map((v) => v))] as const,
    );
    // activating the sheet re-reads its columns, and the step opens by itself
    await expect.poll(() => page.textContent('[data-testid=columns-summary]')).toContain(`« ${NAME} »`);
    await page.waitForSelector('[data-testid=mapping-missing]');
    expect(await page.textContent('[data-testid=mapping-missing]')).toContain('« Salaire brut mensuel »');
    expect(await page.getAttribute('[data-testid=field-monthly_salary]', 'data-missing')).toBe('true');
    expect(await page.isDisabled('[data-testid=validate]')).toBe(true);
    await page.click('[data-testid=validate]', { force: true, timeout: 2000 }).catch(() => undefined);
    // no verdict anywhere: no owned column, no fill, no green cell in the grid
    const written = await page.evaluate((name) => {
      const wb = (window as any).formapro.workbook;
      const range = wb.usedRange(name);
      return { values: wb.getValues(name, range).flat(), fills: wb.getFills(name, range).flat().filter((f: unknown) => f) };
    }, NAME);
    expect(written.values).not.toContain('Statut FormaPro');
    expect(written.values).not.toContain('OK');
    expect(written.fills).toEqual([]);
    expect(await page.$$(`td[data-fill="${GREEN}"]`)).toHaveLength(0);
    expect(await page.$('[data-testid=summary]')).toBeNull();
    await page.screenshot({ path: join(ARTIFACTS, 'pane-missing.png') });
  });

  it('a salary header it cannot recognise: chosen from the dropdown, then the same verdicts; the mapping exports as the CLI JSON and a bad import is refused', async () => {
    const NAME = 'Export RH renommé';
    const header = values[attendu.header_row.xlsx - 1];
    const salary = header.indexOf('Salaire brut (€)');
    const renamed = values.map((r, i) => (i === attendu.header_row.xlsx - 1 ? r.map((v, j) => (j === salary ? 'Montant versé' : v)) : r));
    await page.evaluate(
      ([name, rows]) => {
        const wb = (window as any).formapro.workbook;
        wb.addSheet(name);
        wb.setValues(name, 'A1', rows);
        wb.activate(name);
      },
      [NAME, renamed] as const,
    );
    await expect.poll(() => page.textContent('[data-testid=columns-summary]')).toContain(`« ${NAME} »`);
    await page.waitForSelector('[data-testid=mapping-missing]');
    expect(await page.textContent('[data-testid=ignored]')).toContain('« Montant versé » (non reconnue)');
    await page.click('[data-testid=field-monthly_salary] button');
    await page.getByRole('option', { name: `${col(salary)} · Montant versé` }).click();
    await expect.poll(() => page.getAttribute('[data-testid=field-monthly_salary]', 'data-column')).toBe('Montant versé');
    await page.waitForSelector('[data-testid=mapping-ready]');
    expect(await page.textContent('[data-testid=field-monthly_salary]')).toContain('votre choix');

    // export: the JSON the CLI reads, with the header row and every field
    await page.click('[data-testid=export-mapping]');
    const exported = JSON.parse(await page.inputValue('[data-testid=mapping-json]'));
    expect(checkMapping(exported)).toBeNull();
    expect(exported.headerRow).toBe(attendu.header_row.xlsx);
    expect(exported.fields.monthly_salary).toBe('Montant versé');
    const cli = validateSheet(renamed, { mapping: exported });
    expect(cli.rows.map((r) => r.status)).toEqual(attendu.contracts.map((c) => c.status));
    // a bad import is refused with the reason, in French
    await page.click('[data-testid=import-mapping]');
    await page.fill('[data-testid=mapping-import-text]', '{"fields": {"pointure": "Taille"}}');
    await page.click('[data-testid=apply-mapping]');
    expect(await page.textContent('[data-testid=import-message]')).toContain('Correspondance refusée : « pointure » n\'est pas un champ de contrat');
    expect(await page.getAttribute('[data-testid=field-monthly_salary]', 'data-column')).toBe('Montant versé');

    await page.click('[data-testid=validate]');
    await page.waitForSelector('[data-testid=summary]');
    const statusCol = col(header.length);
    const status = await page.evaluate(([name, a]) => (window as any).formapro.workbook.getValues(name, a).map((r: unknown[]) => r[0]), [NAME, `${statusCol}${attendu.header_row.xlsx + 1}:${statusCol}${attendu.total_row.xlsx}`] as const);
    expect(status).toEqual([...attendu.contracts.map((c) => STATUS_FR[c.status]), 'Non jugée']);
    expect(await page.$('[data-testid=mapping-step]')).toBeNull(); // validated: the step closes
  });
});
