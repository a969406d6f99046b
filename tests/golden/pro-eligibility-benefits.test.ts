/** L6325-1-1 priority by months of jobseeker registration, and D6325-17 benefits in kind, by hand. */
import { describe, expect, it } from 'vitest';
import { dec, proBenefitsInKindDeduction, proEligibility } from '@formapro/core';

describe('L6325-1-1: jobseekers registered for more than one year are a priority public', () => {
  // 27 at the start, a registered jobseeker (L6325-1 2°)
  const at = (jobseekerMonths: number) => proEligibility({ birthDate: '1997-03-03', start: '2024-09-02', jobseeker: true, jobseekerMonths }).value;
  it('12 months registered → eligible, not priority; 12.5 and 13 → priority (more than 12), citing L6325-1-1', () => {
    expect([at(12).eligible, at(12).priority]).toEqual([true, false]);
    expect(at(12.5).priority).toBe(true);
    expect(at(13).priority).toBe(true);
    expect(proEligibility({ birthDate: '1997-03-03', start: '2024-09-02', jobseeker: true, jobseekerMonths: 13 }).articles).toContain('L6325-1-1');
  });
  it('a stated "over one year" wins over a month count', () => {
    expect(proEligibility({ birthDate: '1997-03-03', start: '2024-09-02', jobseeker: true, jobseekerOver1y: false, jobseekerMonths: 20 }).value.priority).toBe(false);
  });
});

describe('D6325-17: benefits in kind deducted within 75 % of the ordinary deduction and ¾ of the salary', () => {
  const cap = (ordinary: string, salary: string) => proBenefitsInKindDeduction({ ordinaryDeduction: dec(ordinary), salary: dec(salary), date: '2024-09-01' });
  it('ordinary deduction 200 €, salary 1,200 €: min(0.75 × 200 = 150, 0.75 × 1,200 = 900) = 150 (the deduction binds)', () => {
    expect([cap('200', '1200').value.maximum.toString(), cap('200', '1200').value.limitedBy]).toEqual(['150', 'deduction']);
    expect(cap('200', '1200').articles).toEqual(['D6325-17']);
  });
  it('ordinary deduction 1,000 €, salary 1,000.01 €: min(750, 750.0075) = 750; salary 999.99 €: 749.9925 → down to 749.99 (the salary binds)', () => {
    expect(cap('1000', '1000.01').value.maximum.toString()).toBe('750');
    expect([cap('1000', '999.99').value.maximum.toString(), cap('1000', '999.99').value.limitedBy]).toEqual(['749.99', 'salary']);
  });
  it('a negative amount is refused, naming it; before D6325-17 (2008-05-01) there is no law', () => {
    expect(() => cap('-1', '1000')).toThrow(/-1/);
    expect(() => proBenefitsInKindDeduction({ ordinaryDeduction: dec(1), salary: dec(1), date: '2008-04-30' })).toThrow();
  });
});
