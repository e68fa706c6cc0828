#!/usr/bin/env node
// `npm run docs`: writes each element's API reference into README.md, between
// `<!-- api:<tag> -->` and `<!-- /api:<tag> -->`, from dist/custom-elements.json (the JSDoc).
// `npm run docs -- --check` (CI) fails when README's tables differ from the manifest.
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { manifestDeclarations } from './lib/manifest.mjs';

const elements = manifestDeclarations().filter((d) => d.tagName);

/** Table cells: one line, no unescaped pipes. */
const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${cell(text)}\`` : '');
const table = (head, rows) =>
  rows.length === 0
    ? ''
    : [
        `| ${head.join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.join(' | ')} |`),
      ].join('\n');

/** The reference of one element, as Markdown. */
export function reference(element) {
  const attributes = element.attributes ?? [];
  const fields = (element.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('['),
  );
  const properties = fields.filter((m) => !m.attribute);
  const defaultOf = (name) => fields.find((m) => m.name === name)?.default;
  const sections = [
    [
      'Attributes',
      table(
        ['attribute', 'property', 'type', 'default', ''],
        attributes.map((a) => [
          code(a.name),
          code(a.fieldName),
          code(a.type?.text),
          code(defaultOf(a.fieldName)),
          cell(a.description),
        ]),
      ),
    ],
    [
      'Properties (no attribute)',
      table(
        ['property', 'type', ''],
        properties.map((p) => [
          code(p.name) + (p.readonly ? ' (read only)' : ''),
          code(p.type?.text),
          cell(p.description),
        ]),
      ),
    ],
    [
      'Events',
      table(
        ['event', '`detail`', ''],
        (element.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
      ),
    ],
    [
      'Slots',
      table(
        ['slot', ''],
        (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
      ),
    ],
    [
      'Parts',
      table(
        ['part', ''],
        (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
      ),
    ],
    [
      'Custom properties',
      table(
        ['custom property', ''],
        (element.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)]),
      ),
    ],
  ];
  return sections
    .filter(([, body]) => body)
    .map(([title, body]) => `#### ${title}\n\n${body}`)
    .join('\n\n');
}

const check = process.argv.includes('--check');
const current = readFileSync('README.md', 'utf8');
let readme = current;
let missing = false;
for (const element of elements) {
  const pattern = new RegExp(`(<!-- api:${element.tagName} -->)[\\s\\S]*?(<!-- /api:${element.tagName} -->)`);
  if (!pattern.test(readme)) {
    console.error(
      `README.md has no <!-- api:${element.tagName} --> … <!-- /api:${element.tagName} --> block`,
    );
    missing = true;
    continue;
  }
  readme = readme.replace(pattern, (_, start, end) => `${start}\n\n${reference(element)}\n\n${end}`);
}
// Formatted as `npm run lint` wants it, so the check compares like with like.
const options = (await prettier.resolveConfig('README.md')) ?? {};
readme = await prettier.format(readme, { ...options, filepath: 'README.md' });
const stale = missing || readme !== current;
if (check) {
  if (stale) {
    console.error(
      'README.md API tables differ from dist/custom-elements.json: run `npm run build && npm run docs`.',
    );
    process.exit(1);
  }
  console.log('README.md API tables match the manifest.');
} else {
  writeFileSync('README.md', readme);
  console.log('README.md API tables written from the manifest.');
}
