/**
 * `formapro sample`: the README quick start's "main job" on embedded data, no file needed. It runs the
 * SAMPLE_STEPS in order and exits with the worst exit code. Adding a step (e.g. validating the example
 * workbook) is one entry in SAMPLE_STEPS.
 *
 * The sample contract (D6325-15, D6325-16): a 12-month CDD contrat de professionnalisation,
 * 2024-02-12 → 2025-02-11, 35 h a week, for a person born 2003-02-12 (21 on the first day) holding no
 * bac pro: 55 % of the SMIC in February 2024, 70 % from 2024-03-01, and the SMIC rise of 2024-11-01.
 */
import type { Command } from 'commander';
import { evaluate, FnError, formatValue } from '@formapro/functions';
import { alignTable, fail, out } from '../io.js';
import { helpLang, langOf, tr, type Lang } from '../lang.js';
import { renderSchedule } from '../schedule.js';
import { runValidate, summaryLine } from '../validate/run.js';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface SampleContext {
  lang: Lang;
  /** Prints a line on stdout. */
  print(text?: string): void;
}

export interface SampleStep {
  title: { en: string; fr: string };
  /** Returns an exit code (0 ok, 1 findings/errors, 2 unreadable input). */
  run(ctx: SampleContext): number | Promise<number>;
}

export const SAMPLE_CONTRACT = {
  birthDate: '2003-02-12',
  start: '2024-02-12',
  end: '2025-02-11',
  qualification: 'none',
  months: 12,
} as const;

/** A few figures of the sample contract, each computed by the catalogue (same as the Excel functions). */
const FIGURES: { label: { en: string; fr: string }; fn: string; args: (string | number | boolean)[] }[] = [
  { label: { en: 'Minimum, first month (55 %)', fr: 'Minimum, premier mois (55 %)' }, fn: 'PRO_MIN_SALARY_AT', args: [SAMPLE_CONTRACT.birthDate, SAMPLE_CONTRACT.start, SAMPLE_CONTRACT.qualification, SAMPLE_CONTRACT.start] },
  { label: { en: 'Minimum from 2024-03-01 (70 %)', fr: 'Minimum à partir du 01/03/2024 (70 %)' }, fn: 'PRO_MIN_SALARY_AT', args: [SAMPLE_CONTRACT.birthDate, '2024-03-01', SAMPLE_CONTRACT.qualification, SAMPLE_CONTRACT.start] },
  { label: { en: 'Training hours, at least', fr: 'Heures de formation, au moins' }, fn: 'PRO_TRAINING_HOURS', args: [SAMPLE_CONTRACT.months, 35, 'min'] },
  { label: { en: 'Training hours, at most (25 %)', fr: 'Heures de formation, au plus (25 %)' }, fn: 'PRO_TRAINING_HOURS', args: [SAMPLE_CONTRACT.months, 35, 'max'] },
  { label: { en: 'Send the contract to the OPCO by', fr: "Transmettre le contrat à l'OPCO au plus tard le" }, fn: 'PRO_DEPOSIT_DEADLINE', args: [SAMPLE_CONTRACT.start] },
  { label: { en: 'Longest action (months)', fr: 'Durée maximale de l’action (mois)' }, fn: 'PRO_MAX_DURATION', args: [false, false, SAMPLE_CONTRACT.start] },
  { label: { en: 'Longest part abroad (months)', fr: "Durée maximale à l'étranger (mois)" }, fn: 'PRO_MAX_ABROAD', args: [SAMPLE_CONTRACT.months, SAMPLE_CONTRACT.start] },
];

/**
 * The sample contracts workbook: 25 rows, French headers, an "Attendu" column with the expected verdict.
 * The bundle carries a copy beside it (dist/examples/, so an installed formapro has it); from the sources,
 * the repository's examples/.
 */
const BESIDE_BUNDLE = fileURLToPath(new URL('./examples/contrats-pro.xlsx', import.meta.url));
export const SAMPLE_WORKBOOK = existsSync(BESIDE_BUNDLE) ? BESIDE_BUNDLE : fileURLToPath(new URL('../../../../examples/contrats-pro.xlsx', import.meta.url));

