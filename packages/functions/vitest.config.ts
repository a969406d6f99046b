import { defineConfig } from 'vitest/config';

// testTimeout: sized for a loaded 2-core machine (vitest's 5 s default fails there); property tests bound their runs.
export default defineConfig({ test: { include: ['test/**/*.test.ts'], setupFiles: ['fast-check.setup.ts'], testTimeout: 60_000 } });
