import { expect, fixture, html } from '@open-wc/testing';
import { localize } from '../../src/shared/localized-strings.js';
import { loadWords, wordsLoading } from '../../src/shared/words-on-demand.js';
import { stringsFor as articleStrings } from '../../src/news-article/strings.js';
import { stringsFor as listStrings } from '../../src/related-articles/strings.js';
import '../../src/news-article/define.js';
import '../../src/related-articles/define.js';
import type { NewsArticle } from '../../src/news-article/news-article.js';
import type { RelatedArticles } from '../../src/related-articles/related-articles.js';

// <news-article> and <related-articles> words in fa, ur, he and fr are modules of their own
// (src/<element>/locales/), loaded the first time an element needs them. Its own file, so that
// no other test has loaded them into this page before.

const wordRequests = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/locales\/[a-z]+\.[jt]s\b/.test(name));

const builtIn = {
  en: { label: 'Back', progressRead: '{0} read' },
  ar: { label: 'عودة', progressRead: '{0} مقروء' },
};
const items = [{ title: 'خبر', url: 'https://example.com/1' }];

describe('words on demand', () => {
  it('loads no other language for Arabic and English pages', async () => {
    const ar = await fixture<RelatedArticles>(
      html`<related-articles lang="ar" .items=${items}></related-articles>`,
    );
    const en = await fixture<NewsArticle>(html`<news-article lang="en" headline="Headline"></news-article>`);
    expect(ar.shadowRoot?.querySelector('[part=heading]')?.textContent?.trim()).to.equal('مقالات ذات صلة');
    expect(en.shadowRoot?.querySelector('[part=headline]')?.textContent?.trim()).to.equal('Headline');
    expect(wordRequests()).to.deep.equal([]);
  });

  for (const [lang, dir, heading, published, headline] of [
    ['he', 'rtl', 'כתבות קשורות', 'פורסם', 'מועצת הביטחון קוראת להפסקת אש'],
    ['fr', 'ltr', 'Articles liés', 'Publié', 'Le Conseil de sécurité appelle à un cessez-le-feu'],
  ] as const) {
    it(`renders a ${lang} page in ${lang} from its first render, never English first (${dir})`, async () => {
      const seen: string[] = [];
      const host = document.createElement('div');
      host.lang = lang;
      host.dir = dir;
      const list = document.createElement('related-articles') as RelatedArticles;
      list.items = [{ title: headline, url: 'https://example.com/1' }];
      const article = document.createElement('news-article') as NewsArticle;
      article.setAttribute('headline', headline);
      article.setAttribute('published', '2020-10-09T11:00:00Z');
      host.append(list, article);
      document.body.append(host);
      try {
        const record = (): void => {
          const title = list.shadowRoot?.querySelector('[part=heading]')?.textContent?.trim();
          if (title) seen.push(title);
          const date = article.shadowRoot?.querySelector('.published')?.textContent;
          if (date) seen.push(date);
        };
        const observer = new MutationObserver(record);
        for (const el of [list, article]) {
          observer.observe(el.shadowRoot as ShadowRoot, {
            childList: true,
            subtree: true,
            characterData: true,
          });
        }
        await list.updateComplete;
        await article.updateComplete;
        record();
        observer.disconnect();
        expect(seen.length).to.be.greaterThan(0);
        expect(seen.filter((text) => /Related articles|Published/.test(text))).to.deep.equal([]);
        expect(seen).to.include(heading);
        expect(seen.some((text) => text.includes(published))).to.equal(true);
        expect(wordRequests().filter((name) => name.includes(`/locales/${lang}.`))).to.have.length(2);
        await expect(list).to.be.accessible();
        await expect(article).to.be.accessible();
      } finally {
        host.remove();
      }
    });
  }

  it('has every word of every language it loads, regional tags included', async () => {
    for (const lang of ['fa', 'ur', 'he', 'fr']) {
      const regional = `${lang}-XX`;
      articleStrings(regional);
      listStrings(regional);
      await wordsLoading();
      const article = (await import(`../../src/news-article/locales/${lang}.ts`)) as { default: object };
      const list = (await import(`../../src/related-articles/locales/${lang}.ts`)) as { default: object };
      expect(articleStrings(regional), lang).to.deep.equal(article.default);
      expect(listStrings(regional), lang).to.deep.equal(list.default);
      expect(articleStrings(lang).published, lang).to.not.equal(articleStrings('en').published);
      expect(listStrings(lang).heading, lang).to.not.equal(listStrings('en').heading);
    }
  });

  it('falls back to English, once and with a warning, when the words cannot load', async () => {
    let calls = 0;
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const offline = {
        xx: () => {
          calls += 1;
          return Promise.reject(new Error('offline'));
        },
      };
      loadWords('scroll-top-button', offline, 'xx');
      expect(localize('scroll-top-button', builtIn, 'xx').label).to.equal('Back');
      await wordsLoading();
      loadWords('scroll-top-button', offline, 'xx-YY');
      expect(localize('scroll-top-button', builtIn, 'xx-YY').label).to.equal('Back');
      await wordsLoading();
    } finally {
      console.warn = original;
    }
    expect(calls).to.equal(1);
    expect(warnings).to.have.length(1);
  });

  it('uses words once they arrive, and stops waiting for words that never do', async () => {
    const arriving = {
      yy: () => Promise.resolve({ default: { label: 'Yy', progressRead: '{0} yy' } }),
      zz: () => new Promise<never>(() => undefined),
    };
    loadWords('scroll-top-button', arriving, 'yy');
    expect(localize('scroll-top-button', builtIn, 'yy').label).to.equal('Back');
    await wordsLoading();
    expect(localize('scroll-top-button', builtIn, 'yy').label).to.equal('Yy');
    loadWords('scroll-top-button', arriving, 'zz');
    expect(localize('scroll-top-button', builtIn, 'zz').label).to.equal('Back');
    const started = performance.now();
    await wordsLoading();
    expect(performance.now() - started).to.be.within(2500, 4500);
    expect(wordsLoading()).to.equal(undefined);
  });
});
