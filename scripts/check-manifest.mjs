#!/usr/bin/env node
// `npm run check:manifest` (CI, after the build): every attribute, event, part and custom property
// an element's source uses must be documented in dist/custom-elements.json (from its JSDoc).
import { readFileSync } from 'node:fs';
import { manifestDeclarations } from './lib/manifest.mjs';

const declarations = manifestDeclarations();
const ELEMENTS = ['news-article', 'related-articles', 'scroll-top-button'];
const all = (text, pattern) => [...text.matchAll(pattern)].map((m) => m[1]);
/** `name: { ... }` entries of a properties object, as attribute names (see below). */
const attributeNames = (block) =>
  [...block.matchAll(/^ +(\w+): \{([^}]*)\}/gm)]
    .filter(([, , options]) => !/state: true|attribute: false/.test(options))
    .map(([, name, options]) => options.match(/attribute: '([^']+)'/)?.[1] ?? name.toLowerCase());
const DATE_PROPERTIES = attributeNames(
  readFileSync('src/shared/date-template.ts', 'utf8').match(/DATE_PROPERTIES = \{([\s\S]*?)\n\}/)?.[1] ?? '',
);

let problems = 0;
for (const tag of ELEMENTS) {
  const element = declarations.find((d) => d.tagName === tag);
  if (!element) {
    console.error(`<${tag}>: not in the manifest`);
    problems++;
    continue;
  }
  const source = readFileSync(`src/${tag}/${tag}.ts`, 'utf8');
  const styles = readFileSync(`src/${tag}/${tag}.styles.ts`, 'utf8');

  // Reactive properties that are attributes: `name: { ... }` in `static properties`, unless
  // `state: true` or `attribute: false`; the attribute is `attribute: '…'` or the lowercased name.
  const block = source.match(/static override properties = \{([\s\S]*?)\n {2}\};/)?.[1] ?? '';
  const attributes = attributeNames(block);
  if (block.includes('...DATE_PROPERTIES')) attributes.push(...DATE_PROPERTIES);
  attributes.push('lang', 'dir'); // every element re-renders on them (news-element-base.ts)

  const events = all(source, /emit(?:<[^>]*>)?\(\s*this,\s*'([^']+)'/g);
  if (/emitError\(this/.test(source)) events.push('error');

  const parts = [
    ...all(source, /part="([^"$]+)"/g),
    ...all(source, /\bpart: '([^']+)'/g),
    ...all(source, /heading\([^,]+,\s*'([^']+)'/g), // heading(level, name, ...) uses name as its part
  ].flatMap((value) => value.split(/\s+/));

  const properties = all(styles, new RegExp(`var\\((--${tag}-[\\w-]+)`, 'g'));

  const documented = {
    attribute: new Set((element.attributes ?? []).map((a) => a.name)),
    event: new Set((element.events ?? []).map((e) => e.name)),
    part: new Set((element.cssParts ?? []).map((p) => p.name)),
    'custom property': new Set((element.cssProperties ?? []).map((p) => p.name)),
  };
  for (const [kind, used] of [
    ['attribute', attributes],
    ['event', events],
    ['part', parts],
    ['custom property', properties],
  ]) {
    for (const name of new Set(used)) {
      if (!documented[kind].has(name)) {
        console.error(
          `<${tag}>: ${kind} "${name}" is used in the source but missing from the manifest (JSDoc)`,
        );
        problems++;
      }
    }
  }
  console.log(
    `<${tag}>: ${new Set(attributes).size} attributes, ${new Set(events).size} events, ` +
      `${new Set(parts).size} parts, ${new Set(properties).size} custom properties — all documented`.replace(
        / — all documented$/,
        problems ? '' : ' — all documented',
      ),
  );
}
if (problems > 0) {
  console.error(
    `\n${problems} undocumented: add @attr, @fires, @csspart or @cssprop to the element's JSDoc.`,
  );
  process.exit(1);
}
