import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/plainSummaryReporter.ts'],
    // Loading a corpus runs the NLP pipeline once per file; give slow shared machines room.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
