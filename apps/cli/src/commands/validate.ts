/** `formapro validate FILE.xlsx|FILE.csv`: the contract rows of a sheet, judged row by row. */
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { checkMapping, CONTRACT_FIELDS, fieldByName, isIsoDate, type ColumnMapping } from '@formapro/core';
import { err, fail } from '../io.js';
import { helpLang, langOf, localise, type FrenchCommandText, type Lang } from '../lang.js';
import { runValidate, summaryLine } from '../validate/run.js';
import type { Format } from '../validate/write.js';

const HELP = `
Reads a sheet of contrats de professionnalisation, one row per contract, as HR systems export it: the header
row is found below any title rows, and columns are recognised by their usual names in French or English
("Date naissance", "Né(e) le", "DATE_DEBUT", "Salaire brut (€)", "Temps de travail (h/sem)"…). What was read
is said on stderr before the verdicts: the columns recognised, those ignored, and the checks not made for
want of a column. Totals and notes below the data are skipped, not judged. Each contract is checked as of
its own dates: eligibility (L6325-1), pay for every month (D6325-15/-16/-18), duration (L6325-11/-12),
training hours (L6325-13), deposit (D6325-1), tutor (D6325-6/-9), abroad (L6325-25), renewal (L6325-7).

Explicit columns, where recognition is not enough:
  --map "Salaire brut (€)=salary"     this header holds that field (repeatable; "=ignore" skips a column)
  --mapping colonnes.json             {"headerRow": 3, "fields": {"monthly_salary": "Salaire brut (€)"}, "ignore": []}
  --header-row 3                      the header is on row 3
Fields: ${CONTRACT_FIELDS.map((f) => f.field).join(', ')}

Examples:
  $ formapro validate examples/contrats-pro.xlsx
  $ formapro validate export-rh.xlsx --format xlsx --out export-rh-verifie.xlsx --lang fr
  $ formapro validate contrats.csv --format json > verdicts.json
  $ formapro validate contrats.csv --map "Brut=salary" --map "Date=start" --format csv --out verdicts.csv

Exit codes: 0 no contract in error, 1 some contracts in error, 2 the file cannot be read or a required
column is missing (then no contract is judged).`;

const FR: FrenchCommandText = {
  summary: 'vérifier une feuille de contrats de professionnalisation (xlsx ou CSV), chaque ligne avec ses articles',
  description: 'Vérifie une feuille de contrats de professionnalisation (xlsx ou CSV) et rend chaque ligne avec ses constats et leurs articles.',
  args: { file: 'un classeur .xlsx ou un export .csv (séparé par « ; » ou « , », UTF-8 ou Windows-1252)' },
  options: {
    '--sheet': 'feuille à lire (par défaut : la première)',
    '--as-of': 'date de la vérification, AAAA-MM-JJ (signale un dépôt non renseigné une fois son délai passé)',
    '--format': 'table (par défaut dans un terminal), json (par défaut sinon), csv ou xlsx',
    '--out': 'écrire le rapport dans un fichier (obligatoire pour xlsx)',
    '--map': 'la colonne de cet en-tête contient ce champ (répétable)',
    '--mapping': 'les colonnes d’un fichier de correspondance (le volet exporte le même JSON)',
    '--header-row': 'numéro de ligne de l’en-tête (par défaut : trouvé sous les éventuelles lignes de titre)',
    '--lang': 'langue des messages : fr ou en (par défaut : selon LANG)',
  },
  help: `
Lit une feuille de contrats de professionnalisation, une ligne par contrat, telle que les logiciels RH
l'exportent : la ligne d'en-tête est trouvée sous les éventuelles lignes de titre, et les colonnes sont
reconnues par leurs noms usuels en français ou en anglais (« Date naissance », « Né(e) le », « DATE_DEBUT »,
« Salaire brut (€) », « Temps de travail (h/sem) »…). Ce qui a été lu est dit sur stderr avant les
verdicts : les colonnes reconnues, celles ignorées, et les contrôles non effectués faute de colonne. Les
totaux et notes sous les données sont sautés, pas jugés. Chaque contrat est vérifié à ses propres dates :
éligibilité (L6325-1), salaire de chaque mois (D6325-15/-16/-18), durée (L6325-11/-12), heures de formation
(L6325-13), dépôt (D6325-1), tuteur (D6325-6/-9), étranger (L6325-25), renouvellement (L6325-7).

Colonnes imposées, quand la reconnaissance ne suffit pas :
  --map "Salaire brut (€)=salary"     cet en-tête contient ce champ (répétable ; "=ignore" écarte une colonne)
  --mapping colonnes.json             {"headerRow": 3, "fields": {"monthly_salary": "Salaire brut (€)"}, "ignore": []}
  --header-row 3                      l'en-tête est en ligne 3
Champs : ${CONTRACT_FIELDS.map((f) => f.field).join(', ')}

Exemples :
  $ formapro validate examples/contrats-pro.xlsx --lang fr
  $ formapro validate export-rh.xlsx --format xlsx --out export-rh-verifie.xlsx --lang fr
  $ formapro validate contrats.csv --format csv --out verdicts.csv --lang fr
  $ formapro validate contrats.csv --map "Brut=salary" --map "Date=start"

Codes de sortie : 0 aucun contrat en erreur, 1 des contrats en erreur, 2 fichier illisible ou colonne
obligatoire absente (aucun contrat n'est alors jugé).`,
};

