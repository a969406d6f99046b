// Reading the qualification a user types (D6325-15: "titulaire d'une qualification au moins égale au
// baccalauréat professionnel" raises the professionalisation rate; the RNCP level decides apprenticeship aids).
import { describe, expect, it } from 'vitest';
import { parseQualification } from '@formapro/core';

const read = (x: string | number | boolean) => {
  const q = parseQualification(x);
  return q && { code: q.code, bacPro: q.professionalBacLevel, level: q.level, noDiploma: q.noSecondCycleNorDiploma };
};

describe('parseQualification — what a user may type', () => {
  it('codes as listed: none has no level and no diploma; cap is level 3 below bac pro; bac pro and bts reach it', () => {
    expect(read('none')).toEqual({ code: 'none', bacPro: false, level: null, noDiploma: true });
    expect(read('cap')).toEqual({ code: 'cap', bacPro: false, level: 3, noDiploma: false });
    expect(read('bac')).toEqual({ code: 'bac', bacPro: false, level: 4, noDiploma: false });
    expect(read('bac pro')).toEqual({ code: 'bac pro', bacPro: true, level: 4, noDiploma: false });
    expect(read('bts')).toEqual({ code: 'bts', bacPro: true, level: 5, noDiploma: false });
    expect(read('doctorat')).toEqual({ code: 'doctorat', bacPro: true, level: 8, noDiploma: false });
  });

  it('RNCP levels 3 to 8 as numbers: 4 and above reach the bac pro level; 2, 9 and 3.5 are not levels', () => {
    expect(read(3)).toEqual({ code: 'rncp 3', bacPro: false, level: 3, noDiploma: false });
    expect(read(4)).toEqual({ code: 'rncp 4', bacPro: true, level: 4, noDiploma: false });
    expect(read(8)).toEqual({ code: 'rncp 8', bacPro: true, level: 8, noDiploma: false });
    for (const n of [2, 9, 3.5, -4, 0]) expect(read(n)).toBeUndefined();
  });

  it('RNCP levels as text: "5", "rncp 5", "Niveau 6", "level7" (no space); not "abc5", "5 ans" or "niveau 9"', () => {
    expect(read('5')?.level).toBe(5);
    expect(read('rncp 5')?.level).toBe(5);
    expect(read('Niveau 6')).toEqual({ code: 'rncp 6', bacPro: true, level: 6, noDiploma: false });
    expect(read('level7')?.level).toBe(7);
    for (const s of ['abc5', '5 ans', 'niveau 9', 'niveau 2', 'x niveau 5']) expect(read(s)).toBeUndefined();
  });

  it('"bac 5" and "bac +2" are diplomas (master, bts), not RNCP levels 5 and 2', () => {
    expect(read('bac 5')?.code).toBe('master');
    expect(read('Bac +2')?.code).toBe('bts');
    expect(read('bac+3')?.code).toBe('licence');
  });

  it('yes/no in French and English: TRUE = a professional qualification of level 4 or more; FALSE = none below bac pro', () => {
    const yes = { code: 'professional level 4+', bacPro: true, level: 4, noDiploma: false };
    const no = { code: 'below bac pro level', bacPro: false, level: null, noDiploma: false };
    expect(read(true)).toEqual(yes);
    expect(read(false)).toEqual(no);
    for (const s of ['true', 'VRAI', 'Oui', 'yes']) expect(read(s), s).toEqual(yes);
    for (const s of ['false', 'Faux', 'NON', 'no']) expect(read(s), s).toEqual(no);
  });

  it('synonyms with accents, case and spacing: « Baccalauréat professionnel », « BACPRO », « Licence professionnelle », « Diplôme d’ingénieur »', () => {
    expect(read('Baccalauréat professionnel')?.code).toBe('bac pro');
    expect(read('Bac professionnel')?.code).toBe('bac pro');
    expect(read('BACPRO')?.code).toBe('bac pro');
    expect(read('Licence professionnelle')?.code).toBe('licence pro');
    expect(read('Diplôme d’ingénieur')?.code).toBe('master');
    expect(read('sans diplôme')?.code).toBe('none');
    for (const s of ['', 'bac pro pro', 'mba', 'bac 7']) expect(read(s), s).toBeUndefined();
  });
});
