/**
 * Writing a validation report: JSON (`{ columns, rows: [{ row, reference, status, findings }], summary }`,
 * streamed), a CSV of verdicts (French: `;`, UTF-8 BOM, so French Excel opens it as columns), a readable
 * table, or an xlsx workbook HR can work in: the source sheet as it was (values, number formats, formulas
 * with their results, widths, title rows), the status and findings columns added, faulty cells coloured,
 * a frozen header with an autofilter, and a « Synthèse » sheet.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { FIELD_SPECS, readDate, readDecimal, type ColumnsReport, type Finding, type HeaderMatch, type RawCell, type RowVerdict, type SkippedRow, type Summary } from '@formapro/core';
import { csvLineWith } from '../io.js';
import type { Lang } from '../lang.js';
import type { SheetRow } from './read.js';
import type { ReportSummary } from './run.js';

export type Format = 'json' | 'csv' | 'xlsx' | 'table';

export interface ReportWriter {
  /** The header row, once the columns are known; `above` holds the rows above it (titles). */
  header(values: RawCell[], match: HeaderMatch, rowNumber: number, columns: ColumnsReport, above: SheetRow[]): Promise<void> | void;
  /** A data row: its original values and its verdict. */
  row(number: number, values: RawCell[], verdict: RowVerdict): Promise<void> | void;
  /** A row below the header that is not a contract (a total, a note): kept, not judged. */
  skipped?(number: number, values: RawCell[], skipped: SkippedRow): Promise<void> | void;
  end(summary: ReportSummary): Promise<void>;
}

/** Owned columns, named as the task pane names them (it finds them again by these headers). */
export const OWNED_HEADERS = { fr: ['Statut FormaPro', 'Constats FormaPro'], en: ['FormaPro status', 'FormaPro findings'] };
const STATUS = { fr: { ok: 'OK', warning: 'Attention', error: 'Erreur' }, en: { ok: 'OK', warning: 'Warning', error: 'Error' } };
const NOT_JUDGED = { fr: 'Non jugée', en: 'Not judged' };

export function findingText(f: Finding, lang: Lang): string {
  const arts = f.articles.length ? ` [${f.articles.join(', ')}]` : '';
  return `${f.severity === 'error' ? '✖' : f.severity === 'warning' ? '⚠' : 'ℹ'} ${f.message[lang]}${arts}`;
}

/** The findings a reader acts on: errors and warnings (the checks not made are said once, in the summary). */
const shown = (v: RowVerdict) => v.findings.filter((f) => f.severity !== 'info');

/**
 * A report file is written in blocks of BLOCK bytes: each text is encoded straight into the current block (no
 * joined string, no Buffer per write), and a full block is handed to the file stream, which may hold up to
 * IN_FLIGHT bytes not yet on disk before the caller has to wait (the writes then overlap the judging).
 */
const BLOCK = 1024 * 1024;
const IN_FLIGHT = 4 * BLOCK;
const DONE = Promise.resolve();

/** write() gives a promise only when the caller must wait for the file (IN_FLIGHT bytes not yet written). */
interface Sink {
  write(s: string): Promise<void> | void;
  /** Bytes already encoded (UTF-8), copied as they are. */
  bytes(b: Uint8Array): Promise<void> | void;
  close(): Promise<void>;
}

