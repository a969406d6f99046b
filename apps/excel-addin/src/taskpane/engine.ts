/**
 * Validating the contract rows of the active sheet in Excel, with the same engine as `formapro validate`
 * (@formapro/core validation). Reads and writes in chunks through Office.js with a constant number of
 * `context.sync()` calls per chunk: the first ≤ 30 rows (where the header row is looked for, below any
 * title rows) are read together with the first chunk, and the writes of chunk k go with the read of
 * chunk k+1 in ONE sync.
 *
 * Never a false OK: the columns are matched (detection, plus the user's mapping remembered per sheet in
 * the document settings); when a required column is missing, or the mapping names a header the sheet no
 * longer has, nothing is written and the result says `refused` (the pane then opens its mapping step).
 * Blank rows, totals and notes below the data are not judged (the status cell of a total says so).
 *
 * It writes only: the two columns it owns ("Statut FormaPro" / "Constats FormaPro", or their English
 * names, found again by header on the next run, else created right of the used range), and the fill
 * colour of cells of fields in error (the cells it coloured are remembered in the document settings and
 * cleared at the start of the next run). Nothing else of the sheet changes.
 */
import {
  checkMapping,
  classifyRow,
  count,
  describeColumns,
  detectHeaderRow,
  emptySummary,
  fieldByName,
  HEADER_SCAN_ROWS,
  isBlank,
  MappingError,
  matchHeaders,
  skippedRow,
  validateRow,
  type Bilingual,
  type ColumnMapping,
  type ColumnsReport,
  type Finding,
  type HeaderMatch,
  type RawCell,
  type RowStatus,
  type SkippedRow,
  type Summary,
} from '@formapro/core';

export type Lang = 'fr' | 'en';

export const OWNED = {
  status: ['Statut FormaPro', 'FormaPro status'],
  findings: ['Constats FormaPro', 'FormaPro findings'],
};
const OWNED_NAMES = new Set([...OWNED.status, ...OWNED.findings]);
const STATUS_TEXT: Record<Lang, Record<RowStatus, string>> = {
  fr: { ok: 'OK', warning: 'Attention', error: 'Erreur' },
  en: { ok: 'OK', warning: 'Warning', error: 'Error' },
};
/** What the owned columns say of a row below the header that is no contract (as the CLI's xlsx report). */
const NOT_JUDGED: Record<Lang, { status: string; total: string; no_contract_value: string }> = {
  fr: { status: 'Non jugée', total: 'Ligne de total : pas un contrat', no_contract_value: 'Aucune valeur de contrat : pas un contrat' },
  en: { status: 'Not judged', total: 'Total row: not a contract', no_contract_value: 'No contract value: not a contract' },
};
export const COLOURS = { error: '#FFC7CE', warning: '#FFEB9C', ok: '#C6EFCE' } as const;
const SETTINGS_KEY = 'formapro.coloured';
const MAPPING_KEY = 'formapro.mapping';

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

/** The top of the range to validate, as read before any verdict (the mapping step works on it). */
export interface SheetScan {
  sheet: string;
  table?: string;
  /** 0-based sheet row and column of the range's top-left cell, and its size. */
  top: number;
  left: number;
  width: number;
  rowCount: number;
  /** The first rows of the range (at most HEADER_SCAN_ROWS, or down to the mapping's header row). */
  rows: RawCell[][];
}

/** Which row is the header and which column holds each field, with what the user must be told. */
export interface ColumnsPlan {
  /** Index of the header row in the range (0-based); its sheet row number is `headerRow`. */
  headerIndex: number;
  headerRow: number;
  /** The header row's texts, one per column of the range ('' for blank cells and the owned columns). */
  headers: string[];
  /** Columns (index in the range) of the owned status and findings columns, -1 when not there yet. */
  owned: { status: number; findings: number };
  /** The mapping applied: the user's, without the entries that no longer fit the sheet. */
  mapping: ColumnMapping;
  match: HeaderMatch;
  columns: ColumnsReport;
  /** The user's mapping entries that do not fit the sheet (a header renamed, a header row out of reach). */
  problems: Bilingual[];
  /** Every required column found and the user's mapping fits: the rows can be judged. */
  ready: boolean;
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
  /** Nothing was judged nor written: a required column is missing or the mapping does not fit. */
  refused: boolean;
  plan: ColumnsPlan | null;
  /** The top rows read (the mapping step replans on them). */
  scan: SheetScan;
  /** Rows below the header that are no contract (totals, notes): not judged. */
  skipped: SkippedRow[];
  /** Checks not made for want of a column (said once, above the verdicts). */
  notChecked: ColumnsReport['not_checked'];
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
  /** The columns to use; default: the mapping remembered for this sheet in the document settings. */
  mapping?: ColumnMapping;
}

