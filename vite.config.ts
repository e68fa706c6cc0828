import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { collapseHtmlLiterals } from './scripts/collapse-html-literals.js';
import { minifyCssLiterals } from './scripts/minify-css-literals.js';
import { manglePrivateMembers } from './scripts/mangle-private-members.js';
import { restParameters } from './scripts/rest-parameters.js';
import { bindChunkNames } from './scripts/bind-chunk-names.js';

/**
 * `npm start`: the demo (demo/) on Vite's dev server, using the TypeScript sources.
 * `vite build`: the npm build, one module per source file (exact `sideEffects`),
 *   lit and dompurify left as dependencies.
 * `vite build --mode cdn`: dist/cdn, self-contained minified ES modules with no bare imports,
 *   one entry per element plus news-elements.js, sharing chunks.
 */
/** The header of demo/strict-csp.html: the CSP of issue 5 with the documented trusted-types list. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
  "base-uri 'none'; require-trusted-types-for 'script'; trusted-types news-elements lit-html";

/** `npm start` serves /strict-csp.html with a strict Content-Security-Policy and Trusted Types. */
function strictCspDemo(): Plugin {
  return {
    name: 'news-elements-strict-csp-demo',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] === '/strict-csp.html')
          response.setHeader('Content-Security-Policy', STRICT_CSP);
        next();
      });
    },
  };
}

/** The demo pages inline src/no-layout-shift.css where they say so, as a publisher would paste it. */
function inlineNoLayoutShift(): Plugin {
  return {
    name: 'news-elements-no-layout-shift',
    transformIndexHtml(html) {
      const css = readFileSync(new URL('./src/no-layout-shift.css', import.meta.url), 'utf8');
      return html.replace(
        /<!-- news-elements:no-layout-shift[\s\S]*?-->/,
        (comment) => `${comment}\n    <style>\n${css}    </style>`,
      );
    },
  };
}

/**
 * `virtual:news-elements-manifest`: dist/custom-elements.json for demo/docs.html, made afresh by
 * `npm run analyze` (a few seconds) the first time the page is served.
 */
function manifestModule(): Plugin {
  const id = 'virtual:news-elements-manifest';
  const file = new URL('./dist/custom-elements.json', import.meta.url);
  let analyzed = false;
  return {
    name: 'news-elements-manifest',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(loading) {
      if (loading !== `\0${id}`) return null;
      if (!analyzed || !existsSync(file))
        execFileSync('npm', ['run', '--silent', 'analyze'], { stdio: 'inherit' });
      analyzed = true;
      return `export default ${readFileSync(file, 'utf8')};`;
    },
  };
}

export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'serve') {
    return {
      root: 'demo',
      server: { fs: { allow: ['..'] } },
      plugins: [strictCspDemo(), inlineNoLayoutShift(), manifestModule()],
    };
  }
  if (mode === 'cdn') {
    return {
      plugins: [
        minifyCssLiterals(),
        collapseHtmlLiterals(),
        restParameters(),
        manglePrivateMembers('src'),
        bindChunkNames(),
      ],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        lib: {
          entry: {
            'news-elements': 'src/index.ts',
            'news-article': 'src/news-article/define.ts',
            'related-articles': 'src/related-articles/define.ts',
            'scroll-top-button': 'src/scroll-top-button/define.ts',
          },
          formats: ['es'],
        },
        rollupOptions: {
          // An entry may hold code other entries import (news-elements.js imports the element
          // entries themselves, not facades over shared chunks): one file fewer per element.
          preserveEntrySignatures: 'allow-extension',
          // Lib mode keeps whitespace in ES output for tree shaking; the CDN build wants it all gone.
          output: {
            chunkFileNames: 'chunks/[name]-[hash].js',
            minify: true,
            // `/* @__PURE__ */` marks help a bundler that tree-shakes this code again; the CDN
            // files are final (0.1 KB gzip).
            comments: { annotation: false },
            codeSplitting: {
              groups: [
                // The base <scroll-top-button> needs (Lit's ReactiveElement, no lit-html): its own chunk.
                {
                  name: 'news-element-base',
                  priority: 2,
                  test: /node_modules\/@lit\/reactive-element\/|src\/(version|shared\/(events|shared-styles|define-element|lang|localized-strings|news-element-base))\.ts$/,
                },
                // What the elements share with each other and with the chunks they load on demand
                // (sanitizer, fetching code, feed readers), and the code both elements load up
                // front: one chunk rather than more small ones (a request more for every list),
                // at 2.2 KB up front for <news-article>. A chunk on demand must never import from
                // an entry: a page loading `related-articles.js?ver=6` (WordPress adds `?ver=`)
                // would then download the entry a second time, without the query.
                {
                  name: 'shared',
                  priority: 1,
                  test: /node_modules\/(lit-html|lit-element)\/|src\/shared\/(heading|json-object|load-error|safe-url|limits|remote-source|state-styles|news-element|text|language-direction|words-on-demand|format-date|date-template|trusted-types|markup-depth|quiet-inline-code|text-paragraphs|parse-markup|related-item|json-items|canonical-url)\.ts$/,
                },
              ],
            },
          },
        },
      },
    };
  }
  return {
    plugins: [minifyCssLiterals(), collapseHtmlLiterals()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      lib: {
        entry: {
          index: 'src/index.ts',
          'news-article/define': 'src/news-article/define.ts',
          'news-article/news-article': 'src/news-article/news-article.ts',
          'related-articles/define': 'src/related-articles/define.ts',
          'related-articles/related-articles': 'src/related-articles/related-articles.ts',
          'scroll-top-button/define': 'src/scroll-top-button/define.ts',
          'scroll-top-button/scroll-top-button': 'src/scroll-top-button/scroll-top-button.ts',
        },
        formats: ['es'],
      },
      rollupOptions: {
        external: [/^lit(\/|$)/, /^@lit\//, /^lit-html(\/|$)/, /^lit-element(\/|$)/, /^dompurify(\/|$)/],
        output: {
          preserveModules: true,
          preserveModulesRoot: 'src',
          entryFileNames: '[name].js',
        },
      },
    },
  };
});
