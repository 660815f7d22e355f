import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for the operations in src/, generated from the gateway's contract. Paths are relative to
// this folder: run `npx graphql-codegen` here (the test passes `cwd`). In your own project, point
// `schema` at your copy of schema.graphql, or at the running gateway's URL (introspection).
const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: ['src/**/*.ts', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        // Plain data, no unmasking helper: there are no components here to hide fields from.
        fragmentMasking: false,
      },
      config: {
        // Documents as typed strings: plain `fetch` can send them, no GraphQL runtime needed.
        documentMode: 'string',
        // ESM under NodeNext resolution needs the `.js` in relative imports.
        emitLegacyCommonJSImports: false,
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        // Ids are opaque strings from the API; a number would be a bug, not an id.
        scalars: { ID: 'string', NonNegativeInt: 'number', CountryCode: 'string' },
      },
    },
  },
};

export default config;