function sink(out: string | undefined): Sink {
  const stream = (out ? createWriteStream(out, { highWaterMark: IN_FLIGHT }) : process.stdout) as NodeJS.WritableStream;
  const drained = () => new Promise<void>((resolve) => stream.once('drain', () => resolve()));
  // the terminal gets each line as it comes; a file gets them in blocks
  if (!out) return { write: (s) => (stream.write(s) ? undefined : drained()), bytes: (b) => (stream.write(b) ? undefined : drained()), close: () => DONE };
  // blocks written to the file are used again (a few in all, however large the report)
  const free: Buffer[] = [];
  let block: Buffer = Buffer.allocUnsafe(BLOCK);
  let used = 0;
  /** Hands the bytes of the block to the stream; a promise when the stream is full. */
  const flush = (): Promise<void> | void => {
    if (used === 0) return;
    const full = block;
    const written = stream.write(full.subarray(0, used), () => free.push(full));
    block = free.pop() ?? Buffer.allocUnsafe(BLOCK);
    used = 0;
    if (!written) return drained();
  };
  return {
    write: (s) => {
      // at most 3 bytes of UTF-8 per UTF-16 code unit
      if (used + s.length * 3 <= BLOCK) {
        used += block.write(s, used);
        return;
      }
      const waiting = flush();
      if (s.length * 3 > BLOCK) {
        // a text longer than a block goes to the stream on its own, after the block before it
        const full = !stream.write(s);
        return waiting ?? (full ? drained() : undefined);
      }
      used = block.write(s, 0);
      return waiting;
    },
    bytes: (b) => {
      if (used + b.length <= BLOCK) {
        block.set(b, used);
        used += b.length;
        return;
      }
      const waiting = flush();
      if (b.length > BLOCK) {
        const full = !stream.write(b);
        return waiting ?? (full ? drained() : undefined);
      }
      block.set(b, 0);
      used = b.length;
      return waiting;
    },
    close: async () => {
      await flush();
      await new Promise((resolve) => (stream as WriteStream).end(resolve));
    },
  };
}

/**
 * The JSON of findings already written. The frozen « check not made » ones every row shares, by identity. The
 * others are made afresh for each row, but many rows have the same ones: a finding equal to one already written
 * in every value, and with its keys in the same order, has the same JSON (checked on each use, so a finding of
 * another shape is only stringified). At most SEEN_MAX texts are kept, looked up by the English message.
 */
/** A finding's JSON encoded once, alone and after a comma (as it follows another in a row's list). */
interface Written {
  json: Buffer;
  afterComma: Buffer;
}
const written = (json: string): Written => ({ json: Buffer.from(json, 'utf8'), afterComma: Buffer.from(`,${json}`, 'utf8') });
const sharedJson = new WeakMap<Finding, Written>();
const SEEN_MAX = 4096;
const seen = new Map<string, { f: Finding; w: Written }>();
const KEYS = ['code', 'severity', 'field', 'message', 'articles'];

/** { code, severity, field, message: { en, fr }, articles: string[] }, keys in that order, as the engine makes them. */
function usualShape(f: Finding): boolean {
  const k = Object.keys(f);
  if (k.length !== 5 || k[0] !== KEYS[0] || k[1] !== KEYS[1] || k[2] !== KEYS[2] || k[3] !== KEYS[3] || k[4] !== KEYS[4]) return false;
  const m = f.message as unknown as Record<string, unknown>;
  if (m === null || typeof m !== 'object' || Object.getPrototypeOf(m) !== Object.prototype || Object.getPrototypeOf(f) !== Object.prototype) return false;
  const mk = Object.keys(m);
  if (mk.length !== 2 || mk[0] !== 'en' || mk[1] !== 'fr' || typeof m.en !== 'string' || typeof m.fr !== 'string') return false;
  if (typeof f.code !== 'string' || typeof f.severity !== 'string' || (f.field !== null && typeof f.field !== 'string') || !Array.isArray(f.articles)) return false;
  for (let i = 0; i < f.articles.length; i++) if (typeof f.articles[i] !== 'string') return false;
  return true;
}

function sameFinding(a: Finding, b: Finding): boolean {
  if (a.code !== b.code || a.severity !== b.severity || a.field !== b.field || a.message.en !== b.message.en || a.message.fr !== b.message.fr) return false;
  if (a.articles.length !== b.articles.length) return false;
  for (let i = 0; i < a.articles.length; i++) if (a.articles[i] !== b.articles[i]) return false;
  return true;
}

function findingJson(f: Finding): Written {
  if (Object.isFrozen(f)) {
    let j = sharedJson.get(f);
    if (j === undefined) {
      j = written(JSON.stringify(f));
      sharedJson.set(f, j);
    }
    return j;
  }
  if (!usualShape(f)) return written(JSON.stringify(f));
  const known = seen.get(f.message.en);
  if (known !== undefined && sameFinding(known.f, f)) return known.w;
  const w = written(JSON.stringify(f));
  if (seen.size >= SEEN_MAX) seen.clear();
  // a copy: the finding written may be changed afterwards by whoever holds it
  seen.set(f.message.en, { f: { code: f.code, severity: f.severity, field: f.field, message: { en: f.message.en, fr: f.message.fr }, articles: [...f.articles] }, w });
  return w;
}

