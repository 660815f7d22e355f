import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS (index.js) and ESM (index.mjs). Node gives yoga and
    // graphql-tools the CommonJS build, while vite would give our sources the ESM one: two
    // copies, whose GraphQLError and schema classes do not recognise each other. One copy, as
    // in production.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/plainSummaryReporter.ts'],
    // Loading a corpus runs the NLP pipeline once per file; give slow shared machines room.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
