import { parse, type Node } from 'acorn';
import { analyze, type Scope, type Variable } from 'eslint-scope';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { decode, encode, type SourceMapSegment } from '@jridgewell/sourcemap-codec';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

/**
 * Names the module-scope bindings of each minified CDN chunk after what they are imported or
 * exported as, so import and export lists lose their `x as y` pairs: the minifier names a chunk's
 * bindings on its own, and `import{A as e,B as t,...}` / `export{z as A,...}` cost every chunk
 * boundary ~5 bytes a binding (0.3 KB gzip over news-elements.js). `import{A as e}` becomes
 * `import{A}` with every use of `e` renamed `A`; `export{z as A}` becomes `export{A}`. A
 * binding displaced by such a name takes another short one. A name is given only where every
 * scope that uses the binding sees it (no inner binding of that name, no global of that name);
 * otherwise the binding keeps its `as`. Runs after the minifier (generateBundle) and carries the
 * source maps through.
 */
export function bindChunkNames(): Plugin {
  // Rolldown takes a chunk's new code from generateBundle but not a new map: the maps are
  // written again once the files are out.
  const maps = new Map<string, object>();
  return {
    name: 'news-elements:bind-chunk-names',
    apply: 'build',
    generateBundle(_options, bundle) {
      maps.clear();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const result = renameModuleScope(chunk.code);
        if (!result) continue;
        chunk.code = result.code;
        if (chunk.map)
          maps.set(chunk.fileName, { ...chunk.map, mappings: composeMaps(result.map, chunk.map) });
      }
    },
    writeBundle(options) {
      for (const [fileName, map] of maps) {
        const path = join(options.dir ?? '.', `${fileName}.map`);
        if (existsSync(path)) writeFileSync(path, JSON.stringify(map));
      }
    },
  };
}

const IDENT = /^[A-Za-z_$][\w$]*$/;
const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false ' +
    'finally for function if import in instanceof new null return super switch this throw true try ' +
    'typeof var void while with yield let static implements interface package private protected ' +
    'public await arguments eval undefined NaN Infinity'
  ).split(' '),
);
const FIRST = 'etnriaoscludfpmhg_vybxSCwTEDOkAjMNPFILRzBVHUWGKqJYXZQ$';
const REST = FIRST + '0123456789';

/** e, t, n, ... then ee, te, ... */
function* shortNames(): Generator<string> {
  yield* FIRST;
  for (const first of FIRST) for (const second of REST) yield first + second;
  for (const first of FIRST)
    for (const second of REST) for (const third of REST) yield first + second + third;
}

type Id = Node & { type: 'Identifier'; name: string };
type Named = Node & { name?: string; value?: string };
type Specifier = Node & { local: Id; imported?: Named; exported?: Named };

