import { transformSync } from 'esbuild';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

const CSS_LITERAL = /\bcss`((?:[^`\\]|\\.)*)`/g;

/**
 * Minifies the CSS inside Lit's css`...` literals with esbuild's CSS minifier: JavaScript
 * minifiers leave template text alone, and styles are a good part of each element's bytes.
 * `${...}` interpolations are swapped for placeholders and put back afterwards.
 */
export function minifyCssLiterals(): Plugin {
  return {
    name: 'news-elements:minify-css-literals',
    transform(code, id) {
      if (!/\/src\/.*[.-]styles?\.ts$/.test(id) || !code.includes('css`')) return null;
      const output = new MagicString(code);
      for (const match of code.matchAll(CSS_LITERAL)) {
        const body = match[1] as string;
        const parts: string[] = [];
        const text = body.replace(/\$\{([^}]*)\}/g, (_m, expression: string) => {
          parts.push(expression);
          return `__lit_${parts.length - 1}__`;
        });
        // A bare value list (systemFonts) is not a stylesheet: wrap it so esbuild can parse it.
        const isValue = !text.includes('{');
        const source = isValue ? `a{font-family:${text}}` : text;
        let css = transformSync(source, { loader: 'css', minify: true }).code.trim();
        if (isValue) css = css.replace(/^a\{font-family:/, '').replace(/\}$/, '');
        const restored = css.replace(/__lit_(\d+)__/g, (_m, i: string) => `\${${parts[Number(i)]}}`);
        output.overwrite(
          match.index,
          match.index + match[0].length,
          `css\`${restored.replace(/`/g, '\\`')}\``,
        );
      }
      // With its source map: the build's maps (sourcemap: true) stay right past the removed lines.
      return { code: output.toString(), map: output.generateMap({ hires: true, source: id }) };
    },
  };
}
