/**
 * `formapro validate` on an « alternants » export mixing contrats de professionnalisation and apprenticeships
 * (examples/export-alternants.csv): each row is judged by the rules of its own kind, the kind read from a
 * « Dispositif » column or from « Type de contrat », and gets the verdict worked by hand in
 * examples/export-alternants.attendu.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formapro, ROOT } from './run.js';

const EX = join(ROOT, 'examples');
const attendu = JSON.parse(readFileSync(join(EX, 'export-alternants.attendu.json'), 'utf8')) as { header_row: number; contracts: { reference: string; status: string; codes: string[] }[] };

interface Report {
  columns: { recognised: { field: string; header: string }[] };
  rows: { row: number; reference: string; status: string; findings: { code: string; severity: string; message: { fr: string }; articles: string[] }[] }[];
  summary: { rows: number; ok: number; warning: number; error: number; not_checked: { check: string }[] };
}

describe('an alternants export: apprenticeships and contrats de professionnalisation in one sheet', () => {
  it('export-alternants.csv: every contract gets its hand-worked verdict under the rules of its kind', async () => {
    const r = await formapro('validate', join(EX, 'export-alternants.csv'), '--format', 'json', '--lang', 'fr');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    const verdicts = report.rows.map((x) => ({ reference: x.reference, status: x.status, codes: [...new Set(x.findings.filter((f) => f.severity !== 'info').map((f) => f.code))].sort() }));
    expect(verdicts).toEqual(attendu.contracts.map((c) => ({ reference: c.reference, status: c.status, codes: [...c.codes].sort() })));
    expect(report.rows[0].row).toBe(attendu.header_row + 1);
    expect(Object.fromEntries(report.columns.recognised.map((c) => [c.field, c.header]))).toMatchObject({ contract_kind: 'Dispositif', contract_type: 'Type de contrat', training_cycle_years: 'Durée du cycle (années)', previous_contract_year: 'Contrat précédent (dernière année)', training_level: 'Niveau de la formation' });
    expect(report.summary).toMatchObject({ rows: 6, ok: 3, warning: 0, error: 3 });
    // the summary names the apprenticeship checks not made (no « Même niveau », « Fin de prolongation », signature columns)
    expect(report.summary.not_checked.map((c) => c.check)).toEqual(expect.arrayContaining(['app_same_level', 'app_prolongation', 'app_conclusion']));
    // D6222-32: licence pro at the 2nd-year rate, 61 % × 11.88 × 151 2/3 = 1,099.098 → 1 099,10 €
    const a3 = report.rows.find((x) => x.reference === 'A2003')!.findings.find((f) => f.code === 'APP_SALARY_BELOW_MINIMUM')!;
    expect(a3.message.fr).toContain('minimum de 1\u202f099,10 €');
    expect(a3.articles).toContain('D6222-32');
    expect(r.stderr).toContain('Dispositif ← « Dispositif »');
    expect(r.stderr).toContain('6 contrats : 3 OK, 0 avec alertes, 3 en erreur');
  });
});
