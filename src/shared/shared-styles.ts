import { css } from '@lit/reactive-element';

/** System fonts with Arabic coverage on every platform, before the generic family. */
export const systemFonts = css`system-ui, -apple-system, 'Segoe UI', 'Noto Naskh Arabic', 'Noto Sans Arabic', Tahoma,
  'Geeza Pro', 'Noto Sans', sans-serif`;

/**
 * Text colour, family and line height from the element's \`--_color\`, \`--_font-family\` and
 * \`--_line-height\`, on the host and again on the top inner elements: a page rule such as
 * \`* { color: red !important }\` matches the host element itself and beats :host, but no page
 * rule reaches inside the shadow tree.
 */
export const textStyles = css`
  :host,
  :host > * {
    color: var(--_color);
    font-family: var(--_font-family);
    line-height: var(--_line-height);
  }
`;

/** What every element needs: `hidden` respected, and text for screen readers only. */
export const baseStyles = css`
  :host([hidden]) {
    display: none !important;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
