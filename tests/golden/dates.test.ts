/**
 * The seven functions that used to read today's law silently now take an optional last `date` (issue 13).
 * The law store holds ONE version of each of their laws (PRO_RATES since 2008-05-01, read with L3121-20 from 2016-08-10, PRO_TRAINING_SHARE since
 * 2016-08-10, INDIVIDUAL_CONTRACT since 2008-05-01, OPCO_TUTOR_AID / OPCO_TUTOR_TRAINING since 2019-01-01,
 * HEADCOUNT_CROSSING since 2020-01-01): so two dates in force give the same answer, and a date before the
 * earliest version gives #N/A naming the date — which shows the date is really the one read. With the date
 * omitted, the clock (pinned here) decides.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluate, FnError, CATALOGUE, type CellValue } from '@formapro/functions';

const value = (name: string, ...args: CellValue[]) => evaluate(name, args).value;
const MONTHS: CellValue = [[11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11.4567]] as unknown as CellValue;
const YEARS: CellValue = [[11, 11.5, 12, 11, 11.2]] as unknown as CellValue;

/** name, arguments before the date, answer on two dates in force, a date before the store, its first day. */
const CASES: [string, CellValue[], number | boolean, [string, string], string, string][] = [
  // D6325-15; the rate goes through the minimum-pay computation, which also reads the weekly maximum (L3121-20, held from 2016-08-10)
  ['PRO_MIN_RATE', [20, 'bac pro'], 0.65, ['2017-03-01', '2024-06-15'], '2016-08-09', '2016-08-10'],
  ['PRO_TRAINING_HOURS', [12, '', ''], 273, ['2017-03-01', '2024-06-15'], '2016-08-09', '2016-08-10'], // L6325-13: max(15 % × 1,820 h, 150) = 273
  ['MAX_ADVANCE', [2000], 600, ['2010-01-01', '2024-06-15'], '2008-04-30', '2008-05-01'], // L6353-6: 30 %
  ['OPCO_TUTOR_AID', [8, 40, ''], 1380, ['2019-01-01', '2024-06-15'], '2018-12-31', '2019-01-01'], // D6332-93: 230 × 6
  ['OPCO_TUTOR_TRAINING', [50, 900], 600, ['2019-06-01', '2025-06-15'], '2018-12-31', '2019-01-01'], // D6332-92: 15 × 40
  ['AVERAGE_HEADCOUNT', [MONTHS], 11.03, ['2020-01-01', '2024-06-15'], '2019-12-31', '2020-01-01'], // R130-1 I CSS
  ['THRESHOLD_CROSSED', [YEARS, 11], true, ['2020-06-01', '2025-06-01'], '2019-12-31', '2020-01-01'], // L130-1 II CSS
];

afterEach(() => {
  vi.useRealTimers();
});

describe('an optional last `date` on the seven functions (EN/FR names, metadata from the catalogue)', () => {
  it.each(CASES.map((c) => [c[0], c] as const))('%s: its last parameter is an optional date, French name "date"', (name) => {
    const spec = CATALOGUE.find((s) => s.name === name)!;
    const last = spec.params[spec.params.length - 1];
    expect(last).toMatchObject({ name: 'date', fr: 'date', optional: true, type: 'any' });
    expect(last.description.en).toMatch(/default today/);
    expect(last.description.fr).toMatch(/par défaut aujourd'hui/);
  });

  it.each(CASES.map((c) => [c[0], c] as const))('%s: same answer on two dates of its one law version; #N/A the day before it, the answer on its first day', (_name, [name, args, expected, [d1, d2], before, first]) => {
    expect(value(name, ...args, d1)).toBe(expected);
    expect(value(name, ...args, d2)).toBe(expected);
    const e = value(name, ...args, before);
    expect(e).toBeInstanceOf(FnError);
    expect((e as FnError).code).toBe('#N/A');
    expect((e as FnError).message).toMatch(new RegExp(`^date: ${before} is outside`));
    expect(value(name, ...args, first)).toBe(expected);
  });

  it.each(CASES.map((c) => [c[0], c] as const))('%s: the date omitted is today (clock pinned before, then inside, the law)', (_name, [name, args, expected, , before]) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${before}T12:00:00`));
    expect((value(name, ...args) as FnError).code).toBe('#N/A');
    expect((value(name, ...args, '') as FnError).code).toBe('#N/A'); // "" is an omitted argument too
    vi.setSystemTime(new Date('2024-06-15T12:00:00'));
    expect(value(name, ...args)).toBe(expected);
  });

  it('a date that is not one is #VALUE! naming `date`', () => {
    const e = value('MAX_ADVANCE', 2000, 'hier') as FnError;
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/^date: /);
  });
});
