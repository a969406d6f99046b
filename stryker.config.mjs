// Mutation testing (issue 15): `pnpm test:mutation`. Not part of `pnpm test` (it takes long). Stryker 9.x, the
// last line that runs on Node 20 (Stryker 10 needs Node 22), with the vitest runner over the unit, golden and
// workbook tests that exercise packages/core/src and packages/functions/src (tests/mutation/vitest.config.ts).
// Incremental: a rerun only tests the mutants whose code or covering tests changed (file git-ignored).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/mutation/vitest.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'packages/core/src/**/*.ts',
    'packages/functions/src/**/*.ts',
    // Law data (dated values with their articles and sources): the golden tests check each value against the
    // article; mutating a source's wording or an article's citation text is not a behaviour change.
    '!packages/core/src/law/params/**',
    // Translations and display text: every string is a mutant that only a wording test could kill.
    '!packages/core/src/law/french.ts',
    '!packages/functions/src/labels.ts',
  ],
  ignorePatterns: ['.stryker-tmp-*', 'apps/*/dist', 'apps/excel-addin/test/**', 'tests/e2e/**', 'tests/bench/**', 'docs/**', 'examples/**', 'reports/**'],
  // Message texts (English and French, hundreds of them) would each be a mutant only a wording test kills; the
  // finding codes, qualification codes and dates that drive behaviour are asserted by the tests anyway.
  mutator: { excludedMutations: ['StringLiteral'] },
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20000,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  logLevel: 'info',
};