const CLOSE_ROW = Buffer.from(']}', 'utf8');

const statusJson = (s: string) => (s === 'ok' ? '"ok"' : s === 'error' ? '"error"' : s === 'warning' ? '"warning"' : JSON.stringify(s));

export function jsonWriter(out: string | undefined): ReportWriter {
  const s = sink(out);
  let first = true;
  return {
    header: (_v, _m, _n, columns) => s.write(`{"columns":${JSON.stringify(columns)},\n"rows":[`),
    row: (number, _values, v) => {
      // JSON.stringify({ row, reference, status, findings }) written out, each finding's text made and encoded once
      let waiting = s.write(`${first ? '\n' : ',\n'}{"row":${JSON.stringify(number)},"reference":${JSON.stringify(v.reference)},"status":${statusJson(v.status)},"findings":[`);
      first = false;
      for (let i = 0; i < v.findings.length; i++) {
        const w = findingJson(v.findings[i]);
        waiting = s.bytes(i ? w.afterComma : w.json) ?? waiting;
      }
      return s.bytes(CLOSE_ROW) ?? waiting;
    },
    end: async (summary) => {
      await s.write(`\n],"summary":${JSON.stringify(summary)}}\n`);
      await s.close();
    },
  };
}

export { csvLineWith };

export function csvWriter(out: string | undefined, lang: Lang): ReportWriter {
  const s = sink(out);
  const d = lang === 'fr' ? ';' : ',';
  const line = (cells: (string | number | null)[]) => s.write(`${csvLineWith(cells, d)}\r\n`);
  return {
    header: () =>
      s.write(
        `${lang === 'fr' ? '\uFEFF' : ''}${csvLineWith(lang === 'fr' ? ['ligne', 'référence', 'statut', 'erreurs', 'alertes', 'constats', 'articles'] : ['row', 'reference', 'status', 'errors', 'warnings', 'findings', 'articles'], d)}\r\n`,
      ),
    row: (number, _values, v) =>
      line([
        number,
        v.reference,
        STATUS[lang][v.status],
        v.findings.filter((f) => f.severity === 'error').length,
        v.findings.filter((f) => f.severity === 'warning').length,
        shown(v).map((f) => `${f.code}: ${f.message[lang]}`).join(' | '),
        [...new Set(shown(v).flatMap((f) => f.articles))].join(' '),
      ]),
    end: async () => s.close(),
  };
}

export function tableWriter(lang: Lang): ReportWriter {
  const s = sink(undefined);
  return {
    header: () => undefined,
    row: async (number, _values, v) => {
      const list = shown(v);
      if (v.status === 'ok' && list.length === 0) return;
      await s.write(`${lang === 'fr' ? 'Ligne' : 'Row'} ${number}${v.reference ? ` (${v.reference})` : ''}${lang === 'fr' ? ' : ' : ': '}${STATUS[lang][v.status]}\n`);
      for (const f of list) await s.write(`   ${findingText(f, lang)}\n`);
    },
    end: async () => undefined,
  };
}

// ---------------------------------------------------------------------------------------------- xlsx

const ARGB = { error: 'FFFFC7CE', warning: 'FFFFEB9C', ok: 'FFC6EFCE', header: 'FFD9E1F2', skipped: 'FFEDEDED' } as const;
const fill = (argb: string) => ({ type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb } });
const DATE_FORMAT = 'dd/mm/yyyy';
const DECIMAL_COMMA = /^-?\d{1,3}(?:[ \u00a0\u202f]?\d{3})*,\d+$/;
const EURO_FORMAT = '#,##0.00 "€"';

type ExcelJSModule = typeof import('exceljs');
type Worksheet = import('exceljs').Worksheet;
type Row = import('exceljs').Row;

type Cell = import('exceljs').Cell;

/**
 * Sets style properties of one cell only. Cells read from a file share style objects (every date cell of
 * a column often has the same one), so the style is copied before it is changed.
 */
