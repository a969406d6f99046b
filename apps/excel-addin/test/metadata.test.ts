/**
 * functions.json (English) and functions-fr.json (French), as custom-functions-metadata and the French
 * step wrote them, against the catalogue: every function, argument types, optionality, matrices, enums,
 * volatility, help pages. Generated over CATALOGUE, so functions added later are covered too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CATALOGUE, type ParamSpec } from '@formapro/functions';
import { baseUrl, fitMetadata, METADATA_MAX, type ExcelMetadata } from '../scripts/lib/catalogue-meta';
import { DIST, GENERATED } from '../scripts/lib/paths';

const en: ExcelMetadata = JSON.parse(readFileSync(join(DIST, 'functions.json'), 'utf8'));
const fr: ExcelMetadata = JSON.parse(readFileSync(join(DIST, 'functions-fr.json'), 'utf8'));
const base = baseUrl();

const excelType = (p: ParamSpec) => (p.choices?.length ? 'string' : p.type === 'date' ? 'any' : p.type);

/** Every string of a JSON value, with its path. */
function strings(v: unknown, path = ''): [string, string][] {
  if (typeof v === 'string') return [[path, v]];
  if (Array.isArray(v)) return v.flatMap((x, i) => strings(x, `${path}[${i}]`));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => strings(x, `${path}.${k}`));
  return [];
}

describe('metadata Excel accepts', () => {
  test('no string of the built English or French metadata is over 255 characters (a rejected file = no functions)', () => {
    for (const meta of [en, fr]) {
      const long = strings(meta).filter(([, s]) => s.length > METADATA_MAX);
      expect(long).toEqual([]);
    }
    // The check has something to check: the catalogue does hold French texts longer than that.
    expect(CATALOGUE.some((s) => s.description.fr.length > METADATA_MAX)).toBe(true);
  });

  test('a long description is cut at a sentence, never mid-word, and says it goes on (…)', () => {
    for (const s of CATALOGUE)
      for (const text of [s.description.en, s.description.fr, ...s.params.flatMap((p) => [p.description.en, p.description.fr])]) {
        const fit = fitMetadata(text);
        expect(fit.length).toBeLessThanOrEqual(METADATA_MAX);
        if (text.length <= METADATA_MAX) expect(fit).toBe(text);
        else {
          expect(fit.endsWith('…') || fit.endsWith('.')).toBe(true);
          const kept = fit.replace(/…$/, '');
          expect(text.startsWith(kept)).toBe(true);
          expect(kept.length).toBeGreaterThan(METADATA_MAX / 3);
        }
      }
  });

  test('enum tooltips say what each code means, in French in the French file (bac: no higher rate)', () => {
    const q = fr.enums!.find((e) => e.id === 'QUALIFICATION')!;
    expect(q.values.find((v) => v.name === 'bac')!.tooltip).toBe('bac : Bac général ou technologique : ne donne pas le taux majoré');
    expect(en.enums!.find((e) => e.id === 'QUALIFICATION')!.values.find((v) => v.name === 'bac pro')!.tooltip).toBe('bac pro: Bac professionnel: gives the higher rate');
    for (const e of fr.enums!) for (const v of e.values) expect(v.tooltip!.length).toBeLessThanOrEqual(METADATA_MAX);
  });
});

