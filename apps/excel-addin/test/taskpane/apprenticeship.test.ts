/**
 * The task pane on an « alternants » sheet (issue 12), against the fake Excel host: apprenticeship rows and
 * contrats de professionnalisation in one sheet, each judged by its own rules, with the same verdicts as the
 * engine; a sheet with a « Dispositif » column and no « Diplôme » column is not refused, and the pane names
 * the apprenticeship checks not made.
 */
import { describe, expect, it } from 'vitest';
import { validateSheet, type RawCell } from '@formapro/core';
import { validateActiveSheet } from '../../src/taskpane/engine';
import { FakeExcel } from './fake-excel';

type Cell = string | number | boolean | null;

describe('task pane on a sheet of apprentices and contrats pro (issue 12)', () => {
  it('same person, same dates, 800 €: the contrat pro is below 55 % × 11.65 × 151 2/3 → 971,81 € (D6325-15), the apprenticeship above 43 % → 759,78 € (D6222-26)', async () => {
    const cells: Cell[][] = [
      ['Matricule', 'Type de contrat', 'Date de naissance', 'Diplôme', 'Date de début', 'Date de fin', 'Salaire brut mensuel', 'Heures de formation'],
      ['P1', 'CDD', '2005-03-10', 'aucun', '2024-01-08', '2024-10-31', 800, 300],
      ['A1', 'Apprentissage', '2005-03-10', null, '2024-01-08', '2024-10-31', 800, null],
      ['A2', "Contrat d'apprentissage", '2005-03-10', null, '2024-01-08', '2024-10-31', 700, null],
    ];
    const before = cells.map((r) => r.slice());
    const host = new FakeExcel(cells);
    const r = await validateActiveSheet(host, { lang: 'fr', settings: host.settings(), keepOkRows: true });
    expect(r.refused).toBe(false);
    const codes = Object.fromEntries(r.rows.map((x) => [x.reference, x.findings.filter((f) => f.severity !== 'info').map((f) => f.code)]));
    expect(codes).toEqual({ P1: ['SALARY_BELOW_MINIMUM'], A1: [], A2: ['APP_SALARY_BELOW_MINIMUM'] });
    const engine = validateSheet(before as RawCell[][]);
    expect(r.rows.map((x) => [x.row, x.status])).toEqual(engine.rows.map((x) => [x.row, x.status]));
  });

  it('a « Dispositif » column and no « Diplôme » column: not refused; the apprenticeship checks not made are named', async () => {
    const cells: Cell[][] = [
      ['Dispositif', 'Date de naissance', 'Date de début', 'Date de fin', 'Salaire brut mensuel'],
      ['Apprentissage', '2005-03-10', '2024-01-08', '2024-10-31', 800],
    ];
    const host = new FakeExcel(cells);
    const r = await validateActiveSheet(host, { lang: 'fr', settings: host.settings(), keepOkRows: true });
    expect(r.refused).toBe(false);
    expect(r.rows.map((x) => x.status)).toEqual(['ok']);
    expect(r.notChecked.map((c) => c.check)).toEqual(expect.arrayContaining(['app_cycle', 'app_previous_contract', 'app_same_level', 'app_licence_pro', 'app_prolongation']));
  });
});
