import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

// The layers (docs/ARCHITECTURE.md): Electron only in the entry, its adapters and the preload;
// the renderer and shared code never reach into main; main never into the renderer.
const electronOnly = {
  name: 'electron',
  message: 'Electron belongs in src/main/index.ts, src/main/platform/electron/ and the preload.',
}
const electronApps = ['electron-updater', 'electron-store'].map((name) => ({
  name,
  message: 'Electron libraries belong in src/main/platform/electron/.',
}))
const layer = (folder, why) => ({ group: [`**/${folder}/**`, `**/${folder}`], message: why })
const nodeBuiltins = {
  group: ['node:*'],
  message: 'Code that runs in the page has no Node: keep it in src/main.',
}
const restrict = (paths, patterns) => ({ 'no-restricted-imports': ['error', { paths, patterns }] })

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      '.cache/',
      '.tmp/',
      'artifacts/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Rules that need the types: promises handed where a callback's result is ignored, needless
    // assertions, switches that miss a case.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // React ignores what an event handler returns; the dashboard's async handlers go through
      // useAction, which never rejects.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-base-to-string': 'error',
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
    },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/index.ts', 'src/main/platform/electron/**'],
    rules: restrict(
      [electronOnly, ...electronApps],
      [
        layer('renderer', 'main never imports the renderer'),
        layer('preload', 'main never imports the preload'),
      ],
    ),
  },
  {
    files: ['src/main/platform/electron/**/*.ts', 'src/main/index.ts'],
    rules: restrict([], [layer('renderer', 'main never imports the renderer')]),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: restrict(
      [electronOnly, ...electronApps],
      [
        layer('main', 'the renderer talks to main only through window.api'),
        layer('preload', 'the renderer talks to main only through window.api'),
        nodeBuiltins,
      ],
    ),
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: restrict(
      [electronOnly, ...electronApps],
      [
        layer('main', 'shared code is used by every layer and imports none'),
        layer('renderer', 'shared code is used by every layer and imports none'),
        layer('preload', 'shared code is used by every layer and imports none'),
        nodeBuiltins,
      ],
    ),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: restrict(
      [...electronApps],
      [layer('main', 'the preload only carries IPC'), layer('renderer', 'the preload only carries IPC')],
    ),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
)