describe('functions.json lists every catalogue function', () => {
  test('same ids, in catalogue order, in English and French', () => {
    expect(en.functions.map((f) => f.id)).toEqual(CATALOGUE.map((s) => s.name));
    expect(fr.functions.map((f) => f.id)).toEqual(CATALOGUE.map((s) => s.name));
    expect(new Set(en.functions.map((f) => f.id)).size).toBe(CATALOGUE.length);
  });

  test('names: English = id, French = the catalogue French name, all valid Excel names and distinct', () => {
    for (const s of CATALOGUE) {
      expect(en.functions.find((f) => f.id === s.name)!.name).toBe(s.name);
      expect(fr.functions.find((f) => f.id === s.name)!.name).toBe(s.fr);
    }
    for (const f of [...en.functions, ...fr.functions]) expect(f.name).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
    expect(new Set(fr.functions.map((f) => f.name)).size).toBe(CATALOGUE.length);
  });

  test('PRO_MIN_SALARY as a payroll accountant sees it', () => {
    const f = en.functions.find((x) => x.id === 'PRO_MIN_SALARY')!;
    expect(f.parameters.map((p) => `${p.name}${p.optional ? '?' : ''}:${p.type}`)).toEqual([
      'age:number', 'qualification:string', 'smic?:number', 'conventional_minimum?:number', 'date?:any', 'weekly_hours?:number', 'overtime_rate?:number',
    ]);
    expect(f.parameters[1].customEnumId).toBe('QUALIFICATION');
    expect(f.result).toEqual({ type: 'number' });
    expect(f.options?.volatile).toBeUndefined();
    const g = fr.functions.find((x) => x.id === 'PRO_MIN_SALARY')!;
    expect(g.name).toBe('PRO_SALAIRE_MIN');
    expect(g.parameters.map((p) => p.name)).toEqual(['age', 'diplome', 'smic', 'minimum_conventionnel', 'date', 'heures_hebdo', 'taux_majoration']);
    expect(g.description).toMatch(/contrat de professionnalisation/);
  });

  for (const s of CATALOGUE) {
    test(`${s.name}: arguments, types, optionality, result, help`, () => {
      for (const [meta, lang] of [[en, 'en'], [fr, 'fr']] as const) {
        const f = meta.functions.find((x) => x.id === s.name)!;
        expect(f.description).toBe(fitMetadata(s.description[lang]));
        if (s.description[lang].length <= METADATA_MAX) expect(f.description).toBe(s.description[lang]);
        expect(f.helpUrl).toBe(`${base}/help/${lang === 'fr' ? 'fr/' : ''}${s.name}.html`);
        expect(existsSync(join(DIST, new URL(f.helpUrl!).pathname))).toBe(true);
        expect(f.parameters).toHaveLength(s.params.length);
        s.params.forEach((p, i) => {
          const m = f.parameters[i];
          expect(m.name).toBe(lang === 'fr' ? p.fr : p.name);
          expect(m.description).toBe(fitMetadata(p.description[lang]));
          expect(m.type).toBe(excelType(p));
          expect(!!m.optional).toBe(!!p.optional);
          expect(m.dimensionality ?? 'scalar').toBe(p.range ? 'matrix' : 'scalar');
          if (p.choices?.length) {
            const e = meta.enums!.find((x) => x.id === m.customEnumId)!;
            expect(e.values.map((v) => v.stringValue)).toEqual(p.choices);
            expect(e.values.map((v) => v.name)).toEqual(p.choices);
          } else expect(m.customEnumId).toBeUndefined();
        });
        if (s.result.matrix) expect(f.result.dimensionality).toBe('matrix');
        else {
          expect(f.result.dimensionality ?? 'scalar').toBe('scalar');
          // Dates leave as Excel serial numbers.
          expect(f.result.type ?? 'any').toBe(s.result.type === 'date' ? 'number' : s.result.type);
        }
        expect(!!f.options?.volatile).toBe(!!s.volatile);
      }
    });
  }

  test('only SMIC is volatile (its value depends on today when the date is omitted)', () => {
    expect(en.functions.filter((f) => f.options?.volatile).map((f) => f.id)).toEqual(CATALOGUE.filter((s) => s.volatile).map((s) => s.name));
    expect(en.functions.find((f) => f.id === 'SMIC')!.options?.volatile).toBe(true);
  });

  test('enums (autocomplete): qualification codes, bound, unit; French tooltips, same values', () => {
    const ids = (en.enums ?? []).map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['QUALIFICATION', 'BOUND', 'UNIT']));
    expect(en.enums!.find((e) => e.id === 'BOUND')!.values.map((v) => v.stringValue)).toEqual(['min', 'max']);
    expect(en.enums!.find((e) => e.id === 'QUALIFICATION')!.values.map((v) => v.stringValue)).toContain('bac pro');
    expect(fr.enums!.map((e) => e.values.map((v) => v.stringValue))).toEqual(en.enums!.map((e) => e.values.map((v) => v.stringValue)));
    expect(fr.enums!.find((e) => e.id === 'UNIT')!.values[0].tooltip).toMatch(/mensuel/);
  });

  // generated.ts is rebuilt by the test setup, so comparing it with the generator's output could never fail.
  // Instead the wrappers are read as text and checked against the catalogue, independently of the generator:
  // one exported function per catalogue entry, its parameters in the catalogue's order with the same
  // optionality, passed unchanged and in that order to invoke(NAME, …), and every one in FUNCTIONS.
  test('every catalogue function has a wrapper passing its arguments, in order, to invoke under its own name', () => {
    const src = readFileSync(GENERATED, 'utf8');
    const wrappers = new Map<string, { params: string[]; invoked: string; args: string[] }>();
    for (const m of src.matchAll(/export function ([A-Z0-9_.]+)\(([^)]*)\)[^{]*\{\n\s*return invoke\(("[^"]*"), \[([^\]]*)\]\);/g))
      wrappers.set(m[1], {
        params: m[2] ? m[2].split(', ').map((x) => x.split(':')[0].trim()) : [],
        invoked: JSON.parse(m[3]),
        args: m[4] ? m[4].split(', ').map((x) => x.trim()) : [],
      });
    expect([...wrappers.keys()].sort()).toEqual(CATALOGUE.map((s) => s.name).sort());
    for (const spec of CATALOGUE) {
      const w = wrappers.get(spec.name)!;
      const idents = spec.params.map((p) => p.name.replace(/^(function|default|new|class|enum)$/, '$1_'));
      expect(w.invoked, spec.name).toBe(spec.name);
      expect(w.params, spec.name).toEqual(spec.params.map((p, i) => `${idents[i]}${p.optional ? '?' : ''}`));
      expect(w.args, spec.name).toEqual(idents);
    }
    const listed = /export const FUNCTIONS: .*? = \{ ([^}]*) \}/.exec(src)![1].split(', ');
    expect(listed.sort()).toEqual(CATALOGUE.map((s) => s.name).sort());
  });
});
