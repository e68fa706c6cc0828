// The API reference of demo/docs.html, built from the Custom Elements Manifest in the browser:
// nothing here is copied from the source by hand.
import '../src/index.js';
import { html, render, nothing, type TemplateResult } from 'lit';
import manifest, { type Declaration } from 'virtual:news-elements-manifest';

type Row = (string | TemplateResult | TemplateResult[])[];

/** JSDoc text with its `code` spans shown as code (as text: never parsed as HTML). */
const prose = (text: string | undefined): TemplateResult[] =>
  (text ?? '').split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : html`${part}`));

const code = (text: string | undefined): TemplateResult | typeof nothing =>
  text ? html`<code>${text}</code>` : nothing;

function table(title: string, head: string[], rows: Row[][] | Row[]): TemplateResult | typeof nothing {
  if (rows.length === 0) return nothing;
  return html`<h4>${title}</h4>
    <div class="table">
      <table>
        <thead>
          <tr>
            ${head.map((cell) => html`<th scope="col">${cell}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${(rows as Row[]).map(
            (row) =>
              html`<tr>
                ${row.map((cell) => html`<td>${cell}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

function reference(element: Declaration): TemplateResult {
  const fields = (element.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('['),
  );
  const defaultOf = (name: string | undefined) => fields.find((m) => m.name === name)?.default;
  return html`
    ${table(
      'Attributes',
      ['attribute', 'property', 'type', 'default', 'description'],
      (element.attributes ?? []).map((a) => [
        code(a.name) as TemplateResult,
        code(a.fieldName) as TemplateResult,
        code(a.type?.text) as TemplateResult,
        code(defaultOf(a.fieldName)) as TemplateResult,
        prose(a.description),
      ]),
    )}
    ${table(
      'Properties (no attribute)',
      ['property', 'type', 'description'],
      fields
        .filter((m) => !m.attribute)
        .map((p) => [
          code(p.name) as TemplateResult,
          code(p.type?.text) as TemplateResult,
          prose(p.description),
        ]),
    )}
    ${table(
      'Events',
      ['event', 'detail', 'description'],
      (element.events ?? []).map((e) => [
        code(e.name) as TemplateResult,
        code(e.type?.text) as TemplateResult,
        prose(e.description),
      ]),
    )}
    ${table(
      'Slots',
      ['slot', 'description'],
      (element.slots ?? []).map((s) => [code(s.name) as TemplateResult, prose(s.description)]),
    )}
    ${table(
      'Parts',
      ['part', 'description'],
      (element.cssParts ?? []).map((p) => [code(p.name) as TemplateResult, prose(p.description)]),
    )}
    ${table(
      'Custom properties',
      ['custom property', 'description'],
      (element.cssProperties ?? []).map((p) => [code(p.name) as TemplateResult, prose(p.description)]),
    )}
  `;
}

const elements = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.tagName);
for (const element of elements) {
  const target = document.getElementById(`api-${element.tagName}`);
  if (!target) continue;
  render(
    html`<p class="summary">${element.summary ?? ''}</p>
      ${reference(element)}`,
    target,
  );
}

// Theming: the inputs set custom properties on the wrapper, and the elements inside follow.
const theme = document.getElementById('theme') as HTMLElement;
for (const input of document.querySelectorAll<HTMLInputElement>('[data-property]')) {
  const apply = (): void =>
    theme.style.setProperty(input.dataset['property'] as string, input.value + (input.dataset['unit'] ?? ''));
  input.addEventListener('input', apply);
  apply();
}
