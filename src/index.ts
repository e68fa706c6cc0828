/**
 * news-elements: registers every element. For one element, import its own entry
 * (`news-elements/news-article.js`); for the classes alone, `news-elements/news-article/class.js`.
 */
export * from './news-article/define.js';
export * from './related-articles/define.js';
export * from './scroll-top-button/define.js';
export { setTrustedTypesPolicy, POLICY_NAME, type HtmlPolicy } from './shared/trusted-types.js';
export { setLimits, limits, DEFAULT_LIMITS, type NewsLimits } from './shared/limits.js';
export { registerLocale, type LocaleStrings, type NewsElementsStrings } from './shared/localized-strings.js';
export { VERSION } from './version.js';
