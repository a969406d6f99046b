/**
 * Aide exceptionnelle for a contrat de professionnalisation (décrets 2023-1354 and 2024-392, decision
 * "hiring-aid-outside-the-code"): 6,000 € for the first year, holders under 30 at the start, a level up to 7,
 * contracts from 2023-01-01 to 2024-04-30. Boundaries: 29 / exactly 30; level 7 / 8; 2024-04-30 / 2024-05-01.
 */
import { describe, expect, it } from 'vitest';
import { dec, parseQualification, proCostSchedule } from '@formapro/core';

const cost = (birthDate: string, qualification: string, start = '2023-09-01', end = '2024-08-31') =>
  proCostSchedule({ birthDate, start, end, qualification: parseQualification(qualification)!, chargesRate: dec('0.2'), trainingHours: 300, hiringAid: true, conventionalMinimum: dec(2500) });
const aid = (r: ReturnType<typeof cost>) => [r.value.total.hiringAid.toString(), r.warnings.some((w) => w.code === 'HIRING_AID_NOT_DUE')];

describe('PRO hiring aid: 6,000 € over the first 12 months (500 € a month)', () => {
  it('29 at the start (30 the day after, 1993-09-02) → 6,000 €, 500 € in month 1 and month 12', () => {
    const r = cost('1993-09-02', 'licence');
    expect(aid(r)).toEqual(['6000', false]);
    expect(r.value.rows[0].hiringAid.toString()).toBe('500');
    expect(r.value.rows[11].hiringAid.toString()).toBe('500');
  });
  it('exactly 30 on the start day (born 1993-09-01) → refused: 0 € and HIRING_AID_NOT_DUE', () => {
    expect(aid(cost('1993-09-01', 'licence'))).toEqual(['0', true]);
  });
  it('level 7 (master) → 6,000 €; level 8 (doctorat) → refused', () => {
    expect(aid(cost('2000-01-15', 'master'))).toEqual(['6000', false]);
    expect(aid(cost('2000-01-15', 'doctorat'))).toEqual(['0', true]);
  });
  it('contract from 2024-04-30 → due; from 2024-05-01 (décret 2024-392) → refused', () => {
    expect(aid(cost('2000-01-15', 'licence', '2024-04-30', '2025-04-29'))[0]).toBe('6000');
    expect(aid(cost('2000-01-15', 'licence', '2024-05-01', '2025-04-30'))).toEqual(['0', true]);
  });
});
