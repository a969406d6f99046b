// The hiring aids and the training participation of an apprenticeship, worked by hand from the amounts of
// each decree (L6243-1, D6243-2; L6332-14, R6332-25-1), at the boundaries of company size, diploma level, age
// and date. An aid is paid for each day of the contract year it covers; month amounts are cumulative roundings
// so that they add up to the aid exactly.
import { describe, expect, it } from 'vitest';
import { appCostSchedule, dec, parseQualification, type AppCostInput } from '@formapro/core';

const q = (code: string) => parseQualification(code)!;
const run = (over: Partial<AppCostInput>) =>
  appCostSchedule({ birthDate: '2005-01-10', start: '2025-03-03', end: '2026-03-02', trainingLevel: q('bac pro'), headcount: 10, chargesRate: dec(0), ...over });
const aid = (over: Partial<AppCostInput>) => run(over).value.total.hiringAid.toString();
const codes = (over: Partial<AppCostInput>) => run(over).warnings.map((w) => w.code).filter((c) => c !== 'UNVERIFIED');

describe('hiring aids, contracts concluded from 2025-02-24 (décret 2025-174, L6243-1): exceptional aid for year 1', () => {
  it('under 250 employees: 5,000 € over a full first year (249 and 0 employees alike), cited L6243-1', () => {
    expect(aid({})).toBe('5000');
    expect(aid({ headcount: 249 })).toBe('5000');
    expect(aid({ headcount: 0 })).toBe('5000');
    expect(run({}).articles).toContain('L6243-1');
    expect(codes({})).toEqual([]);
  });
  it('250 employees: 2,000 € only with the alternance-quota commitment; without it 0 and AID_QUOTA_NOT_STATED', () => {
    expect(aid({ headcount: 250, quotaCommitment: true })).toBe('2000');
    expect(aid({ headcount: 250 })).toBe('0');
    expect(codes({ headcount: 250 })).toEqual(['AID_QUOTA_NOT_STATED']);
    const w = run({ headcount: 250 }).warnings.find((x) => x.code === 'AID_QUOTA_NOT_STATED')!;
    expect(w.message.fr).toContain("l'engagement sur la part d'alternants");
    expect(w.message.en).toContain('alternance-quota commitment');
  });
  it('a recognised disabled apprentice (RQTH): 6,000 €', () => {
    expect(aid({ disabled: true })).toBe('6000');
    expect(aid({ disabled: false })).toBe('5000');
  });
  it('diploma level 7 (master): 5,000 €; level 8 (doctorat): no aid at all (neither exceptional nor aide unique)', () => {
    expect(aid({ trainingLevel: q('master') })).toBe('5000');
    expect(aid({ trainingLevel: q('doctorat') })).toBe('0');
    expect(codes({ trainingLevel: q('doctorat') })).toEqual([]);
  });
  it('the aid is spread by day: 5,000 × 30 / 365 = 410.96 in September 2025 (30 days), the cents add up over the year', () => {
    const r = run({ start: '2025-09-01', end: '2026-08-31' });
    expect(r.value.rows[0].hiringAid.toString()).toBe('410.96');
    // through 31 Oct: 5,000 × 61 / 365 = 835.616… → 835.62, so October = 835.62 − 410.96
    expect(r.value.rows[1].hiringAid.toString()).toBe('424.66');
    expect(r.value.total.hiringAid.toString()).toBe('5000');
  });
});

describe('hiring aids, contracts concluded 2025-01-01 to 2025-02-23: the aide unique only (D6243-2, 6,000 € year 1)', () => {
  const early = (over: Partial<AppCostInput>) => aid({ start: '2025-01-15', end: '2026-01-14', ...over });
  it('bac pro and cap (levels 4 and 3): 6,000 €; bts (level 5): 0 — the aide unique stops at the bac level', () => {
    expect(early({})).toBe('6000');
    expect(early({ trainingLevel: q('cap') })).toBe('6000');
    expect(early({ trainingLevel: q('bts') })).toBe('0');
    expect(run({ start: '2025-01-15', end: '2026-01-14' }).articles).toEqual(expect.arrayContaining(['L6243-1', 'D6243-2']));
  });
  it('249 employees: 6,000 €; 250: 0 (fewer than 250 only), even with the quota commitment', () => {
    expect(early({ headcount: 249 })).toBe('6000');
    expect(early({ headcount: 250 })).toBe('0');
    expect(early({ headcount: 250, quotaCommitment: true })).toBe('0');
  });
  it('no higher amount for a disabled apprentice in this version: 6,000 €', () => {
    expect(early({ disabled: true })).toBe('6000');
  });
});

