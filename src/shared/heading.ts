import { html, nothing, type TemplateResult } from 'lit';

/**
 * The heading for a `heading-level` value: h1 to h6, default 2 (inside someone else's page).
 * Six plain templates rather than lit's static-html, which costs bytes and a lookup on every
 * template of the element. `name` is both its class and its part.
 */
export function heading(level: unknown, name: string, content: unknown, id?: string): TemplateResult {
  const n = Math.trunc(Number(level));
  const i = id ?? nothing;
  switch (n >= 1 && n <= 6 ? n : 2) {
    case 1:
      return html`<h1 class=${name} part=${name} id=${i}>${content}</h1>`;
    case 3:
      return html`<h3 class=${name} part=${name} id=${i}>${content}</h3>`;
    case 4:
      return html`<h4 class=${name} part=${name} id=${i}>${content}</h4>`;
    case 5:
      return html`<h5 class=${name} part=${name} id=${i}>${content}</h5>`;
    case 6:
      return html`<h6 class=${name} part=${name} id=${i}>${content}</h6>`;
    default:
      return html`<h2 class=${name} part=${name} id=${i}>${content}</h2>`;
  }
}
