/**
 * Writing a validation report, streamed row by row: JSON exactly as design.md §6
 * (`{ rows: [{ row, reference, status, findings }], summary }`), a CSV of verdicts, a readable table, or the
 * original sheet as xlsx with the status and findings columns added and faulty cells coloured.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import type { Finding, HeaderMatch, RawCell, RowVerdict, Summary } from '@formapro/core';
import { csvLine } from '../io.js';
import type { Lang } from '../lang.js';

export type Format = 'json' | 'csv' | 'xlsx' | 'table';

export interface ReportWriter {
  header(values: RawCell[], match: HeaderMatch, rowNumber: number): Promise<void> | void;
  /** A data row: its original values and its verdict. */
  row(number: number, values: RawCell[], verdict: RowVerdict): Promise<void> | void;
  end(summary: Summary): Promise<void>;
}

/** Owned columns, named as the task pane names them (it finds them again by these headers). */
export const OWNED_HEADERS = { fr: ['Statut FormaPro', 'Constats FormaPro'], en: ['FormaPro status', 'FormaPro findings'] };
const STATUS = { fr: { ok: 'OK', warning: 'Attention', error: 'Erreur' }, en: { ok: 'OK', warning: 'Warning', error: 'Error' } };

export function findingText(f: Finding, lang: Lang): string {
  const arts = f.articles.length ? ` [${f.articles.join(', ')}]` : '';
  return `${f.severity === 'error' ? '✖' : f.severity === 'warning' ? '⚠' : 'ℹ'} ${f.message[lang]}${arts}`;
}

function sink(out: string | undefined): { write(s: string): Promise<void>; close(): Promise<void> } {
  const stream = (out ? createWriteStream(out) : process.stdout) as NodeJS.WritableStream;
  return {
    write: (s) =>
      new Promise<void>((resolve) => {
        if (stream.write(s)) resolve();
        else stream.once('drain', () => resolve());
      }),
    close: () => (out ? new Promise((resolve) => (stream as WriteStream).end(resolve)) : Promise.resolve()),
  };
}

export function jsonWriter(out: string | undefined): ReportWriter {
  const s = sink(out);
  let first = true;
  return {
    header: () => s.write('{"rows":['),
    row: (number, _values, v) => {
      const text = `${first ? '\n' : ',\n'}${JSON.stringify({ row: number, reference: v.reference, status: v.status, findings: v.findings })}`;
      first = false;
      return s.write(text);
    },
    end: async (summary) => {
      await s.write(`\n],"summary":${JSON.stringify(summary)}}\n`);
      await s.close();
    },
  };
}

export function csvWriter(out: string | undefined, lang: Lang): ReportWriter {
  const s = sink(out);
  return {
    header: () => s.write(`${csvLine(lang === 'fr' ? ['ligne', 'reference', 'statut', 'erreurs', 'alertes', 'constats', 'articles'] : ['row', 'reference', 'status', 'errors', 'warnings', 'findings', 'articles'])}\n`),
    row: (number, _values, v) =>
      s.write(
        `${csvLine([
          number,
          v.reference,
          v.status,
          v.findings.filter((f) => f.severity === 'error').length,
          v.findings.filter((f) => f.severity === 'warning').length,
          v.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}: ${f.message[lang]}`).join(' | '),
          [...new Set(v.findings.flatMap((f) => f.articles))].join(' '),
        ])}\n`,
      ),
    end: async () => s.close(),
  };
}

export function tableWriter(lang: Lang): ReportWriter {
  const s = sink(undefined);
  return {
    header: () => undefined,
    row: async (number, _values, v) => {
      const shown = v.findings.filter((f) => f.severity !== 'info');
      if (v.status === 'ok' && shown.length === 0) return;
      await s.write(`${lang === 'fr' ? 'Ligne' : 'Row'} ${number}${v.reference ? ` (${v.reference})` : ''}: ${STATUS[lang][v.status]}\n`);
      for (const f of shown) await s.write(`   ${findingText(f, lang)}\n`);
    },
    end: async () => undefined,
  };
}

const FILL = { error: 'FFFFC7CE', warning: 'FFFFEB9C', ok: 'FFC6EFCE' } as const;

export async function xlsxWriter(out: string, sheetName: string, lang: Lang): Promise<ReportWriter> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(sheetName.slice(0, 31) || 'Contrats');
  let match: HeaderMatch | undefined;
  let width = 0;
  const fill = (argb: string) => ({ type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb } });
  return {
    header: (values, m) => {
      match = m;
      width = values.length;
      const row = ws.addRow([...values, ...OWNED_HEADERS[lang]]);
      row.font = { bold: true };
      row.commit();
    },
    row: (_number, values, v) => {
      const padded = values.length < width ? [...values, ...new Array(width - values.length).fill(null)] : values;
      const row = ws.addRow([...padded, STATUS[lang][v.status], v.findings.filter((f) => f.severity !== 'info').map((f) => findingText(f, lang)).join('\n')]);
      const statusCell = row.getCell(Math.max(width, values.length) + 1);
      statusCell.fill = fill(FILL[v.status]);
      for (const f of v.findings) {
        if (f.severity !== 'error' || !f.field || !match) continue;
        const col = match.columns[f.field];
        if (col !== undefined) row.getCell(col + 1).fill = fill(FILL.error);
      }
      row.commit();
    },
    end: async () => {
      ws.commit();
      await wb.commit();
    },
  };
}
