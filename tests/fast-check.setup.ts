/**
 * Property tests explore new random cases on every local run; in CI (CI=true) they replay a fixed seed so a
 * landing never depends on luck (the nightly `pnpm test:fuzz` explores). FORMAPRO_SEED overrides it.
 */
import fc from 'fast-check';

const seed = process.env.FORMAPRO_SEED ?? (process.env.CI ? '20261124' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
