import { css } from 'lit';
import { baseStyles } from './shared-styles.js';

// A module of its own: <scroll-top-button> (no data states, its own text rules) loads none of it.

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

/** The states both data elements draw the same way: error and loading skeleton. */
export const stateStyles = [
  baseStyles,
  css`
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
  `,
];
