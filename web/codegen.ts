import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the checked-in SDL, never from a running server, so a build is reproducible offline.
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        // Documents become typed strings: our own fetch wrapper sends them as-is, no GraphQL AST at runtime.
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: {
          DateTime: 'string',
          Date: 'string',
          // The API writes decimals as JSON numbers today; a string would be exact, so both are accepted.
          Decimal: 'string | number',
          DateOnly: 'string',
          // A user error's path: field names and list indexes, e.g. ["input", "lines", 0, "quantity"].
          PathSegment: 'string | number',
        },
      },
    },
  },
};

export default config;
