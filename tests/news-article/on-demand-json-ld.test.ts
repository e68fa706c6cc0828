import { expect } from '@open-wc/testing';
import '../../src/news-article/define.js';
import type { NewsArticle } from '../../src/news-article/news-article.js';
import { nextEvent } from './helpers.js';

// Inline JSON-LD is read at once (its text body needs no sanitizer), and its language may need
// words loaded on demand: the first render waits for them. Its own file, so that no module loaded
// on demand is in this page before.

const sanitizerRequests = (): number =>
  performance.getEntriesByType('resource').filter((entry) => /\/sanitize-html\.[jt]s\b/.test(entry.name))
    .length;

const jsonLd = (lang: string, headline: string, body: string): string =>
  JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    inLanguage: lang,
    datePublished: '2020-10-09T19:30:00+03:00',
    articleBody: body,
  });

describe('<news-article> from inline JSON-LD in a language whose words load on demand', () => {
  for (const [lang, dir, headline, body, published] of [
    ['he', 'rtl', 'כותרת הכתבה', 'פסקה ראשונה.', 'פורסם'],
    ['fr', 'ltr', 'Le titre de l’article', 'Un premier paragraphe.', 'Publié'],
  ] as const) {
    it(`never shows English words first, and shows the article in its language (${dir})`, async () => {
      // A page without lang: the JSON-LD's inLanguage decides, once it is read.
      const host = document.createElement('div');
      const el = document.createElement('news-article') as NewsArticle;
      const script = document.createElement('script');
      script.type = 'application/ld+json';
      script.textContent = jsonLd(lang, headline, body);
      el.append(script);
      host.append(el);
      const seen: string[] = [];
      const watch = new MutationObserver(() => seen.push(el.shadowRoot?.textContent ?? ''));
      const loaded = nextEvent(el, 'load');
      document.body.append(host);
      watch.observe(el.shadowRoot as ShadowRoot, { subtree: true, childList: true, characterData: true });
      await loaded;
      await el.updateComplete;
      watch.disconnect();
      seen.push(el.shadowRoot?.textContent ?? '');
      for (const text of seen) expect(text, lang).to.not.match(/Published|Loading the article/);
      const article = el.shadowRoot?.querySelector('article') as HTMLElement;
      expect(article.lang).to.equal(lang);
      expect(article.dir).to.equal(dir);
      expect(el.shadowRoot?.querySelector('.published')?.textContent).to.contain(published);
      expect(el.shadowRoot?.querySelector('.body p')?.textContent).to.equal(body);
      await expect(el).to.be.accessible();
      expect(sanitizerRequests()).to.equal(0);
      host.remove();
    });
  }
});
