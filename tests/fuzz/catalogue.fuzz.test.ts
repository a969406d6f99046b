/**
 * Fuzzing every catalogue function with arbitrary spreadsheet values (numbers incl. NaN/∞/huge, text incl.
 * empty and unicode, booleans, error values, serial dates out of range, ranges where scalars are expected,
 * too few and too many arguments): never a throw, and every result is a finite number, a date, a boolean,
 * text, a matrix of those, or #VALUE!/#N/A with a message; and the same call again gives the same answer
 * (caches hold the law, never results of user input). `pnpm test:fuzz` (FORMAPRO_FUZZ=full) runs at
 * least 1,000,000 calls; `pnpm test` a small run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '@formapro/core';
import { CATALOGUE, DateValue, evaluate, FnError, type CellValue } from '@formapro/functions';

const FULL = process.env.FORMAPRO_FUZZ === 'full';
const TOTAL = FULL ? 1_050_000 : 30_000;
const perFunction = Math.ceil(TOTAL / CATALOGUE.length);

const scalar: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(''),
  fc.boolean(),
  fc.integer({ min: -1_000_000, max: 3_000_000 }),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1, 59, 60, 61, 2958465, 2958466, 1e21, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER),
  fc.integer({ min: 36_000, max: 50_000 }),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom('none', 'bac pro', 'BTS', 'aucun', 'TRUE', 'vrai', 'min', 'max', 'hourly', 'CDI', 'even', 'start', 'ett', '1 766,92', '1766,92', '12/02/2024', '2024-02-29', '2023-02-29', '9999-12-31', '0001-01-01', 'é€\u202f', '=1+1', '#N/A'),
  fc.constantFrom({ error: '#DIV/0!' }, { error: '#N/A' }, { error: '#VALUE!' }),
);
const cell: fc.Arbitrary<CellValue> = fc.oneof({ weight: 10, arbitrary: scalar }, { weight: 1, arbitrary: fc.array(fc.array(scalar, { minLength: 1, maxLength: 13 }), { minLength: 1, maxLength: 3 }) });

function wellFormed(v: unknown): boolean {
  if (v === null) return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v === 'string' || typeof v === 'boolean') return true;
  if (v instanceof DateValue) return isIsoDate(v.iso);
  return false;
}

describe(`fuzz: ${TOTAL.toLocaleString('en')} calls over ${CATALOGUE.length} functions`, () => {
  for (const spec of CATALOGUE) {
    it(`${spec.name} (${perFunction.toLocaleString('en')} calls)`, () => {
      fc.assert(
        fc.property(fc.array(cell, { minLength: 0, maxLength: spec.params.length + 2 }), (args) => {
          const r = evaluate(spec.name, args);
          if (r.value instanceof FnError) {
            expect(['#VALUE!', '#N/A']).toContain(r.value.code);
            expect(r.value.message.length).toBeGreaterThan(3);
            expect(r.value.message).not.toMatch(/internal error|\[object Object\]/);
          } else if (Array.isArray(r.value)) {
            expect(r.value.length).toBeGreaterThan(0);
            for (const row of r.value) for (const c of row) expect(wellFormed(c)).toBe(true);
          } else {
            expect(r.value).not.toBeNull(); // an empty cell only inside a spilled table
            expect(wellFormed(r.value)).toBe(true);
          }
          for (const a of r.articles) expect(typeof a === 'string' && a.length > 0).toBe(true);
          // Nothing about user input is cached: the same arguments give the same answer again.
          if (!spec.volatile) expect(JSON.stringify(evaluate(spec.name, args))).toBe(JSON.stringify(r));
        }),
        { numRuns: perFunction },
      );
    }, 600_000);
  }
});
