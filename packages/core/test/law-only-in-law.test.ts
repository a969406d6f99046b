/**
 * "Every value in core that comes from the law is found in law/ with its article, and nowhere else":
 * no rate or amount literal (a decimal number, or a decimal in quotes) in core outside law/; no integer that
 * reads as a legal quantity (a day count, an hour or month cap, an age: an integer compared with, bounding or
 * added to something) in core or the catalogue outside law/ unless listed below as not law, with the reason;
 * no parameter, and no field of a parameter's value, that no code reads (dead law); no value of the store's
 * enumerations that no input can reach.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allParameters } from '../src/law/store.js';
import { CONTRIBUTION_RATES } from '../src/law/params/contributions.js';
import { PRO_RENEWAL } from '../src/law/params/professionalisation.js';
import { EMPLOYER_KINDS } from '../src/contributions/contribution.js';
import { readRenewalGround } from '../src/validation/parse.js';
import '../src/index.js';

const SRC = join(import.meta.dirname, '..', 'src');
const FUNCTIONS = join(import.meta.dirname, '..', '..', 'functions', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const stripComments = (s: string) => s.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

describe('law as data', () => {
  it('no decimal rate or amount literal in core outside law/', () => {
    const offenders: string[] = [];
    for (const f of files(SRC)) {
      const rel = relative(SRC, f);
      if (rel.startsWith('law')) continue;
      stripComments(readFileSync(f, 'utf8'))
        .split('\n')
        .forEach((line, i) => {
          // strings in messages may quote figures; code literals may not
          const code = line.replace(/`[^`]*`|'[^']*'|"[^"]*"/g, (m) => (/^['"]\d+\.\d+['"]$/.test(m) ? m : '""'));
          if (/(?<![\w.])\d+\.\d+(?![\w.])/.test(code)) offenders.push(`${rel}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});

/**
 * Integers in code that are not law, by file, with the reason. Everything else an integer of 2 or more
 * compared with, bounding (min:/max:) or added as days/months to something must come from law/.
 * An entry that no longer matches fails too, so the list only shrinks.
 */
const NOT_LAW: Record<string, [number, string][]> = {
  'core/dates.ts': [[2, 'civil calendar arithmetic (days from civil)'], [9, 'digit'], [10, 'March-based month'], [12, 'months in a year'], [60, 'Excel serial 60 is the fictitious 1900-02-29'], [61, 'Excel serial 60 is the fictitious 1900-02-29']],
  'core/cpf/accrual.ts': [[1900, 'plausible year'], [9999, 'plausible year'], [6, 'two quarters of three months: the end of the quarter following the review (R6323-3)']],
  'core/funding/opco.ts': [[18, "plausible adult tutor's age"], [100, "plausible tutor's age"]],
  'core/professionalisation/pay-law.ts': [[120, 'plausible age']],
  'core/professionalisation/pay-fast.ts': [[120, 'plausible age']],
  'core/apprenticeship/pay.ts': [[120, 'plausible age'], [12, 'months in a year']],
  'core/overtime.ts': [[3, 'plausible conventional overtime rate (300 %)']],
  'core/professionalisation/qualification.ts': [[3, 'RNCP framework levels 3–8 (a classification, not a quantity)'], [8, 'RNCP framework levels 3–8'], [4, 'RNCP level 4 is the bac level (D6325-15 "at least bac pro")']],
  'core/proration.ts': [[5, 'ISO weekdays Monday (1) to Friday (5): the workday convention of decision prorate-calendar-days']],
  'core/validation/validate.ts': [[35, '35 × 52/12 written as "151 2/3 h a month" in messages'], [3, 'unreadable values reported per row']],
  'core/validation/apprenticeship.ts': [[3, 'unreadable values reported per row; a contract-kind word has 3 letters or more']],
  'core/validation/headers.ts': [[4, 'header word length for prefix matching'], [3, 'header cells needed to take a row as the header']],
  'functions/adapters/hyperformula.ts': [[32, 'formula nesting depth']],
  'functions/catalogue/contributions.ts': [[12, 'months in a year']],
  'functions/catalogue/cost.ts': [[18, "plausible adult tutor's age"], [100, "plausible tutor's age"]],
  'functions/catalogue/cpf.ts': [[1900, 'plausible year'], [9999, 'plausible year']],
  'functions/catalogue/funding.ts': [[18, "plausible adult tutor's age"], [100, "plausible tutor's age"]],
};

/** Integers of 2 or more compared with, bounding, or added as days/months/years to something. */
const INTEGER_CONTEXTS = [
  /[<>]=?\s*(\d+)(?![\w.])/g,
  /(?<![\w.])(\d+)\s*[<>]=?(?!>)/g,
  /\.(?:eq|gt|gte|lt|lte|cmp)\(\s*(\d+)\s*\)/g,
  /\b(?:min|max):\s*(\d+)(?![\w.])/g,
  /\badd(?:Days|Months|Years)\([^,()]+,\s*-?(\d+)\s*\)/g,
];

