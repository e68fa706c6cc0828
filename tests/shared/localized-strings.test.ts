import { expect, fixture, html } from '@open-wc/testing';
import { registerLocale, localize, fill } from '../../src/shared/localized-strings.js';
import { stringsFor as buttonStrings } from '../../src/scroll-top-button/strings.js';
import { stringsFor as articleStrings } from '../../src/news-article/strings.js';
import '../../src/scroll-top-button/define.js';
import '../../src/related-articles/define.js';
import type { ScrollTopButton } from '../../src/scroll-top-button/scroll-top-button.js';
import type { RelatedArticles } from '../../src/related-articles/related-articles.js';

const label = (el: Element): string => el.shadowRoot?.querySelector('[part=label]')?.textContent ?? '';

describe('registerLocale', () => {
  it('has ar, en, fa, ur, he and fr built in, with a fallback from ar-EG to ar to en', () => {
    expect(buttonStrings('ar').label).to.equal('العودة إلى الأعلى');
    expect(buttonStrings('ar-EG').label).to.equal('العودة إلى الأعلى');
    expect(buttonStrings('en').label).to.equal('Back to top');
    for (const lang of ['fa', 'ur', 'he', 'fr']) {
      expect(buttonStrings(lang).label, lang).to.be.a('string').and.not.equal('Back to top');
    }
    expect(buttonStrings('sw').label).to.equal('Back to top');
    expect(buttonStrings(undefined).label).to.equal('Back to top');
  });

  it('adds a language to every element, and the elements on the page render again', async () => {
    const button = await fixture<ScrollTopButton>(html`<scroll-top-button lang="de"></scroll-top-button>`);
    const list = await fixture<RelatedArticles>(
      html`<related-articles
        lang="de"
        .items=${[{ title: 'Eins', url: 'https://example.com/1' }]}
      ></related-articles>`,
    );
    expect(label(button)).to.equal('Back to top');
    registerLocale('de', {
      'scroll-top-button': { label: 'Nach oben', progressRead: '{0} gelesen' },
      'related-articles': { heading: 'Mehr zum Thema' },
    });
    await button.updateComplete;
    await list.updateComplete;
    expect(label(button)).to.equal('Nach oben');
    expect(list.shadowRoot?.querySelector('[part=heading]')?.textContent?.trim()).to.equal('Mehr zum Thema');
    // Strings not given fall back to English.
    expect(articleStrings('de').published).to.equal('Published');
    await expect(button).to.be.accessible();
  });

  it('lets a regional variant change one word and keep the rest of its language', () => {
    registerLocale('ar-EG', { 'news-article': { published: 'اتنشر' } });
    expect(articleStrings('ar-EG').published).to.equal('اتنشر');
    expect(articleStrings('ar-eg').updated).to.equal(articleStrings('ar').updated);
    expect(articleStrings('ar').published).to.equal('نُشر');
  });

  it('overrides built-in words, merges successive calls, and ignores what is not a string', () => {
    registerLocale('fr', { 'scroll-top-button': { label: 'Haut de page' } });
    registerLocale('fr', {
      'scroll-top-button': { progressRead: '{0} lus', label: 42 as unknown as string },
    });
    expect(buttonStrings('fr').label).to.equal('Haut de page');
    expect(fill(buttonStrings('fr').progressRead, '40 %')).to.equal('40 % lus');
  });

  it('warns and ignores a value that is not a language tag, without throwing', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      registerLocale('not a tag!', { 'scroll-top-button': { label: 'x' } });
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(
      localize('scroll-top-button', { en: { label: 'L', progressRead: 'P' } }, 'not a tag!').label,
    ).to.equal('L');
  });
});
