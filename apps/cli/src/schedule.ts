/**
 * The monthly minimum table of a professionalisation contract, from PRO_SALARY_SCHEDULE (the same
 * function Excel spills), as an aligned table with a total line, CSV or JSON.
 */
import { daysInMonth, legifranceUrl, parseIso } from '@formapro/core';
import { date, evaluate, FnError, formatScalar, headerLabel, toPlain, DateValue, type CellValue, type Evaluation, type Matrix } from '@formapro/functions';
import { alignTable, csvDocument, dateText, monthText, tableNumber } from './io.js';
import { explainBlock } from './explain.js';
import { tr, type Lang } from './lang.js';

export interface ScheduleInput {
  birthDate: CellValue;
  start: CellValue;
  end: CellValue;
  qualification: CellValue;
  conventionalMinimum?: CellValue;
  weeklyHours?: CellValue;
  overtimeRate?: CellValue;
  proration?: CellValue;
}

export type ScheduleFormat = 'table' | 'csv' | 'json';

export interface Rendered {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export function scheduleEvaluation(input: ScheduleInput): Evaluation {
  return evaluate('PRO_SALARY_SCHEDULE', [input.birthDate, input.start, input.end, input.qualification, input.conventionalMinimum, input.weeklyHours, input.overtimeRate, input.proration]);
}

/** Whether the contract covers only part of the month starting on `month` (first or last month). */
function partial(month: string, start: string, end: string): boolean {
  const m = parseIso(month);
  if (!m) return false;
  const last = `${month.slice(0, 8)}${String(daysInMonth(m.y, m.m)).padStart(2, '0')}`;
  return start > month || end < last;
}

/** Sum of a column of cents-exact numbers, in cents so no float drift appears. */
function sumCents(values: number[]): number {
  return values.reduce((s, v) => s + Math.round(v * 100), 0) / 100;
}

export function renderSchedule(input: ScheduleInput, format: ScheduleFormat, lang: Lang): Rendered {
  const r = scheduleEvaluation(input);
  if (r.value instanceof FnError) {
    if (format === 'json') return { stdout: JSON.stringify({ error: r.value.code, message: r.value.text(lang) }, null, 2), stderr: '', exitCode: 1 };
    return { stdout: '', stderr: `${r.value.code} ${r.value.text(lang)}`, exitCode: 1 };
  }
  const m = r.value as Matrix;
  const [header, ...rows] = m;
  const col = (name: string) => header.indexOf(name);
  const iMonth = col('Month');
  const iMin = col('Minimum');
  const start = isoOf(input.start);
  const end = isoOf(input.end);
  const total = sumCents(rows.map((row) => Number(row[iMin])));
  const iDue = col('Due');
  const totalDue = sumCents(rows.map((row) => Number(row[iDue])));

  if (format === 'json') {
    const names = header.map((h) => String(h).toLowerCase());
    const out = {
      rows: rows.map((row) => Object.fromEntries(names.map((n, i) => [n, toPlain(row[i] as never)]))),
      total,
      totalDue,
      articles: r.articles.map((a) => ({ article: a, url: legifranceUrl(a) })),
      warnings: r.warnings,
    };
    return { stdout: JSON.stringify(out, null, 2), stderr: '', exitCode: 0 };
  }
  if (format === 'csv') {
    // French: Mois;Âge;Taux;SMIC;Minimum, 01/02/2024;21;0,55;1766,92;971,81 with a BOM (French Excel opens it as columns).
    const cell = (c: unknown) => (c instanceof DateValue ? dateText(c.iso, lang) : typeof c === 'number' ? c : formatScalar(c as never));
    return { stdout: csvDocument([header.map((h) => headerLabel(String(h), lang)), ...rows.map((row) => row.map(cell))], lang), stderr: '', exitCode: 0 };
  }

  let anyPartial = false;
  const table: string[][] = [header.map((h) => headerLabel(String(h), lang))];
  for (const row of rows) {
    const month = row[iMonth] instanceof DateValue ? (row[iMonth] as DateValue).iso : String(row[iMonth]);
    const isPartial = start && end ? partial(month, start, end) : false;
    anyPartial ||= isPartial;
    table.push(
      row.map((c, i) => {
        if (i === iMonth) return `${monthText(month, lang)}${isPartial ? '*' : ''}`;
        if (header[i] === 'Rate' && typeof c === 'number') return `${tableNumber(Math.round(c * 10000) / 100, lang)} %`;
        if ((header[i] === 'SMIC' || header[i] === 'Minimum' || header[i] === 'Due') && typeof c === 'number') return tableNumber(c, lang, 2);
        return formatScalar(c);
      }),
    );
  }
  const totalLabel = tr(lang, `Total (${rows.length} months)`, `Total (${rows.length} mois)`);
  const totalRow = header.map((_, i) => (i === 0 ? totalLabel : i === iMin ? tableNumber(total, lang, 2) : i === iDue ? tableNumber(totalDue, lang, 2) : ''));
  const numeric = header.map((h) => h !== 'Month');
  const body = alignTable([...table, totalRow], numeric).split('\n');
  const rule = '-'.repeat(Math.max(...body.map((l) => l.length)));
  const lines = [body[0], rule, ...body.slice(1, -1), rule, body[body.length - 1]];
  if (anyPartial)
    lines.push(
      tr(
        lang,
        '* month only partly covered by the contract: Minimum is the full monthly minimum, Due the part owed for the days covered (Days).',
        '* mois couvert en partie par le contrat : Minimum est le minimum mensuel complet, Dû la part due pour les jours couverts (Jours).',
      ),
    );
  lines.push('', explainBlock(r.articles, r.warnings, lang));
  return { stdout: lines.join('\n'), stderr: '', exitCode: 0 };
}

/** The contract's first/last day as ISO, read as the catalogue reads it (serial, ISO, JJ/MM/AAAA). */
function isoOf(given: CellValue): string {
  try {
    return date(given, 'date');
  } catch {
    return '';
  }
}