function columnName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
export const a1 = (row: number, col: number) => `${columnName(col)}${row + 1}`;
export { columnName };

function findingText(f: Finding, lang: Lang): string {
  const mark = f.severity === 'error' ? '✖' : f.severity === 'warning' ? '⚠' : 'ℹ';
  return `${mark} ${f.message[lang]}${f.articles.length ? ` [${f.articles.join(', ')}]` : ''}`;
}

const isOwnedName = (v: RawCell) => typeof v === 'string' && OWNED_NAMES.has(v.trim());
const withoutOwned = (row: readonly RawCell[]): RawCell[] => row.map((v) => (isOwnedName(v) ? null : typeof v === 'string' ? v.trim() : v));

/** The entries of a mapping that fit a header row, and what is wrong with the others. */
function fitMapping(header: readonly RawCell[], mapping: ColumnMapping): { mapping: ColumnMapping; problems: Bilingual[] } {
  const fields: Record<string, string> = {};
  const problems: Bilingual[] = [];
  for (const [field, text] of Object.entries(mapping.fields ?? {})) {
    try {
      matchHeaders(header, { fields: { [field]: text } });
      fields[field] = text;
    } catch (e) {
      if (!(e instanceof MappingError)) throw e;
      problems.push(e.text);
    }
  }
  const out: ColumnMapping = {};
  if (mapping.headerRow !== undefined) out.headerRow = mapping.headerRow;
  if (Object.keys(fields).length) out.fields = fields;
  if (mapping.ignore?.length) out.ignore = mapping.ignore.slice();
  return { mapping: out, problems };
}

/**
 * The header row and the columns of a range from its first rows: the mapping's header row, else the row
 * detected below the titles; the mapping's fields, else detection. Pure: the mapping step replans on every
 * change without asking Excel again.
 */
export function planColumns(scan: Pick<SheetScan, 'rows' | 'top' | 'left'>, mapping: ColumnMapping = {}): ColumnsPlan {
  const rows = scan.rows.map(withoutOwned);
  const problems: Bilingual[] = [];
  let index = -1;
  if (mapping.headerRow !== undefined) {
    index = mapping.headerRow - 1 - scan.top;
    if (index < 0 || index >= rows.length) {
      problems.push({
        fr: `la ligne d'en-tête ${mapping.headerRow} est hors des lignes lues (${scan.top + 1} à ${scan.top + rows.length}) : en-tête recherché à la place`,
        en: `header row ${mapping.headerRow} is outside the rows read (${scan.top + 1} to ${scan.top + rows.length}): header looked for instead`,
      });
      index = -1;
    }
  }
  if (index < 0) {
    index = detectHeaderRow(rows, mapping);
    // No row has every header the mapping names: find the header without them (each is then reported).
    try {
      matchHeaders(rows[index] ?? [], mapping);
    } catch (e) {
      if (!(e instanceof MappingError)) throw e;
      index = detectHeaderRow(rows, { ignore: mapping.ignore });
    }
  }
  const header = rows[index] ?? [];
  const fitted = fitMapping(header, mapping);
  problems.push(...fitted.problems);
  if (problems.length && mapping.headerRow !== undefined && (mapping.headerRow - 1 - scan.top < 0 || mapping.headerRow - 1 - scan.top >= rows.length)) delete fitted.mapping.headerRow;
  const match = matchHeaders(header, fitted.mapping);
  const raw = scan.rows[index] ?? [];
  const ownedAt = (names: string[]) => raw.findIndex((v) => typeof v === 'string' && names.includes(v.trim()));
  const headerRow = scan.top + index + 1;
  return {
    headerIndex: index,
    headerRow,
    headers: header.map((v) => (isBlank(v) ? '' : String(v).trim())),
    owned: { status: ownedAt(OWNED.status), findings: ownedAt(OWNED.findings) },
    mapping: fitted.mapping,
    match,
    columns: describeColumns(match, headerRow, scan.left),
    problems,
    ready: problems.length === 0 && match.missingRequired.length === 0,
  };
}

/** The key of a sheet's (or table's) mapping in the document settings. */
export const mappingKey = (sheet: string, table?: string) => `${MAPPING_KEY}:${sheet}${table ? `:${table}` : ''}`;

/** The mapping remembered for a sheet (or one of its tables), or {} (detection only). */
export function loadMapping(settings: SettingsStore, sheet: string, table?: string): ColumnMapping {
  const m = settings.get(mappingKey(sheet, table));
  return m && checkMapping(m) === null ? normaliseMapping(m as ColumnMapping) : {};
}

export async function saveMapping(settings: SettingsStore, sheet: string, table: string | undefined, mapping: ColumnMapping): Promise<void> {
  settings.set(mappingKey(sheet, table), normaliseMapping(mapping));
  await settings.save();
}

