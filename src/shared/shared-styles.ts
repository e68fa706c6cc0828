import { css } from 'lit';

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

/** States and helpers both elements draw the same way: error, skeleton, visually hidden text. */
export const stateStyles = css`
  :host([hidden]) {
    display: none !important;
  }

  .error {
    margin-block: 0 1em;
    padding: 0.75em 1em;
    border-inline-start: 0.25em solid var(--_error-color, #b3261e);
    background: color-mix(in srgb, var(--_error-color, #b3261e) 8%, transparent);
  }

  .skeleton span {
    display: block;
    border-radius: 0.25em;
    background: color-mix(in srgb, currentColor 11%, transparent);
    animation: news-pulse 1.5s ease-in-out infinite;
  }

  @keyframes news-pulse {
    50% {
      opacity: 0.5;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .skeleton span {
      animation: none;
    }
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