describe('hiring aids, 2020-07-01 to 2022-12-31 (décret 2020-1085): 5,000 € under 18, 8,000 € from 18 at the start; then the aide unique of 2019', () => {
  const y2021 = (birthDate: string, end = '2022-08-31') => run({ birthDate, start: '2021-09-01', end });
  it('18 on the start day (born 2003-09-01): 8,000 €; 18 the day after (born 2003-09-02): 5,000 €', () => {
    expect(y2021('2003-09-01').value.total.hiringAid.toString()).toBe('8000');
    expect(y2021('2003-09-02').value.total.hiringAid.toString()).toBe('5000');
  });
  it('a one-year contract gets nothing of years 2 and 3 and no proration warning', () => {
    expect(y2021('2003-09-01').warnings.map((w) => w.code)).not.toContain('AID_PRORATED');
  });
  it('one day into year 2 (end 2022-09-01): the aide unique of year 2, 2,000 × 1 / 365 = 5.48 €, prorated with a warning', () => {
    const r = y2021('2003-09-01', '2022-09-01');
    expect(r.value.total.hiringAid.toString()).toBe('8005.48');
    expect(r.value.rows.at(-1)!.hiringAid.toString()).toBe('5.48');
    const w = r.warnings.filter((x) => x.code === 'AID_PRORATED');
    expect(w).toHaveLength(1);
    expect(w[0].message.en).toBe('the contract ends during year 2: the aide unique of 2000 € is prorated to the days of that year it covers');
    expect(w[0].message.fr).toBe("le contrat finit pendant l'année 2 : l'aide unique de 2000 € est proratisée aux jours couverts de cette année");
  });
  it('before 2020-07-01 (contract 2019-09-01, three years): the aide unique 4,125 + 2,000 + 1,200 = 7,325 €, a disabled apprentice alike', () => {
    const r = run({ birthDate: '2002-03-01', start: '2019-09-01', end: '2022-08-31', disabled: true });
    expect(r.value.total.hiringAid.toString()).toBe('7325');
    expect(r.value.years.map((y) => [y.year, y.total.hiringAid.toString()])).toEqual([
      // 4,125 × 122/366 (Sept–Dec 2019; the year to 2020-08-31 has 366 days) = 1,375.00
      [2019, '1375'],
      // 4,125 × 244/366 = 2,750 + 2,000 × 122/365 = 668.49 (cumulative: through 2020-12-31)
      [2020, '3418.49'],
      // 2,000 − 668.49 = 1,331.51 + 1,200 × 122/365 = 401.10
      [2021, '1732.61'],
      // 1,200 − 401.10
      [2022, '798.9'],
    ]);
  });
});

describe('proration to the day: contract 2024-01-01 → 2024-03-01, exceptional aid 6,000 € (2023–2024) over a 366-day year', () => {
  // computed inside each test: a mutation run switches the code per test, not at collection
  const prorated = () => run({ start: '2024-01-01', end: '2024-03-01' });
  it('January 6,000 × 31/366 = 508.20; through February 6,000 × 60/366 = 983.61 → 475.41; through 1 March 6,000 × 61/366 = 1,000 → 16.39', () => {
    const r = prorated();
    expect(r.value.rows.map((x) => [x.month, x.hiringAid.toString()])).toEqual([
      ['2024-01-01', '508.2'],
      ['2024-02-01', '475.41'],
      ['2024-03-01', '16.39'],
    ]);
    expect(r.value.total.hiringAid.toString()).toBe('1000');
  });
  it('the warning names the exceptional aid and its amount, in both languages', () => {
    const w = prorated().warnings.find((x) => x.code === 'AID_PRORATED')!;
    expect(w.message.en).toBe('the contract ends during year 1: the exceptional aid of 6000 € is prorated to the days of that year it covers');
    expect(w.message.fr).toBe("le contrat finit pendant l'année 1 : l'aide exceptionnelle de 6000 € est proratisée aux jours couverts de cette année");
  });
});

