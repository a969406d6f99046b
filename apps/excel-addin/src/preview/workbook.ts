/**
 * The preview's workbook: a HyperFormula engine (dev only, GPL-3.0) with every catalogue function
 * registered, plus number formats and a selection, behind a small API that a grid renders and an
 * Excel-API shim can wrap (see apps/excel-addin/README.md, "Preview workbook API").
 *
 * Addresses are A1 style on one sheet ("B2", "A1:C4"). Values follow Office.js `range.values`: numbers,
 * strings, booleans, "" for an empty cell, and error cells as their code ("#VALUE!", "#N/A"); the message
 * of an error is read with `getCell`. Formulas follow `range.formulas`: "=…" text (English function
 * names, comma separators) or the constant.
 */
import { registerFormaProFunctions, resizeFormaProSpills } from '@formapro/functions';
import type * as HFModule from 'hyperformula';

export type CellScalar = number | string | boolean;
export interface CellInfo {
  address: string;
  value: CellScalar;
  formula: string | CellScalar;
  numberFormat: string;
  error?: { code: string; message: string };
  /** Part of a spilled array (not its anchor). */
  spilled?: boolean;
}
export interface SheetData {
  name: string;
  /** Rows of cells: numbers, booleans, text; text starting with "=" is a formula; null is empty. */
  cells: (CellScalar | null)[][];
  /** Number formats by address or range: { "D2:D9": "yyyy-mm-dd" }. */
  formats?: Record<string, string>;
  /** Column widths in pixels, from column A. */
  widths?: number[];
  /** Notes shown under the sheet. */
  notes?: string[];
  /** Whether row 1 holds column headings (shown bold); default true. */
  header?: boolean;
}
export interface WorkbookData {
  title?: string;
  description?: string;
  sheets: SheetData[];
}
export type ChangeEvent = { type: 'values' | 'formats' | 'sheets' | 'selection'; sheet: string; address?: string };

export interface PreviewWorkbook {
  sheetNames(): string[];
  activeSheet(): string;
  activate(sheet: string): void;
  addSheet(name: string): void;
  /** Smallest range holding every non-empty cell ("A1" for an empty sheet). */
  usedRange(sheet: string): string;
  getValues(sheet: string, address: string): CellScalar[][];
  getFormulas(sheet: string, address: string): (string | CellScalar)[][];
  /** Writes constants or formulas ("=…"); the engine recalculates what depends on them. */
  setValues(sheet: string, address: string, values: (CellScalar | null)[][]): void;
  getNumberFormats(sheet: string, address: string): string[][];
  setNumberFormats(sheet: string, address: string, formats: string[][]): void;
  /** Fill colours ("#FFC7CE") of a range; null where the cell has no fill. */
  getFills(sheet: string, address: string): (string | null)[][];
  /** Sets (or clears, with null) the fill colour of every cell of a range. */
  setFill(sheet: string, address: string, color: string | null): void;
  getCell(sheet: string, address: string): CellInfo;
  getSelection(): { sheet: string; address: string };
  select(sheet: string, address: string): void;
  notes(sheet: string): string[];
  widths(sheet: string): number[];
  /** Row 1 holds column headings. */
  hasHeader(sheet: string): boolean;
  onChange(listener: (e: ChangeEvent) => void): () => void;
}

// --- A1 addresses ---

