import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * Collapses each line break with the spaces and tabs around it, inside Lit's html`...` templates, to one space.
 * JavaScript minifiers leave template text alone. One space is what HTML renders for any run of
 * white space outside <pre> and <textarea> (which no template here uses), and keeps every text
 * node the template had, so the DOM is the same. Found with the TypeScript parser, not a regular
 * expression, because templates nest inside each other's `${...}`.
 */
export function collapseHtmlLiterals(): Plugin {
  return {
    name: 'news-elements:collapse-html-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('html`')) return null;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
      const output = new MagicString(code);
      let changed = false;
      const collapse = (start: number, end: number): void => {
        const raw = code.slice(start, end);
        // A line continuation (backslash, line break) stands for nothing: leave such text alone.
        if (raw.includes('\\\n') || raw.includes('\\\r')) return;
        const text = raw.replace(/[ \t]*\r?\n[ \t]*/g, ' ');
        if (text === raw) return;
        output.overwrite(start, end, text);
        changed = true;
      };
      const visit = (node: ts.Node): void => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'html') {
          const template = node.template;
          // Literal text only: between the backtick or `}` and the next `${` or backtick.
          if (ts.isNoSubstitutionTemplateLiteral(template)) {
            collapse(template.getStart(file) + 1, template.end - 1);
          } else {
            collapse(template.head.getStart(file) + 1, template.head.end - 2);
            for (const span of template.templateSpans) {
              const literal = span.literal;
              const closing = ts.isTemplateTail(literal) ? 1 : 2;
              collapse(literal.getStart(file) + 1, literal.end - closing);
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      if (!changed) return null;
      // With its source map: the build's maps (sourcemap: true) stay right past the removed lines.
      return { code: output.toString(), map: output.generateMap({ hires: true, source: id }) };
    },
  };
}
