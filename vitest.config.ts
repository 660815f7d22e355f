import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Loading the seed corpus runs the NLP pipeline once per file; give slow machines room.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