export function columnName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}
export function parseCell(a: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(a.trim());
  if (!m) throw new Error(`not a cell address: ${a}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
export function parseRange(a: string): { top: number; left: number; bottom: number; right: number } {
  const [from, to = from] = a.split(':');
  const p = parseCell(from);
  const q = parseCell(to);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const a = cellAddress(top, left);
  return top === bottom && left === right ? a : `${a}:${cellAddress(bottom, right)}`;
}

// --- the workbook ---

export function createWorkbook(hf: typeof HFModule, data: WorkbookData): PreviewWorkbook {
  registerFormaProFunctions(hf);
  const sheets: Record<string, (CellScalar | null)[][]> = {};
  for (const s of data.sheets) sheets[s.name] = s.cells.map((row) => row.map((c) => (c === null ? null : c)));
  const engine = hf.HyperFormula.buildFromSheets(sheets as never, { licenseKey: 'gpl-v3' });
  resizeFormaProSpills(engine);

  const formats = new Map<string, Map<string, string>>();
  const fills = new Map<string, Map<string, string>>();
  const meta = new Map<string, { notes: string[]; widths: number[]; header: boolean }>();
  for (const s of data.sheets) {
    const f = new Map<string, string>();
    for (const [range, format] of Object.entries(s.formats ?? {})) {
      const r = parseRange(range);
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) f.set(cellAddress(row, col), format);
    }
    formats.set(s.name, f);
    meta.set(s.name, { notes: s.notes ?? [], widths: s.widths ?? [], header: s.header ?? true });
  }
  let active = data.sheets[0]?.name ?? 'Sheet1';
  let selection = { sheet: active, address: 'A1' };
  const listeners = new Set<(e: ChangeEvent) => void>();
  const emit = (e: ChangeEvent) => listeners.forEach((l) => l(e));

  const sheetId = (name: string) => {
    const id = engine.getSheetId(name);
    if (id === undefined) throw new Error(`no sheet named ${name}`);
    return id;
  };
  const each = <T>(sheet: string, address: string, f: (row: number, col: number, id: number) => T): T[][] => {
    const id = sheetId(sheet);
    const r = parseRange(address);
    const out: T[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: T[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(f(row, col, id));
      out.push(line);
    }
    return out;
  };
  const isError = (v: unknown): v is { value: string; message: string } => v instanceof hf.DetailedCellError;
  const valueOf = (v: unknown): CellScalar => {
    if (v === null || v === undefined) return '';
    if (isError(v)) return v.value;
    return v as CellScalar;
  };

  const api: PreviewWorkbook = {
    sheetNames: () => engine.getSheetNames(),
    activeSheet: () => active,
    activate(sheet) {
      sheetId(sheet);
      active = sheet;
      selection = { sheet, address: 'A1' };
      emit({ type: 'selection', sheet, address: 'A1' });
    },
    addSheet(name) {
      engine.addSheet(name);
      formats.set(name, new Map());
      meta.set(name, { notes: [], widths: [], header: false });
      emit({ type: 'sheets', sheet: name });
    },
    usedRange(sheet) {
      const { width, height } = engine.getSheetDimensions(sheetId(sheet));
      return rangeAddress(0, 0, Math.max(0, height - 1), Math.max(0, width - 1));
    },
    getValues: (sheet, address) => each(sheet, address, (row, col, id) => valueOf(engine.getCellValue({ sheet: id, row, col }))),
    getFormulas: (sheet, address) =>
      each(sheet, address, (row, col, id) => {
        const formula = engine.getCellFormula({ sheet: id, row, col });
        if (formula) return formula;
        const v = engine.getCellSerialized({ sheet: id, row, col });
        return v === null || v === undefined ? '' : (v as CellScalar);
      }),
    setValues(sheet, address, values) {
      const id = sheetId(sheet);
      const r = parseRange(address);
      engine.batch(() => {
        values.forEach((line, i) => line.forEach((v, j) => engine.setCellContents({ sheet: id, row: r.top + i, col: r.left + j }, v === '' ? null : v)));
      });
      resizeFormaProSpills(engine);
      emit({ type: 'values', sheet, address });
    },
    getFills: (sheet, address) => each(sheet, address, (row, col) => fills.get(sheet)?.get(cellAddress(row, col)) ?? null),
    setFill(sheet, address, color) {
      if (!fills.has(sheet)) fills.set(sheet, new Map());
      const m = fills.get(sheet)!;
      each(sheet, address, (row, col) => (color ? m.set(cellAddress(row, col), color) : m.delete(cellAddress(row, col))));
      emit({ type: 'formats', sheet, address });
    },
    getNumberFormats: (sheet, address) => each(sheet, address, (row, col) => formats.get(sheet)?.get(cellAddress(row, col)) ?? 'General'),
    setNumberFormats(sheet, address, fs) {
      const r = parseRange(address);
      const f = formats.get(sheet)!;
      fs.forEach((line, i) => line.forEach((v, j) => f.set(cellAddress(r.top + i, r.left + j), v)));
      emit({ type: 'formats', sheet, address });
    },
    getCell(sheet, address) {
      const { row, col } = parseCell(address);
      const id = sheetId(sheet);
      const raw = engine.getCellValue({ sheet: id, row, col });
      const info: CellInfo = {
        address: cellAddress(row, col),
        value: valueOf(raw),
        formula: api.getFormulas(sheet, address)[0][0],
        numberFormat: api.getNumberFormats(sheet, address)[0][0],
      };
      if (isError(raw)) info.error = { code: raw.value, message: raw.message ?? '' };
      if (!engine.doesCellHaveFormula({ sheet: id, row, col }) && engine.isCellPartOfArray({ sheet: id, row, col })) info.spilled = true;
      return info;
    },
    getSelection: () => ({ ...selection }),
    select(sheet, address) {
      sheetId(sheet);
      active = sheet;
      selection = { sheet, address };
      emit({ type: 'selection', sheet, address });
    },
    notes: (sheet) => meta.get(sheet)?.notes ?? [],
    widths: (sheet) => meta.get(sheet)?.widths ?? [],
    hasHeader: (sheet) => meta.get(sheet)?.header ?? false,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return api;
}
