/**
 * Chromium reports a content's inline event handlers, style attributes and `<style>` elements as
 * violations of the page's Content-Security-Policy while it merely parses the content into an
 * inert document (nothing runs, but the publisher's CSP reports fill up, ordinary CMS markup with
 * `style="…"` included). None of them survives sanitizing, so they are renamed before any parser
 * sees them: `on…=` and `style=` become `data-news-x-…` attributes (data-* are never allowed) and
 * `<style>` becomes `<news-x-style>` (removed with its content). This is noise reduction only:
 * sanitizing still decides what is safe.
 */

/** The `<style>` stand-in: sanitizers must drop it with everything inside. */
export const QUIET_STYLE_TAG = 'news-x-style';

const TAG = /<[a-zA-Z][^>]*>/g;
const INLINE_ATTRIBUTE = /([\s"'/])(on[a-z-]*|style)(\s*=)/gi;
const STYLE_TAG = /<(\/?)style(?=[\s/>])/gi;

export function quietInlineCode(html: string): string {
  if (!/\s(?:on|style)|<\/?style/i.test(html)) return html;
  return html
    .replace(TAG, (tag) => tag.replace(INLINE_ATTRIBUTE, '$1data-news-x-$2$3'))
    .replace(STYLE_TAG, `<$1${QUIET_STYLE_TAG}`);
}
