import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/related-articles/define.js';
import type {
  RelatedArticles,
  RelatedArticlesSelectDetail,
} from '../../src/related-articles/related-articles.js';
import { mockUrl, nextEvent } from '../news-article/helpers.js';

const feed = (name: string): string => new URL(`../fixtures/feeds/${name}`, import.meta.url).href;
const root = (el: Element): ShadowRoot => el.shadowRoot as ShadowRoot;
const titles = (el: Element): string[] =>
  [...root(el).querySelectorAll('[part=title]')].map((t) => (t.textContent ?? '').trim());

async function loaded(el: RelatedArticles): Promise<void> {
  await waitUntil(() => root(el).querySelector('[part=list]') !== null, 'list rendered', { timeout: 5000 });
  await el.updateComplete;
}

const items = [
  {
    title: 'مجلس الأمن يدعو إلى وقف فوري لإطلاق النار',
    url: '/ar/1',
    published: '2020-10-09T11:00:00Z',
    source: 'الأوبزرفر العربي',
  },
  { title: 'ماكرون وبوتين يبحثان التصعيد', url: '/ar/2', image: 'https://example.com/2.jpg' },
  { title: 'OSCE Minsk Group co-chairs meet in Geneva', url: '/en/3', lang: 'en' },
  { title: 'Le groupe de Minsk se réunit', url: '/fr/4', lang: 'fr' },
  { title: 'خبر خامس', url: '/ar/5' },
  { title: 'خبر سادس', url: '/ar/6' },
  { title: 'خبر سابع', url: '/ar/7' },
];

