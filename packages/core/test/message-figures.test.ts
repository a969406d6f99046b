/**
 * Figures quoted inside a message come from the same computation as the figure they explain: the
 * salary finding quotes the hourly SMIC and the monthly hours the minimum was computed with, so the
 * arithmetic a reader does on the message gives the minimum it states, to the cent (rounded up, D6325-15).
 */
import { describe, expect, it } from 'vitest';
import { matchHeaders, validateRow, type RawCell } from '../src/index.js';

const HEADER = ['Date de naissance', 'Diplôme', 'Date de début', 'Date de fin', 'Salaire brut mensuel', 'Heures de formation', 'Durée hebdomadaire'];
const match = matchHeaders(HEADER);
const salaryFindings = (cells: RawCell[]) => validateRow(cells, match).findings.filter((f) => f.code === 'SALARY_BELOW_MINIMUM');

/** Reads "55 % … 12,31 € de l'heure × 151 2/3 h par mois … minimum de 1 026,86 €" back into numbers. */
function readFr(message: string): { rate: number; hourly: number; hours: number; minimum: number } {
  const num = (s: string) => Number(s.replace(/[\s\u202f]/g, '').replace(',', '.'));
  const rate = num(/(\d+(?:,\d+)?) % du SMIC/.exec(message)![1]) / 100;
  const hourly = num(/SMIC : ([\d\u202f,]+) € de l'heure/.exec(message)![1]);
  const perMonth = /× 151 2\/3 h par mois/.test(message);
  const weekly = perMonth ? 35 : num(/× ([\d,]+) h par semaine × 52\/12/.exec(message)![1]);
  const minimum = num(/minimum de ([\d\u202f,]+) €/.exec(message)![1]);
  return { rate, hourly, hours: (weekly * 52) / 12, minimum };
}

/** Rounded up to the cent, in integer arithmetic on hundredths of a cent (no float drift near the cent). */
const upToCent = (x: number) => Math.ceil(Math.round(x * 1e6) / 1e4) / 100;

describe('the salary finding explains its own figure', () => {
  it('June 2026, SMIC 12.31 €/h: 55 % × 12.31 × 151 2/3 = 1,026.859… → 1 026,86 €, and the message quotes 12,31 € × 151 2/3 h (not the monthly 1 867,02 €, whose 55 % is 1 026,87)', () => {
    const [f] = salaryFindings(['2007-01-10', 'aucun', '2026-06-01', '2027-05-31', 900, 300, 35]);
    expect(f.message.fr).toContain('1\u202f026,86 €');
    expect(f.message.fr).toContain("55 % du SMIC : 12,31 € de l'heure × 151 2/3 h par mois");
    expect(f.message.en).toContain('55 % of the SMIC: €12.31 an hour × 151 2/3 h a month');
    expect(f.message.fr).not.toContain('1\u202f867,02');
    const r = readFr(f.message.fr);
    expect(upToCent(r.rate * r.hourly * r.hours)).toBe(r.minimum);
  });

  for (const [birth, start, weekly] of [
    ['2005-03-10', '2024-09-02', 35],
    ['2003-12-20', '2024-09-02', 35],
    ['2006-01-01', '2023-05-02', 28],
    ['2004-07-31', '2024-11-04', 24.5],
  ] as const)
    it(`born ${birth}, from ${start}, ${weekly} h a week: every salary finding's figures give the minimum it states`, () => {
      const end = `${Number(start.slice(0, 4)) + 1}${start.slice(4, 8)}01`;
      const fs = salaryFindings([birth, 'aucun', start, end, 500, 300, weekly]).filter((f) => /du SMIC :/.test(f.message.fr));
      expect(fs.length).toBeGreaterThan(0);
      for (const f of fs) {
        const r = readFr(f.message.fr);
        expect(upToCent(r.rate * r.hourly * r.hours), f.message.fr).toBe(r.minimum);
      }
    });
});