function restyle(cell: Cell, patch: Partial<import('exceljs').Style>): void {
  cell.style = { ...cell.style, ...patch };
}

interface Judged {
  verdict?: RowVerdict;
  skipped?: SkippedRow;
}

/** Writes status, findings and colours on one row of the report. */
function annotate(row: Row, j: Judged, match: HeaderMatch, statusCol: number, lang: Lang): void {
  const status = row.getCell(statusCol);
  const findings = row.getCell(statusCol + 1);
  restyle(findings, { alignment: { wrapText: true, vertical: 'top' } });
  if (j.skipped) {
    status.value = NOT_JUDGED[lang];
    restyle(status, { alignment: { vertical: 'top' }, fill: fill(ARGB.skipped) });
    findings.value = j.skipped.reason === 'total' ? (lang === 'fr' ? 'Ligne de total : pas un contrat' : 'Total row: not a contract') : lang === 'fr' ? 'Aucune valeur de contrat : pas un contrat' : 'No contract value: not a contract';
    return;
  }
  const v = j.verdict!;
  status.value = STATUS[lang][v.status];
  restyle(status, { alignment: { vertical: 'top' }, fill: fill(ARGB[v.status]) });
  findings.value = shown(v).map((f) => findingText(f, lang)).join('\n') || null;
  const painted = new Map<number, 'error' | 'warning'>();
  for (const f of v.findings) {
    if (f.severity === 'info' || !f.field) continue;
    const col = match.columns[f.field];
    if (col === undefined || painted.get(col) === 'error') continue;
    painted.set(col, f.severity);
  }
  for (const [col, sev] of painted) restyle(row.getCell(col + 1), { fill: fill(ARGB[sev]) });
}

function styleHeader(ws: Worksheet, headerRow: number, statusCol: number, lang: Lang): void {
  const row = ws.getRow(headerRow);
  row.getCell(statusCol).value = OWNED_HEADERS[lang][0];
  row.getCell(statusCol + 1).value = OWNED_HEADERS[lang][1];
  for (const c of [statusCol, statusCol + 1]) restyle(row.getCell(c), { font: { bold: true }, fill: fill(ARGB.header), alignment: { vertical: 'top', wrapText: true } });
}

function finishSheet(ws: Worksheet, headerRow: number, statusCol: number): void {
  ws.getColumn(statusCol).width = 12;
  ws.getColumn(statusCol + 1).width = 90;
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }];
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: statusCol + 1 } };
}

