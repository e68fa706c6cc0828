import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * Shortens the library's private class members (`_source`, `_pendingLoad`, `_appliedProgress`...)
 * to `_0`, `_1`... in the CDN build, as Lit does in its own build: minifiers keep property names,
 * and these are a third of what an element's code says (0.35 KB gzip over all three elements).
 *
 * The names are those declared as members of a class in src/ (fields, methods, accessors, keys
 * of `static properties`) that start with `_` and a lowercase letter: the library's convention
 * for what is not public API. Every identifier with such a name is renamed in every module with
 * the same map, so uses across chunks agree, and a local of the same name is renamed with its
 * uses. Strings are left alone: no code looks a private member up by a string (checked by
 * `stringsNaming`, which fails the build if one does). The npm build keeps the names.
 */
export function manglePrivateMembers(sourceRoot: string): Plugin {
  let names = new Map<string, string>();
  return {
    name: 'news-elements:mangle-private-members',
    buildStart() {
      names = privateMemberNames(sourceRoot);
    },
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const named = stringsNaming(file, names);
      if (named.length > 0) {
        this.error(`${id}: strings name private members (${named.join(', ')}); they would no longer match`);
      }
      const output = new MagicString(code);
      const visit = (node: ts.Node): void => {
        if (ts.isIdentifier(node)) {
          const short = names.get(node.text);
          if (short) output.overwrite(node.getStart(file), node.end, short);
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      if (!output.hasChanged()) return null;
      return { code: output.toString(), map: output.generateMap({ hires: true, source: id }) };
    },
  };
}

const PRIVATE = /^_[a-z][A-Za-z0-9]*$/;

/** Every private member name declared in src/, mapped to its short name (sorted: same map every build). */
function privateMemberNames(root: string): Map<string, string> {
  const found = new Set<string>();
  for (const path of sourceFiles(root)) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (
        ts.isClassElement(node) &&
        node.name &&
        ts.isIdentifier(node.name) &&
        PRIVATE.test(node.name.text)
      ) {
        found.add(node.name.text);
      }
      // `static properties = { _inline: { state: true } }`: reactive state, private too.
      if (
        ts.isPropertyDeclaration(node) &&
        ts.isIdentifier(node.name) &&
        node.name.text === 'properties' &&
        node.initializer &&
        ts.isObjectLiteralExpression(node.initializer)
      ) {
        for (const property of node.initializer.properties) {
          if (property.name && ts.isIdentifier(property.name) && PRIVATE.test(property.name.text)) {
            found.add(property.name.text);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return new Map([...found].sort().map((name, index) => [name, `_${index.toString(36)}`]));
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** String literals whose text is a private member's name (e.g. `changed.has('_model')`). */
function stringsNaming(file: ts.SourceFile, names: Map<string, string>): string[] {
  const named: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && names.has(node.text)) {
      named.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return named;
}