describe('<related-articles>', () => {
  it('renders the items property as an accessible landmark with a real list, localized heading (ar)', async () => {
    const el = await fixture<RelatedArticles>(
      html`<related-articles lang="ar" .items=${items}></related-articles>`,
    );
    const nav = root(el).querySelector('nav') as HTMLElement;
    const heading = root(el).querySelector('[part=heading]') as HTMLElement;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent?.trim()).to.equal('مقالات ذات صلة');
    expect(nav.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(nav.dir).to.equal('rtl');
    expect(root(el).querySelectorAll('ul > li')).to.have.length(6); // max defaults to 6
    // One link per item, nothing else interactive inside it.
    for (const li of root(el).querySelectorAll('li')) {
      expect(li.querySelectorAll('a, button, input')).to.have.length(1);
    }
    await expect(el).to.be.accessible();
  });

  it('localizes the heading in en, fr, fa, ur and he, and takes heading and heading-level', async () => {
    const expected: Record<string, string> = {
      en: 'Related articles',
      fr: 'Articles liés',
      fa: 'مطالب مرتبط',
      ur: 'متعلقہ مضامین',
      he: 'כתבות קשורות',
    };
    for (const [lang, heading] of Object.entries(expected)) {
      const el = await fixture<RelatedArticles>(
        html`<related-articles lang=${lang} .items=${items}></related-articles>`,
      );
      expect(root(el).querySelector('[part=heading]')?.textContent?.trim()).to.equal(heading);
    }
    const el = await fixture<RelatedArticles>(
      html`<related-articles heading="Read more" heading-level="3" .items=${items}></related-articles>`,
    );
    const heading = root(el).querySelector('[part=heading]') as HTMLElement;
    expect(heading.localName).to.equal('h3');
    expect(heading.textContent?.trim()).to.equal('Read more');
  });

  it('gives items in another language their own lang and direction, titles bidi-isolated', async () => {
    const el = await fixture<RelatedArticles>(
      html`<related-articles lang="ar" .items=${items}></related-articles>`,
    );
    const lis = [...root(el).querySelectorAll('li')];
    expect(lis[2]?.getAttribute('lang')).to.equal('en');
    expect(lis[2]?.getAttribute('dir')).to.equal('ltr');
    expect(lis[3]?.getAttribute('lang')).to.equal('fr');
    expect(getComputedStyle(lis[3] as Element).direction).to.equal('ltr');
    expect(lis[0]?.hasAttribute('dir')).to.equal(false);
    expect(root(el).querySelector('[part=title]')?.localName).to.equal('bdi');
  });

  it('loads RSS from src: text-only titles, lazy images with a fixed aspect ratio, dates formatted', async () => {
    const el = await fixture<RelatedArticles>(
      html`<related-articles
        src=${feed('related.rss')}
        time-zone="UTC"
        numerals="arab"
        max="10"
      ></related-articles>`,
    );
    await loaded(el);
    expect(titles(el)[0]).to.equal('مجلس الأمن يدعو إلى وقف فوري لإطلاق النار في ناغورنو كاراباخ');
    expect(titles(el)).to.have.length(6);
    expect(root(el).querySelector('[part=title] b')).to.equal(null);
    const nav = root(el).querySelector('nav') as HTMLElement;
    expect(nav.lang).to.equal('ar');
    expect(nav.dir).to.equal('rtl');
    const image = root(el).querySelector('[part=image]') as HTMLImageElement;
    expect(image.loading).to.equal('lazy');
    expect(image.getAttribute('decoding')).to.equal('async');
    expect(getComputedStyle(image).aspectRatio).to.match(/16 \/ 9/);
    const time = root(el).querySelector('[part=date] time') as HTMLTimeElement;
    expect(time.dateTime).to.equal('2020-10-09T11:00:00.000Z');
    expect(time.textContent).to.match(/[٠-٩]/).and.not.match(/[0-9]/);
    expect((window as unknown as { __feedXss?: number }).__feedXss).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('loads Atom and JSON Feed from src', async () => {
    const atom = await fixture<RelatedArticles>(
      html`<related-articles src=${feed('related.atom')}></related-articles>`,
    );
    await loaded(atom);
    expect(titles(atom)).to.deep.equal([
      'مجلس الأمن يدعو إلى وقف فوري لإطلاق النار',
      'Le groupe de Minsk se réunit à Genève &eacute;',
    ]);
    const json = await fixture<RelatedArticles>(
      html`<related-articles src=${feed('related.json')}></related-articles>`,
    );
    await loaded(json);
    expect(titles(json)).to.have.length(4);
    expect((root(json).querySelector('nav') as HTMLElement).dir).to.equal('ltr');
    await expect(json).to.be.accessible();
  });

  it('reads an inline JSON script, and the page’s own links as the fallback', async () => {
    const inline = await fixture<RelatedArticles>(html`
      <related-articles>
        <script type="application/json">
          [
            { "title": "Inline one", "url": "/one" },
            { "title": "Inline two", "url": "/two" }
          ]
        </script>
      </related-articles>
    `);
    expect(titles(inline)).to.deep.equal(['Inline one', 'Inline two']);
    const links = await fixture<RelatedArticles>(html`
      <related-articles lang="ar">
        <ul>
          <li><a href="/ar/1">رابط أول</a></li>
          <li><a href="javascript:alert(1)">رابط خبيث</a></li>
          <li><a href="/ar/2">رابط ثان</a></li>
        </ul>
      </related-articles>
    `);
    expect(titles(links)).to.deep.equal(['رابط أول', 'رابط ثان']);
    await expect(links).to.be.accessible();
  });

  it('applies max, exclude (attribute, canonical URL, a news-article on the page) and dedupe', async () => {
    const canonical = document.createElement('link');
    canonical.rel = 'canonical';
    canonical.href = '/ar/1';
    document.head.append(canonical);
    const article = document.createElement('news-article');
    article.setAttribute('url', '/ar/2');
    document.body.append(article);
    try {
      const el = await fixture<RelatedArticles>(
        html`<related-articles
          max="3"
          exclude="/ar/5"
          .items=${[...items, { title: 'dupe', url: '/en/3#x' }]}
        ></related-articles>`,
      );
      expect(titles(el)).to.deep.equal([
        'OSCE Minsk Group co-chairs meet in Geneva',
        'Le groupe de Minsk se réunit',
        'خبر سادس',
      ]);
      el.max = 0;
      await el.updateComplete;
      expect(titles(el)).to.deep.equal([]);
    } finally {
      canonical.remove();
      article.remove();
    }
  });

  it('fires related-articles-select before navigation, cancelable, with the item and position', async () => {
    const el = await fixture<RelatedArticles>(html`<related-articles .items=${items}></related-articles>`);
    const seen = nextEvent<RelatedArticlesSelectDetail>(document, 'related-articles-select');
    const cancel = (event: Event): void => event.preventDefault();
    el.addEventListener('related-articles-select', cancel);
    const link = root(el).querySelectorAll('[part=link]')[1] as HTMLAnchorElement;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link.dispatchEvent(click);
    const event = await seen;
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    expect(event.detail.position).to.equal(2);
    expect(event.detail.item.url).to.equal('/ar/2');
    // Cancelled: the click's navigation is prevented too.
    expect(click.defaultPrevented).to.equal(true);
    el.removeEventListener('related-articles-select', cancel);
    const second = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link.addEventListener('click', (e) => e.preventDefault(), { once: true }); // keep the test page here
    const again = nextEvent<RelatedArticlesSelectDetail>(el, 'related-articles-select');
    link.dispatchEvent(second);
    expect((await again).defaultPrevented).to.equal(false);
  });

  it('fires impression once, when at least half of the list is visible', async () => {
    const spacer = document.createElement('div');
    spacer.style.blockSize = '300vh';
    document.body.prepend(spacer);
    try {
      const el = await fixture<RelatedArticles>(html`<related-articles .items=${items}></related-articles>`);
      let count = 0;
      el.addEventListener('impression', () => count++);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(count).to.equal(0);
      el.scrollIntoView();
      await waitUntil(() => count === 1, 'impression fired', { timeout: 3000 });
      window.scrollTo(0, 0);
      await new Promise((resolve) => setTimeout(resolve, 100));
      el.scrollIntoView();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(count).to.equal(1);
    } finally {
      spacer.remove();
      window.scrollTo(0, 0);
    }
  });

  it('fires load for src with the items', async () => {
    const el = document.createElement('related-articles');
    el.src = feed('related.json');
    const event = nextEvent<{ items: unknown[]; origin: string }>(el, 'load');
    document.body.append(el);
    const { detail } = await event;
    expect(detail.origin).to.equal('src');
    expect(detail.items).to.have.length(4);
    el.remove();
  });

  const errors: Array<[string, string, Record<string, string | number>, string]> = [
    ['404', 'http', { status: 404 }, 'تعذّر تحميل المقالات ذات الصلة (ردّ الخادم بالرمز 404).'],
    [
      'malformed XML',
      'parse',
      { type: 'application/rss+xml', body: '<rss><channel><item></rss>' },
      'تعذّرت قراءة موجز المقالات ذات الصلة.',
    ],
    ['malformed JSON', 'parse', { body: '[{"title": ' }, 'تعذّرت قراءة موجز المقالات ذات الصلة.'],
    [
      'a web page instead of a feed',
      'type',
      { type: 'text/html', body: '<!doctype html><p>Not a feed' },
      'تعذّرت قراءة موجز المقالات ذات الصلة.',
    ],
    [
      'a feed with no items',
      'shape',
      { type: 'application/rss+xml', body: '<rss><channel><title>x</title></channel></rss>' },
      'تعذّرت قراءة موجز المقالات ذات الصلة.',
    ],
  ];
  for (const [name, code, params, message] of errors) {
    it(`shows a localized error for ${name}, keeps the fallback, fires error`, async () => {
      const el = document.createElement('related-articles');
      el.lang = 'ar';
      el.innerHTML = '<ul><li><a href="/fallback">رابط احتياطي</a></li></ul>';
      el.src = mockUrl(params);
      const failed = nextEvent<{ code: string; message: string }>(el, 'error');
      document.body.append(el);
      const { detail } = await failed;
      await el.updateComplete;
      expect(detail.code).to.equal(code);
      expect(detail.message).to.equal(message);
      expect(root(el).querySelector('[part=error]')?.textContent?.trim()).to.equal(message);
      expect(el.querySelector('a')?.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      el.remove();
    });
  }

  it('shows an accessible loading state with a skeleton that reserves height', async () => {
    const el = await fixture<RelatedArticles>(
      html`<related-articles src=${mockUrl({ delay: 800, body: '[]' })}></related-articles>`,
    );
    expect((root(el).querySelector('nav') as HTMLElement).getAttribute('aria-busy')).to.equal('true');
    expect(
      (root(el).querySelector('[part=skeleton]') as HTMLElement).getBoundingClientRect().height,
    ).to.be.greaterThan(100);
    await expect(el).to.be.accessible();
  });

  it('lays out by its column width: a list in a sidebar, a grid in a wide column; mirrored in RTL', async () => {
    const widths = async (width: number, dir: string, layout = ''): Promise<DOMRect[]> => {
      const wrapper = await fixture<HTMLElement>(html`
        <div style="inline-size: ${width}px" dir=${dir}>
          <related-articles
            lang=${dir === 'rtl' ? 'ar' : 'en'}
            layout=${layout || 'auto'}
            .items=${items.slice(0, 4)}
          ></related-articles>
        </div>
      `);
      const el = wrapper.querySelector('related-articles') as RelatedArticles;
      await el.updateComplete;
      return [...root(el).querySelectorAll('li')].map((li) => li.getBoundingClientRect());
    };
    const narrow = await widths(280, 'rtl');
    expect(new Set(narrow.map((r) => Math.round(r.left))).size).to.equal(1); // one column
    const wide = await widths(900, 'ltr');
    expect(Math.round((wide[1] as DOMRect).top)).to.equal(Math.round((wide[0] as DOMRect).top)); // side by side
    expect((wide[1] as DOMRect).left).to.be.greaterThan((wide[0] as DOMRect).left);
    const wideRtl = await widths(900, 'rtl');
    expect((wideRtl[1] as DOMRect).left).to.be.lessThan((wideRtl[0] as DOMRect).left); // mirrored
    const forcedList = await widths(900, 'ltr', 'list');
    expect(new Set(forcedList.map((r) => Math.round(r.left))).size).to.equal(1);
  });

  it('respects the switches for images, dates, source and summary', async () => {
    const el = await fixture<RelatedArticles>(
      html`<related-articles
        hide-images
        hide-dates
        hide-source
        show-summary
        .items=${[
          {
            title: 'T',
            url: '/t',
            image: 'https://example.com/i.jpg',
            published: '2020-10-09',
            source: 'S',
            summary: 'Sum',
          },
        ]}
      ></related-articles>`,
    );
    expect(root(el).querySelector('[part=image]')).to.equal(null);
    expect(root(el).querySelector('[part=date]')).to.equal(null);
    expect(root(el).querySelector('[part=source]')).to.equal(null);
    expect(root(el).querySelector('[part=summary]')?.textContent).to.equal('Sum');
  });

  it('renders every mix of image, source, date and summary with the same parts in the same order', async () => {
    // Feeds' usual item (image, source, date) has a template of its own: every other mix must
    // come out the same way.
    for (const lang of ['ar', 'en']) {
      for (let mask = 0; mask < 16; mask++) {
        const item = {
          title: lang === 'ar' ? 'عنوان' : 'Title',
          url: '/t',
          ...(mask & 1 ? { image: 'https://example.com/i.jpg', imageAlt: 'alt' } : {}),
          ...(mask & 2 ? { source: 'S' } : {}),
          ...(mask & 4 ? { published: '2020-10-09T12:00:00Z' } : {}),
          ...(mask & 8 ? { summary: 'Sum' } : {}),
        };
        const el = await fixture<RelatedArticles>(
          html`<related-articles
            lang=${lang}
            show-summary
            time-zone="UTC"
            .items=${[item]}
          ></related-articles>`,
        );
        const parts = [...root(el).querySelectorAll('li [part]')].map((node) => node.getAttribute('part'));
        const expected = [
          'link',
          ...(mask & 1 ? ['image'] : []),
          'title',
          ...(mask & 2 ? ['source'] : []),
          ...(mask & 4 ? ['date'] : []),
          ...(mask & 8 ? ['summary'] : []),
        ];
        expect(parts, `${lang} ${mask}`).to.deep.equal(expected);
        expect(root(el).querySelector('[part=image]')?.getAttribute('alt') ?? null).to.equal(
          mask & 1 ? 'alt' : null,
        );
        expect(root(el).querySelector('[part=date] time')?.getAttribute('datetime') ?? null).to.equal(
          mask & 4 ? '2020-10-09T12:00:00.000Z' : null,
        );
        await expect(el).to.be.accessible();
      }
    }
  });

  it('adds rel=noopener noreferrer to link-target=_blank links', async () => {
    const el = await fixture<RelatedArticles>(
      html`<related-articles link-target="_blank" .items=${items}></related-articles>`,
    );
    const link = root(el).querySelector('[part=link]') as HTMLAnchorElement;
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
  });
});
