// What a contract row says, read as HR writes it: contract types in words, eligibility only when both facts
// are stated (L6325-1), and French as French writes it (elision, decimal comma, no wrong agreement).
import { describe, expect, it } from 'vitest';
import { matchHeaders, readContractType, validateRow, type RawCell } from '../src/index.js';

describe('contract type in words', () => {
  it('CDD and CDI however written: « CDD à temps plein », « Contrat à durée déterminée », « C.D.D. », « Contrat pro – CDI »', () => {
    expect(['CDD à temps plein', 'Contrat à durée déterminée', 'C.D.D.', 'cdd'].map(readContractType)).toEqual(['CDD', 'CDD', 'CDD', 'CDD']);
    expect(['Contrat à durée indéterminée', 'CDI', 'Contrat pro – CDI', 'permanent'].map(readContractType)).toEqual(['CDI', 'CDI', 'CDI', 'CDI']);
  });
  it('a kind alone states no type (« Apprentissage »); other words are unreadable; a blank cell is not stated', () => {
    expect([readContractType('Apprentissage'), readContractType('intérim'), readContractType('  ')]).toEqual([undefined, null, undefined]);
  });
});

const HEADER = ['Référence', 'Date de naissance', 'Diplôme', 'Date de début', 'Date de fin', 'Salaire brut mensuel', "Demandeur d'emploi", 'Minima sociaux', 'Heures de formation', 'Tutorés du tuteur'];
const match = matchHeaders(HEADER);
// 27 at the start (born 1997-01-10, start 2024-09-02), twelve months, paid well above the minimum
const row = (over: Record<string, RawCell>) => {
  const base: Record<string, RawCell> = { Référence: 'R1', 'Date de naissance': '1997-01-10', Diplôme: 'bts', 'Date de début': '2024-09-02', 'Date de fin': '2025-09-01', 'Salaire brut mensuel': 2500, 'Heures de formation': 400 };
  return validateRow(HEADER.map((h) => ({ ...base, ...over })[h] ?? null), match);
};
const codes = (over: Record<string, RawCell>) => row(over).findings.filter((f) => f.severity !== 'info').map((f) => f.code);

describe('eligibility from 26 (L6325-1): nothing is claimed that the row does not state', () => {
  it('not a jobseeker and no benefit: NOT_ELIGIBLE, « ni demandeur d’emploi ni bénéficiaire »', () => {
    const f = row({ "Demandeur d'emploi": 'non', 'Minima sociaux': 'aucun' }).findings.find((x) => x.code === 'NOT_ELIGIBLE')!;
    expect(f.message.fr).toBe("27 ans au début, ni demandeur d'emploi ni bénéficiaire du RSA/ASS/AAH/CUI : non éligible (L6325-1)");
  });
  it('not a jobseeker, benefit blank: NOT_ELIGIBLE said as what was stated, « sauf s’il en perçoit un »', () => {
    const f = row({ "Demandeur d'emploi": 'non' }).findings.find((x) => x.code === 'NOT_ELIGIBLE')!;
    expect(f.message.fr).toBe("27 ans au début, pas demandeur d'emploi, et aucun RSA/ASS/AAH/CUI indiqué : non éligible, sauf s'il en perçoit un (L6325-1)");
  });
  it('jobseeker blank, no benefit: not known — ELIGIBILITY_NOT_STATED, never « ni demandeur d’emploi »', () => {
    expect(codes({ 'Minima sociaux': 'aucun' })).toContain('ELIGIBILITY_NOT_STATED');
    expect(codes({ 'Minima sociaux': 'aucun' })).not.toContain('NOT_ELIGIBLE');
  });
  it('a jobseeker: eligible', () => {
    expect(codes({ "Demandeur d'emploi": 'oui' }).filter((c) => c.includes('ELIGIB'))).toEqual([]);
  });
});

describe('French as it is written', () => {
  it('a minimum due from April: « à partir d’avril 2025 » (21 on 2025-03-10, D6325-16)', () => {
    const fr = row({ 'Date de naissance': '2004-03-10', Diplôme: 'none', 'Salaire brut mensuel': 1000 }).findings.filter((f) => f.code === 'SALARY_BELOW_MINIMUM').map((f) => f.message.fr);
    expect(fr.some((m) => m.includes("dû à partir d'avril 2025"))).toBe(true);
    expect(fr.some((m) => m.includes('à partir de avril'))).toBe(false);
  });
  it('a number of tutees that is not whole is written with a decimal comma', () => {
    const f = row({ "Demandeur d'emploi": 'oui', 'Tutorés du tuteur': 2.5 }).findings.find((x) => x.field === 'tutor_tutees')!;
    expect(f.message.fr).toBe("Tutorés du tuteur : 2,5 n'est pas un nombre entier d'au moins 1 (ce contrat compris)");
  });
  it('a blank optional cell: « Heures de formation : cellule vide ; … » (no agreement to get wrong)', () => {
    const f = row({ "Demandeur d'emploi": 'oui', 'Heures de formation': null }).findings.find((x) => x.code === 'NOT_STATED' && x.field === 'training_hours')!;
    expect(f.message.fr.startsWith('Heures de formation : cellule vide ; ')).toBe(true);
    expect(f.message.en.startsWith('Training hours not stated: ')).toBe(true);
  });
});
