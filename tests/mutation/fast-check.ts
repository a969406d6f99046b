/**
 * Mutation runs only (aliased for 'fast-check' by tests/mutation/vitest.config.ts): the same fast-check, whose
 * assert runs at most 25 cases. Each mutant reruns every test that covers it; thousands of cases per property
 * per mutant would take hours. The full runs stay in `pnpm test`.
 */
// @ts-expect-error resolved by the alias 'fast-check-real' of the mutation config
import * as real from 'fast-check-real';

const MAX_RUNS = 25;
type Assert = (property: unknown, params?: { numRuns?: number }) => unknown;
const assert: Assert = (property, params) => (real.assert as Assert)(property, { ...params, numRuns: Math.min(params?.numRuns ?? MAX_RUNS, MAX_RUNS) });
const fc = { ...(real as Record<string, unknown>), assert };
export default fc;
