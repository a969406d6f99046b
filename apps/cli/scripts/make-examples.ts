/**
 * Generates the sample contracts sheet from ONE table: examples/contrats-pro.xlsx (real Excel dates and
 * numbers) and examples/contrats-pro.csv (";" separated, Windows-1252, French formats, as French Excel
 * exports it). Each row says in "Attendu" the verdict it must get, in "Attendu (codes)" the finding codes it must
 * get (every finding but CHECK_NOT_MADE, which names the sheet's missing renewal column on every row) and in "Notes" why (the articles, and the decision applied where the law leaves a choice: docs/decisions.md).
 * Run: pnpm --filter @formapro/cli exec tsx scripts/make-examples.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

const HEADERS = [
  'Référence', 'Date de naissance', 'Diplôme', 'Type de contrat', 'Date de début', 'Date de fin', 'Durée hebdomadaire',
  'Salaire brut mensuel', 'Minimum conventionnel', 'Heures de formation', "Demandeur d'emploi", "Inscrit depuis plus d'un an",
  'Minima sociaux', 'Accord de branche', 'Date de signature', 'Date de dépôt', 'Expérience du tuteur (mois)', 'Tutorés du tuteur',
  'Tuteur employeur', "Mois à l'étranger", 'Attendu', 'Attendu (codes)', 'Notes',
] as const;

type Row = Partial<Record<(typeof HEADERS)[number], string | number>>;

const BASE: Row = {
  'Type de contrat': 'CDD', 'Date de début': '2024-09-02', 'Date de fin': '2025-08-31', 'Durée hebdomadaire': 35, 'Heures de formation': 300,
  "Demandeur d'emploi": 'non', 'Accord de branche': 'non', 'Date de signature': '2024-08-30', 'Date de dépôt': '2024-09-04',
  'Expérience du tuteur (mois)': 36, 'Tutorés du tuteur': 2, 'Tuteur employeur': 'non',
};

const ROWS: Row[] = [
  { Référence: 'PRO-001', 'Date de naissance': '2005-03-10', Diplôme: 'bac pro', 'Salaire brut mensuel': 1200, Attendu: 'OK', Notes: '19 ans, bac pro : 65 % du SMIC, 1 171,17 € dès novembre 2024 (D6325-15)' },
  { Référence: 'PRO-002', 'Date de naissance': '2001-01-15', Diplôme: 'BTS', 'Salaire brut mensuel': 1500, Attendu: 'OK', Notes: '23 ans, BTS : 80 %, 1 441,44 € dès novembre 2024' },
  { Référence: 'PRO-003', 'Date de naissance': '2003-12-20', Diplôme: 'aucun', 'Salaire brut mensuel': 1000, 'Attendu (codes)': 'SALARY_BELOW_MINIMUM', Attendu: 'Erreur', Notes: '21 ans le 20/12/2024 : 70 % = 1 261,26 € dès le 01/01/2025 (D6325-16), salaire trop bas' },
  { Référence: 'PRO-004', 'Date de naissance': '1995-04-04', Diplôme: 'licence', 'Salaire brut mensuel': 1955, 'Minimum conventionnel': 2300, "Demandeur d'emploi": 'oui', Attendu: 'OK', Notes: '29 ans, demandeur d’emploi : max(SMIC, 85 % × 2 300 = 1 955) (L6325-9, D6325-18)' },
  { Référence: 'PRO-005', 'Date de naissance': '1995-04-04', Diplôme: 'licence', 'Salaire brut mensuel': 1850, 'Minimum conventionnel': 2300, "Demandeur d'emploi": 'oui', 'Attendu (codes)': 'SALARY_BELOW_MINIMUM', Attendu: 'Erreur', Notes: '29 ans : 85 % du minimum conventionnel = 1 955 € > 1 850 €' },
  { Référence: 'PRO-006', 'Date de naissance': '1993-07-14', Diplôme: 'master', 'Salaire brut mensuel': 1850, "Demandeur d'emploi": 'oui', 'Attendu (codes)': 'CONVENTIONAL_MINIMUM_NOT_STATED', Attendu: 'Alerte', Notes: '31 ans : minimum conventionnel non renseigné, seul le SMIC est vérifié (D6325-18)' },
  { Référence: 'PRO-007', 'Date de naissance': '1997-03-03', Diplôme: 'bac', 'Salaire brut mensuel': 1900, 'Minimum conventionnel': 2000, 'Attendu (codes)': 'NOT_ELIGIBLE', Attendu: 'Erreur', Notes: '27 ans, ni demandeur d’emploi ni minima sociaux : non éligible (L6325-1)' },
  { Référence: 'PRO-008', 'Date de naissance': '1984-05-05', Diplôme: 'cap', 'Date de fin': '2026-08-31', 'Salaire brut mensuel': 1900, 'Minimum conventionnel': 2000, 'Minima sociaux': 'RSA', 'Heures de formation': 600, 'Attendu (codes)': 'UNVERIFIED_VALUE', Attendu: 'OK', Notes: 'RSA, public prioritaire : 24 mois permis (jusqu’à 36, L6325-11) ; salaire ≥ SMIC de juin 2026' },
  { Référence: 'PRO-009', 'Date de naissance': '2002-02-02', Diplôme: 'bac', 'Date de fin': '2026-03-01', 'Salaire brut mensuel': 1300, 'Heures de formation': 450, 'Attendu (codes)': 'ACTION_TOO_LONG', Attendu: 'Erreur', Notes: '18 mois sans accord de branche ni public prioritaire : 12 mois au plus (L6325-11, L6325-12)' },
  { Référence: 'PRO-010', 'Date de naissance': '2002-02-02', Diplôme: 'bac', 'Date de fin': '2026-03-01', 'Salaire brut mensuel': 1300, 'Heures de formation': 450, 'Accord de branche': 'oui', Attendu: 'OK', Notes: '18 mois avec accord de branche : jusqu’à 24 mois (L6325-12)' },
  { Référence: 'PRO-011', 'Date de naissance': '2005-01-20', Diplôme: 'aucun', 'Date de fin': '2025-01-31', 'Salaire brut mensuel': 1000, 'Heures de formation': 160, 'Attendu (codes)': 'ACTION_TOO_SHORT', Attendu: 'Erreur', Notes: '5 mois : moins que les 6 mois minimum (L6325-11)' },
  { Référence: 'PRO-012', 'Date de naissance': '2004-11-11', Diplôme: 'bac pro', 'Salaire brut mensuel': 1200, 'Heures de formation': 200, 'Attendu (codes)': 'TRAINING_HOURS_TOO_LOW', Attendu: 'Erreur', Notes: '200 h < 15 % de 1 820 h = 273 h (L6325-13)' },
  { Référence: 'PRO-013', 'Date de naissance': '2005-05-05', Diplôme: 'aucun', 'Date de fin': '2025-03-01', 'Durée hebdomadaire': 20, 'Salaire brut mensuel': 600, 'Heures de formation': 150, 'Attendu (codes)': 'REQUIRES_BRANCH_AGREEMENT', Attendu: 'Erreur', Notes: '6 mois à 20 h : 25 % = 130 h < plancher de 150 h, il faut un accord de branche (L6325-13, L6325-14)' },
  { Référence: 'PRO-014', 'Date de naissance': '2004-02-29', Diplôme: 'bac pro', 'Salaire brut mensuel': 1500, 'Date de dépôt': '2024-09-12', 'Attendu (codes)': 'DEPOSIT_LATE', Attendu: 'Erreur', Notes: 'déposé le 12/09, limite le 07/09 (5 jours après le début, D6325-1) ; né un 29 février : 80 % dès le 01/04/2025' },
  { Référence: 'PRO-015', 'Date de naissance': '2004-08-08', Diplôme: 'bac pro', 'Salaire brut mensuel': 1200, 'Expérience du tuteur (mois)': 23, 'Attendu (codes)': 'TUTOR_EXPERIENCE', Attendu: 'Erreur', Notes: 'tuteur avec 23 mois d’expérience : 2 ans requis (D6325-6)' },
  { Référence: 'PRO-016', 'Date de naissance': '2004-08-08', Diplôme: 'bac pro', 'Salaire brut mensuel': 1200, 'Tutorés du tuteur': 3, 'Tuteur employeur': 'oui', 'Attendu (codes)': 'TUTOR_OVERLOAD', Attendu: 'Erreur', Notes: 'employeur tuteur de 3 personnes : 2 au plus (D6325-9)' },
  { Référence: 'PRO-017', 'Date de naissance': '2001-06-30', Diplôme: 'licence pro', 'Salaire brut mensuel': 1500, "Mois à l'étranger": 8, 'Attendu (codes)': 'ABROAD_TOO_LONG', Attendu: 'Erreur', Notes: '8 mois à l’étranger sur 12 : la moitié du contrat au plus depuis le 29/12/2023 (L6325-25)' },
  { Référence: 'PRO-018', 'Date de naissance': '2001-06-30', Diplôme: 'licence pro', 'Salaire brut mensuel': 1500, "Mois à l'étranger": 6, Attendu: 'OK', Notes: '6 mois à l’étranger sur 12 : permis (L6325-25)' },
  { Référence: 'PRO-019', 'Date de naissance': '31/02/2004', Diplôme: 'bac pro', 'Salaire brut mensuel': 1200, 'Attendu (codes)': 'UNREADABLE_VALUE', Attendu: 'Erreur', Notes: 'date de naissance impossible, saisie en texte' },
  { Référence: 'PRO-020', 'Date de naissance': '2002-05-05', Diplôme: 'aucun', 'Salaire brut mensuel': '1 300,00', Attendu: 'OK', Notes: 'salaire saisi en texte à la française ; 70 % = 1 261,26 €' },
  { Référence: 'PRO-021', 'Date de naissance': '2009-06-01', Diplôme: 'aucun', 'Salaire brut mensuel': 1000, 'Attendu (codes)': 'NOT_ELIGIBLE_AGE', Attendu: 'Erreur', Notes: '15 ans au début : le contrat est ouvert à partir de 16 ans (L6325-1)' },
  { Référence: 'PRO-022', 'Date de naissance': '1999-01-10', Diplôme: 'aucun', 'Salaire brut mensuel': 1270, Attendu: 'OK', Notes: '25 ans au début, 26 ans en cours de contrat : reste à 70 % (décision « adult-regime-at-start », docs/decisions.md)' },
  { Référence: 'PRO-023', 'Date de naissance': '1999-05-05', Diplôme: 'bac pro', 'Type de contrat': 'CDI', 'Date de début': '2018-03-05', 'Date de fin': '2019-03-04', 'Salaire brut mensuel': 1000, 'Date de signature': '2018-02-26', 'Date de dépôt': '2018-03-08', 'Attendu (codes)': 'DEPOSIT_AFTER_SIGNATURE_PLUS_5', Attendu: 'OK', Notes: 'CDI, action de 12 mois sous la loi de 2018 : 65 % de 9,88 €/h puis 10,03 €/h' },
  { Référence: 'PRO-024', 'Date de naissance': '2004-10-10', Diplôme: 'aucun', 'Durée hebdomadaire': 28, 'Salaire brut mensuel': 800, 'Heures de formation': 250, Attendu: 'OK', Notes: 'temps partiel 28 h : 55 % × 11,88 × 28 × 52/12 = 792,80 €' },
  { Référence: 'PRO-025', 'Date de naissance': '2004-10-10', Diplôme: 'aucun', 'Attendu (codes)': 'MISSING_VALUE', Attendu: 'Erreur', Notes: 'salaire non renseigné : le contrat ne peut pas être vérifié' },
];

const DATE_COLUMNS = new Set(['Date de naissance', 'Date de début', 'Date de fin', 'Date de signature', 'Date de dépôt']);
const isIso = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const frDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const frNumber = (n: number) => (Number.isInteger(n) ? String(n) : String(n).replace('.', ','));

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));
const rows = ROWS.map((r) => ({ ...BASE, ...r }));

// xlsx: real dates and numbers, as HR keeps them in Excel
const wb = new ExcelJS.Workbook();
wb.creator = 'FormaPro';
const ws = wb.addWorksheet('Contrats');
ws.addRow([...HEADERS]).font = { bold: true };
for (const r of rows) {
  ws.addRow(
    HEADERS.map((h) => {
      const v = r[h];
      if (DATE_COLUMNS.has(h) && isIso(v)) return new Date(`${v}T00:00:00Z`);
      return v ?? null;
    }),
  );
}
HEADERS.forEach((h, i) => {
  const col = ws.getColumn(i + 1);
  col.width = h === 'Notes' ? 70 : Math.max(12, h.length + 2);
  if (DATE_COLUMNS.has(h)) col.numFmt = 'dd/mm/yyyy';
});
ws.views = [{ state: 'frozen', ySplit: 1 }];
await wb.xlsx.writeFile(`${examples}contrats-pro.xlsx`);

// CSV: ";" and Windows-1252, French dates and decimal commas, as "Enregistrer sous CSV (séparateur : point-virgule)"
const cell = (h: string, v: string | number | undefined) => {
  if (v === undefined) return '';
  const s = typeof v === 'number' ? frNumber(v) : DATE_COLUMNS.has(h) && isIso(v) ? frDate(v) : v;
  return /[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = [HEADERS.join(';'), ...rows.map((r) => HEADERS.map((h) => cell(h, r[h])).join(';'))].join('\r\n') + '\r\n';
writeFileSync(`${examples}contrats-pro.csv`, iconv.encode(csv.replace(/’/g, "'").replace(/≥/g, '>=').replace(/×/g, 'x').replace(/\u202f/g, ' '), 'win1252'));
// JSON for the add-in preview (the task pane validates it there): dates as Excel serials shown dd/mm/yyyy
const serial = (iso: string) => Math.round(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000) + 25_569;
const letter = (i: number) => String.fromCharCode(65 + i);
const formats: Record<string, string> = {};
HEADERS.forEach((h, i) => {
  if (DATE_COLUMNS.has(h)) formats[`${letter(i)}2:${letter(i)}${rows.length + 1}`] = 'dd/mm/yyyy';
});
const json = {
  title: 'FormaPro — sample contrats de professionnalisation',
  description: 'Generated by apps/cli/scripts/make-examples.ts from the same table as contrats-pro.xlsx and contrats-pro.csv.',
  sheets: [
    {
      name: 'Contrats',
      widths: HEADERS.map((h) => (h === 'Notes' ? 420 : h === 'Attendu' ? 70 : h === 'Attendu (codes)' ? 200 : 110)),
      formats,
      notes: ['Sample contracts: the task pane (right) validates this sheet with the same engine as formapro validate; "Attendu" is the expected verdict, "Attendu (codes)" the expected findings.'],
      cells: [[...HEADERS], ...rows.map((r) => HEADERS.map((h) => { const v = r[h]; return v === undefined ? null : DATE_COLUMNS.has(h) && isIso(v) ? serial(v) : v; }))],
    },
  ],
};
writeFileSync(`${examples}contrats-pro.json`, `${JSON.stringify(json, null, 1)}\n`);
console.log(`wrote ${rows.length} contracts to examples/contrats-pro.xlsx, .csv and .json`);