describe('what is not known is said, never a silent zero', () => {
  it('headcount not given (2025-03): aids 0 and AID_HEADCOUNT_NOT_GIVEN', () => {
    expect(aid({ headcount: undefined })).toBe('0');
    expect(codes({ headcount: undefined })).toEqual(['AID_HEADCOUNT_NOT_GIVEN']);
  });
  it('level unknown ("none"): aids 0 and AID_LEVEL_UNKNOWN, also when only the aide unique is in force (2025-01-15)', () => {
    expect(aid({ trainingLevel: q('none') })).toBe('0');
    expect(codes({ trainingLevel: q('none') })).toEqual(['AID_LEVEL_UNKNOWN']);
    expect(codes({ trainingLevel: q('none'), start: '2025-01-15', end: '2026-01-14' })).toEqual(['AID_LEVEL_UNKNOWN']);
  });
  it('conclusion 2026-03-01: neither aid is held — two AID_NOT_HELD (aide unique, exceptional aid), no headcount or level warning', () => {
    const r = run({ start: '2026-03-02', end: '2027-03-01', headcount: undefined, trainingLevel: q('none') });
    expect(r.value.total.hiringAid.toString()).toBe('0');
    const held = r.warnings.filter((w) => w.code === 'AID_NOT_HELD');
    expect(held.map((w) => w.message.en.split(':')[0])).toEqual(['aide unique', 'exceptional aid']);
    expect(held[0].message.en).toContain('counted as 0');
    expect(held[0].message.fr).toContain('comptée à 0');
    expect(r.warnings.map((w) => w.code)).not.toContain('AID_HEADCOUNT_NOT_GIVEN');
    expect(r.warnings.map((w) => w.code)).not.toContain('AID_LEVEL_UNKNOWN');
  });
  it('a headcount that is not a number of employees (−1, 2.5) is refused; 0 is a company of 0 employees', () => {
    expect(() => run({ headcount: -1 })).toThrow(/headcount/);
    expect(() => run({ headcount: 2.5 })).toThrow(/headcount/);
    expect(() => run({ headcount: 0 })).not.toThrow();
  });
});

describe('the texts behind the aids', () => {
  it('the aids of the decrees read only in summaries carry their UNVERIFIED warnings (exceptional aid, aide unique)', () => {
    const unverified = (over: Partial<AppCostInput>) => run(over).warnings.filter((w) => w.code === 'UNVERIFIED').map((w) => w.message.en);
    expect(unverified({}).some((m) => m.startsWith('exceptional aid to employers of apprentices'))).toBe(true);
    expect(unverified({ start: '2025-01-15', end: '2026-01-14' }).some((m) => m.startsWith('aide unique to employers of apprentices'))).toBe(true);
    expect(unverified({ start: '2025-09-01', end: '2027-08-31', trainingLevel: q('licence') }).some((m) => m.startsWith("employer's participation in an apprentice's training cost"))).toBe(true);
  });
  it('headcount not given while only the aide unique is in force (2025-01-15): said too', () => {
    const w = run({ start: '2025-01-15', end: '2026-01-14', headcount: undefined }).warnings.find((x) => x.code === 'AID_HEADCOUNT_NOT_GIVEN')!;
    expect(w.message.en).toBe('the company headcount is not given: the aids, which depend on it (under 250 or not), are counted as 0');
    expect(w.message.fr).toBe("l'effectif de l'entreprise n'est pas indiqué : les aides, qui en dépendent (moins de 250 ou non), sont comptées à 0");
  });
  it('level unknown: the message asks for a code or an RNCP level', () => {
    const w = run({ trainingLevel: q('none') }).warnings.find((x) => x.code === 'AID_LEVEL_UNKNOWN')!;
    expect(w.message.en).toBe('the level of the diploma prepared is not known (give a code such as cap, bac pro, bts, licence, master or an RNCP level): the aids that depend on it are counted as 0');
    expect(w.message.fr.startsWith("le niveau du diplôme préparé n'est pas connu")).toBe(true);
  });
  it('a contract concluded in 2018: neither the aids nor the participation are held — each said, nothing counted', () => {
    const r = run({ birthDate: '2000-01-10', start: '2018-09-03', end: '2019-09-02' });
    const codes2018 = r.warnings.map((w) => w.code);
    expect(codes2018.filter((c) => c === 'AID_NOT_HELD')).toHaveLength(2);
    expect(codes2018).toContain('PARTICIPATION_NOT_HELD');
    const p = r.warnings.find((w) => w.code === 'PARTICIPATION_NOT_HELD')!;
    expect(p.message.en.startsWith("employer's participation in the training cost: ")).toBe(true);
    expect(p.message.fr.startsWith("participation de l'employeur au coût de la formation : ")).toBe(true);
    expect(r.value.total.trainingCost.toString()).toBe('0');
  });
});