function integerQuantities(): Map<string, Map<number, string>> {
  const found = new Map<string, Map<number, string>>();
  for (const [root, prefix] of [[SRC, 'core'], [FUNCTIONS, 'functions']] as const)
    for (const f of files(root)) {
      const rel = `${prefix}/${relative(root, f)}`;
      if (rel.startsWith('core/law/')) continue;
      stripComments(readFileSync(f, 'utf8'))
        .split('\n')
        .forEach((line, i) => {
          const code = line.replace(/`[^`]*`|'[^']*'|"[^"]*"/g, '""').replace(/\/(?![*/\s])(?:\\.|[^/\n])+\/[gimsuy]*/g, '/re/');
          for (const re of INTEGER_CONTEXTS)
            for (const m of code.matchAll(re)) {
              const n = Number(m[1]);
              if (n < 2) continue;
              if (!found.has(rel)) found.set(rel, new Map());
              found.get(rel)!.set(n, `${rel}:${i + 1}: ${line.trim()}`);
            }
        });
    }
  return found;
}

describe('legal integers live in law/', () => {
  const found = integerQuantities();
  it('no integer day count, hour or month cap or age in core or the catalogue outside law/ (unless listed as not law)', () => {
    const offenders: string[] = [];
    for (const [file, ints] of found) for (const [n, where] of ints) if (!NOT_LAW[file]?.some(([x]) => x === n)) offenders.push(where);
    expect(offenders).toEqual([]);
  });
  it('every "not law" entry still matches code (the list only shrinks)', () => {
    const stale: string[] = [];
    for (const [file, list] of Object.entries(NOT_LAW)) for (const [n, why] of list) if (!found.get(file)?.has(n)) stale.push(`${file} ${n} (${why})`);
    expect(stale).toEqual([]);
  });
});

describe('no dead law', () => {
  const code = files(SRC)
    .filter((f) => !relative(SRC, f).startsWith('law'))
    .concat(join(SRC, 'law', 'smic.ts'))
    .map((f) => stripComments(readFileSync(f, 'utf8')))
    .join('\n');
  it('every parameter is read outside law/params', () => {
    const dead: string[] = [];
    for (const f of files(join(SRC, 'law', 'params')))
      for (const m of readFileSync(f, 'utf8').matchAll(/export const (\w+) = defineParameter/g)) if (!new RegExp(`\\b${m[1]}\\b`).test(code)) dead.push(m[1]);
    expect(dead).toEqual([]);
  });
  it('every field of a parameter value is read by some code (a record keyed by kind counts by its entries\' fields)', () => {
    const dead = new Set<string>();
    const visit = (v: unknown, path: string) => {
      if (!v || typeof v !== 'object' || Array.isArray(v)) return;
      const entries = Object.entries(v);
      const keyedByKind = entries.length > 1 && entries.every(([, x]) => x && typeof x === 'object' && !Array.isArray(x));
      for (const [k, x] of entries) {
        if (!keyedByKind && !new RegExp(`\\.${k}\\b|\\b${k}\\s*[,}:]|\\['${k}'\\]`).test(code)) dead.add(`${path}.${k}`);
        visit(x, `${path}.${k}`);
      }
    };
    for (const p of allParameters()) if (!p.id.startsWith('t.')) for (const v of p.versions) visit(v.value, p.id);
    expect([...dead]).toEqual([]);
  });
});

describe('every value of the store\'s enumerations is reachable', () => {
  it('contribution rates: every key is an employer kind the catalogue accepts (or a headcount band of "employer"/"ett"), and every kind has a rate in some version', () => {
    const bands = new Set(['under11', 'from11', 'ett_from11']);
    const keys = new Set(CONTRIBUTION_RATES.versions.flatMap((v) => Object.keys(v.value)));
    expect([...keys].filter((k) => !bands.has(k) && !(EMPLOYER_KINDS as readonly string[]).includes(k))).toEqual([]);
    expect(EMPLOYER_KINDS.filter((k) => k !== 'employer' && k !== 'ett' && !keys.has(k))).toEqual([]);
  });
  it('renewal grounds: every ground of L6325-7 the store lists is read from some French cell text', () => {
    const read = new Set(['échec à l’examen', 'qualification supérieure', 'maternité', 'maladie', 'accident du travail', 'maladie professionnelle', "défaillance de l'organisme de formation", 'congé maternité', 'qualification complémentaire'].map((t) => readRenewalGround(t)));
    const grounds = new Set(PRO_RENEWAL.versions.flatMap((v) => v.value.grounds));
    expect([...grounds].filter((g) => !read.has(g as never))).toEqual([]);
  });
});