/** Field names as the engine spells them (`salary` → `monthly_salary`), empty parts left out. */
export function normaliseMapping(m: ColumnMapping): ColumnMapping {
  const out: ColumnMapping = {};
  if (m.headerRow !== undefined) out.headerRow = m.headerRow;
  const fields = Object.entries(m.fields ?? {}).map(([k, v]) => [fieldByName(k) ?? k, v] as const);
  if (fields.length) out.fields = Object.fromEntries(fields);
  if (m.ignore?.length) out.ignore = [...new Set(m.ignore)];
  return out;
}

/**
 * The mapping as the CLI reads it (`formapro validate FILE --mapping FILE.json`): the header row, every
 * field → the header it is read from, and the headers ignored on purpose. Same columns, same verdicts.
 */
export function exportMapping(plan: ColumnsPlan): Required<Pick<ColumnMapping, 'headerRow' | 'fields' | 'ignore'>> {
  const fields: Record<string, string> = {};
  for (const r of plan.columns.recognised) fields[r.field] = columnRef(plan.headers, plan.match.columns[r.field]);
  return { headerRow: plan.headerRow, fields, ignore: plan.match.ignored.filter((c) => c.reason === 'mapped_ignore').map((c) => columnRef(plan.headers, c.column)) };
}

/**
 * How a mapping names a column: its header text, or its letter when two columns share that text (the
 * letter counts from the range's first column, which is column A for a sheet's used range from A).
 */
export function columnRef(headers: readonly string[], col: number): string {
  const text = headers[col];
  return text && headers.indexOf(text) === col ? text : columnName(col);
}

/** The mapping step's "none" choice. */
export const NONE = '';

/** The user's mapping after choosing `header` (or none) for `field`. */
export function chooseColumn(mapping: ColumnMapping, plan: ColumnsPlan, field: string, header: string): ColumnMapping {
  const fields = { ...(mapping.fields ?? {}) };
  let ignore = (mapping.ignore ?? []).slice();
  if (header === NONE) {
    delete fields[field];
    // Detection would find it again: the column it was read from is ignored on purpose.
    const col = plan.match.columns[field];
    if (col !== undefined) ignore.push(columnRef(plan.headers, col));
  } else {
    for (const [f, h] of Object.entries(fields)) if (h === header) delete fields[f];
    fields[field] = header;
    ignore = ignore.filter((h) => h !== header);
  }
  const out: ColumnMapping = {};
  if (mapping.headerRow !== undefined) out.headerRow = mapping.headerRow;
  if (Object.keys(fields).length) out.fields = fields;
  if (ignore.length) out.ignore = [...new Set(ignore)];
  return out;
}

/** A mapping pasted or loaded from a file: the CLI's JSON, checked as the CLI checks it. */
export function importMapping(text: string): { mapping: ColumnMapping } | { problem: Bilingual } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { problem: { fr: `ce n'est pas du JSON (${(e as Error).message})`, en: `this is not JSON (${(e as Error).message})` } };
  }
  const problem = checkMapping(json);
  if (problem) return { problem };
  return { mapping: normaliseMapping(json as ColumnMapping) };
}

/** Reads the top of the active sheet (or table) for the mapping step: two syncs, nothing written. */
export async function scanActiveSheet(excel: ExcelApi, options: { table?: string; mapping?: ColumnMapping } = {}): Promise<SheetScan> {
  return excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    const used = options.table ? sheet.tables.getItem(options.table).getRange() : sheet.getUsedRange();
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    await context.sync();
    const n = Math.min(used.rowCount, scanLength(used.rowIndex, options.mapping));
    const top = sheet.getRangeByIndexes(used.rowIndex, used.columnIndex, Math.max(1, n), used.columnCount);
    top.load('values');
    await context.sync();
    return { sheet: sheet.name, table: options.table, top: used.rowIndex, left: used.columnIndex, width: used.columnCount, rowCount: used.rowCount, rows: top.values as RawCell[][] };
  });
}