describe("employer's participation in the training cost (L6332-14, R6332-25-1): 750 € for level 6+, contracts concluded from 2025-07-01", () => {
  const part = (over: Partial<AppCostInput>) => run({ start: '2025-09-01', end: '2027-08-31', trainingLevel: q('licence'), ...over });
  it('licence (level 6): 750 € invoiced after the first 45 days, in the month of 2025-10-16; cited', () => {
    const r = part({});
    expect(r.value.total.trainingCost.toString()).toBe('750');
    expect(r.value.rows.filter((x) => x.trainingCost.gt(0)).map((x) => x.month)).toEqual(['2025-10-01']);
    expect(r.articles).toEqual(expect.arrayContaining(['L6332-14', 'R6332-25-1']));
  });
  it('bts (level 5): none', () => {
    expect(part({ trainingLevel: q('bts') }).value.total.trainingCost.toString()).toBe('0');
  });
  it('concluded 2025-06-30 (before the law): none, even for a master', () => {
    expect(part({ trainingLevel: q('master'), conclusionDate: '2025-06-30' }).value.total.trainingCost.toString()).toBe('0');
  });
  it('a contract shorter than 45 days (2025-09-01 → 2025-09-30): invoiced in the month it ends', () => {
    const r = part({ end: '2025-09-30' });
    expect(r.value.rows.map((x) => [x.month, x.trainingCost.toString()])).toEqual([['2025-09-01', '750']]);
  });
  it('ending on day 45 exactly (2025-10-16): invoiced that day, October', () => {
    const r = part({ end: '2025-10-16' });
    expect(r.value.rows.map((x) => x.trainingCost.toString())).toEqual(['0', '750']);
  });
  it('level unknown: not counted, PARTICIPATION_LEVEL_UNKNOWN with its articles and the amount in the message', () => {
    const w = part({ trainingLevel: q('none') }).warnings.find((x) => x.code === 'PARTICIPATION_LEVEL_UNKNOWN')!;
    expect(w.articles).toEqual(['L6332-14', 'R6332-25-1']);
    expect(w.message.en).toBe('contracts concluded from 2025-07-01 pay 750 € towards the training when the diploma is at level 6 or more; the level prepared is not known, so it is not counted');
  });
});

describe('salary given and net cost', () => {
  // 19 at the start (born 2006-05-10), first year: 43 % of the SMIC (D6222-26); SMIC 11.88 × 35 × 52/12 = 1,801.80;
  // 43 % = 774.774 → the minimum is 774.78 (rounded up), the exact 774.774.
  const withSalary = (s: string) => run({ birthDate: '2006-05-10', start: '2025-09-01', end: '2025-12-31', monthlySalary: dec(s) });
  it('774.77 € is below the minimum of 774.774 €: SALARY_BELOW_MINIMUM naming 774.78 € and the month; 774.78 € is not', () => {
    const w = withSalary('774.77').warnings.find((x) => x.code === 'SALARY_BELOW_MINIMUM')!;
    expect(w.message.en).toBe('the salary given is below the apprentice minimum of 774.78 € from 2025-09-01');
    expect(w.articles).toEqual(['D6222-26']);
    expect(withSalary('774.78').warnings.map((x) => x.code)).not.toContain('SALARY_BELOW_MINIMUM');
  });
  it('the salary is prorated to the days worked and charged at the rate given: 800 × 30/30, charges 20 % = 160', () => {
    const r = run({ birthDate: '2006-05-10', start: '2025-09-01', end: '2025-12-31', monthlySalary: dec(800), chargesRate: dec('0.2') });
    const sep = r.value.rows[0];
    expect([sep.salary, sep.charges, sep.employerCost].map(String)).toEqual(['800', '160', '960']);
    // 960 − 410.96 of aid
    expect(sep.netCost.toString()).toBe('549.04');
    expect(sep.share.toString()).toBe('1');
  });
  it('a month where the aid exceeds the costs says so in its note (salary 420 €: September 420 − 410.96 ≥ 0, October 420 − 424.66 < 0)', () => {
    const r = run({ birthDate: '2006-05-10', start: '2025-09-01', end: '2025-12-31', monthlySalary: dec(420) });
    expect(r.value.rows[0].netCost.toString()).toBe('9.04');
    expect(r.value.rows[0].note).toBeUndefined();
    expect(r.value.rows[1].netCost.toString()).toBe('-4.66');
    expect(r.value.rows[1].note?.en).toBe("negative: hiring aid 424.66 € received this month exceed the month's costs");
  });
});
