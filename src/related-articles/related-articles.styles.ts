import { css } from 'lit';
import { systemFonts } from '../shared/shared-styles.js';
import { stateStyles, textStyles } from '../shared/state-styles.js';

/**
 * The layout follows the column the element sits in (a container query on the host), not the
 * viewport: a list in a sidebar, a grid in a wide column. Logical properties only.
 */
export const styles = [
  stateStyles,
  textStyles,
  css`
    :host {
      display: block;
      --_error-color: var(--related-articles-error-color, #b3261e);
      container: related-articles / inline-size;
      font-size: var(--related-articles-font-size, max(1em, 16px));
      --_color: var(--related-articles-color, CanvasText);
      --_font-family: var(--related-articles-font-family, ${systemFonts});
      --_line-height: 1.5;
    }

    nav {
      contain: layout paint;
      isolation: isolate;
      text-align: start;
    }

    .heading {
      margin: 0 0 0.75em;
      font-size: var(--related-articles-heading-size, 1.25em);
      font-weight: 700;
      line-height: 1.35;
      color: var(--related-articles-heading-color, inherit);
    }

    ul {
      display: grid;
      gap: var(--related-articles-gap, 1em);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    li {
      min-inline-size: 0;
    }

    a {
      display: flex;
      gap: 0.75em;
      align-items: start;
      color: inherit;
      text-decoration: none;
      border-radius: 0.25em;
    }

    a:hover .title,
    a:focus-visible .title {
      text-decoration: underline;
      color: var(--related-articles-link-hover-color, LinkText);
    }

    a:focus-visible {
      outline: 2px solid var(--related-articles-focus-color, Highlight);
      outline-offset: 2px;
    }

    .thumb {
      flex: none;
      inline-size: var(--related-articles-image-size, 6em);
      aspect-ratio: var(--related-articles-image-aspect-ratio, 16 / 9);
      block-size: auto;
      object-fit: cover;
      border-radius: var(--related-articles-image-radius, 0.25em);
      background: color-mix(in srgb, currentColor 8%, transparent);
    }

    .text {
      display: flex;
      flex-direction: column;
      gap: 0.25em;
      min-inline-size: 0;
    }

    .title {
      font-weight: 600;
      color: var(--related-articles-title-color, inherit);
      overflow-wrap: break-word;
    }

    .meta,
    .summary {
      font-size: 0.875em;
      color: var(--related-articles-muted-color, color-mix(in srgb, currentColor 72%, transparent));
    }

    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75em;
    }

    .summary {
      margin: 0;
    }

    /* Wide column: a grid of cards with the image on top (default layout, and layout="grid"). */
    @container related-articles (min-width: 36em) {
      .auto ul,
      .grid ul {
        grid-template-columns: repeat(
          auto-fill,
          minmax(min(100%, var(--related-articles-card-min, 13em)), 1fr)
        );
      }
      .auto a,
      .grid a {
        flex-direction: column;
      }
      .auto .thumb,
      .grid .thumb {
        inline-size: 100%;
      }
    }

    /* layout="list": always one per row. layout="compact": titles only, tight. */
    .compact ul {
      gap: 0.5em;
    }

    .compact .title {
      font-weight: 500;
    }

    .skeleton {
      display: grid;
      gap: 1em;
    }

    .skeleton span {
      block-size: 3.5em;
    }
  `,
];
