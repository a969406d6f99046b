import { dirname, join } from 'node:path';
import { realpathSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant of packages/core/src and packages/functions/src. Stryker copies the
// repository into a sandbox without the packages' own node_modules, so workspace packages resolve to the sandbox's
// (mutated) sources and third-party packages to the real install. Left out: tests that read the source text (the
// instrumented copy is not the source: law-only-in-law, the finding-code scan), the CLI, docs and browser tests (they run
// the bundle, not the sources) and fuzzing.
const root = join(import.meta.dirname, '..', '..');
const realRoot = dirname(realpathSync(join(root, 'node_modules')));
const dep = (pkg: string, name: string) => realpathSync(join(realRoot, pkg, 'node_modules', name));

export default defineConfig({
  root,
  resolve: {
    alias: [
      { find: /^@formapro\/core$/, replacement: join(root, 'packages/core/src/index.ts') },
      { find: /^@formapro\/core\/(.*)$/, replacement: join(root, 'packages/core/src/$1') },
      { find: /^@formapro\/functions$/, replacement: join(root, 'packages/functions/src/index.ts') },
      { find: /^@formapro\/functions\/(.*)$/, replacement: join(root, 'packages/functions/src/$1') },
      { find: /^big\.js$/, replacement: dep('packages/core', 'big.js') },
      // property tests run at most 25 cases per property per mutant (tests/mutation/fast-check.ts)
      { find: /^fast-check$/, replacement: join(root, 'tests/mutation/fast-check.ts') },
      { find: /^fast-check-real$/, replacement: dep('tests', 'fast-check') },
      { find: /^hyperformula\/i18n\/languages\/(\w+)$/, replacement: `${dep('tests', 'hyperformula')}/es/i18n/languages/$1.mjs` },
      { find: /^hyperformula$/, replacement: dep('tests', 'hyperformula') },
    ],
  },
  test: {
    include: ['packages/core/test/**/*.test.ts', 'packages/functions/test/**/*.test.ts', 'tests/golden/**/*.test.ts', 'tests/workbook/**/*.test.ts'],
    // tests/workbook/catalogue.test.ts (324 workbooks, 12 s) is left out for time: every catalogue function is
    // also run by packages/functions/test and the golden tests; tests/workbook/professionalisation.test.ts
    // keeps the HyperFormula adapter covered.
    exclude: ['**/node_modules/**', 'packages/core/test/law-only-in-law.test.ts', 'packages/core/test/finding-codes-tested.test.ts', 'tests/workbook/catalogue.test.ts'],
    setupFiles: ['tests/fast-check.setup.ts', 'tests/mutation/activate-at-collection.ts'],
    testTimeout: 60_000,
    // One module graph for every run: Stryker switches mutants with a global flag, so the sources need not be
    // imported again for each mutant (that import dominated the time per mutant).
    isolate: false,
    env: { FORMAPRO_SEED: '20261124' },
  },
});
