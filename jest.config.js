// One jest run, five projects: pure unit tests next to the api code, panel component
// tests in jsdom, the database conformance suite, API integration tests over real HTTP
// and browser end-to-end tests.
// The database is started once for the whole run by test/setup/global-setup.ts.

/** @type {import('ts-jest').TsJestTransformerOptions} */
const tsJestOptions = {
  tsconfig: {
    // Type errors are caught by `npm run typecheck`; transpile-only keeps the suite fast.
    isolatedModules: true,
    module: 'commonjs',
    moduleResolution: 'node10',
    jsx: 'react-jsx',
    esModuleInterop: true,
    ignoreDeprecations: '6.0',
  },
};

const transform = { '^.+\\.tsx?$': ['ts-jest', tsJestOptions] };

/** @type {import('jest').Config} */
module.exports = {
  // jest-circus reads only this global timeout (a project-level testTimeout is ignored):
  // browser tests and report data sets need more than the default 5 s.
  testTimeout: 60000,
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/api/src'],
      testMatch: ['**/*.test.ts'],
      transform,
    },
    {
      displayName: 'ui',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/plugin-ui/src'],
      testMatch: ['**/*.test.tsx', '**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/plugin-ui/test-setup.ts'],
      transform,
    },
    {
      // What the product relies on from its MongoDB server; `npm run test:db` runs it alone.
      displayName: 'db-conformance',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/db-conformance'],
      testMatch: ['**/*.test.ts'],
      transform,
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/e2e/', '/db-conformance/'],
      transform,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.e2e.test.ts'],
      transform,
    },
  ],
};
