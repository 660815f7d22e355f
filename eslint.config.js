// Lint: schema conventions on schema.graphql (descriptions, naming, Relay rules) with
// @graphql-eslint. The schema is the contract front-end teams generate clients from.
import graphqlPlugin from '@graphql-eslint/eslint-plugin';

// Types that are values, not objects with an identity: they carry no id on purpose. A new type
// needs either an `id: ID!` (and `implements Node`) or a place here.
const VALUE_TYPES = [
  'PageInfo',
  'Paragraph',
  'Sentence',
  'ArticleEntity',
  'Highlight',
  'Role',
  'RelatedEntity',
  'Corpus',
  'EntityTypeCount',
  'IngestWarning',
  'SearchMatch',
];

export default [
  { ignores: ['node_modules/', 'dist/', 'test-output/', 'coverage/'] },
  {
    files: ['schema.graphql'],
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: { graphQLConfig: { schema: './schema.graphql' } },
    },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      ...graphqlPlugin.configs['flat/schema-recommended'].rules,
      ...graphqlPlugin.configs['flat/schema-relay'].rules,
      // Every type, field, argument and enum value is documented: GraphiQL's docs are our API reference.
      '@graphql-eslint/require-description': [
        'error',
        { types: true, rootField: true, FieldDefinition: true, InputValueDefinition: true, EnumValueDefinition: true, DirectiveDefinition: true },
      ],
      // One-line descriptions read better inline; longer ones use blocks. Both are fine.
      '@graphql-eslint/description-style': 'off',
      '@graphql-eslint/strict-id-in-types': [
        'error',
        { acceptedIdNames: ['id'], acceptedIdTypes: ['ID'], exceptions: { types: VALUE_TYPES, suffixes: ['Connection', 'Edge'] } },
      ],
      // Plain lists of values (aliases, paragraphs, an article's quotes) are fine; paginated
      // collections are connections, which relay-connection-types checks.
      '@graphql-eslint/relay-edge-types': ['error', { listTypeCanWrapOnlyEdgeType: false, shouldImplementNode: true, withEdgeSuffix: true }],
    },
  },
];
