/**
 * Property: over arbitrary Excel values for every catalogue function, `evaluate`
 * never throws and returns either a well-formed value (finite number, text, boolean, valid date, or a
 * matrix of those) or an FnError #VALUE!/#N/A with a message — never an "internal error" (a defect).
 * Modest run count here; `pnpm test:fuzz` runs the big campaign.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isIsoDate } from '@formapro/core';
import { CATALOGUE, DateValue, evaluate, FnError, QUALIFICATION_CODES_FOR_TESTS, type CellValue, type ParamSpec } from './support.js';

const RUNS = Number(process.env.FORMAPRO_PROPERTY_RUNS ?? 150);

const scalarCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(''),
  fc.boolean(),
  fc.integer({ min: -100, max: 3_000_000 }),
  fc.double(),
  fc.double({ min: 0, max: 100, noNaN: true }),
  fc.integer({ min: 42_000, max: 48_000 }), // serial dates 2014–2031
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 60, 59, 61, 1e21, 5e-324),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...QUALIFICATION_CODES_FOR_TESTS, 'TRUE', 'faux', 'oui', 'min', 'max', 'hourly', 'monthly', 'x', '1766,92', '1 766,92', '-1'),
  fc.date({ min: new Date('1890-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2023-02-29', '31/12/2024', '29/02/2024', '2024-13-01', '0000-01-01'),
  fc.constantFrom({ error: '#DIV/0!' }, { error: '#N/A' }),
);
const cell: fc.Arbitrary<CellValue> = fc.oneof({ weight: 12, arbitrary: scalarCell }, { weight: 1, arbitrary: fc.array(fc.array(scalarCell, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 }) });

/** Mostly plausible values for one parameter (so calls reach the law, not only the argument checks), sometimes anything. */
function plausible(p: ParamSpec): fc.Arbitrary<CellValue> {
  const isoDay = fc.date({ min: new Date('2014-01-01T00:00:00Z'), max: new Date('2031-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  let good: fc.Arbitrary<CellValue>;
  if (p.name.includes('birth')) good = fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2012-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  else if (/date|start|end/.test(p.name)) good = fc.oneof(isoDay, fc.integer({ min: 41_640, max: 47_000 }));
  else if (p.choices?.length) good = fc.constantFrom(...p.choices);
  else if (p.type === 'boolean') good = fc.boolean();
  else if (p.type === 'number') good = fc.oneof(fc.integer({ min: 0, max: 70 }), fc.double({ min: 0, max: 5000, noNaN: true }), fc.constantFrom(1766.92, 2000, 35, 12, 24));
  else good = fc.oneof(fc.constantFrom(...QUALIFICATION_CODES_FOR_TESTS), fc.boolean(), fc.integer({ min: 1, max: 10 }));
  return fc.oneof({ weight: 6, arbitrary: good }, { weight: 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: scalarCell });
}

function check(name: string, args: CellValue[]) {
  const r = evaluate(name, args);
  if (r.value instanceof FnError) {
    expect(['#VALUE!', '#N/A']).toContain(r.value.code);
    expect(r.value.message.trim().length).toBeGreaterThan(0);
    expect(r.value.message).not.toMatch(/internal error/);
  } else if (Array.isArray(r.value)) {
    expect(r.value.length).toBeGreaterThan(0);
    for (const row of r.value) for (const c of row) expect(wellFormedScalar(c), String(c)).toBe(true);
  } else {
    expect(r.value === null ? false : wellFormedScalar(r.value), String(r.value)).toBe(true);
  }
  // A result cites what it applied: each article is a numbered article of a code (or a named text), never empty.
  for (const a of r.articles) expect(a).toMatch(/^(?:[LRD]\d{3,4}-\d+(?:-\d+)*(?: CSS)?|(?:décret|arrêté|loi|ordonnance) \S.*)$/);
  if (!(r.value instanceof FnError)) expect(r.articles.length, name).toBeGreaterThan(0);
}

function wellFormedScalar(v: unknown): boolean {
  if (v === null) return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v === 'string' || typeof v === 'boolean') return true;
  if (v instanceof DateValue) return isIsoDate(v.iso);
  return false;
}

describe('evaluate never throws and returns a value or an Excel error with a message', () => {
  for (const spec of CATALOGUE) {
    it(`${spec.name} over arbitrary cell values (${RUNS} runs)`, () => {
      fc.assert(
        fc.property(fc.array(cell, { maxLength: spec.params.length + 1 }), (args) => check(spec.name, args)),
        { numRuns: RUNS },
      );
    });
    it(`${spec.name} over mostly plausible arguments (${RUNS} runs)`, () => {
      fc.assert(fc.property(fc.tuple(...spec.params.map(plausible)), (args) => check(spec.name, args)), { numRuns: RUNS });
    });
  }
});
