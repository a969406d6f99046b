/** Presentation helpers shared by the CLI, the add-in and the HyperFormula plugin; and the GPL guard. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DateValue, FnError, formatNumber, formatValue, toExcelValue, toPlain, typedCell } from '../src/index.js';

describe('toExcelValue', () => {
  it('dates become 1900-system serials (2024-03-15 = 45366; 1900-02-28 = 59; 1900-03-01 = 61)', () => {
    expect(toExcelValue(new DateValue('2024-03-15'))).toBe(45366);
    expect(toExcelValue(new DateValue('1900-02-28'))).toBe(59);
    expect(toExcelValue(new DateValue('1900-03-01'))).toBe(61);
  });
  it('matrices cell by cell, empty cells stay null, other scalars unchanged', () => {
    expect(toExcelValue([['Month', 1], [new DateValue('2024-02-01'), null]])).toEqual([['Month', 1], [45323, null]]);
    expect(toExcelValue(1236.85)).toBe(1236.85);
    expect(toExcelValue(true)).toBe(true);
  });
});

describe('formatting for people and scripts', () => {
  it('numbers plainly: 1236.85, 0.65, 273, 0, no exponent', () => {
    expect(formatNumber(1236.85)).toBe('1236.85');
    expect(formatNumber(0.65)).toBe('0.65');
    expect(formatNumber(273)).toBe('273');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(1e21)).toBe('1000000000000000000000');
    expect(formatNumber(1e-7)).toBe('0.0000001');
    expect(formatNumber(0.000001)).toBe('0.000001');
    expect(formatNumber(-2.5e-7)).toBe('-0.00000025');
  });
  it('values: dates ISO, booleans TRUE/FALSE, matrices as tab-separated lines', () => {
    expect(formatValue(new DateValue('2024-03-09'))).toBe('2024-03-09');
    expect(formatValue(false)).toBe('FALSE');
    expect(formatValue([['Month', 'Minimum'], [new DateValue('2024-02-01'), 971.81], [null, 1]])).toBe('Month\tMinimum\n2024-02-01\t971.81\n\t1');
  });
  it('toPlain: JSON-friendly, errors as {error, message}', () => {
    expect(toPlain(new DateValue('2024-03-09'))).toBe('2024-03-09');
    expect(toPlain(new FnError('#N/A', 'no law', 'pas de loi'))).toEqual({ error: '#N/A', message: 'no law' });
    expect(toPlain(new FnError('#N/A', 'no law', 'pas de loi'), 'fr')).toEqual({ error: '#N/A', message: 'pas de loi' });
  });
});

describe('typedCell: what a cell holds after a user types text', () => {
  it('numeric text → number; 55% → 0.55; TRUE/FALSE/VRAI/FAUX → boolean; "" → omitted', () => {
    expect(typedCell('23')).toBe(23);
    expect(typedCell('1766.92')).toBe(1766.92);
    expect(typedCell('-5')).toBe(-5);
    expect(typedCell('55%')).toBe(0.55);
    expect(typedCell('TRUE')).toBe(true);
    expect(typedCell('vrai')).toBe(true);
    expect(typedCell('FAUX')).toBe(false);
    expect(typedCell('')).toBeUndefined();
  });
  it('spaces around are ignored for numbers and booleans; false and faux in any case; 1e3 and 12 % read as numbers', () => {
    expect(typedCell(' 23 ')).toBe(23);
    expect(typedCell(' false')).toBe(false);
    expect(typedCell('Faux')).toBe(false);
    expect(typedCell('1e3')).toBe(1000);
    expect(typedCell('12 %')).toBe(0.12);
    expect(typedCell('  ')).toBe('  ');
  });
  it('anything else stays text: 1766,92, ISO dates, codes', () => {
    expect(typedCell('1766,92')).toBe('1766,92');
    expect(typedCell('2024-03-15')).toBe('2024-03-15');
    expect(typedCell('bac pro')).toBe('bac pro');
  });
});

describe('HyperFormula (GPL-3.0) never ships', () => {
  it('no runtime import of hyperformula in packages/functions/src (type imports only)', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) files.push(p);
      }
    };
    walk(join(__dirname, '..', 'src'));
    const offenders = files.filter((f) => {
      const src = readFileSync(f, 'utf8');
      return /^\s*import\s+(?!type\b)[^;]*from\s+['"]hyperformula['"]/m.test(src) || /(?:require|import)\(\s*['"]hyperformula['"]\s*\)(?!\s*>)/.test(src.replace(/typeof import\(\s*['"]hyperformula['"]\s*\)/g, ''));
    });
    expect(offenders).toEqual([]);
  });
  it('hyperformula is a devDependency only', async () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
    expect(pkg.dependencies?.hyperformula).toBeUndefined();
    expect(pkg.devDependencies?.hyperformula).toBe('3.5.0');
  });
});
