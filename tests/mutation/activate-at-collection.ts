/**
 * Mutation runs only (a setup file of tests/mutation/vitest.config.ts). Stryker's vitest runner switches the
 * active mutant on in a `beforeAll` hook, after the test files are collected: a value a test file computes
 * while it is collected (a workbook built in a `describe` body, a schedule computed once for several `it`s)
 * would be computed by the original code and could never kill a mutant. This switches the mutant on before
 * collection, so such values are computed by the mutated code like everything else.
 */
import { inject } from 'vitest';

const provided = inject as unknown as (key: string) => unknown;
if (provided('mode') === 'mutant') {
  const key = provided('globalNamespace') as string;
  const ns = ((globalThis as Record<string, unknown>)[key] ??= {}) as { activeMutant?: unknown };
  ns.activeMutant = provided('activeMutant');
}
