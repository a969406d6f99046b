// evaluate(): never throws; every refusal is #VALUE! (unusable argument) or #N/A (no law for that date), with a
// message naming the argument as the user's Excel names it and the articles it rests on.
import { describe, expect, it } from 'vitest';
import { invalidArgument } from '@formapro/core';
import { call, DateValue, errorFrom, evaluate, FnError } from './support';

const error = (name: string, args: unknown[], lang: 'en' | 'fr' = 'en') => {
  const r = evaluate(name, args as never, lang);
  expect(r.value).toBeInstanceOf(FnError);
  const e = r.value as FnError;
  return { code: e.code, en: e.message, fr: e.fr, articles: r.articles, warnings: r.warnings.length };
};

describe('evaluate: refusals', () => {
  it('an argument the law cannot use: #VALUE!, named in English (qualification) and as French Excel names it (diplome)', () => {
    const e = error('PRO_MIN_SALARY', [23, 'xyz', 1766.92]);
    expect(e.code).toBe('#VALUE!');
    expect(e.en.startsWith('qualification: "xyz" is not a qualification code')).toBe(true);
    expect(e.fr.startsWith('diplome : "xyz" n\'est pas un code de diplôme')).toBe(true);
  });
  it('L6325-1 already in the message is not cited twice; the articles of the refusal are returned', () => {
    const e = error('PRO_MIN_SALARY', [14, 'none', 1766.92]);
    expect(e.en).toBe('age: 14 is below 16, the youngest age the contract is open to (L6325-1)');
    expect(e.fr).toBe("age : 14 est inférieur à 16, l'âge minimum du contrat (L6325-1)");
    expect(e.articles).toEqual(['L6325-1']);
  });
  it('no law held for the date: #N/A, the articles the message does not name appended to it', () => {
    const e = error('SMIC', ['2010-01-01']);
    expect(e.code).toBe('#N/A');
    expect(e.en).toBe('date: 2010-01-01 is outside the period the law store covers for SMIC hourly gross rate (2017-01-01 onwards) (L3231-2, L3231-4)');
    expect(e.fr.endsWith('(à partir du 01/01/2017) (L3231-2, L3231-4)')).toBe(true);
  });
  it('an unknown function and too many arguments: #VALUE! in both languages, no articles', () => {
    expect(error('NOPE', [])).toEqual({ code: '#VALUE!', en: 'unknown function NOPE', fr: 'fonction inconnue NOPE', articles: [], warnings: 0 });
    expect(error('SMIC', ['2024-01-01', 1, 2, 3, 4, 5])).toEqual({
      code: '#VALUE!',
      en: 'SMIC takes at most 4 arguments, 6 were given',
      fr: 'SMIC prend au plus 4 arguments, 6 ont été donnés',
      articles: [],
      warnings: 0,
    });
    expect(evaluate('SMIC', ['2024-01-01', undefined, undefined, undefined]).value).toBe(1766.92); // the monthly SMIC: 11.65 × 35 × 52 / 12
  });
  it('a result Excel cannot hold (a date after 9999-12-31) is #VALUE! with the French function name, keeping the articles', () => {
    const e = error('PRO_DEPOSIT_DEADLINE', ['9999-12-30']);
    expect(e.en).toBe('PRO_DEPOSIT_DEADLINE: the result does not fit in a spreadsheet (a number too large, or a date after 9999-12-31); check the amounts, hours and dates given');
    expect(e.fr.startsWith('PRO_DATE_LIMITE_DEPOT : le résultat ne tient pas')).toBe(true);
    expect(e.articles).toEqual(['D6325-1']);
    expect(evaluate('PRO_DEPOSIT_DEADLINE', ['2024-03-01']).value).toEqual(new DateValue('2024-03-06'));
    // the last day Excel shows is a result like any other
    expect(evaluate('PRO_DEPOSIT_DEADLINE', ['9999-12-26']).value).toEqual(new DateValue('9999-12-31'));
  });
  it('anything else thrown is a defect, reported as #VALUE! "internal error", never a crash', () => {
    expect(errorFrom(new Error('boom'), 'SMIC')).toEqual(new FnError('#VALUE!', 'SMIC: internal error (boom); please report it', 'SMIC : erreur interne (boom) ; merci de la signaler'));
    expect(errorFrom('odd', 'SMIC').message).toBe('SMIC: internal error (odd); please report it');
    // a law error for a function name the catalogue does not know keeps the argument's own name
    expect(errorFrom(invalidArgument('x', 'bad', 'mauvais'), 'NOPE').fr).toBe('x : mauvais');
    // and under a known function whose parameters do not include it
    expect(errorFrom(invalidArgument('x', 'bad', 'mauvais'), 'SMIC').fr).toBe('x : mauvais');
  });
  it('call() gives the value alone', () => {
    expect(call('SMIC', ['2024-01-01'])).toBe(1766.92);
  });
});

describe('evaluate: results in the user language', () => {
  it('a spilled table: the header row in French, dates and amounts untouched, day fractions as written', () => {
    const fr = evaluate('PRO_SALARY_SCHEDULE', ['2003-03-03', '2024-01-15', '2024-03-31', 'none'], 'fr').value as unknown[][];
    expect(fr[0]).toEqual(['Mois', 'Âge', 'Taux', 'SMIC', 'Minimum', 'Jours', 'Dû']);
    // 20 on 2024-01-15, 55 % of 1,766.92 = 971.806 → 971.81; 17 of 31 days: 971.806 × 17/31 = 532.925… → 532.93
    expect(fr[1]).toEqual([new DateValue('2024-01-01'), 20, 0.55, 1766.92, 971.81, '17/31', 532.93]);
    const en = evaluate('PRO_SALARY_SCHEDULE', ['2003-03-03', '2024-01-15', '2024-03-31', 'none']).value as unknown[][];
    expect(en[0]).toEqual(['Month', 'Age', 'Rate', 'SMIC', 'Minimum', 'Days', 'Due']);
    expect(en.slice(1)).toEqual(fr.slice(1));
  });
  it('a TOTAL row keeps its label, a number result is not a table', () => {
    const fr = evaluate('APP_COST_SCHEDULE', ['2006-05-10', '2025-09-01', '2025-12-31', 'licence', 20, '', 0.1], 'fr').value as unknown[][];
    expect(fr.at(-1)![0]).toBe('TOTAL');
    expect(evaluate('SMIC', ['2024-01-01'], 'fr').value).toBe(1766.92); // the monthly SMIC: 11.65 × 35 × 52 / 12
  });
});
