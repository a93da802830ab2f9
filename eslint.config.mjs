// Lint rules, including the layer boundaries of STYLE.md, so the architecture cannot rot:
// shared imports nothing app-specific; only platform/ touches the preload API; only db/ touches Dexie.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const restrict = (patterns) => ['error', { patterns }]

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '**/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off'
    }
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  {
    // Code passed to page.evaluate runs in the page.
    files: ['scripts/screenshots.mjs'],
    languageOptions: { globals: { ...globals.browser } }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' }
  },
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts', 'src/shared/**/test-*/**', 'src/shared/**/test-*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['electron', 'node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads'], message: 'src/shared is pure: no Electron, no Node APIs.' },
        { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'src/shared imports nothing app-specific.' },
        { group: ['react', 'react-dom', 'dexie'], message: 'src/shared has no UI or storage.' }
      ])
    }
  },
  {
    files: ['src/main/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([{ group: ['**/renderer/**', '**/preload/**'], message: 'main imports only shared.' }]) }
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([{ group: ['**/renderer/**', '**/main/**'], message: 'preload imports only shared.' }]) }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/db/**'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['dexie', '**/db/database'], message: 'Only db/ touches the database; call a repository or a hook.' },
        { group: ['electron', 'node:*', '**/main/**'], message: 'The renderer reaches the host only through platform/.' }
      ])
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/platform/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'window', property: 'gloss', message: 'Only platform/ uses the preload API.' }]
    }
  }
)
