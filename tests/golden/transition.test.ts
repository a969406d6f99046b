/** Projet de transition professionnelle: D6323-9 seniority and D6323-18-4 pay. */
import { describe, expect, it } from 'vitest';
import { evaluate, FnError, type CellValue } from '@formapro/functions';

const value = (name: string, ...args: CellValue[]) => evaluate(name, args).value;

describe('PTP seniority (D6323-9)', () => {
  it('G1 D6323-9 I: 30 months employee, 10 in the company, no CDD → not eligible', () => {
    expect(value('PTP_ELIGIBLE', 30, 10, 0, '', false, '2024-09-02')).toBe(false);
  });
  it('G2 D6323-9 III: start postponed so that company seniority is 12 months on the training start → eligible', () => {
    expect(value('PTP_ELIGIBLE', 32, 12, 0, '', false, '2024-11-02')).toBe(true);
  });
  it('G3 D6323-9 I al. 2: same as G1 with 7 months of sick leave in the 24 months (7 ≥ 6) → eligible, the absence waiver only from 2022-03-31', () => {
    expect(value('PTP_ELIGIBLE', 30, 10, 0, '', 'absence', '2024-09-02')).toBe(true);
    const before = evaluate('PTP_ELIGIBLE', [30, 10, 0, '', 'absence', '2022-03-30']);
    expect(before.value).toBe(false);
    expect(before.warnings.map((w) => w.code)).toContain('WAIVER_NOT_YET');
    expect(value('PTP_ELIGIBLE', 30, 10, 0, '', 'absence', '2022-03-31')).toBe(true);
  });
  it('D6323-9 (version 1.0, 2019): the waivers for disabled workers (OETH) and for people re-employed after a dismissal exist since 2019-01-01: 30 months, 10 in the company (10 < 12) → eligible on 2019-06-03 and 2022-03-30', () => {
    expect(value('PTP_ELIGIBLE', 30, 10, 0, '', 'oeth', '2019-06-03')).toBe(true);
    expect(value('PTP_ELIGIBLE', 30, 10, 0, '', 'dismissal', '2019-01-01')).toBe(true);
    expect(value('PTP_ELIGIBLE', 30, 10, 0, '', 'licenciement', '2022-03-30')).toBe(true);
    expect(value('PTP_ELIGIBLE', 30, 10, 0, '', 'handicap', '2024-09-02')).toBe(true);
    expect(evaluate('PTP_ELIGIBLE', [30, 10, 0, '', 'oeth', '2019-06-03']).warnings.map((w) => w.code)).not.toContain('WAIVER_NOT_YET');
  });
  it('D6323-9: TRUE alone does not say which waiver (their dates differ) → #VALUE! naming the argument; FALSE = none', () => {
    const e = value('PTP_ELIGIBLE', 30, 10, 0, '', true, '2024-09-02') as FnError;
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/^waiver: TRUE does not say which waiver/);
    expect(value('PTP_ELIGIBLE', 30, 10, 0, '', false, '2024-09-02')).toBe(false);
  });
  it('PTP-02 D6323-9 I 2°: 24 months in 5 years with 4 months of CDD in the last 12 → eligible; 3 months → not', () => {
    expect(value('PTP_ELIGIBLE', 24, 2, 4, 24, false, '2024-09-02')).toBe(true);
    expect(value('PTP_ELIGIBLE', 24, 2, 3, 24, false, '2024-09-02')).toBe(false);
  });
  it('before 2019 there was no PTP: #N/A; impossible months → #VALUE!', () => {
    expect((value('PTP_ELIGIBLE', 30, 12, 0, '', false, '2018-12-31') as FnError).code).toBe('#N/A');
    expect((value('PTP_ELIGIBLE', 30, 12, 13) as FnError).message).toMatch(/^months_cdd_last_12: /);
  });
});

describe('PTP pay (D6323-18-4)', () => {
  it('G5: SMR 3,000 €, 2024 (2 × SMIC = 3,533.84) → 100 %: 3,000 €', () => {
    expect(value('PTP_REMUNERATION', 3000, 1, '2024-09-01')).toBe(3000);
  });
  it('SMR 5,000 € > 2 × SMIC: 90 % in months 1–12 (4,500), 60 % from month 13 (3,000) raised to the 2 × SMIC floor', () => {
    expect(value('PTP_REMUNERATION', 5000, 12, '2024-09-01')).toBe(4500);
    expect(value('PTP_REMUNERATION', 5000, 13, '2024-09-01')).toBe(3533.84);
    expect(value('PTP_REMUNERATION', 8000, 13, '2024-09-01')).toBe(4800);
  });
  it('D6323-18-4 "à partir de la 1201e heure": hours done before the period: 1,199 → the hour paid is ≤ 1,200th → 90 % × 8,000 = 7,200; 1,200 done → the 1,201st hour on → 60 % × 8,000 = 4,800', () => {
    expect(value('PTP_REMUNERATION', 8000, 20, '2024-09-01', 0)).toBe(7200);
    expect(value('PTP_REMUNERATION', 8000, 20, '2024-09-01', 1199)).toBe(7200);
    expect(value('PTP_REMUNERATION', 8000, 20, '2024-09-01', 1200)).toBe(4800);
    expect(value('PTP_REMUNERATION', 8000, 1, '2024-09-01', 1201)).toBe(4800);
  });
  it('D6323-18-4 "jusqu\'à 2 SMIC": SMR exactly 2 × 1,766.92 = 3,533.84 → 100 % = 3,533.84 in any month; 3,533.85 (a cent above) → 90 % = 3,180.465 → raised to the floor 3,533.84; 60 % from month 13 → the floor too', () => {
    expect(value('PTP_REMUNERATION', 3533.84, 1, '2024-09-01')).toBe(3533.84);
    expect(value('PTP_REMUNERATION', 3533.84, 13, '2024-09-01')).toBe(3533.84);
    expect(value('PTP_REMUNERATION', 3533.83, 13, '2024-09-01')).toBe(3533.83); // below: 100 %, whatever the month
    expect(value('PTP_REMUNERATION', 3533.85, 1, '2024-09-01')).toBe(3533.84);
    expect(value('PTP_REMUNERATION', 3533.85, 13, '2024-09-01')).toBe(3533.84);
    // well above, the share shows: 90 % × 4,000 = 3,600 > 3,533.84
    expect(value('PTP_REMUNERATION', 4000, 1, '2024-09-01')).toBe(3600);
  });
  it('the floor follows the SMIC of the month: 2 × 1,801.80 = 3,603.60 from November 2024', () => {
    expect(value('PTP_REMUNERATION', 3600, 1, '2024-11-15')).toBe(3600);
    expect(value('PTP_REMUNERATION', 5000, 13, '2024-11-15')).toBe(3603.6);
  });
});
