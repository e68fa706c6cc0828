import { css } from 'lit';
import { baseStyles } from './shared-styles.js';

// A module of its own: <scroll-top-button> has no data states and does not load these.
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
