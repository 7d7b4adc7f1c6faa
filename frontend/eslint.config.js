import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = [
  'auth',
  'history',
  'indicators',
  'plan-import',
  'plans',
  'reports',
  'security-events',
  'tasks',
  'tokens',
  'units',
  'users',
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'target', 'coverage', 'src/lib/api/schema.d.ts'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      ...tseslint.configs.recommended,
      importPlugin.flatConfigs.recommended,
      importPlugin.flatConfigs.typescript,
      reactHooks.configs.flat.recommended,
    ],
    languageOptions: { ecmaVersion: 2022, globals: globals.browser },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.app.json' }, node: true },
      'import/ignore': ['node_modules'],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'import/no-cycle': ['error', { ignoreExternal: true }],
      'import/no-named-as-default-member': 'off',
      'import/order': [
        'warn',
        {
          groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'],
          pathGroups: [{ pattern: '@/**', group: 'internal' }],
          'newlines-between': 'never',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
      // One direction: shared (components, config, lib, testing, types, utils) -> features -> app;
      // no imports between features.
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'Features must not import each other; compose them in src/app.',
            })),
            {
              target: './src/features',
              from: './src/app',
              message: 'Features must not import from the app layer.',
            },
            {
              target: [
                './src/components',
                './src/config',
                './src/lib',
                './src/testing',
                './src/types',
                './src/utils',
              ],
              from: ['./src/features', './src/app'],
              message: 'Shared modules must not import features or the app layer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'e2e/**/*.mjs', '*.js'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: globals.node },
  },
  {
    // Browser tests pass callbacks that run inside the page.
    files: ['e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  prettier,
);
