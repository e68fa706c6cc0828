import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  // *.tmp.mjs: throwaway local scripts (git-ignored).
  { ignores: ['dist/', 'tests/interop/dist/', 'node_modules/', 'coverage/', '**/*.tmp.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    extends: [litConfigs['flat/recommended'], wcConfigs['flat/best-practice']],
    languageOptions: { globals: globals.browser },
    rules: {
      // Attributes are read by Lit after construction; the constructor only sets defaults.
      'wc/no-constructor-attributes': 'error',
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['tests/**/*.ts', 'demo/**/*.{ts,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // chai: expect(x).to.exist
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', '*.config.{js,mjs,ts}', '.puppeteerrc.cjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // The benchmark's in-page scripts (bench/run.mjs drives them in the browsers).
    files: ['bench/pages/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
