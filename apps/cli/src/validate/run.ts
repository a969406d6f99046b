/**
 * `formapro validate`: reads a sheet row by row, finds its header row (below any title rows) and its
 * columns, says on stderr what it read, judges each contract with the core's engine, writes the report as
 * it goes, prints a summary. Exit 0: no row in error; 1: some rows in error; 2: the file cannot be read,
 * the mapping is wrong, or a required column is missing (then no contract is judged at all).
 */
import {
  classifyRow,
  columnsLines,
  count,
  describeColumns,
  detectHeaderRow,
  emptySummary,
  HEADER_SCAN_ROWS,
  isBlank,
  MappingError,
  matchHeaders,
  missingRequiredText,
  skippedRow,
  skippedText,
  validateRow,
  type ColumnMapping,
  type ColumnsReport,
  type HeaderMatch,
  type IsoDate,
  type RawCell,
  type SkippedRow,
  type Summary,
} from '@formapro/core';
import { openSheet, UnreadableFile, type SheetRow } from './read.js';
import { csvWriter, jsonWriter, tableWriter, xlsxWriter, type Format, type ReportWriter } from './write.js';
import type { Lang } from '../lang.js';

export interface ValidateRun {
  file: string;
  sheet?: string;
  asOf?: IsoDate;
  format: Format;
  out?: string;
  lang: Lang;
  /** Explicit columns (`--map`, `--mapping`) and header row (`--header-row`). */
  mapping?: ColumnMapping;
  /** Progress on stderr (a terminal only). */
  progress?: boolean;
  /** Where the lines about the columns and the skipped rows go (stderr). */
  say?: (line: string) => void;
}

/** The summary of a report: counts, plus the rows not judged and the checks not made. */
export interface ReportSummary extends Summary {
  skipped: SkippedRow[];
  not_checked: ColumnsReport['not_checked'];
}

export interface ValidateResult {
  exitCode: 0 | 1 | 2;
  summary?: ReportSummary;
  columns?: ColumnsReport;
  message?: string;
}

