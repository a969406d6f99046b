/**
 * Validating the contract rows of the active sheet in Excel, with the same engine as `formapro validate`
 * (@formapro/core validation). Reads and writes in chunks through Office.js with a constant number of
 * `context.sync()` calls per chunk: the writes of chunk k and the read of chunk k+1 go in ONE sync.
 *
 * It writes only: the two columns it owns ("Statut FormaPro" / "Constats FormaPro", or their English
 * names, found again by header on the next run, else created right of the used range), and the fill
 * colour of cells of fields in error (the cells it coloured are remembered in the document settings and
 * cleared at the start of the next run). Nothing else of the sheet changes.
 */
import { matchHeaders, validateRow, emptySummary, count, type Finding, type RawCell, type RowStatus, type Summary } from '@formapro/core';

export type Lang = 'fr' | 'en';

export const OWNED = {
  status: ['Statut FormaPro', 'FormaPro status'],
  findings: ['Constats FormaPro', 'FormaPro findings'],
};
const STATUS_TEXT: Record<Lang, Record<RowStatus, string>> = {
  fr: { ok: 'OK', warning: 'Attention', error: 'Erreur' },
  en: { ok: 'OK', warning: 'Warning', error: 'Error' },
};
export const COLOURS = { error: '#FFC7CE', warning: '#FFEB9C', ok: '#C6EFCE' } as const;
const SETTINGS_KEY = 'formapro.coloured';

/** The part of Office.js the pane uses (Excel.run and the document settings), so tests can fake it. */
export interface ExcelApi {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export interface SettingsStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  save(): Promise<void>;
}

export interface RowReport {
  /** Sheet row number (1-based). */
  row: number;
  reference: string | null;
  status: RowStatus;
  findings: (Finding & { address: string | null })[];
}

export interface PaneResult {
  sheet: string;
  summary: Summary;
  rows: RowReport[];
  syncs: number;
  chunks: number;
  chunkSize: number;
  cancelled: boolean;
  missingColumns: string[];
}

export interface ValidateOptions {
  lang: Lang;
  chunkSize?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  settings: SettingsStore;
  /** Keep every row in the result (the pane shows only rows with findings otherwise). */
  keepOkRows?: boolean;
  /** What to validate: the used range of the active sheet (default) or one of its tables, by name. */
  table?: string;
}

function columnName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
export const a1 = (row: number, col: number) => `${columnName(col)}${row + 1}`;

function findingText(f: Finding, lang: Lang): string {
  const mark = f.severity === 'error' ? '✖' : f.severity === 'warning' ? '⚠' : 'ℹ';
  return `${mark} ${f.message[lang]}${f.articles.length ? ` [${f.articles.join(', ')}]` : ''}`;
}