/** « Synthèse »: what was read, counts by status and by finding, rows not judged, checks not made. */
function addSummarySheet(wb: import('exceljs').Workbook, summary: ReportSummary, columns: ColumnsReport, byCode: Map<string, { severity: string; count: number; example: string; articles: Set<string> }>, lang: Lang): void {
  const fr = lang === 'fr';
  const ws = wb.addWorksheet(fr ? 'Synthèse' : 'Summary');
  ws.columns = [{ width: 34 }, { width: 14 }, { width: 90 }, { width: 24 }];
  const title = (text: string) => {
    const r = ws.addRow([text]);
    r.font = { bold: true, size: 12 };
  };
  const head = (cells: string[]) => {
    const r = ws.addRow(cells);
    r.font = { bold: true };
    r.eachCell((c) => (c.fill = fill(ARGB.header)));
  };
  title(fr ? 'Contrats vérifiés par statut' : 'Contracts checked by status');
  head([fr ? 'Statut' : 'Status', fr ? 'Contrats' : 'Contracts']);
  for (const s of ['ok', 'warning', 'error'] as const) ws.addRow([STATUS[lang][s], summary[s]]).getCell(1).fill = fill(ARGB[s]);
  ws.addRow([fr ? 'Total' : 'Total', summary.rows]).font = { bold: true };
  ws.addRow([]);
  title(fr ? 'Constats par code' : 'Findings by code');
  head([fr ? 'Code' : 'Code', fr ? 'Contrats' : 'Contracts', fr ? 'Exemple' : 'Example', 'Articles']);
  for (const [code, c] of [...byCode.entries()].sort((a, b) => b[1].count - a[1].count)) {
    const r = ws.addRow([code, c.count, c.example, [...c.articles].join(', ')]);
    r.getCell(1).fill = fill(c.severity === 'error' ? ARGB.error : ARGB.warning);
    r.getCell(3).alignment = { wrapText: true, vertical: 'top' };
  }
  ws.addRow([]);
  title(fr ? 'Colonnes lues' : 'Columns read');
  head([fr ? 'Champ' : 'Field', fr ? 'Colonne' : 'Column', fr ? 'En-tête' : 'Header']);
  for (const c of columns.recognised) ws.addRow([c.label[lang], c.column, c.header]);
  if (columns.ignored.length) {
    ws.addRow([]);
    title(fr ? 'Colonnes ignorées' : 'Columns ignored');
    head([fr ? 'En-tête' : 'Header', fr ? 'Colonne' : 'Column', fr ? 'Raison' : 'Reason']);
    const reason = (r: string, fields?: string[]) => {
      const f = (fields ?? []).map((x) => FIELD_SPECS.get(x)?.[lang] ?? x).join(fr ? ' ou ' : ' or ');
      if (r === 'ambiguous') return fr ? `ambiguë : ${f}` : `ambiguous: ${f}`;
      if (r === 'duplicate') return fr ? `${f} déjà lu dans une autre colonne` : `${f} already read from another column`;
      if (r === 'informational') return fr ? 'lue par aucun contrôle' : 'read by no check';
      if (r === 'mapped_ignore') return fr ? 'ignorée à votre demande' : 'ignored as you asked';
      return fr ? 'non reconnue' : 'not recognised';
    };
    for (const c of columns.ignored) ws.addRow([c.header, c.column, reason(c.reason, c.fields)]);
  }
  if (summary.not_checked.length) {
    ws.addRow([]);
    title(fr ? 'Contrôles non effectués faute de colonne' : 'Checks not made for want of a column');
    for (const c of summary.not_checked) ws.addRow([c.label[lang], '', c.articles.join(', ')]);
  }
  if (summary.skipped.length) {
    ws.addRow([]);
    title(fr ? 'Lignes non jugées (pas des contrats)' : 'Rows not judged (not contracts)');
    head([fr ? 'Ligne' : 'Row', fr ? 'Raison' : 'Reason', fr ? 'Contenu' : 'Content']);
    for (const s of summary.skipped) ws.addRow([s.row, s.reason === 'total' ? (fr ? 'total' : 'total') : fr ? 'aucune valeur de contrat' : 'no contract value', s.text]);
  }
}

function tally(byCode: Map<string, { severity: string; count: number; example: string; articles: Set<string> }>, v: RowVerdict, lang: Lang): void {
  const seen = new Set<string>();
  for (const f of shown(v)) {
    if (seen.has(f.code)) continue;
    seen.add(f.code);
    const c = byCode.get(f.code) ?? { severity: f.severity, count: 0, example: f.message[lang], articles: new Set<string>() };
    c.count++;
    for (const a of f.articles) c.articles.add(a);
    byCode.set(f.code, c);
  }
}

/**
 * The xlsx report. From an xlsx source, the source workbook itself is re-opened and annotated, so every
 * format, formula, width and merged title survives; from a CSV, a workbook is streamed with dates and
 * amounts typed and formatted.
 */
export async function xlsxWriter(out: string, sourcePath: string, kind: 'csv' | 'xlsx', sheetName: string, lang: Lang): Promise<ReportWriter> {
  const ExcelJS = (await import('exceljs')).default as unknown as ExcelJSModule;
  const byCode = new Map<string, { severity: string; count: number; example: string; articles: Set<string> }>();
  return kind === 'xlsx' ? annotatedCopy(ExcelJS, out, sourcePath, sheetName, lang, byCode) : streamedFromCsv(ExcelJS, out, sheetName, lang, byCode);
}

