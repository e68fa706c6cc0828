import { expect, fixture, html } from '@open-wc/testing';
import { localize } from '../../src/shared/localized-strings.js';
import { loadWords } from '../../src/shared/words-on-demand.js';
import { stringsFor as articleStrings, wordsReady as articleWords } from '../../src/news-article/strings.js';
import { stringsFor as listStrings, wordsReady as listWords } from '../../src/related-articles/strings.js';
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

  it('waits for the words when the page switches language after the first render (fa, RTL)', async () => {
    const host = await fixture<HTMLElement>(html`
      <section lang="en" dir="ltr">
        <news-article headline="A headline" published="2020-10-09T11:00:00Z"></news-article>
      </section>
    `);
    const article = host.querySelector('news-article') as NewsArticle;
    await article.updateComplete;
    const published = (): string => article.shadowRoot?.querySelector('.published')?.textContent ?? '';
    expect(published()).to.contain('Published');
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(published()));
    observer.observe(article.shadowRoot as ShadowRoot, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    host.lang = 'fa';
    host.dir = 'rtl';
    article.setAttribute('headline', 'شورای امنیت خواستار آتش‌بس شد');
    await article.updateComplete;
    observer.disconnect();
    expect(published()).to.contain('منتشر شده');
    expect(seen.filter((text) => text.includes('Published'))).to.deep.equal([]);
    await expect(article).to.be.accessible();
  });

  it('reads a list in the language its items declare, with the words of that language (ur)', async () => {
    const list = await fixture<RelatedArticles>(html`
      <related-articles
        .items=${[{ title: 'پہلی خبر', url: 'https://example.com/1', lang: 'ur' }]}
      ></related-articles>
    `);
    expect(list.shadowRoot?.querySelector('[part=heading]')?.textContent?.trim()).to.equal('متعلقہ مضامین');
    await expect(list).to.be.accessible();
  });

  it('has every word of every language it loads, regional tags included', async () => {
    for (const lang of ['fa', 'ur', 'he', 'fr']) {
      const regional = `${lang}-XX`;
      await Promise.all([articleWords(regional), listWords(regional)]);
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
      const wait = loadWords('scroll-top-button', offline, 'xx');
      expect(localize('scroll-top-button', builtIn, 'xx').label).to.equal('Back');
      await wait;
      expect(loadWords('scroll-top-button', offline, 'xx-YY')).to.equal(undefined);
      expect(localize('scroll-top-button', builtIn, 'xx-YY').label).to.equal('Back');
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
    const arrival = loadWords('scroll-top-button', arriving, 'yy');
    expect(localize('scroll-top-button', builtIn, 'yy').label).to.equal('Back');
    await arrival;
    expect(localize('scroll-top-button', builtIn, 'yy').label).to.equal('Yy');
    expect(loadWords('scroll-top-button', arriving, 'yy')).to.equal(undefined);
    const stuck = loadWords('scroll-top-button', arriving, 'zz');
    expect(localize('scroll-top-button', builtIn, 'zz').label).to.equal('Back');
    const started = performance.now();
    await stuck;
    // Released after 3 s (timers may run late on a loaded machine).
    expect(performance.now() - started).to.be.within(2900, 8000);
    expect(loadWords('scroll-top-button', arriving, 'zz')).to.equal(undefined);
  });
});
