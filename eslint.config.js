import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { readdirSync } from 'node:fs';

// Imports run one way, up the house: i18n -> data -> lib -> store -> components -> features -> app.
// A feature never imports another feature: what two features need lives in the shared folders.
// (Tests may reach down and across: they wire what they check.)
const FEATURES = readdirSync('src/features', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const LAYERS = ['i18n', 'data', 'lib', 'store', 'components'];
const importZones = [
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message:
      'A feature does not import another feature; move what both need to src/components or src/lib.',
  })),
  ...LAYERS.map((folder, i) => ({
    target: `./src/${folder}`,
    from: [...LAYERS.slice(i + 1).map((above) => `./src/${above}`), './src/features', './src/app'],
    message: `src/${folder} imports only what lies below it: ${LAYERS.slice(0, i).join(', ') || 'nothing of the app'}.`,
  })),
  {
    target: './src/features',
    from: './src/app',
    message: 'Features do not import the app that assembles them.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-single',
      'playwright-report',
      'test-results',
      'node_modules',
      'bench/.*',
    ],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: importZones }],
    },
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'src/test-setup.ts'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  {
    // Benchmark and engine-journey code partly runs inside the page (sent to the browser as source).
    files: ['bench/**/*.mjs', 'e2e-engines/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
