/**
 * `formapro validate`: reads a sheet row by row, judges each contract with the core's engine, writes the
 * report as it goes (constant memory), prints a summary line. Exit 0: no row in error; 1: some rows in
 * error; 2: the file cannot be read (or lacks the required columns).
 */
import { count, emptySummary, FIELD_SPECS, isBlank, matchHeaders, validateRow, type HeaderMatch, type IsoDate, type Summary } from '@formapro/core';
import { openSheet, UnreadableFile } from './read.js';
import { csvWriter, jsonWriter, tableWriter, xlsxWriter, type Format, type ReportWriter } from './write.js';
import type { Lang } from '../lang.js';

export interface ValidateRun {
  file: string;
  sheet?: string;
  asOf?: IsoDate;
  format: Format;
  out?: string;
  lang: Lang;
  /** Progress on stderr (a terminal only). */
  progress?: boolean;
}

export interface ValidateResult {
  exitCode: 0 | 1 | 2;
  summary?: Summary;
  message?: string;
}

export async function runValidate(opts: ValidateRun): Promise<ValidateResult> {
  try {
    const source = await openSheet(opts.file, { sheet: opts.sheet });
    let writer: ReportWriter | undefined;
    let match: HeaderMatch | undefined;
    const summary = emptySummary();
    let bar: { update(n: number, p?: object): void; stop(): void } | undefined;
    let ticks = 0;
    for await (const { number, values } of source.rows()) {
      if (!match) {
        if (values.every(isBlank)) continue;
        match = matchHeaders(values);
        if (match.missingRequired.length) {
          const names = match.missingRequired.map((f) => `"${FIELD_SPECS.get(f)![opts.lang]}"`).join(', ');
          throw new UnreadableFile(
            opts.lang === 'fr'
              ? `colonnes obligatoires introuvables dans la ligne d'en-tête ${number} : ${names}`
              : `required columns not found in the header row ${number}: ${names}`,
          );
        }
        for (const d of match.duplicates) {
          const label = FIELD_SPECS.get(d.field)![opts.lang];
          const cols = d.columns.map((c) => c + 1).join(', ');
          process.stderr.write(
            opts.lang === 'fr'
              ? `formapro validate : « ${label} » figure dans plusieurs colonnes (${cols}) : la colonne ${d.columns[0] + 1} est utilisée, les autres sont ignorées\n`
              : `formapro validate: "${label}" appears in several columns (${cols}): column ${d.columns[0] + 1} is used, the others are ignored\n`,
          );
        }
        writer = opts.format === 'json' ? jsonWriter(opts.out) : opts.format === 'csv' ? csvWriter(opts.out, opts.lang) : opts.format === 'xlsx' ? await xlsxWriter(opts.out!, source.sheetName, opts.lang) : tableWriter(opts.lang);
        await writer.header(values, match, number);
        if (opts.progress) bar = await progressBar(source.size, source.kind);
        continue;
      }
      if (values.every(isBlank)) continue;
      const verdict = validateRow(values, match, { asOf: opts.asOf });
      count(summary, verdict);
      await writer!.row(number, values, verdict);
      if (bar && ++ticks % 500 === 0) bar.update(source.bytesRead() ?? summary.rows, { rows: summary.rows });
    }
    bar?.stop();
    if (!match || !writer) throw new UnreadableFile(opts.lang === 'fr' ? 'aucune ligne d’en-tête : le fichier est vide' : 'no header row: the file is empty');
    await writer.end(summary);
    return { exitCode: summary.error > 0 ? 1 : 0, summary };
  } catch (e) {
    if (e instanceof UnreadableFile) return { exitCode: 2, message: e.message };
    return { exitCode: 2, message: `unexpected failure while reading ${opts.file}: ${(e as Error).message}` };
  }
}

async function progressBar(total: number, kind: 'csv' | 'xlsx') {
  const { SingleBar, Presets } = (await import('cli-progress')).default;
  const bar = new SingleBar(
    { format: kind === 'csv' ? ' {bar} {percentage}% | {rows} rows' : ' {rows} rows validated', hideCursor: true, stream: process.stderr, clearOnComplete: true },
    Presets.shades_classic,
  );
  bar.start(kind === 'csv' ? total : 0, 0, { rows: 0 });
  return bar;
}

export function summaryLine(s: Summary, file: string, lang: Lang): string {
  return lang === 'fr'
    ? `${s.rows} contrats : ${s.ok} OK, ${s.warning} avec alertes, ${s.error} en erreur (${file})`
    : `${s.rows} contracts: ${s.ok} ok, ${s.warning} with warnings, ${s.error} with errors (${file})`;
}
