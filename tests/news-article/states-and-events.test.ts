import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/news-article/define.js';
import type { NewsArticle, NewsArticleErrorDetail } from '../../src/news-article/news-article.js';
import { fixtures, sample } from '../fixtures/sample.js';
import { inner, mockUrl, nextEvent, shadow, text } from './helpers.js';

async function errorOf(el: NewsArticle): Promise<NewsArticleErrorDetail> {
  const event = await nextEvent<NewsArticleErrorDetail>(el, 'error');
  await el.updateComplete;
  return event.detail;
}

function mount(markup: (el: NewsArticle) => void, fallback = ''): NewsArticle {
  const el = document.createElement('news-article');
  el.innerHTML = fallback;
  markup(el);
  return el;
}

describe('<news-article> loading, errors and events', () => {
  afterEach(() => document.querySelectorAll('news-article').forEach((el) => el.remove()));

  it('shows an accessible loading state with a skeleton that reserves height', async () => {
    const el = await fixture<NewsArticle>(
      html`<news-article lang="ar" src=${mockUrl({ delay: 800, body: '{}' })}></news-article>`,
    );
    expect(inner(el).getAttribute('aria-busy')).to.equal('true');
    const skeleton = shadow(el).querySelector('[part=skeleton]') as HTMLElement;
    expect(skeleton).to.exist;
    expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(200);
    expect(text(el, '[role=status]')).to.equal('جارٍ تحميل المقال…');
    await expect(el).to.be.accessible();
  });

  it('keeps the page markup visible while loading instead of a skeleton', async () => {
    const el = await fixture<NewsArticle>(
      html`<news-article src=${mockUrl({ delay: 800, body: '{}' })}><p>Fallback text</p></news-article>`,
    );
    expect(shadow(el).querySelector('[part=skeleton]')).to.equal(null);
    expect(shadow(el).querySelector('slot')).to.exist;
    expect(el.querySelector('p')?.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('fires load (bubbling, composed) with the article and its origin', async () => {
    const el = mount((e) => (e.src = fixtures.json));
    const seen = nextEvent<{ article: { headline: string }; origin: string }>(document, 'load');
    document.body.append(el);
    const event = await seen;
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.detail.origin).to.equal('src');
    expect(event.detail.article.headline).to.equal(sample.headline);
    expect(inner(el).getAttribute('aria-busy')).to.equal('false');
  });

  const cases: Array<[string, Record<string, string | number>, string, string, string]> = [
    [
      '404',
      { status: 404, body: 'nope' },
      'http',
      'تعذّر تحميل المقال (ردّ الخادم بالرمز 404).',
      'The article could not be loaded (the server answered 404).',
    ],
    [
      '500',
      { status: 500, body: '' },
      'http',
      'تعذّر تحميل المقال (ردّ الخادم بالرمز 500).',
      'The article could not be loaded (the server answered 500).',
    ],
    [
      'invalid JSON',
      { body: '{"headline": ' },
      'parse',
      'بيانات المقال تالفة ولا يمكن قراءتها.',
      'The article data is malformed and cannot be read.',
    ],
    [
      'a web page instead of JSON',
      { body: '<html><body>hi</body></html>', type: 'text/html' },
      'type',
      'لا تحتوي البيانات على مقال.',
      'The data does not contain an article.',
    ],
    [
      'a wrong shape',
      { body: '[1, 2, 3]' },
      'shape',
      'لا تحتوي البيانات على مقال.',
      'The data does not contain an article.',
    ],
    [
      'an empty object',
      { body: '{"__proto__": {"headline": "x"}}' },
      'shape',
      'لا تحتوي البيانات على مقال.',
      'The data does not contain an article.',
    ],
  ];
  for (const [name, params, code, ar, en] of cases) {
    it(`shows a localized error for ${name}, keeps the fallback, fires error`, async () => {
      for (const [lang, message] of [
        ['ar', ar],
        ['en', en],
      ] as const) {
        const el = mount((e) => {
          e.lang = lang;
          e.src = mockUrl(params);
        }, '<p class="fallback">Fallback <a href="/original">original article</a></p>');
        const detail = errorOf(el);
        document.body.append(el);
        const { code: seen, message: said } = await detail;
        expect(seen).to.equal(code);
        expect(said).to.equal(message);
        expect(text(el, '[part=error]')).to.equal(message);
        expect(shadow(el).querySelector('[part=error]')?.getAttribute('role')).to.equal('alert');
        // The page's own content is still there and shown through the slot.
        expect(el.querySelector('.fallback')?.getBoundingClientRect().height).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
        el.remove();
      }
    });
  }

  it('fires error composed but not bubbling, so it never reaches window.onerror', async () => {
    let reachedWindow = 0;
    const onWindow = (): void => void reachedWindow++;
    window.addEventListener('error', onWindow);
    try {
      const el = mount((e) => (e.src = mockUrl({ status: 404 })));
      const captured = new Promise<Event>((resolve) =>
        document.addEventListener('error', resolve, { capture: true, once: true }),
      );
      document.body.append(el);
      const event = await captured;
      expect(event.target).to.equal(el);
      expect(event.bubbles).to.equal(false);
      expect(event.composed).to.equal(true);
      await el.updateComplete;
      expect(reachedWindow).to.equal(0);
    } finally {
      window.removeEventListener('error', onWindow);
    }
  });

  it('reports a network error', async () => {
    // A port nothing listens on: the fetch fails at the network level.
    const el = mount((e) => (e.src = 'http://127.0.0.1:9/article.json'));
    const detail = errorOf(el);
    document.body.append(el);
    expect((await detail).code).to.equal('network');
    expect(text(el, '[part=error]')).to.not.equal('');
  });

  it('refuses src URLs that are not http(s) or relative', async () => {
    for (const src of [
      'javascript:alert(1)',
      'data:application/json,{"headline":"x"}',
      ' JaVaScRiPt:alert(1)',
    ]) {
      const el = mount((e) => (e.src = src));
      const detail = errorOf(el);
      document.body.append(el);
      expect((await detail).code).to.equal('url');
      el.remove();
    }
  });

  it('aborts the previous load when src changes', async () => {
    const el = mount((e) => (e.src = mockUrl({ delay: 400, body: JSON.stringify({ headline: 'Old' }) })));
    let errors = 0;
    el.addEventListener('error', () => errors++);
    document.body.append(el);
    await el.updateComplete;
    const loaded = nextEvent(el, 'load');
    el.src = fixtures.json;
    await loaded;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(text(el, '[part=headline]')).to.equal(sample.headline);
    expect(errors).to.equal(0);
  });

  it('aborts when removed mid-fetch, with no error and no late render', async () => {
    const el = mount((e) => (e.src = mockUrl({ delay: 300, body: JSON.stringify({ headline: 'Late' }) })));
    let events = 0;
    el.addEventListener('error', () => events++);
    el.addEventListener('load', () => events++);
    document.body.append(el);
    await el.updateComplete;
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(events).to.equal(0);
    expect(text(el, '[part=headline]')).to.equal('');
    // Put back, it loads again.
    const loaded = nextEvent(el, 'load');
    document.body.append(el);
    await loaded;
    await el.updateComplete;
    expect(text(el, '[part=headline]')).to.equal('Late');
  });

  it('times out a response that never finishes within the timeout', async () => {
    const { loadJson } = await import('../../src/shared/load-json.js');
    const error = await loadJson(mockUrl({ delay: 1000, body: '{}' }), { timeout: 100 }).catch(
      (e: unknown) => e,
    );
    expect((error as { code: string }).code).to.equal('timeout');
  });

  it('refuses responses over the size cap', async () => {
    const { loadJson } = await import('../../src/shared/load-json.js');
    const error = await loadJson(mockUrl({ body: JSON.stringify({ headline: 'x'.repeat(5000) }) }), {
      maxBytes: 1000,
    }).catch((e: unknown) => e);
    expect((error as { code: string }).code).to.equal('too-large');
  });

  it('shows a too-large error for a huge body, never freezing or throwing', async () => {
    const el = await fixture<NewsArticle>(html`<news-article lang="en" headline="Big"></news-article>`);
    const detail = nextEvent<NewsArticleErrorDetail>(el, 'error');
    el.body = `<p>${'a'.repeat(5_000_001)}</p>`;
    expect((await detail).detail.code).to.equal('too-large');
    await el.updateComplete;
    expect(text(el, '[part=error]')).to.equal('The article is too large to show.');
    // The error belongs to that body: the next one is shown.
    el.body = '<p>A body of a sensible size.</p>';
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=error]')).to.equal(null);
    expect(text(el, '.body p')).to.equal('A body of a sensible size.');
    await expect(el).to.be.accessible();
  });

  it('shows a too-large error in Arabic, RTL, for a huge body on an Arabic page', async () => {
    const el = await fixture<NewsArticle>(html`<news-article lang="ar" headline="عنوان"></news-article>`);
    const detail = nextEvent<NewsArticleErrorDetail>(el, 'error');
    el.body = `<p>${'ب'.repeat(5_000_001)}</p>`;
    const { message } = (await detail).detail;
    await el.updateComplete;
    expect(text(el, '[part=error]')).to.equal(message);
    expect(message).to.match(/[\u0600-\u06ff]/);
    expect(inner(el).dir).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('omits credentials unless asked', async () => {
    const seen: RequestCredentials[] = [];
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(init?.credentials ?? 'same-origin');
      return original(input, init);
    };
    try {
      for (const credentials of [null, 'include']) {
        const el = mount((e) => {
          if (credentials) e.setAttribute('credentials', credentials);
          e.src = fixtures.json;
        });
        const loaded = nextEvent(el, 'load');
        document.body.append(el);
        await loaded;
        el.remove();
      }
    } finally {
      window.fetch = original;
    }
    expect(seen).to.deep.equal(['omit', 'include']);
  });

  it('is accessible when loaded', async () => {
    const el = mount((e) => (e.src = fixtures.json));
    const loaded = nextEvent(el, 'load');
    document.body.append(el);
    await loaded;
    await waitUntil(() => text(el, '[part=headline]') !== '');
    await expect(el).to.be.accessible();
  });
});