export function renameModuleScope(
  code: string,
): { code: string; map: ReturnType<MagicString['generateMap']> } | undefined {
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module', ranges: true });
  // eslint-scope's types want an ESTree Program; acorn's nodes are ESTree nodes.
  const manager = analyze(ast as never, { ecmaVersion: 2022, sourceType: 'module' });
  const moduleScope = manager.globalScope?.childScopes.find((s) => s.type === 'module');
  if (!moduleScope || !manager.globalScope) return undefined;

  const parents = new Map<Node, Node | null>();
  (function walk(node: Node, parent: Node | null): void {
    parents.set(node, parent);
    for (const value of Object.values(node) as unknown[]) {
      for (const child of Array.isArray(value) ? value : [value])
        if (child && typeof (child as Node).type === 'string') walk(child as Node, node);
    }
  })(ast, null);

  // A class declaration's name is a module binding and a binding of its own class scope too.
  const byIdentifier = new Map<unknown, Variable[]>();
  for (const scope of manager.scopes)
    for (const variable of scope.variables)
      for (const id of variable.identifiers)
        byIdentifier.set(id, [...(byIdentifier.get(id) ?? []), variable]);
  const family = (variable: Variable): Variable[] => [
    ...new Set([variable, ...variable.identifiers.flatMap((id) => byIdentifier.get(id) ?? [])]),
  ];

  const globals = new Set(manager.globalScope.through.map((ref) => ref.identifier.name));
  /** Whether every scope that declares or uses `variable` would see `name` as it. */
  const uncaptured = (variable: Variable, name: string): boolean => {
    if (globals.has(name) || RESERVED.has(name)) return false;
    const members = family(variable);
    for (const v of members) {
      for (const start of [v.scope, ...v.references.map((ref) => ref.from)]) {
        for (let scope: Scope | null = start; scope && scope !== moduleScope; scope = scope.upper) {
          const other = scope.set.get(name);
          if (other && !members.includes(other)) return false;
        }
      }
    }
    return true;
  };

  const nameOf = (node: Named): string => (node.name ?? node.value) as string;
  const imports: Specifier[] = [];
  const exports: Specifier[] = [];
  /** Bindings of `export const x`, `export function x`...: their name is what they export. */
  const fixed = new Set<Variable>();
  for (const node of ast.body) {
    if (node.type === 'ImportDeclaration')
      imports.push(
        ...(node.specifiers.filter((s) => s.type === 'ImportSpecifier') as unknown as Specifier[]),
      );
    if (node.type === 'ExportNamedDeclaration' && !node.source)
      exports.push(...(node.specifiers as unknown as Specifier[]));
    if (
      (node.type === 'ExportNamedDeclaration' || node.type === 'ExportDefaultDeclaration') &&
      node.declaration
    )
      for (const variable of manager.getDeclaredVariables(node.declaration as never)) fixed.add(variable);
  }

  // The name each binding would like: its imported name, else the one name it is exported as.
  const wanted = new Map<Variable, string>();
  for (const spec of imports) {
    const variable = moduleScope.set.get(spec.local.name);
    const name = nameOf(spec.imported as Named);
    if (variable && IDENT.test(name)) wanted.set(variable, name);
  }
  for (const variable of moduleScope.variables) {
    if (wanted.has(variable)) continue;
    const names = exports
      .filter((s) => s.local.name === variable.name)
      .map((s) => nameOf(s.exported as Named));
    if (names.length === 1 && IDENT.test(names[0] as string)) wanted.set(variable, names[0] as string);
  }

  const assigned = new Map<Variable, string>();
  const used = new Set<string>();
  for (const variable of fixed) {
    wanted.delete(variable);
    assigned.set(variable, variable.name);
    used.add(variable.name);
  }
  for (const [variable, name] of [...wanted].sort((a, b) => a[1].length - b[1].length)) {
    if (used.has(name) || !uncaptured(variable, name)) continue;
    // A longer name pays at every use: only worth it when that costs less than ` as x`.
    const longer = name.length - variable.name.length;
    if (longer > 0 && longer * variable.references.length > 4 + variable.name.length) continue;
    assigned.set(variable, name);
    used.add(name);
  }
  const displaced: Variable[] = [];
  for (const variable of moduleScope.variables) {
    if (assigned.has(variable)) continue;
    if (used.has(variable.name)) displaced.push(variable);
    else {
      assigned.set(variable, variable.name);
      used.add(variable.name);
    }
  }
  displaced.sort((a, b) => b.references.length - a.references.length);
  for (const variable of displaced) {
    for (const name of shortNames()) {
      if (used.has(name) || !uncaptured(variable, name)) continue;
      assigned.set(variable, name);
      used.add(name);
      break;
    }
    if (!assigned.has(variable)) throw new Error(`bind-chunk-names: no name for ${variable.name}`);
  }

  const out = new MagicString(code);
  const done = new Set<unknown>();
  const write = (id: Id, name: string): void => {
    if (done.has(id)) return;
    done.add(id);
    type Parent = Node & { shorthand?: boolean; value?: unknown; left?: unknown };
    // `{e}` and `{e=1}` (a pattern with a default): the key stays, the binding is renamed.
    let parent = parents.get(id) as Parent | undefined;
    let child: unknown = id;
    if (parent?.type === 'AssignmentPattern' && parent.left === id) {
      child = parent;
      parent = parents.get(parent) as Parent | undefined;
    }
    const shorthand = parent?.type === 'Property' && parent.shorthand && parent.value === child;
    out.overwrite(id.start, id.end, shorthand ? `${id.name}:${name}` : name);
  };
  // `import{outer as name}` and `export{name as outer}`, or just `name` where the two agree.
  for (const [specs, outerOf, imported] of [
    [imports, (spec: Specifier) => spec.imported as Named, true],
    [exports, (spec: Specifier) => spec.exported as Named, false],
  ] as const) {
    for (const spec of specs) {
      const variable = moduleScope.set.get(spec.local.name);
      const name = variable && assigned.get(variable);
      if (!name) continue;
      const outer = outerOf(spec);
      const written = code.slice(outer.start, outer.end);
      const pair = imported ? `${written} as ${name}` : `${name} as ${written}`;
      out.overwrite(spec.start, spec.end, nameOf(outer) === name ? name : pair);
      done.add(spec.local);
    }
  }
  for (const [variable, name] of assigned) {
    if (name === variable.name) continue;
    for (const v of family(variable)) {
      for (const id of v.identifiers) write(id as unknown as Id, name);
      for (const ref of v.references) write(ref.identifier as unknown as Id, name);
    }
  }
  if (!out.hasChanged()) return undefined;
  const renamed = out.toString();
  // A rename must change binding names only: every use still reads the same binding (or global),
  // and every property key, member and import or export name is as it was.
  if (bindings(renamed).join('\n') !== bindings(code).join('\n'))
    throw new Error('bind-chunk-names: a rename changed what a name refers to');
  if (otherNames(renamed).join('\n') !== otherNames(code).join('\n'))
    throw new Error('bind-chunk-names: a rename changed a property, import or export name');
  return { code: renamed, map: out.generateMap({ hires: 'boundary' }) };
}

