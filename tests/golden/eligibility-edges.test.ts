// Who may sign a contrat de professionnalisation (L6325-1) and who is a priority public (L6325-1-1), at the
// age and duration boundaries; and how the PTP function reads a waiver typed in a cell (D6323-9).
import { describe, expect, it } from 'vitest';
import { parseQualification, proEligibility } from '@formapro/core';
import { evaluate, FnError } from '@formapro/functions';

const elig = (birthDate: string, over: Partial<Parameters<typeof proEligibility>[0]> = {}) => {
  const r = proEligibility({ birthDate, start: '2024-09-02', ...over });
  return { ...r.value, priorityCited: r.articles.includes('L6325-1-1') };
};

describe('L6325-1 categories by age on the start day (2024-09-02)', () => {
  it('26 exactly and a jobseeker: 2°; 25 and a jobseeker: 1° (the youth category comes first)', () => {
    expect(elig('1998-09-02', { jobseeker: true })).toMatchObject({ eligible: true, category: '2°', age: 26 });
    expect(elig('1998-09-03', { jobseeker: true })).toMatchObject({ eligible: true, category: '1°', age: 25 });
  });
  it('a benefit (RSA, ASS, AAH, CUI): 3° and priority from 16; at 15 no contract at all', () => {
    expect(elig('2008-09-02', { benefit: 'RSA' })).toMatchObject({ eligible: true, category: '3°', priority: true, priorityCited: true, age: 16 });
    expect(elig('2008-09-03', { benefit: 'RSA' })).toMatchObject({ eligible: false, category: null, priority: false, age: 15 });
    expect(elig('2008-09-03')).toMatchObject({ eligible: false, category: null });
  });
});

describe('L6325-1-1 priority', () => {
  it('1° without a second-cycle diploma (none): priority; with a cap: not', () => {
    expect(elig('2004-01-01', { qualification: parseQualification('none') })).toMatchObject({ category: '1°', priority: true, priorityCited: true });
    expect(elig('2004-01-01', { qualification: parseQualification('cap') })).toMatchObject({ category: '1°', priority: false, priorityCited: false });
  });
  it('registered for more than 12 months: 13 months priority, 12 not; stated as such (over one year) alike', () => {
    expect(elig('1990-01-01', { jobseeker: true, jobseekerMonths: 13 })).toMatchObject({ category: '2°', priority: true });
    expect(elig('1990-01-01', { jobseeker: true, jobseekerMonths: 12 })).toMatchObject({ category: '2°', priority: false });
    expect(elig('1990-01-01', { jobseeker: true, jobseekerOver1y: true, jobseekerMonths: 3 })).toMatchObject({ priority: true });
    expect(elig('1990-01-01', { jobseeker: true })).toMatchObject({ priority: false });
  });
  it('not eligible: never priority, even registered for years', () => {
    expect(elig('1990-01-01', { jobseeker: false, jobseekerOver1y: true })).toMatchObject({ eligible: false, priority: false, priorityCited: false });
  });
});

describe('PTP_ELIGIBLE: the waiver as typed in a cell', () => {
  const run = (waiver: string | boolean) => {
    const v = evaluate('PTP_ELIGIBLE', [6, 6, 0, '', waiver, '2024-01-01']).value;
    return v instanceof FnError ? v.message : v;
  };
  it('no, non, faux, FALSE (spaces around) mean no waiver: not eligible with 6 months', () => {
    for (const w of ['no', ' non ', 'FAUX', false, '']) expect(run(w), String(w)).toBe(false);
  });
  it('a waiver by kind: oeth, licenciement, absence', () => {
    for (const w of ['oeth', 'licenciement', 'absence']) expect(run(w), w).toBe(true);
  });
  it('yes / TRUE alone does not say which waiver (D6323-9)', () => {
    for (const w of ['oui', ' yes', true]) expect(String(run(w)), String(w)).toMatch(/^waiver: TRUE does not say which waiver/);
  });
  it('words that only begin or end like yes or no are not read as such', () => {
    for (const w of ['nonsense', 'casino', 'yesterday', 'ayes']) expect(run(w), w).toBe(`waiver: ${JSON.stringify(w)} is not oeth, dismissal or absence`);
  });
});
