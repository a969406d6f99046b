/**
 * Evaluating a catalogue function: never throws. Every LawError becomes `#VALUE!` (unusable argument)
 * or `#N/A` (the law has no answer for that date) with a message naming the argument; any other
 * exception is a defect, reported as `#VALUE!` rather than a crash.
 */
import { isIsoDate, LawError, type Warning } from '@formapro/core';
import { CATALOGUE, findFunction } from './catalogue/index.js';
import { headerLabel } from './labels.js';
import { DateValue, FnError, type CellValue, type FnValue, type Lang } from './values.js';

export interface Evaluation {
  value: FnValue | FnError;
  articles: string[];
  warnings: Warning[];
}

export function errorFrom(e: unknown, functionName: string): FnError {
  if (e instanceof LawError) {
    // In French, the argument is named as French Excel shows it (diplome, date_naissance…).
    const frField = findFunction(functionName)?.params.find((p) => p.name === e.field)?.fr ?? e.field;
    // Cite the articles the message does not already name.
    const cite = (text: string) => {
      const missing = e.articles.filter((a) => !text.includes(a));
      return missing.length ? ` (${missing.join(', ')})` : '';
    };
    return new FnError(e.kind === 'no-law-for-date' ? '#N/A' : '#VALUE!', `${e.field}: ${e.text.en}${cite(e.text.en)}`, `${frField} : ${e.text.fr}${cite(e.text.fr)}`);
  }
  const detail = e instanceof Error ? e.message : String(e);
  return new FnError('#VALUE!', `${functionName}: internal error (${detail}); please report it`, `${functionName} : erreur interne (${detail}) ; merci de la signaler`);
}

/**
 * Evaluates `name` with cell arguments, with its articles and warnings. `lang` chooses the language of a
 * text result and of a spilled table's header row (errors carry both languages).
 */
export function evaluate(name: string, args: CellValue[], lang: Lang = 'en'): Evaluation {
  const spec = findFunction(name);
  if (!spec) return { value: new FnError('#VALUE!', `unknown function ${name}`, `fonction inconnue ${name}`), articles: [], warnings: [] };
  if (args.length > spec.params.length) {
    return {
      value: new FnError(
        '#VALUE!',
        `${spec.name} takes at most ${spec.params.length} arguments, ${args.length} were given`,
        `${spec.fr} prend au plus ${spec.params.length} arguments, ${args.length} ont été donnés`,
      ),
      articles: [],
      warnings: [],
    };
  }
  try {
    const r = spec.run(args, lang);
    if (!finite(r.value))
      return {
        value: new FnError(
          '#VALUE!',
          `${spec.name}: the result does not fit in a spreadsheet (a number too large, or a date after 9999-12-31); check the amounts, hours and dates given`,
          `${spec.fr} : le résultat ne tient pas dans une feuille de calcul (nombre trop grand, ou date après le 31/12/9999) ; vérifiez les montants, heures et dates donnés`,
        ),
        articles: r.articles,
        warnings: r.warnings,
      };
    // Stryker disable next-line ConditionalExpression: an English table is already in English (no copy on the fast path)
    return { value: lang === 'en' ? r.value : localized(r.value, lang), articles: r.articles, warnings: r.warnings };
  } catch (e) {
    // Stryker disable next-line ArrayDeclaration: only a defect throws anything but a LawError
    return { value: errorFrom(e, spec.name), articles: e instanceof LawError ? e.articles : [], warnings: [] };
  }
}

/** A spilled table in `lang`: its header row (TOTAL rows keep their label, the same in both languages). */
function localized(v: FnValue, lang: Lang): FnValue {
  if (!Array.isArray(v)) return v;
  return v.map((row, r) => (r === 0 ? row.map((c) => headerLabel(String(c), lang)) : row));
}

/** A number result must be one Excel can hold: never NaN or ±Infinity (huge inputs overflow doubles). */
function finite(v: FnValue): boolean {
  // Stryker disable next-line all: no catalogue function returns a non-finite number today (a guard against a defect)
  if (typeof v === 'number') return Number.isFinite(v);
  if (v instanceof DateValue) return isIsoDate(v.iso); // a date after 9999-12-31 has a 5-digit year: not ISO
  // Stryker disable next-line all: no table holds a non-finite number or a date after 9999 today (a guard against a defect)
  if (Array.isArray(v)) return v.every((row) => row.every((c) => c === null || finite(c)));
  return true;
}

/** The value only (the fast path of the spreadsheet adapters). */
export function call(name: string, args: CellValue[], lang: Lang = 'en'): FnValue | FnError {
  return evaluate(name, args, lang).value;
}

export { CATALOGUE };
