/** Registers <scroll-top-button>. Import the class alone from `news-elements/scroll-top-button/class.js`. */
import { ScrollTopButton } from './scroll-top-button.js';

ScrollTopButton.define();

export * from './scroll-top-button.js';
export { registerLocale, type LocaleStrings } from '../shared/localized-strings.js';