export async function runValidate(opts: ValidateRun): Promise<ValidateResult> {
  const say = opts.say ?? ((line: string) => process.stderr.write(`${line}\n`));
  const fr = opts.lang === 'fr';
  try {
    const source = await openSheet(opts.file, { sheet: opts.sheet });
    const mapping = opts.mapping ?? {};
    let writer: ReportWriter | undefined;
    let match: HeaderMatch | undefined;
    let columns: ColumnsReport | undefined;
    const summary: ReportSummary = { ...emptySummary(), skipped: [], not_checked: [] };
    let bar: { update(n: number, p?: object): void; stop(): void } | undefined;
    let ticks = 0;
    // The rows above the header (titles) are kept to be copied into the xlsx report.
    const head: SheetRow[] = [];

    const start = async (header: SheetRow) => {
      try {
        match = matchHeaders(header.values, mapping);
      } catch (e) {
        if (e instanceof MappingError) throw new UnreadableFile(e.text[opts.lang]);
        throw e;
      }
      columns = describeColumns(match, header.number);
      summary.not_checked = columns.not_checked;
      const missing = match.missingRequired.length ? missingRequiredText(columns, opts.lang) : null;
      for (const line of columnsLines(columns, opts.lang)) if (line !== missing) say(line);
      if (missing) throw new UnreadableFile(missing);
      writer = opts.format === 'json' ? jsonWriter(opts.out) : opts.format === 'csv' ? csvWriter(opts.out, opts.lang) : opts.format === 'xlsx' ? await xlsxWriter(opts.out!, opts.file, source.kind, source.sheetName, opts.lang) : tableWriter(opts.lang);
      await writer.header(header.values, match, header.number, columns, head);
      if (opts.progress) bar = await progressBar(source.size, source.kind, opts.lang);
    };

    // A promise only when the writer must wait (a full buffer): the rows of a batch are judged without a turn of the event loop each.
    const judge = ({ number, values }: SheetRow): Promise<void> | void => {
      const kind = classifyRow(values, match!);
      if (kind === 'blank') return;
      if (kind !== 'contract') {
        const s = skippedRow(number, values, kind);
        if (summary.skipped.length < 1000) summary.skipped.push(s);
        return writer!.skipped?.(number, values, s);
      }
      const verdict = validateRow(values, match!, { asOf: opts.asOf });
      count(summary, verdict);
      if (bar && ++ticks % 500 === 0) bar.update(source.bytesRead() ?? summary.rows, { rows: summary.rows });
      return writer!.row(number, values, verdict);
    };

    // Until the header is known, rows are held (at most HEADER_SCAN_ROWS): titles and blank rows come first.
    // A row is let go of by its batch as soon as it is taken, so that a judged row dies young (it is not kept
    // until the whole batch is judged, surviving into the old generation: a larger heap at peak).
    for await (const batch of source.batches())
      for (let i = 0; i < batch.length; i++) {
        const row = batch[i];
        batch[i] = undefined as never;
        if (match) {
          const waiting = judge(row);
          if (waiting) await waiting;
          continue;
        }
        if (mapping.headerRow !== undefined) {
          if (row.number < mapping.headerRow) head.push(row);
          else if (row.number === mapping.headerRow) await start(row);
          else {
            await start({ number: mapping.headerRow, values: [] });
            await judge(row);
          }
          continue;
        }
        head.push(row);
        if (head.length >= HEADER_SCAN_ROWS) {
          const rows = head.splice(0);
          await startFrom(rows);
        }
      }
    if (!match && head.length) await startFrom(head.splice(0));
    async function startFrom(rows: SheetRow[]) {
      const filled = rows.filter((r) => !r.values.every(isBlank));
      if (!filled.length) return;
      const h = detectHeaderRow(rows.map((r) => r.values), mapping);
      head.push(...rows.slice(0, h));
      await start(rows[h]);
      for (const r of rows.slice(h + 1)) await judge(r);
    }
    bar?.stop();
    if (!match || !writer) throw new UnreadableFile(fr ? 'aucune ligne d’en-tête : le fichier est vide' : 'no header row: the file is empty');
    await writer.end(summary);
    const skipped = skippedText(summary.skipped, opts.lang);
    if (skipped) say(skipped);
    return { exitCode: summary.error > 0 ? 1 : 0, summary, columns };
  } catch (e) {
    if (e instanceof UnreadableFile) return { exitCode: 2, message: e.message };
    return { exitCode: 2, message: fr ? `échec inattendu à la lecture de ${opts.file} : ${(e as Error).message}` : `unexpected failure while reading ${opts.file}: ${(e as Error).message}` };
  }
}

async function progressBar(total: number, kind: 'csv' | 'xlsx', lang: Lang) {
  const { SingleBar, Presets } = (await import('cli-progress')).default;
  const rows = lang === 'fr' ? 'lignes' : 'rows';
  const bar = new SingleBar(
    { format: kind === 'csv' ? ` {bar} {percentage}% | {rows} ${rows}` : ` {rows} ${lang === 'fr' ? 'lignes vérifiées' : 'rows validated'}`, hideCursor: true, stream: process.stderr, clearOnComplete: true },
    Presets.shades_classic,
  );
  bar.start(kind === 'csv' ? total : 0, 0, { rows: 0 });
  return bar;
}

/** The last line: counts, and what "OK" did not cover when checks could not be made. */
export function summaryLine(s: Summary & Partial<Pick<ReportSummary, 'not_checked'>>, file: string, lang: Lang): string {
  const counts =
    lang === 'fr'
      ? `${s.rows} contrats : ${s.ok} OK, ${s.warning} avec alertes, ${s.error} en erreur (${file})`
      : `${s.rows} contracts: ${s.ok} ok, ${s.warning} with warnings, ${s.error} with errors (${file})`;
  if (!s.not_checked?.length) return counts;
  const labels = s.not_checked.map((c) => c.label[lang]).join(', ');
  return lang === 'fr' ? `${counts}\nOK = aucune anomalie dans les contrôles effectués ; non effectués faute de colonne : ${labels}.` : `${counts}\nOK = no fault found in the checks made; not made for want of a column: ${labels}.`;
}

export type { RawCell };
