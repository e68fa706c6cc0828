import { css } from '@lit/reactive-element';

/** System fonts with Arabic coverage on every platform, before the generic family. */
export const systemFonts = css`system-ui, -apple-system, 'Segoe UI', 'Noto Naskh Arabic', 'Noto Sans Arabic', Tahoma,
  'Geeza Pro', 'Noto Sans', sans-serif`;

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
