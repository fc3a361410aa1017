import js from '@eslint/js';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.cache/',
      '.data/',
      'coverage/',
      'api/src/__generated__/',
      'plugin-ui/src/gql/',
      'test/__generated__/',
    ],
  },
  {
    files: ['**/*.{ts,tsx,mts,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['jest.config.js'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Module boundaries, with ESLint's own no-restricted-imports: it needs no import resolver and
  // no plugin, and these rules are about specifiers (a package name, `node:`, `../`, `.model`).
  {
    // The loyalty core is pure: no database, no I/O, nothing outside the core itself.
    files: ['api/src/loyalty/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./)|/\\.\\./',
              message:
                'The loyalty core imports only its own modules (./...): no mongoose, no Node built-ins, nothing outside api/src/loyalty.',
            },
          ],
        },
      ],
    },
  },
  {
    // Resolvers are thin: they call services, which check permissions and scope by workspace.
    files: ['api/src/modules/*/*.resolvers.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '\\.model(\\.[cm]?[jt]s)?$',
              message: 'Resolvers call services, never models: reads and writes go through a *.service.ts.',
            },
            {
              group: ['mongoose', 'mongodb'],
              message: 'Resolvers call services, never the database driver.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['plugin-ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The schema is the contract: every type and field described, names consistent.
    files: ['schema/**/*.graphql'],
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: { graphQLConfig: { schema: 'schema/*.graphql' } },
    },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      ...graphqlPlugin.configs['flat/schema-recommended'].rules,
      '@graphql-eslint/strict-id-in-types': [
        'error',
        {
          exceptions: {
            // Value objects: they have no identity of their own.
            types: [
              'LoyaltySnapshot',
              'RecommendedAction',
              'Viewer',
              'PageInfo',
              'Playbook',
              'PlaybookRule',
              'PlaybookAction',
              'SurveyPolicy',
              'SurveyMetricPolicy',
              'EmbedSettings',
              'EmbedHostSettings',
              'ZendeskEmbedSettings',
              'ChatwootEmbedSettings',
              'UserError',
              'SurveyEligibility',
              'SurveyBlockerReason',
              'ContactSurveyActivity',
              'SalesCandidate',
              'SurveyCandidate',
            ],
            suffixes: ['Edge', 'Connection', 'Payload'],
          },
        },
      ],
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
          DirectiveDefinition: true,
        },
      ],
    },
  },
);