function annotatedCopy(ExcelJS: ExcelJSModule, out: string, sourcePath: string, sheetName: string, lang: Lang, byCode: Map<string, { severity: string; count: number; example: string; articles: Set<string> }>): ReportWriter {
  const judged = new Map<number, Judged>();
  let match: HeaderMatch;
  let columns: ColumnsReport;
  let headerRow = 1;
  let width = 0;
  return {
    header: (values, m, n, c) => {
      match = m;
      columns = c;
      headerRow = n;
      width = values.length;
    },
    row: (number, _values, verdict) => {
      judged.set(number, { verdict });
      tally(byCode, verdict, lang);
    },
    skipped: (number, _values, skipped) => void judged.set(number, { skipped }),
    end: async (summary) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(sourcePath);
      const ws = wb.getWorksheet(sheetName) ?? wb.worksheets[0];
      // Columns this report wrote before are written again in place, never duplicated.
      const header = ws.getRow(headerRow);
      let statusCol = 0;
      header.eachCell((cell, col) => {
        const t = String(cell.value ?? '').trim();
        if (!statusCol && (t === OWNED_HEADERS.fr[0] || t === OWNED_HEADERS.en[0])) statusCol = col;
      });
      if (!statusCol) statusCol = Math.max(width, ws.columnCount, ws.actualColumnCount) + 1;
      styleHeader(ws, headerRow, statusCol, lang);
      for (const [number, j] of judged) annotate(ws.getRow(number), j, match, statusCol, lang);
      finishSheet(ws, headerRow, statusCol);
      addSummarySheet(wb, summary, columns, byCode, lang);
      await wb.xlsx.writeFile(out);
    },
  };
}

function streamedFromCsv(ExcelJS: ExcelJSModule, out: string, sheetName: string, lang: Lang, byCode: Map<string, { severity: string; count: number; example: string; articles: Set<string> }>): ReportWriter {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useStyles: true, useSharedStrings: false });
  let ws: import('exceljs').Worksheet;
  let match: HeaderMatch;
  let columns: ColumnsReport;
  let width = 0;
  let headerRow = 1;
  const kinds = new Map<number, string>();
  const typed = (values: RawCell[]) =>
    values.map((v, c) => {
      const k = kinds.get(c);
      if (k === 'date') {
        const d = readDate(v);
        if (d) return new Date(`${d}T00:00:00Z`);
      } else if (k === 'money' || k === 'number') {
        const n = readDecimal(v);
        if (n) return Number(n.toString()); // the source's own figure, shown as a number (never computed with)
      } else if (typeof v === 'string' && DECIMAL_COMMA.test(v.trim())) {
        return Number(readDecimal(v)!.toString()); // "17 400,00" in a column no check reads
      }
      return v === undefined ? null : v;
    });
  const format = (row: Row) => {
    for (const [c, k] of kinds) if (k === 'date' || k === 'money') restyle(row.getCell(c + 1), { numFmt: k === 'date' ? DATE_FORMAT : EURO_FORMAT });
  };
  return {
    header: (values, m, n, c, above) => {
      match = m;
      columns = c;
      width = values.length;
      headerRow = n;
      for (const [field, col] of Object.entries(m.columns)) kinds.set(col, FIELD_SPECS.get(field)!.kind);
      const statusCol = width + 1;
      // A streamed sheet's views are written with its first row: they are given when it is created.
      ws = wb.addWorksheet(sheetName.slice(0, 31) || 'Contrats', { views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }] });
      ws.columns = [...values.map((h) => ({ width: Math.min(40, Math.max(10, String(h ?? '').length + 2)) })), { width: 12 }, { width: 90 }];
      ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: statusCol + 1 } };
      for (const r of above) ws.getRow(r.number).values = r.values as never;
      const row = ws.getRow(headerRow);
      row.values = values as never;
      row.font = { bold: true };
      styleHeader(ws, headerRow, statusCol, lang);
      row.commit();
    },
    row: (number, values, verdict) => {
      const row = ws.getRow(number);
      row.values = typed(values) as never;
      format(row);
      annotate(row, { verdict }, match, width + 1, lang);
      tally(byCode, verdict, lang);
      row.commit();
    },
    skipped: (number, values, skipped) => {
      const row = ws.getRow(number);
      row.values = typed(values) as never;
      format(row);
      annotate(row, { skipped }, match, width + 1, lang);
      row.commit();
    },
    end: async (summary) => {
      ws.commit();
      addSummarySheet(wb as unknown as import('exceljs').Workbook, summary, columns, byCode, lang);
      await wb.commit();
    },
  };
}

export type { Summary };