/**
 * The names a program uses that are not bindings, in source order: property keys, members
 * (`a.b`), imported and exported names, and the names of exported declarations.
 */
function otherNames(code: string): string[] {
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module', ranges: true });
  const manager = analyze(ast as never, { ecmaVersion: 2022, sourceType: 'module' });
  const names: string[] = [];
  type Any = Node & Record<string, unknown>;
  const name = (node: unknown): string => {
    const named = node as Named;
    return String(named.name ?? named.value);
  };
  (function walk(node: Any): void {
    if (
      (node.type === 'Property' || node.type === 'MethodDefinition' || node.type === 'PropertyDefinition') &&
      !node.computed
    )
      names.push(`key ${name(node.key)}`);
    if (node.type === 'MemberExpression' && !node.computed) names.push(`member ${name(node.property)}`);
    if (node.type === 'ImportSpecifier') names.push(`import ${name(node.imported)}`);
    if (node.type === 'ExportSpecifier') names.push(`export ${name(node.exported)}`);
    if (
      (node.type === 'ExportNamedDeclaration' || node.type === 'ExportDefaultDeclaration') &&
      node.declaration
    )
      for (const variable of manager.getDeclaredVariables(node.declaration as never))
        names.push(`export ${variable.name}`);
    for (const value of Object.values(node))
      for (const child of Array.isArray(value) ? value : [value])
        if (child && typeof (child as Node).type === 'string') walk(child as Any);
  })(ast as unknown as Any);
  return names;
}

/**
 * What each use of a name refers to, in source order: the ordinal of its declaration among all
 * declarations, or the global's name. Renaming keeps both orders, so equal lists mean the
 * same program.
 */
function bindings(code: string): string[] {
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module', ranges: true });
  const manager = analyze(ast as never, { ecmaVersion: 2022, sourceType: 'module' });
  const start = (node: unknown): number => (node as Node).start;
  const declared = manager.scopes.flatMap((scope) => scope.variables.flatMap((v) => v.identifiers));
  const ordinal = new Map([...new Set(declared)].sort((a, b) => start(a) - start(b)).map((id, i) => [id, i]));
  return manager.scopes
    .flatMap((scope) => scope.references)
    .sort((a, b) => start(a.identifier) - start(b.identifier))
    .map((ref) =>
      ref.resolved
        ? `#${Math.min(...ref.resolved.identifiers.map((id) => ordinal.get(id) ?? -1))}`
        : `global ${ref.identifier.name}`,
    );
}

/** The mappings of `outer` (renamed -> minified) followed through `inner` (minified -> sources). */
function composeMaps(
  outer: { mappings: string },
  inner: { mappings: string; sources: (string | null)[]; names: string[] } & object,
): string {
  const trace = new TraceMap(inner as never);
  const sources = inner.sources;
  const names = inner.names;
  const lines = decode(outer.mappings).map((line) => {
    const mapped: SourceMapSegment[] = [];
    for (const segment of line) {
      if (segment.length < 4) continue;
      const [column, , sourceLine, sourceColumn] = segment as [number, number, number, number];
      const original = originalPositionFor(trace, { line: sourceLine + 1, column: sourceColumn });
      if (original.source === null || original.line === null || original.column === null) continue;
      const source = trace.resolvedSources.indexOf(original.source);
      const index = source >= 0 ? source : sources.indexOf(original.source);
      if (index < 0) continue;
      const name = original.name === null ? -1 : names.indexOf(original.name);
      mapped.push(
        name >= 0
          ? [column, index, original.line - 1, original.column, name]
          : [column, index, original.line - 1, original.column],
      );
    }
    return mapped;
  });
  return encode(lines);
}
