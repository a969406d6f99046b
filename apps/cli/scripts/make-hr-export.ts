/**
 * Generates a contracts export written the way French HR and payroll systems write them, from ONE table:
 * - examples/export-rh.xlsx: two merged title rows above the header, real date cells, an amount given by a
 *   formula (with its cached value), a formula column no check reads, and a TOTAL row with a SUM;
 * - examples/export-rh.csv: ";" separated, UTF-8 with a BOM, French dates and decimal commas, TOTAL row;
 * - examples/export-rh-1252.csv: the same in Windows-1252 (older French Excel);
 * - examples/export-rh.json: the same sheet for the add-in preview ("Export RH" tab, formulas as "=…" text that
 *   the preview's HyperFormula computes, dates as Excel serials), which the task pane's e2e drives;
 * - examples/export-rh.attendu.json: the verdict and the finding codes each contract must get, worked by
 *   hand below from the articles (SMIC 11.88 €/h from 2024-11-01 to 2025-12-31: 1,801.80 € a month).
 * Run: pnpm --filter @formapro/cli exec tsx scripts/make-hr-export.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

const HEADERS = [
  'Matricule', 'Nom', 'Prénom', 'Date naissance', 'Niveau diplôme', 'Type de contrat', 'Début contrat', 'Fin contrat',
  'Temps de travail (h/sem)', 'Salaire brut (€)', 'Salaire annuel brut (€)', 'Durée formation (h)', "Demandeur d'emploi",
  'Ancienneté tuteur (mois)', 'Nb tutorés', 'Date envoi OPCO',
] as const;
type Header = (typeof HEADERS)[number];
type Row = Partial<Record<Header, string | number>> & { status: 'ok' | 'warning' | 'error'; codes: string[]; why: string };

const BASE: Partial<Record<Header, string | number>> = {
  'Type de contrat': 'CDD', 'Début contrat': '2025-03-03', 'Fin contrat': '2025-12-31', 'Temps de travail (h/sem)': 35, 'Durée formation (h)': 300,
  "Demandeur d'emploi": 'non', 'Ancienneté tuteur (mois)': 36, 'Nb tutorés': 1, 'Date envoi OPCO': '2025-03-06',
};

// A 2025-03-03 → 2025-12-31 contract at 35 h: 9 months 29 days ≈ 9.97 months × 35 × 52/12 ≈ 1,512 h, so
// training between 15 % ≈ 227 h and 25 % ≈ 378 h (L6325-13); filing by 2025-03-08 (D6325-1).
const ROWS: Row[] = [
  { Matricule: 'S1001', Nom: 'Martin', Prénom: 'Léa', 'Date naissance': '2004-05-12', 'Niveau diplôme': 'Bac pro', 'Salaire brut (€)': 1450, status: 'ok', codes: [], why: '20 ans, bac pro : 65 % ; 21 ans le 12/05/2025, 80 % × 1 801,80 = 1 441,44 € dès le 01/06/2025 (D6325-15, D6325-16) ≤ 1 450 €' },
  { Matricule: 'S1002', Nom: 'Petit', Prénom: 'Hugo', 'Date naissance': '2010-09-01', 'Niveau diplôme': 'Aucun', 'Salaire brut (€)': 1000, status: 'error', codes: ['NOT_ELIGIBLE_AGE'], why: '14 ans au début : le contrat est ouvert à partir de 16 ans (L6325-1)' },
  { Matricule: 'S1003', Nom: 'Durand', Prénom: 'Chloé', 'Date naissance': '1996-06-15', 'Niveau diplôme': 'Master', 'Salaire brut (€)': 1900, status: 'error', codes: ['NOT_ELIGIBLE', 'CONVENTIONAL_MINIMUM_NOT_STATED'], why: '28 ans, pas demandeuse d’emploi : non éligible (L6325-1) ; minimum conventionnel absent (D6325-18)' },
  { Matricule: 'S1004', Nom: 'Leroy', Prénom: 'Nathan', 'Date naissance': '2003-02-02', 'Niveau diplôme': 'BTS', 'Début contrat': '2025-04-01', 'Fin contrat': '2025-01-31', 'Salaire brut (€)': 1500, 'Date envoi OPCO': '2025-04-02', status: 'error', codes: ['END_BEFORE_START'], why: 'fin le 31/01/2025 avant le début le 01/04/2025' },
  { Matricule: 'S1005', Nom: 'Moreau', Prénom: 'Inès', 'Date naissance': '2005-01-10', 'Niveau diplôme': 'CAP', 'Temps de travail (h/sem)': 24, 'Salaire brut (€)': 690, 'Durée formation (h)': 200, status: 'ok', codes: [], why: '20 ans, CAP : 55 % × 11,88 × 24 h × 52/12 = 679,54 € ≤ 690 € (à 35 h il faudrait 990,99 €) ; 200 h entre 15 % et 25 % de ≈ 1 037 h' },
  { Matricule: 'S1006', Nom: 'Simon', Prénom: 'Lucas', 'Date naissance': '2004-07-07', 'Niveau diplôme': 'Bac pro', 'Salaire brut (€)': 1450, 'Date envoi OPCO': '2025-03-14', status: 'error', codes: ['DEPOSIT_LATE'], why: '21 ans le 07/07/2025 : 80 % = 1 441,44 € dès le 01/08/2025 ≤ 1 450 € ; transmis à l’OPCO le 14/03/2025, limite le 08/03/2025 (D6325-1)' },
  { Matricule: 'S1007', Nom: 'Laurent', Prénom: 'Emma', 'Date naissance': '2004-07-07', 'Niveau diplôme': 'Bac pro', 'Salaire brut (€)': 1450, 'Durée formation (h)': 39, status: 'error', codes: ['TRAINING_HOURS_TOO_LOW'], why: '39 h de formation : au moins 15 % et jamais moins de 150 h (L6325-13)' },
  { Matricule: 'S1008', Nom: 'Lefebvre', Prénom: 'Tom', 'Date naissance': '2004-07-07', 'Niveau diplôme': 'Bac pro', 'Salaire brut (€)': 1450, 'Ancienneté tuteur (mois)': 12, status: 'error', codes: ['TUTOR_EXPERIENCE'], why: 'tuteur avec 12 mois d’expérience : 2 ans requis (D6325-6)' },
  { Matricule: 'S1009', Nom: 'Michel', Prénom: 'Sarah', 'Date naissance': '1997-11-20', 'Niveau diplôme': 'Licence', 'Salaire brut (€)': 1850, "Demandeur d'emploi": 'oui', status: 'warning', codes: ['CONVENTIONAL_MINIMUM_NOT_STATED'], why: '27 ans, demandeuse d’emploi : éligible ; ≥ SMIC 1 801,80 €, mais 85 % du minimum conventionnel non vérifiable (D6325-18)' },
  { Matricule: 'S1010', Nom: 'Garcia', Prénom: 'Yanis', 'Date naissance': '2003-01-20', 'Niveau diplôme': 'BTS', 'Salaire brut (€)': 1300, status: 'error', codes: ['SALARY_BELOW_MINIMUM'], why: '22 ans, BTS : 80 % × 1 801,80 = 1 441,44 € > 1 300 € (D6325-15)' },
  { Matricule: 'S1011', Nom: 'David', Prénom: 'Jade', 'Date naissance': '2005-08-30', 'Niveau diplôme': 'Aucun', 'Salaire brut (€)': 1000, status: 'ok', codes: [], why: '19 ans, sans diplôme : 55 % × 1 801,80 = 990,99 € ≤ 1 000 €' },
  { Matricule: 'S1012', Nom: 'Bertrand', Prénom: 'Noah', 'Date naissance': '2002-04-04', 'Niveau diplôme': 'Licence', 'Salaire brut (€)': 1500, status: 'ok', codes: [], why: '22 ans, licence : 80 % = 1 441,44 € ≤ 1 500 € (montant donné par une formule)' },
];

const DATES = new Set<Header>(['Date naissance', 'Début contrat', 'Fin contrat', 'Date envoi OPCO']);
const MONEY = new Set<Header>(['Salaire brut (€)', 'Salaire annuel brut (€)']);
const TITLE = ['Export paie — contrats de professionnalisation', 'Société Exemple SAS — extrait du 31/03/2025'];
const value = (r: Row, h: Header) => (r[h] ?? BASE[h] ?? null) as string | number | null;
const frDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const frNumber = (n: number) => n.toFixed(2).replace('.', ',');

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));

async function xlsx() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'FormaPro';
  const ws = wb.addWorksheet('Contrats pro');
  const last = HEADERS.length;
  TITLE.forEach((t, i) => {
    ws.getCell(i + 1, 1).value = t;
    ws.getCell(i + 1, 1).font = { bold: i === 0, size: i === 0 ? 14 : 11 };
    ws.mergeCells(i + 1, 1, i + 1, last);
  });
  const header = ws.getRow(3);
  header.values = [...HEADERS];
  header.font = { bold: true };
  const salaryCol = HEADERS.indexOf('Salaire brut (€)') + 1;
  const salaryLetter = String.fromCharCode(64 + salaryCol);
  ROWS.forEach((r, i) => {
    const n = 4 + i;
    const row = ws.getRow(n);
    HEADERS.forEach((h, c) => {
      const cell = row.getCell(c + 1);
      const v = value(r, h);
      if (h === 'Salaire annuel brut (€)') cell.value = { formula: `${salaryLetter}${n}*12`, result: Number(value(r, 'Salaire brut (€)')) * 12 };
      else if (h === 'Salaire brut (€)' && r.Matricule === 'S1012') cell.value = { formula: '1250*1.2', result: 1500 };
      else if (DATES.has(h) && typeof v === 'string') cell.value = new Date(`${v}T00:00:00Z`);
      else cell.value = v;
      if (DATES.has(h)) cell.numFmt = 'dd/mm/yyyy';
      if (MONEY.has(h)) cell.numFmt = '#,##0.00 "€"';
    });
  });
  const total = ws.getRow(4 + ROWS.length);
  total.getCell(1).value = 'TOTAL';
  total.getCell(salaryCol).value = { formula: `SUM(${salaryLetter}4:${salaryLetter}${3 + ROWS.length})`, result: ROWS.reduce((s, r) => s + Number(value(r, 'Salaire brut (€)')), 0) };
  total.getCell(salaryCol).numFmt = '#,##0.00 "€"';
  total.font = { bold: true };
  ws.columns.forEach((c, i) => (c.width = i < 3 ? 12 : 16));
  await wb.xlsx.writeFile(`${examples}export-rh.xlsx`);
}

function csv(): string {
  const cell = (v: string | number | null, h: Header) => {
    if (v === null) return '';
    if (DATES.has(h) && typeof v === 'string') return frDate(v);
    if (MONEY.has(h) && typeof v === 'number') return frNumber(v);
    return String(v);
  };
  const lines = [HEADERS.join(';')];
  for (const r of ROWS) lines.push(HEADERS.map((h) => (h === 'Salaire annuel brut (€)' ? frNumber(Number(value(r, 'Salaire brut (€)')) * 12) : cell(value(r, h), h))).join(';'));
  lines.push(HEADERS.map((h, i) => (i === 0 ? 'TOTAL' : h === 'Salaire brut (€)' ? frNumber(ROWS.reduce((s, r) => s + Number(value(r, h)), 0)) : '')).join(';'));
  return `${lines.join('\r\n')}\r\n`;
}

// The preview workbook's sheet (apps/excel-addin/src/preview): the same cells as the xlsx, formulas as text.
function previewJson(): string {
  const letter = (i: number) => String.fromCharCode(65 + i);
  const serial = (iso: string) => Math.round(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000) + 25_569;
  const salaryLetter = letter(HEADERS.indexOf('Salaire brut (€)'));
  const last = 3 + ROWS.length;
  const blank = () => HEADERS.map(() => null as string | number | null);
  const cells: (string | number | null)[][] = TITLE.map((t) => blank().map((_, i) => (i === 0 ? t : null)));
  cells.push([...HEADERS]);
  ROWS.forEach((r, i) => {
    const n = 4 + i;
    cells.push(
      HEADERS.map((h) => {
        const v = value(r, h);
        if (h === 'Salaire annuel brut (€)') return `=${salaryLetter}${n}*12`;
        if (h === 'Salaire brut (€)' && r.Matricule === 'S1012') return '=1250*1.2';
        return DATES.has(h) && typeof v === 'string' ? serial(v) : v;
      }),
    );
  });
  cells.push(HEADERS.map((h, i) => (i === 0 ? 'TOTAL' : h === 'Salaire brut (€)' ? `=SUM(${salaryLetter}4:${salaryLetter}${last})` : null)));
  const formats: Record<string, string> = {};
  HEADERS.forEach((h, i) => {
    if (DATES.has(h)) formats[`${letter(i)}4:${letter(i)}${last}`] = 'dd/mm/yyyy';
    if (MONEY.has(h)) formats[`${letter(i)}4:${letter(i)}${last + 1}`] = '#,##0.00 €';
  });
  const json = {
    title: 'FormaPro — sample HR export',
    description: 'Generated by apps/cli/scripts/make-hr-export.ts from the same table as export-rh.xlsx: two title rows, the header on row 3, formulas, a TOTAL row.',
    sheets: [
      {
        name: 'Export RH',
        header: false,
        widths: HEADERS.map((_, i) => (i < 3 ? 90 : 120)),
        formats,
        notes: ['An HR export as payroll systems write it: two title rows, the header on row 3, a formula column and a TOTAL row. The task pane finds the header row and the columns (step "Colonnes"), then validates the 12 contracts; the TOTAL row is not judged.'],
        cells,
      },
    ],
  };
  return `${JSON.stringify(json, null, 1)}\n`;
}

await xlsx();
writeFileSync(`${examples}export-rh.json`, previewJson());
writeFileSync(`${examples}export-rh.csv`, `\uFEFF${csv()}`, 'utf8');
writeFileSync(`${examples}export-rh-1252.csv`, iconv.encode(csv(), 'win1252'));
writeFileSync(
  `${examples}export-rh.attendu.json`,
  `${JSON.stringify({ description: 'Verdict and finding codes (errors and warnings) each contract of export-rh.* must get, worked from the articles; generated by apps/cli/scripts/make-hr-export.ts.', header_row: { xlsx: 3, csv: 1 }, total_row: { xlsx: 4 + ROWS.length, csv: 2 + ROWS.length }, contracts: ROWS.map((r) => ({ reference: r.Matricule, status: r.status, codes: r.codes, why: r.why })) }, null, 1)}\n`,
);
console.log(`examples/export-rh.{xlsx,csv,json}, export-rh-1252.csv, export-rh.attendu.json: ${ROWS.length} contracts`);
