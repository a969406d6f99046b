/** Individual training contracts (L6353-5 to L6353-7). */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { evaluate, DateValue, FnError, type CellValue } from '@formapro/functions';

// "today" is the default date of some functions called below without one: the clock is pinned so the law read
// never depends on the day the suite runs.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2024-06-15T12:00:00'));
});
afterAll(() => {
  vi.useRealTimers();
});

const value = (name: string, ...args: CellValue[]) => evaluate(name, args).value;

describe('individual training contract', () => {
  it('H1 L6353-5/-6: signed Fri 2024-03-01, price 2,000: retraction until 2024-03-11; then at most 600 €', () => {
    expect(value('RETRACTION_DEADLINE', '2024-03-01')).toEqual(new DateValue('2024-03-11'));
    expect(value('MAX_ADVANCE', 2000)).toBe(600);
  });
  it('L6353-5: the day of signature is not counted, month and year ends roll over', () => {
    expect(value('RETRACTION_DEADLINE', '2024-12-25')).toEqual(new DateValue('2025-01-04'));
    expect(value('RETRACTION_DEADLINE', '2024-02-25')).toEqual(new DateValue('2024-03-06'));
  });
  it('TP-05 L6353-7: force majeure after 30 of 100 hours on a 2,000 € course → 600 € due; 1/3 of 1,000 → 333.33', () => {
    expect(value('FORCE_MAJEURE_DUE', 2000, 30, 100)).toBe(600);
    expect(value('FORCE_MAJEURE_DUE', 1000, 1, 3)).toBe(333.33);
  });
  it('bad input names the argument', () => {
    expect((value('FORCE_MAJEURE_DUE', 1000, 120, 100) as FnError).message).toMatch(/^delivered_hours: /);
    expect((value('RETRACTION_DEADLINE', 'demain') as FnError).message).toMatch(/^signature_date: /);
  });
});

describe('a cap rounds down (L6353-6)', () => {
  it('L6353-6: price 1,000.05 → 30 % = 300.015 → 300.01 (rounded down: the cap is never exceeded, not 300.02); 2,000 → 600', () => {
    expect(value('MAX_ADVANCE', 1000.05, '2024-06-15')).toBe(300.01);
    expect(value('MAX_ADVANCE', 2000, '2024-06-15')).toBe(600);
    expect(value('MAX_ADVANCE', 0.05, '2024-06-15')).toBe(0.01); // 0.015 → 0.01
  });
});
