/** SMIC in Mayotte: its own hourly series (L3231-2, L3231-4), every value flagged UNVERIFIED (issue 12). */
import { describe, expect, it } from 'vitest';
import { evaluate, FnError, type CellValue } from '@formapro/functions';

const value = (name: string, ...args: CellValue[]) => evaluate(name, args).value;

describe('SMIC(date, unit, hours, territory)', () => {
  it('L3231-2 Mayotte: 2024-03-15 hourly 8.80, monthly 8.80 × 151 2/3 = 1,334.666… → 1,334.67; 2025-03-15 9.33 × 151 2/3 = 1,415.05; metropolitan 1,766.92 unchanged', () => {
    expect(value('SMIC', '2024-03-15', 'hourly', '', 'mayotte')).toBe(8.8);
    expect(value('SMIC', '2024-03-15', '', '', 'mayotte')).toBe(1334.67);
    expect(value('SMIC', '2025-03-15', '', '', 'mayotte')).toBe(1415.05);
    expect(value('SMIC', '2024-03-15', '', '', 'metropole')).toBe(1766.92);
    expect(value('SMIC', '2024-03-15')).toBe(1766.92);
  });
  it('L3231-2 Mayotte: every value is flagged UNVERIFIED; past 2025 a BEYOND_KNOWN_LAW warning; before 2019 #N/A with its message; an unknown territory #VALUE!', () => {
    expect(evaluate('SMIC', ['2024-03-15', '', '', 'mayotte']).warnings.map((w) => w.code)).toContain('UNVERIFIED');
    expect(evaluate('SMIC', ['2026-03-15', '', '', 'mayotte']).warnings.map((w) => w.code)).toContain('BEYOND_KNOWN_LAW');
    const early = value('SMIC', '2018-03-15', '', '', 'mayotte') as FnError;
    expect(early.code).toBe('#N/A');
    expect(early.message).toMatch(/^date: 2018-03-15 is outside the period/);
    expect((value('SMIC', '2024-03-15', '', '', 'guyane') as FnError).message).toMatch(/^territory: /);
  });
});
