import { defineConfig } from 'vitest/config';

// Browser tests of the task pane in the preview (headless Debian chromium); the setup builds the add-in.
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['e2e/setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
