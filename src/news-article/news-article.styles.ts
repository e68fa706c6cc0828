import { css } from 'lit';
import { systemFonts } from '../shared/shared-styles.js';
import { stateStyles, textStyles } from '../shared/state-styles.js';

/**
 * Sizes are in `em` from a base of at least 16px, so a host's `html { font-size: 10px }`
 * cannot shrink the article; only logical properties, so RTL and LTR mirror by themselves.
 */
export const styles = [
  stateStyles,
  textStyles,
  css`
    :host {
      display: block;
      --_error-color: var(--news-article-error-color, #b3261e);
      font-size: var(--news-article-font-size, max(1em, 16px));
      --_color: var(--news-article-color, CanvasText);
      --_font-family: var(--news-article-font-family, ${systemFonts});
      --_line-height: var(--news-article-line-height, 1.8);
    }

    article {
      box-sizing: border-box;
      max-inline-size: var(--news-article-max-inline-size, 42em);
      margin-inline: auto;
      padding: var(--news-article-padding, 0);
      background: var(--news-article-background, transparent);
      border-radius: var(--news-article-radius, 0);
      /* Nothing inside (however it is styled) can paint outside the article or above the page. */
      contain: layout paint;
      isolation: isolate;
      overflow-wrap: break-word;
      text-align: start;
    }

    header {
      margin-block-end: 1.25em;
    }

    .headline {
      margin: 0 0 0.4em;
      font-family: var(--news-article-headline-font-family, inherit);
      font-size: var(--news-article-headline-size, 1.75em);
      font-weight: 700;
      line-height: 1.35;
      color: var(--news-article-headline-color, inherit);
      text-wrap: balance;
    }

    .subheadline {
      margin: 0 0 0.75em;
      font-size: 1.2em;
      font-weight: 500;
      line-height: 1.5;
      color: var(--news-article-muted-color, color-mix(in srgb, currentColor 75%, transparent));
    }

    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      margin: 0;
      font-size: 0.875em;
      color: var(--news-article-muted-color, color-mix(in srgb, currentColor 75%, transparent));
    }

    .meta p {
      margin: 0;
    }

    .dates {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1em;
    }

    figure {
      margin: 0 0 1.25em;
    }

    .image {
      display: block;
      inline-size: 100%;
      block-size: auto;
      aspect-ratio: var(--news-article-image-aspect-ratio, 16 / 9);
      object-fit: cover;
      border-radius: var(--news-article-image-radius, 0.25em);
      background: color-mix(in srgb, currentColor 8%, transparent);
    }

    figcaption {
      margin-block-start: 0.5em;
      font-size: 0.875em;
      color: var(--news-article-muted-color, color-mix(in srgb, currentColor 75%, transparent));
    }

    .body {
      font-size: var(--news-article-body-size, 1.0625em);
    }

    .body :is(p, ul, ol, blockquote, figure, table, pre) {
      margin-block: 0 1em;
    }

    .body :is(h2, h3, h4, h5, h6) {
      margin-block: 1.5em 0.5em;
      line-height: 1.4;
    }

    .body :is(ul, ol) {
      padding-inline-start: 1.5em;
    }

    .body blockquote {
      margin-inline: 0;
      padding-inline-start: 1em;
      border-inline-start: 0.25em solid
        var(--news-article-accent, color-mix(in srgb, currentColor 30%, transparent));
    }

    .body img {
      max-inline-size: 100%;
      block-size: auto;
    }

    .body table {
      border-collapse: collapse;
      display: block;
      overflow-x: auto;
    }

    .body :is(th, td) {
      padding: 0.25em 0.5em;
      border: 1px solid color-mix(in srgb, currentColor 25%, transparent);
      text-align: start;
    }

    .body pre {
      overflow-x: auto;
    }

    a[href] {
      color: var(--news-article-link-color, LinkText);
    }

    a[href]:focus-visible {
      outline: 2px solid var(--news-article-focus-color, Highlight);
      outline-offset: 2px;
    }

    footer {
      margin-block-start: 1.5em;
      padding-block-start: 0.75em;
      border-block-start: 1px solid color-mix(in srgb, currentColor 20%, transparent);
      font-size: 0.9375em;
    }

    .skeleton {
      min-block-size: var(--news-article-skeleton-block-size, 24em);
    }

    .skeleton span {
      block-size: 1em;
      margin-block-end: 0.9em;
    }

    .skeleton span:first-child {
      block-size: 1.75em;
      inline-size: 80%;
      margin-block-end: 1.5em;
    }

    .skeleton span:nth-child(3n) {
      inline-size: 60%;
    }
  `,
];