export const SAMPLE_STEPS: SampleStep[] = [
  {
    title: { en: 'Validate the sample contracts workbook examples/contrats-pro.xlsx', fr: 'Vérification du classeur exemple examples/contrats-pro.xlsx' },
    async run(ctx) {
      const result = await runValidate({ file: SAMPLE_WORKBOOK, format: 'table', lang: ctx.lang });
      if (result.exitCode === 2) {
        ctx.print(`formapro validate: ${result.message}`);
        return 2;
      }
      ctx.print();
      ctx.print(summaryLine(result.summary!, 'examples/contrats-pro.xlsx', ctx.lang));
      ctx.print(
        tr(
          ctx.lang,
          'The sample holds faulty rows on purpose: its "Attendu" column gives the verdict each row must get. Same engine as the Excel task pane; your own file: formapro validate FILE.xlsx',
          'L’exemple contient volontairement des lignes fautives : sa colonne « Attendu » donne le verdict attendu. Même moteur que le volet Excel ; votre fichier : formapro validate FICHIER.xlsx',
        ),
      );
      return 0;
    },
  },
  {
    title: { en: 'Sample contract: salary schedule', fr: 'Contrat exemple : échéancier de salaire' },
    run(ctx) {
      const c = SAMPLE_CONTRACT;
      ctx.print(
        tr(
          ctx.lang,
          `Contrat de professionnalisation (CDD) ${c.start} → ${c.end}, 35 h/week; born ${c.birthDate} (21 on the first day), no bac pro: 55 % of the SMIC, then 70 % from the 1st of the month after the 21st birthday (D6325-15, D6325-16).`,
          `Contrat de professionnalisation (CDD) du ${c.start} au ${c.end}, 35 h/semaine ; né(e) le ${c.birthDate} (21 ans le premier jour), sans bac pro : 55 % du SMIC, puis 70 % à partir du 1er du mois qui suit les 21 ans (D6325-15, D6325-16).`,
        ),
      );
      ctx.print();
      const r = renderSchedule({ birthDate: c.birthDate, start: c.start, end: c.end, qualification: c.qualification }, 'table', ctx.lang);
      if (r.stdout) ctx.print(r.stdout);
      if (r.stderr) ctx.print(r.stderr);
      return r.exitCode;
    },
  },
  {
    title: { en: 'Sample contract: key figures', fr: 'Contrat exemple : chiffres clés' },
    run(ctx) {
      let code = 0;
      const rows: string[][] = [];
      for (const f of FIGURES) {
        const r = evaluate(f.fn, f.args);
        if (r.value instanceof FnError) code = 1;
        const value = r.value instanceof FnError ? `${r.value.code} ${r.value.message}` : formatValue(r.value);
        const call = `=FR.${f.fn}(${f.args.map((a) => (typeof a === 'string' ? JSON.stringify(a) : typeof a === 'boolean' ? String(a).toUpperCase() : a)).join(', ')})`;
        rows.push([`  ${ctx.lang === 'fr' ? f.label.fr : f.label.en}`, value, `${call}  ${r.articles.join(', ')}`]);
      }
      ctx.print(alignTable(rows, [false, true, false]));
      return code;
    },
  },
];

export function register(program: Command): void {
  program
    .command('sample')
    .alias('exemple')
    .summary(tr(helpLang(), 'run the main job on the embedded sample (quick start)', 'lancer le travail principal sur l’exemple intégré (démarrage rapide)'))
    .description(tr(helpLang(), 'Run FormaPro on its embedded sample: validate the sample contracts workbook (examples/contrats-pro.xlsx), then a contrat de professionnalisation, its salary schedule and key figures.', 'Lance FormaPro sur son exemple intégré : vérifie le classeur de contrats d’exemple (examples/contrats-pro.xlsx), puis un contrat de professionnalisation, son échéancier de salaire et ses chiffres clés.'))
    .option('--lang <lang>', tr(helpLang(), 'fr or en (default: from LC_ALL, LC_MESSAGES, LANG)', 'fr ou en (par défaut : LC_ALL, LC_MESSAGES, LANG)'))
    .addHelpText('after', `\n${tr(helpLang(), 'Example:', 'Exemple :')}\n  $ pnpm sample\n  $ formapro sample --lang fr`)
    .action(async (o: { lang?: string }) => {
      const ctx: SampleContext = { lang: langOf(o.lang), print: (t = '') => out(t) };
      for (const [i, step] of SAMPLE_STEPS.entries()) {
        if (i > 0) ctx.print();
        ctx.print(`== ${ctx.lang === 'fr' ? step.title.fr : step.title.en} ==`);
        fail(await step.run(ctx));
      }
    });
}
