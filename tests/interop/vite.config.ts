// Builds the React and Vue apps of tests/interop against the built package (dist/), as an
// application would: `node scripts/build-interop.mjs` (run by `npm test`).
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

const app = process.env.INTEROP_APP ?? 'react';
const root = resolve(import.meta.dirname, app);

export default defineConfig({
  root,
  base: './',
  logLevel: 'warn',
  resolve: {
    alias: [{ find: /^news-elements$/, replacement: resolve(import.meta.dirname, '../../dist/index.js') }],
  },
  plugins:
    app === 'vue'
      ? [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.includes('-') } } })]
      : [],
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: { outDir: resolve(import.meta.dirname, 'dist', app), emptyOutDir: true, minify: false },
});
