/**
 * functions.json (English) and functions-fr.json (French), as custom-functions-metadata and the French
 * step wrote them, against the catalogue: every function, argument types, optionality, matrices, enums,
 * volatility, help pages. Generated over CATALOGUE, so functions added later are covered too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CATALOGUE, type ParamSpec } from '@formapro/functions';
import { baseUrl, wrapperSource, type ExcelMetadata } from '../scripts/lib/catalogue-meta';
import { DIST, GENERATED } from '../scripts/lib/paths';

const en: ExcelMetadata = JSON.parse(readFileSync(join(DIST, 'functions.json'), 'utf8'));
const fr: ExcelMetadata = JSON.parse(readFileSync(join(DIST, 'functions-fr.json'), 'utf8'));
const base = baseUrl();

const excelType = (p: ParamSpec) => (p.choices?.length ? 'string' : p.type === 'date' ? 'any' : p.type);

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

  test('PRO_MIN_SALARY as a payroll accountant sees it (design.md §5)', () => {
    const f = en.functions.find((x) => x.id === 'PRO_MIN_SALARY')!;
    expect(f.parameters.map((p) => `${p.name}${p.optional ? '?' : ''}:${p.type}`)).toEqual([
      'age:number', 'qualification:string', 'smic?:number', 'conventional_minimum?:number', 'date?:any', 'weekly_hours?:number',
    ]);
    expect(f.parameters[1].customEnumId).toBe('QUALIFICATION');
    expect(f.result).toEqual({ type: 'number' });
    expect(f.options?.volatile).toBeUndefined();
    const g = fr.functions.find((x) => x.id === 'PRO_MIN_SALARY')!;
    expect(g.name).toBe('PRO_SALAIRE_MIN');
    expect(g.parameters.map((p) => p.name)).toEqual(['age', 'diplome', 'smic', 'minimum_conventionnel', 'date', 'heures_hebdo']);
    expect(g.description).toMatch(/contrat de professionnalisation/);
  });

  for (const s of CATALOGUE) {
    test(`${s.name}: arguments, types, optionality, result, help`, () => {
      for (const [meta, lang] of [[en, 'en'], [fr, 'fr']] as const) {
        const f = meta.functions.find((x) => x.id === s.name)!;
        expect(f.description).toBe(s.description[lang]);
        expect(f.helpUrl).toBe(`${base}/help/${lang === 'fr' ? 'fr/' : ''}${s.name}.html`);
        expect(existsSync(join(DIST, new URL(f.helpUrl!).pathname))).toBe(true);
        expect(f.parameters).toHaveLength(s.params.length);
        s.params.forEach((p, i) => {
          const m = f.parameters[i];
          expect(m.name).toBe(lang === 'fr' ? p.fr : p.name);
          expect(m.description).toBe(p.description[lang]);
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

  test('the generated wrappers are fresh (regenerated from the catalogue at every build)', () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(wrapperSource(CATALOGUE, base));
  });
});