export function register(program: Command): void {
  const command = program
    .command('validate')
    .description('check a sheet of contrat de professionnalisation rows (xlsx or CSV) and report each row with its articles')
    .argument('<file>', 'an .xlsx workbook or a .csv export (";" or "," separated, UTF-8 or Windows-1252)')
    .option('--sheet <name>', 'sheet to read (default: the first)')
    .option('--as-of <date>', 'date of the check, YYYY-MM-DD (flags a deposit not stated once its deadline has passed)')
    .option('--format <format>', 'table (default on a terminal), json (default otherwise), csv or xlsx')
    .option('--out <path>', 'write the report to a file (required for xlsx)')
    .option('--map <header=field>', 'the column with this header holds that field (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--mapping <file.json>', 'columns from a mapping file (the task pane exports the same JSON)')
    .option('--header-row <n>', 'sheet row number of the header (default: detected below any title rows)')
    .option('--lang <lang>', 'language of the messages: fr or en (default: from LANG)')
    .addHelpText('after', HELP);
  localise(command, helpLang(), FR).action(async (file: string, opts: { sheet?: string; asOf?: string; format?: string; out?: string; lang?: string; map: string[]; mapping?: string; headerRow?: string }) => {
      const lang = langOf(opts.lang);
      const fr = lang === 'fr';
      const usage = (en: string, frText: string) => {
        err(`formapro validate${fr ? ' : ' : ': '}${fr ? frText : en}`);
        fail(2);
      };
      const format = (opts.format ?? (process.stdout.isTTY ? 'table' : 'json')) as Format;
      if (!['json', 'csv', 'xlsx', 'table'].includes(format)) return usage(`--format must be json, csv, xlsx or table, not "${opts.format}"`, `--format doit valoir json, csv, xlsx ou table, et non « ${opts.format} »`);
      if (format === 'xlsx' && !opts.out) return usage('--format xlsx needs --out FILE.xlsx', '--format xlsx demande --out FICHIER.xlsx');
      if (opts.asOf !== undefined && !isIsoDate(opts.asOf)) return usage(`--as-of must be a date YYYY-MM-DD, not "${opts.asOf}"`, `--as-of doit être une date AAAA-MM-JJ, et non « ${opts.asOf} »`);
      let mapping: ColumnMapping;
      try {
        mapping = mappingFrom(opts, lang);
      } catch (e) {
        return usage((e as Error).message, (e as Error).message);
      }
      const result = await runValidate({ file, sheet: opts.sheet, asOf: opts.asOf, format, out: opts.out, lang, mapping, progress: Boolean(process.stderr.isTTY) });
      if (result.exitCode === 2) {
        err(`formapro validate${fr ? ' : ' : ': '}${result.message}`);
        return fail(2);
      }
      err(summaryLine(result.summary!, file, lang));
      fail(result.exitCode);
    });
}

class UsageError extends Error {}

/** `--mapping FILE.json`, then `--map "Header=field"` on top of it, then `--header-row N`. */
function mappingFrom(opts: { map: string[]; mapping?: string; headerRow?: string }, lang: Lang): ColumnMapping {
  const fr = lang === 'fr';
  const mapping: ColumnMapping = { fields: {}, ignore: [] };
  if (opts.mapping) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(opts.mapping, 'utf8').replace(/^\uFEFF/, ''));
    } catch (e) {
      throw new UsageError(fr ? `--mapping : ${opts.mapping} n'est pas un fichier JSON lisible (${(e as Error).message})` : `--mapping: ${opts.mapping} is not a readable JSON file (${(e as Error).message})`);
    }
    const problem = checkMapping(parsed);
    if (problem) throw new UsageError(fr ? `--mapping : ${opts.mapping} : ${problem.fr}` : `--mapping: ${opts.mapping}: ${problem.en}`);
    const m = parsed as ColumnMapping;
    Object.assign(mapping.fields!, m.fields ?? {});
    mapping.ignore!.push(...(m.ignore ?? []));
    if (m.headerRow !== undefined) mapping.headerRow = m.headerRow;
  }
  for (const pair of opts.map) {
    const at = pair.lastIndexOf('=');
    const header = at > 0 ? pair.slice(0, at).trim() : '';
    const name = at > 0 ? pair.slice(at + 1).trim() : '';
    if (!header) throw new UsageError(fr ? `--map attend "En-tête=champ", et non « ${pair} »` : `--map expects "Header=field", not "${pair}"`);
    const field = fieldByName(name);
    if (field === undefined)
      throw new UsageError(fr ? `--map « ${pair} » : « ${name} » n'est pas un champ (champs : ${CONTRACT_FIELDS.map((f) => f.field).join(', ')}, ou ignore)` : `--map "${pair}": "${name}" is not a field (fields: ${CONTRACT_FIELDS.map((f) => f.field).join(', ')}, or ignore)`);
    if (field === null) mapping.ignore!.push(header);
    else mapping.fields![field] = header;
  }
  if (opts.headerRow !== undefined) {
    const n = Number(opts.headerRow);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(fr ? `--header-row doit être un numéro de ligne (1, 2, …), et non « ${opts.headerRow} »` : `--header-row must be a row number (1, 2, …), not "${opts.headerRow}"`);
    mapping.headerRow = n;
  }
  return mapping;
}
