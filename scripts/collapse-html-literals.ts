import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * Collapses the line breaks and indentation inside Lit's html`...` templates to one space each.
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
      const edits: { start: number; end: number; text: string }[] = [];
      const collapse = (start: number, end: number): void => {
        const raw = code.slice(start, end);
        const text = raw.replace(/[ \t]*\n\s*/g, ' ');
        if (text !== raw) edits.push({ start, end, text });
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
      if (edits.length === 0) return null;
      let output = code;
      for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) {
        output = output.slice(0, start) + text + output.slice(end);
      }
      return { code: output, map: null };
    },
  };
}
