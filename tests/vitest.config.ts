import { defineConfig } from 'vitest/config';

// Everything under tests/ except the browser e2e (own config) and the benchmarks (pnpm bench).
export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'e2e/**', 'bench/**'],
    testTimeout: 60_000,
    setupFiles: ['fast-check.setup.ts'],
  },
});