export async function validateActiveSheet(excel: ExcelApi, options: ValidateOptions): Promise<PaneResult> {
  const chunkSize = options.chunkSize ?? 2000;
  const lang = options.lang;
  let syncs = 0;
  return excel.run(async (context) => {
    const sync = async () => {
      syncs++;
      await context.sync();
    };
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    const used = options.table ? sheet.tables.getItem(options.table).getRange() : sheet.getUsedRange();
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    await sync();
    const top = used.rowIndex;
    const left = used.columnIndex;
    const width = used.columnCount;
    const total = Math.max(0, used.rowCount - 1);
    const header = sheet.getRangeByIndexes(top, left, 1, width);
    header.load('values');
    // The first data chunk is read together with the header.
    let pending = total > 0 ? sheet.getRangeByIndexes(top + 1, left, Math.min(chunkSize, total), width) : null;
    pending?.load('values');
    await sync();

    const headerValues = (header.values[0] as RawCell[]).map((v) => (typeof v === 'string' ? v.trim() : v));
    const find = (names: string[]) => headerValues.findIndex((h) => typeof h === 'string' && names.includes(h));
    let statusCol = find(OWNED.status);
    let findingsCol = find(OWNED.findings);
    const owned = new Set([statusCol, findingsCol].filter((c) => c >= 0));
    const dataHeader = headerValues.map((h, i) => (owned.has(i) ? null : h));
    const match = matchHeaders(dataHeader);
    if (statusCol < 0) statusCol = width + (findingsCol >= 0 && findingsCol === width ? 1 : 0);
    if (findingsCol < 0) findingsCol = Math.max(statusCol, width - 1) + 1;

    // Clear the fill this pane applied on the previous run of this sheet, and write the owned headers.
    const key = `${SETTINGS_KEY}:${sheet.name}`;
    const previous = (options.settings.get(key) as string[] | undefined) ?? [];
    for (const address of previous) sheet.getRange(address).format.fill.clear();
    sheet.getRangeByIndexes(top, left + statusCol, 1, 1).values = [[OWNED.status[lang === 'fr' ? 0 : 1]]];
    sheet.getRangeByIndexes(top, left + findingsCol, 1, 1).values = [[OWNED.findings[lang === 'fr' ? 0 : 1]]];

    const summary = emptySummary();
    const rows: RowReport[] = [];
    const coloured: string[] = [];
    let chunks = 0;
    let cancelled = false;
    for (let start = 0; start < total; start += chunkSize) {
      const n = Math.min(chunkSize, total - start);
      const values = pending!.values as RawCell[][];
      const statusCells: RawCell[][] = [];
      const findingCells: RawCell[][] = [];
      for (let i = 0; i < n; i++) {
        const sheetRow = top + 1 + start + i; // 0-based
        const rowValues = values[i];
        if (rowValues.every((v) => v === '' || v === null || v === undefined)) {
          statusCells.push(['']);
          findingCells.push(['']);
          continue;
        }
        const verdict = validateRow(rowValues.map((v, c) => (owned.has(c) ? null : v)), match);
        count(summary, verdict);
        const shown = verdict.findings.filter((f) => f.severity !== 'info');
        statusCells.push([STATUS_TEXT[lang][verdict.status]]);
        findingCells.push([shown.map((f) => findingText(f, lang)).join('\n')]);
        const statusAddress = a1(sheetRow, left + statusCol);
        sheet.getRange(statusAddress).format.fill.color = COLOURS[verdict.status];
        coloured.push(statusAddress);
        const report: RowReport = { row: sheetRow + 1, reference: verdict.reference, status: verdict.status, findings: [] };
        const done = new Set<number>();
        for (const f of verdict.findings) {
          const col = f.field ? match.columns[f.field] : undefined;
          const address = col === undefined ? null : a1(sheetRow, left + col);
          report.findings.push({ ...f, address });
          if (f.severity === 'error' && col !== undefined && !done.has(col)) {
            done.add(col);
            sheet.getRange(address!).format.fill.color = COLOURS.error;
            coloured.push(address!);
          }
        }
        if (options.keepOkRows || verdict.status !== 'ok') rows.push(report);
      }
      sheet.getRangeByIndexes(top + 1 + start, left + statusCol, n, 1).values = statusCells as never;
      sheet.getRangeByIndexes(top + 1 + start, left + findingsCol, n, 1).values = findingCells as never;
      chunks++;
      const next = start + chunkSize;
      cancelled = options.signal?.aborted ?? false;
      pending = !cancelled && next < total ? sheet.getRangeByIndexes(top + 1 + next, left, Math.min(chunkSize, total - next), width) : null;
      pending?.load('values');
      await sync(); // writes of this chunk + read of the next one
      options.onProgress?.(Math.min(next, total), total);
      if (cancelled) break;
    }
    if (chunks === 0) await sync(); // headers and clearing
    options.settings.set(key, coloured);
    await options.settings.save();
    return { sheet: sheet.name, summary, rows, syncs, chunks, chunkSize, cancelled, missingColumns: match.missingRequired };
  });
}

/** Names of the tables of the active sheet (empty where the host has none, e.g. the preview). */
export async function activeSheetTables(excel: ExcelApi): Promise<string[]> {
  try {
    return await excel.run(async (context) => {
      const tables = context.workbook.worksheets.getActiveWorksheet().tables;
      tables.load('items/name');
      await context.sync();
      return tables.items.map((t) => t.name);
    });
  } catch {
    return [];
  }
}

/** Selects a cell of the active sheet (clicking a finding). */
export async function selectCell(excel: ExcelApi, address: string): Promise<void> {
  await excel.run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().getRange(address).select();
    await context.sync();
  });
}

/** Office's document settings, or an in-memory store where there are none (the preview). */
export function documentSettings(): SettingsStore {
  const s = typeof Office !== 'undefined' ? Office.context?.document?.settings : undefined;
  if (s && typeof s.get === 'function') {
    return {
      get: (k) => s.get(k) ?? undefined,
      set: (k, v) => s.set(k, v),
      save: () => new Promise((resolve) => s.saveAsync(() => resolve())),
    };
  }
  const memory = new Map<string, unknown>();
  return { get: (k) => memory.get(k), set: (k, v) => void memory.set(k, v), save: async () => undefined };
}
