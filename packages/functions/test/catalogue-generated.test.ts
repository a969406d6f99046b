/**
 * Bad input, generated from the specs over EVERY catalogue function and EVERY argument, so a function
 * added to CATALOGUE is covered without writing a line here (#VALUE! names the argument, the value and what
 * is expected; never a crash, never a silent default).
 *
 * Each function's documented example is the "good" call; each case breaks one argument of it.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, evaluate, FnError, formatValue, typedCell, type CellValue, type FunctionSpec, type ParamSpec } from '../src/index.js';

const exampleArgs = (spec: FunctionSpec): CellValue[] => (spec.example?.args ?? []).map(typedCell);

/** Arguments of the example, padded to the full parameter list, with argument i replaced by v. */
function withArg(spec: FunctionSpec, i: number, v: CellValue): CellValue[] {
  const args: CellValue[] = exampleArgs(spec);
  while (args.length <= i) args.push(undefined);
  args[i] = v;
  return args;
}

const isDateParam = (p: ParamSpec) => /(^|_)(date|start|end|birth)($|_)/.test(p.name) || /date/.test(p.name);
/** Parameters that "abc" can never be valid for. */
const refusesText = (p: ParamSpec) => p.type === 'number' || p.type === 'boolean' || isDateParam(p) || (p.choices !== undefined && !p.choices.includes('abc'));

function expectValueError(spec: FunctionSpec, args: CellValue[], param: ParamSpec, pattern?: RegExp) {
  const r = evaluate(spec.name, args);
  expect(r.value, `${spec.name}(${args.map((a) => JSON.stringify(a)).join(', ')})`).toBeInstanceOf(FnError);
  const e = r.value as FnError;
  expect(e.code).toBe('#VALUE!');
  expect(e.message).toContain(param.name);
  expect(e.message).not.toMatch(/internal error/);
  if (pattern) expect(e.message).toMatch(pattern);
}

describe('every catalogue function has a usable spec', () => {
  it('names are unique (English and French, with and without FR.)', () => {
    const names = CATALOGUE.flatMap((s) => [s.name, s.fr]);
    const dup = new Set(CATALOGUE.map((s) => s.name).filter((n, i, a) => a.indexOf(n) !== i));
    expect([...dup]).toEqual([]);
    const clash = CATALOGUE.filter((s) => s.fr !== s.name && CATALOGUE.some((o) => o !== s && (o.name === s.fr || o.fr === s.fr)));
    expect(clash.map((s) => s.name)).toEqual([]);
    expect(names.every((n) => /^[A-Z][A-Z0-9_]*$/.test(n))).toBe(true);
  });
  it.each(CATALOGUE.map((s) => [s.name, s] as const))('%s: bilingual description and parameters, required ones first', (_n, spec) => {
    expect(spec.description.en.length).toBeGreaterThan(10);
    expect(spec.description.fr.length).toBeGreaterThan(10);
    const firstOptional = spec.params.findIndex((p) => p.optional);
    if (firstOptional >= 0) expect(spec.params.slice(firstOptional).every((p) => p.optional), 'no required argument after an optional one').toBe(true);
    for (const p of spec.params) {
      expect(p.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(p.fr).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(p.description.en.length).toBeGreaterThan(2);
      expect(p.description.fr.length).toBeGreaterThan(2);
    }
  });
  it.each(CATALOGUE.map((s) => [s.name, s] as const))('%s: documents a worked example that evaluates to its documented result', (_n, spec) => {
    expect(spec.example, `${spec.name} has no example (the help page and these generated tests need one)`).toBeDefined();
    const r = evaluate(spec.name, exampleArgs(spec));
    expect(r.value, r.value instanceof FnError ? r.value.toString() : '').not.toBeInstanceOf(FnError);
    expect(r.articles.length, 'a result cites the articles it applied').toBeGreaterThan(0);
    const shown = spec.example!.result;
    if (!spec.result.matrix) expect(formatValue(r.value as never)).toBe(shown);
    else {
      // A spilled example is written "row / row / …": each row shown must be the matching row of the result.
      const rows = formatValue(r.value as never).split('\n').map((l) => l.replace(/\t/g, ' '));
      const shownRows = shown.split(' / ').map((x) => x.trim()).filter((x) => x !== '…');
      expect(shownRows.length).toBeGreaterThan(0);
      shownRows.forEach((row, k) => expect(rows[k]).toBe(row));
    }
  });
});

for (const spec of CATALOGUE) {
  describe(`${spec.name}: bad input gives #VALUE! naming the argument`, () => {
    it(`too many arguments (${spec.params.length + 1}) is #VALUE!`, () => {
      const r = evaluate(spec.name, [...withArg(spec, spec.params.length - 1, exampleArgs(spec)[spec.params.length - 1]), 1]);
      expect(r.value).toBeInstanceOf(FnError);
      expect((r.value as FnError).code).toBe('#VALUE!');
    });
    spec.params.forEach((p, i) => {
      if (!p.optional) {
        it.each([
          ['omitted', undefined],
          ['empty cell', null],
          ['empty text', ''],
        ] as const)(`${p.name} (required) %s`, (_k, v) => {
          expectValueError(spec, withArg(spec, i, v), p, /required|missing/i);
        });
      }
      if (!p.range)
        it(`${p.name}: a range where one value is expected`, () => {
          expectValueError(spec, withArg(spec, i, [[1, 2], [3, 4]]), p, /range/);
        });
      it(`${p.name}: a cell holding #DIV/0!`, () => {
        expectValueError(spec, withArg(spec, i, { error: '#DIV/0!' }), p);
      });
      if (refusesText(p))
        it(`${p.name}: text "abc"`, () => {
          expectValueError(spec, withArg(spec, i, 'abc'), p, /abc/);
        });
      if (p.type === 'number' || isDateParam(p))
        it.each([NaN, Infinity, -Infinity])(`${p.name}: %s`, (v) => {
          expectValueError(spec, withArg(spec, i, v), p);
        });
    });
  });
}
