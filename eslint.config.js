import { readdirSync } from 'node:fs';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { house } from './eslint-house.js';
import tseslint from 'typescript-eslint';

/** The client's feature folders, read here so a new feature gets its boundary without an edit. */
const features = readdirSync('src/client/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * Imports flow one way (house style): client and server meet only in the domain; inside the
 * client, ui/db/sync/session/pwa → features → app, and no feature reaches into a sibling.
 */
const boundaries = [
  {
    target: './src/domain',
    from: ['./src/client', './src/server'],
    message: 'The domain is shared by app and server and imports neither.',
  },
  { target: './src/client', from: './src/server', message: 'The app never imports the server.' },
  { target: './src/server', from: './src/client', message: 'The server never imports the app.' },
  {
    target: ['db', 'sync', 'ui', 'session', 'pwa'].map((folder) => `./src/client/${folder}`),
    from: ['./src/client/features', './src/client/app'],
    message: 'Shared client code does not import features or the app; move what it needs down here.',
  },
  ...features.map((feature) => ({
    target: `./src/client/features/${feature}`,
    from: './src/client/features',
    except: [`./${feature}`],
    message: 'A feature does not import a sibling feature; move what both need to ui/, db/ or the domain.',
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'coverage'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/client/**/*.{ts,tsx}', 'test/client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Backs assertNever: a switch over a union lists every member, a default clause does not count.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
    },
  },
  {
    // Small files (house style): a module up to 250 lines of code, a component up to 150. Message
    // tables are data in three languages and grow with the screens, so they are left out.
    files: ['src/**/*.ts'],
    ignores: ['src/**/*messages.ts'],
    rules: { 'max-lines': ['error', { max: 250, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['src/**/*.tsx'],
    rules: { 'max-lines': ['error', { max: 150, skipBlankLines: true, skipComments: true }] },
  },
  {
    // What the layers others build on export says what it is for, in a line.
    files: [
      'src/domain/**/*.ts',
      'src/client/db/**/*.ts',
      'src/client/sync/**/*.ts',
      'src/server/routes/**/*.ts',
    ],
    plugins: { house },
    rules: { 'house/export-summary': 'error' },
  },
  {
    // The domain is isomorphic: it must not reach the DOM, Node, React, Dexie or Fastify.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'react', 'react-dom', 'dexie', 'fastify', 'fastify/*'] },
      ],
    },
  },
  {
    files: ['src/client/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['node:*'] }] },
  },
);
