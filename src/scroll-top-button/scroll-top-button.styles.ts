import { css } from '@lit/reactive-element';
import { baseStyles, systemFonts } from '../shared/shared-styles.js';

/**
 * Fixed at the bottom, at the inline end by default: bottom-left on an RTL page, bottom-right on
 * an LTR one (logical properties follow the direction of the place the element is in).
 * Pixel sizes, so a host's `html { font-size: 10px }` cannot shrink the tap target.
 */
export const styles = [
  baseStyles,
  css`
    :host {
      --_size: var(--scroll-top-button-size, 48px);
      --_offset-inline: var(--scroll-top-button-offset-inline, 16px);
      --_offset-block: var(--scroll-top-button-offset-block, 16px);
      --_safe-inline: max(env(safe-area-inset-left, 0px), env(safe-area-inset-right, 0px));
      position: fixed;
      inset-block-end: calc(var(--_offset-block) + env(safe-area-inset-bottom, 0px));
      inset-inline-end: calc(var(--_offset-inline) + var(--_safe-inline));
      z-index: var(--scroll-top-button-z-index, 1000);
      /* Flex, so the host is exactly as wide as the button (a block would shrink below its minimum). */
      display: flex;
      /* The host box must not catch clicks meant for the page while the button is hidden. */
      pointer-events: none;
      /* Text styles are set on the button itself (see there). */
      --_font-family: var(--scroll-top-button-font-family, ${systemFonts});
    }

    :host([position='start']) {
      inset-inline-end: auto;
      inset-inline-start: calc(var(--_offset-inline) + var(--_safe-inline));
    }

    button {
      position: relative;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 8px;
      box-sizing: border-box;
      min-inline-size: var(--_size);
      block-size: var(--_size);
      margin: 0;
      padding: 0;
      border: var(--scroll-top-button-border, 0);
      border-radius: var(--scroll-top-button-radius, 999px);
      background: var(--scroll-top-button-background, #1f2937);
      color: var(--scroll-top-button-color, #fff);
      box-shadow: var(--scroll-top-button-shadow, 0 2px 8px rgb(0 0 0 / 0.25));
      /* Not inherited from the host: a page rule such as \`* { font-family: x !important }\`
         matches the host element itself, but no page rule reaches inside the shadow tree. */
      font-family: var(--_font-family);
      font-size: 16px;
      font-weight: inherit;
      line-height: 1.2;
      cursor: pointer;
      /* Hidden: invisible, out of the tab order and of the accessibility tree. */
      visibility: hidden;
      opacity: 0;
      transform: translateY(8px);
      transition:
        opacity 200ms ease,
        transform 200ms ease,
        visibility 0s linear 200ms;
    }

    button.shown {
      visibility: visible;
      opacity: 1;
      /* Not 'none': a transform that comes and goes changes the containing block, and so the
         layout, at the end of every show transition. */
      transform: translateY(0);
      pointer-events: auto;
      transition:
        opacity 200ms ease,
        transform 200ms ease,
        visibility 0s;
    }

    @media (prefers-reduced-motion: reduce) {
      button,
      button.shown {
        transition: none;
        transform: none;
      }
    }

    button:hover {
      background: var(--scroll-top-button-hover-background, #374151);
    }

    button:focus-visible {
      outline: 3px solid var(--scroll-top-button-focus-color, #60a5fa);
      outline-offset: 3px;
    }

    :host([show-label]) button {
      padding-inline: 16px;
    }

    .icon {
      display: inline-flex;
      inline-size: 24px;
      block-size: 24px;
    }

    .icon svg,
    ::slotted(svg) {
      inline-size: 100%;
      block-size: 100%;
    }

    .ring {
      position: absolute;
      inset: 0;
      inline-size: 100%;
      block-size: 100%;
      transform: rotate(-90deg);
      pointer-events: none;
    }

    /* Mirrored in RTL: the ring fills counter-clockwise, in reading direction. */
    :host(:dir(rtl)) .ring {
      transform: rotate(-90deg) scaleY(-1);
    }

    .ring circle {
      fill: none;
      stroke-width: 4;
    }

    .ring .track {
      stroke: var(--scroll-top-button-ring-track-color, rgb(255 255 255 / 0.25));
    }

    .ring .value {
      stroke: var(--scroll-top-button-ring-color, #60a5fa);
      stroke-linecap: round;
      stroke-dasharray: 100;
      stroke-dashoffset: calc(100 - 100 * var(--_progress, 0));
    }

    /* Where the engine has scroll-driven animations, the page ring needs no script at all. */
    @supports (animation-timeline: scroll()) {
      .ring.css .value {
        animation: scroll-top-button-progress linear both;
        animation-timeline: scroll(root block);
      }
    }

    @keyframes scroll-top-button-progress {
      from {
        stroke-dashoffset: 100;
      }
      to {
        stroke-dashoffset: 0;
      }
    }
  `,
];