/** How many rows from the top are read to find the header: 30, or down to the mapping's header row. */
function scanLength(top: number, mapping: ColumnMapping | undefined): number {
  return Math.max(HEADER_SCAN_ROWS, mapping?.headerRow !== undefined ? mapping.headerRow - top : 0);
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
    const mapping = options.mapping ?? loadMapping(options.settings, sheet.name, options.table);
    const top = used.rowIndex;
    const left = used.columnIndex;
    const width = used.columnCount;
    // The rows where the header is looked for, and the first chunk of data below it, in one read.
    const scanRows = Math.min(used.rowCount, scanLength(top, mapping));
    const firstRead = Math.min(used.rowCount, scanRows + chunkSize);
    const block = sheet.getRangeByIndexes(top, left, Math.max(1, firstRead), width);
    block.load('values');
    await sync();

    const blockValues = block.values as RawCell[][];
    const scan: SheetScan = { sheet: sheet.name, table: options.table, top, left, width, rowCount: used.rowCount, rows: blockValues.slice(0, scanRows) };
    const empty = blockValues.every((r) => r.every(isBlank));
    const plan = empty ? null : planColumns(scan, mapping);
    const base = { scan, sheet: sheet.name, summary: emptySummary(), rows: [] as RowReport[], chunkSize, cancelled: false, skipped: [] as SkippedRow[] };
    if (!plan || !plan.ready) {
      // Never a verdict on a sheet whose required columns are not all known: nothing is written.
      return { ...base, syncs, chunks: 0, missingColumns: plan?.match.missingRequired ?? [], refused: true, plan, notChecked: plan?.columns.not_checked ?? [] };
    }
    const match = plan.match;
    const headerAt = top + plan.headerIndex; // 0-based sheet row of the header
    const dataStart = plan.headerIndex + 1; // index in the range of the first data row
    const total = Math.max(0, used.rowCount - dataStart);
    let { status: statusCol, findings: findingsCol } = plan.owned;
    const owned = new Set([statusCol, findingsCol].filter((c) => c >= 0));
    if (statusCol < 0) statusCol = width + (findingsCol >= 0 && findingsCol === width ? 1 : 0);
    if (findingsCol < 0) findingsCol = Math.max(statusCol, width - 1) + 1;

    // Clear the fill this pane applied on the previous run of this sheet, and write the owned headers.
    const key = `${SETTINGS_KEY}:${sheet.name}`;
    const previous = (options.settings.get(key) as string[] | undefined) ?? [];
    for (const address of previous) sheet.getRange(address).format.fill.clear();
    sheet.getRangeByIndexes(headerAt, left + statusCol, 1, 1).values = [[OWNED.status[lang === 'fr' ? 0 : 1]]];
    sheet.getRangeByIndexes(headerAt, left + findingsCol, 1, 1).values = [[OWNED.findings[lang === 'fr' ? 0 : 1]]];

    const summary = base.summary;
    const rows: RowReport[] = [];
    const skipped: SkippedRow[] = [];
    const coloured: string[] = [];
    let chunks = 0;
    let cancelled = false;
    let values: RawCell[][] = blockValues.slice(dataStart, dataStart + Math.min(chunkSize, total));
    let pending: Excel.Range | null = null;
    for (let start = 0; start < total; start += chunkSize) {
      const n = Math.min(chunkSize, total - start);
      if (pending) values = pending.values as RawCell[][];
      const statusCells: RawCell[][] = [];
      const findingCells: RawCell[][] = [];
      for (let i = 0; i < n; i++) {
        const sheetRow = headerAt + 1 + start + i; // 0-based
        const rowValues = values[i].map((v, c) => (owned.has(c) ? null : v));
        const kind = classifyRow(rowValues, match);
        if (kind === 'blank') {
          statusCells.push(['']);
          findingCells.push(['']);
          continue;
        }
        if (kind !== 'contract') {
          skipped.push(skippedRow(sheetRow + 1, rowValues, kind));
          statusCells.push([NOT_JUDGED[lang].status]);
          findingCells.push([NOT_JUDGED[lang][kind]]);
          continue;
        }
        const verdict = validateRow(rowValues, match);
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
      sheet.getRangeByIndexes(headerAt + 1 + start, left + statusCol, n, 1).values = statusCells as never;
      sheet.getRangeByIndexes(headerAt + 1 + start, left + findingsCol, n, 1).values = findingCells as never;
      chunks++;
      const next = start + chunkSize;
      cancelled = options.signal?.aborted ?? false;
      pending = !cancelled && next < total ? sheet.getRangeByIndexes(headerAt + 1 + next, left, Math.min(chunkSize, total - next), width) : null;
      pending?.load('values');
      await sync(); // writes of this chunk + read of the next one
      options.onProgress?.(Math.min(next, total), total);
      if (cancelled) break;
    }
    if (chunks === 0) await sync(); // headers and clearing
    options.settings.set(key, coloured);
    await options.settings.save();
    return { ...base, summary, rows, skipped, syncs, chunks, cancelled, missingColumns: [], refused: false, plan, notChecked: plan.columns.not_checked };
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

/** Calls `handler` whenever another sheet becomes active (nothing where the host has no such event). */
export async function onSheetActivated(excel: ExcelApi, handler: () => void): Promise<void> {
  try {
    await excel.run(async (context) => {
      const event = (context.workbook.worksheets as Partial<Excel.WorksheetCollection>).onActivated;
      if (!event) return;
      event.add(async () => handler());
      await context.sync();
    });
  } catch {
    // an older host without worksheet events: the pane re-reads on focus and on "Columns"
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
