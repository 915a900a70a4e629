// @ts-check
import fs from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const featuresDir = path.resolve(import.meta.dirname, 'src/features');
const features = fs.existsSync(featuresDir)
  ? fs.readdirSync(featuresDir, { withFileTypes: true }).filter((d) => d.isDirectory())
  : [];

// One zone per feature, built from the folder list, so a new feature is fenced in without editing this file.
const featureIsolation = features.map((feature) => ({
  target: `./src/features/${feature.name}`,
  from: './src/features',
  except: [`./${feature.name}`],
  message: 'Features never import each other; compose them in src/app instead.',
}));

// Code flows one way: shared (components, lib, config, utils, testing) → features → app.
const unidirectional = [
  {
    target: './src/features',
    from: './src/app',
    message: 'Features must not depend on the app layer.',
  },
  ...['components', 'lib', 'config', 'utils', 'testing'].map((shared) => ({
    target: `./src/${shared}`,
    from: ['./src/features', './src/app'],
    message: 'Shared code must not depend on features or the app layer.',
  })),
];

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+)*$/;

/** Local rules that need no plugin: kebab-case file names and no barrel index files. */
/** @type {import('eslint').ESLint.Plugin} */
const filesPlugin = {
  rules: {
    'kebab-case-file-names': {
      meta: { type: 'suggestion', schema: [] },
      create(context) {
        const name = path.basename(context.filename);
        return {
          Program(node) {
            if (!kebabCase.test(name)) {
              context.report({ node, message: `File name "${name}" must be kebab-case.` });
            }
            if (/^index\.(ts|tsx)$/.test(name)) {
              context.report({
                node,
                message: 'No barrel index files: import the module that defines the thing.',
              });
            }
          },
        };
      },
    },
  },
};

export default tseslint.config(
  { ignores: ['dist/', 'e2e-artifacts/', 'node_modules/', 'src/gql/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: {
      'import-x': importX,
      'react-hooks': reactHooks,
      'react-refresh': reactRefresh,
      files: filesPlugin,
    },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './tsconfig.app.json' }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': [
        'warn',
        { allowConstantExport: true, allowExportNames: ['useAuth', 'useI18n', 'useMe', 'useAccess', 'MeQuery'] },
      ],
      'import-x/no-restricted-paths': [
        'error',
        { zones: [...featureIsolation, ...unidirectional] },
      ],
      'import-x/no-cycle': 'error',
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'],
          pathGroups: [{ pattern: '@/**', group: 'internal' }],
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../*'], message: 'Use the @/ absolute import instead.' }] },
      ],
      'files/kebab-case-file-names': 'error',
    },
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: {
      'react-refresh/only-export-components': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['*.{js,ts}', 'e2e/**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  prettier,
);
