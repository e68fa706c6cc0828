import { expect, fixture, html } from '@open-wc/testing';
import '../../src/news-article/define.js';
import type { NewsArticle } from '../../src/news-article/news-article.js';
import { formatDate } from '../../src/shared/format-date.js';
import { sample } from '../fixtures/sample.js';

const shadow = (el: Element): ShadowRoot => el.shadowRoot as ShadowRoot;
const inner = (el: Element): HTMLElement => shadow(el).querySelector('article') as HTMLElement;
const part = (el: Element, selector: string): HTMLElement => {
  const found = shadow(el).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`${selector} not rendered`);
  return found;
};
/** The markup of a match, or null: a string, so that a failing assertion prints it (not a DOM node). */
const markup = (root: ParentNode, selector: string): string | null =>
  root.querySelector(selector)?.outerHTML ?? null;
const text = (node: Element | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const ARABIC_DIGIT = /[\u0660-\u0669]/;
const LATIN_DIGIT = /[0-9]/;
const arabicBody = sample.paragraphs
  .slice(0, 3)
  .map((p) => `<p>${p}</p>`)
  .join('');
const ENGLISH_HEADLINE = 'Armenia and Azerbaijan move towards a truce in Nagorno-Karabakh';
const ENGLISH_BODY =
  '<p>The French presidency told the media on Friday that Armenia and Azerbaijan were moving towards a truce.</p>' +
  '<p>Talks between the two countries began in Moscow on Friday evening.</p>';

/** The rectangles of each line of an element's text. */
function lineRects(element: Element): DOMRect[] {
  const range = document.createRange();
  range.selectNodeContents(element);
  return [...range.getClientRects()].filter((rect) => rect.width > 0);
}

/** The element inside a fixture wrapper, once rendered and its fonts loaded. */
async function rendered(wrapper: Element): Promise<NewsArticle> {
  const el = wrapper.querySelector('news-article') as NewsArticle;
  await el.updateComplete;
  await document.fonts.ready;
  return el;
}

describe('<news-article> direction and dates', () => {
  const root = document.documentElement;
  const rootLang = root.getAttribute('lang');
  const rootDir = root.getAttribute('dir');
  let rootObserver: MutationObserver;

  before(() => {
    rootObserver = new MutationObserver(() => undefined);
    rootObserver.observe(root, { attributes: true, attributeFilter: ['lang', 'dir'] });
  });

  after(() => {
    rootObserver.disconnect();
  });

  describe('direction', () => {
    it('an Arabic article on an LTR page is RTL, its headline right-aligned', async () => {
      const wrapper = await fixture(html`
        <div lang="en" dir="ltr" style="inline-size: 900px">
          <news-article
            lang="ar"
            headline=${sample.headline}
            subheadline=${sample.subheadline}
            .body=${arabicBody}
          >
          </news-article>
        </div>
      `);
      const el = await rendered(wrapper);
      const article = inner(el);
      expect(article.getAttribute('dir')).to.equal('rtl');
      expect(article.getAttribute('lang')).to.equal('ar');
      expect(getComputedStyle(article).direction).to.equal('rtl');
      const headline = part(el, '[part=headline]');
      expect(getComputedStyle(headline).direction).to.equal('rtl');
      expect(getComputedStyle(part(el, '[part=body] p')).direction).to.equal('rtl');

      const box = article.getBoundingClientRect();
      const lines = lineRects(headline);
      expect(lines.length).to.be.greaterThan(0);
      for (const line of lines) {
        // Each line ends at the article's right edge...
        expect(Math.abs(box.right - line.right), `line right ${line.right} vs ${box.right}`).to.be.lessThan(
          3,
        );
      }
      // ...and the text does not reach its left edge: it is aligned right, not stretched.
      expect(Math.min(...lines.map((line) => line.left)) - box.left).to.be.greaterThan(20);
      // The page around it stays LTR.
      expect(getComputedStyle(wrapper).direction).to.equal('ltr');
      expect(el.hasAttribute('dir')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('an English article in an RTL page is fully LTR, its headline left-aligned', async () => {
      const wrapper = await fixture(html`
        <div lang="ar" dir="rtl" style="inline-size: 900px">
          <news-article
            lang="en"
            headline=${ENGLISH_HEADLINE}
            subheadline="Talks begin in Moscow"
            published="2020-10-09T16:30:00Z"
            time-zone="UTC"
            source="The Observer"
            .body=${ENGLISH_BODY}
          ></news-article>
        </div>
      `);
      const el = await rendered(wrapper);
      const article = inner(el);
      expect(article.getAttribute('dir')).to.equal('ltr');
      expect(article.getAttribute('lang')).to.equal('en');
      for (const selector of [
        'article',
        '[part=headline]',
        '[part=subheadline]',
        '[part=dates]',
        'time',
        '[part=body] p',
        '[part=footer]',
      ]) {
        expect(getComputedStyle(part(el, selector)).direction, selector).to.equal('ltr');
      }
      // English words, not the page's Arabic ones.
      expect(text(part(el, '.published')))
        .to.contain('Published')
        .and.contain('October');
      expect(text(part(el, '[part=footer]'))).to.contain('Source');

      const box = article.getBoundingClientRect();
      const lines = lineRects(part(el, '[part=headline]'));
      expect(lines.length).to.be.greaterThan(0);
      for (const line of lines) expect(Math.abs(line.left - box.left)).to.be.lessThan(3);
      expect(box.right - Math.max(...lines.map((line) => line.right))).to.be.greaterThan(20);
      await expect(el).to.be.accessible();
    });

    it('an English article without lang in an RTL page is LTR and does not claim Arabic', async () => {
      const wrapper = await fixture(html`
        <div lang="ar" dir="rtl">
          <news-article headline=${ENGLISH_HEADLINE} .body=${ENGLISH_BODY}></news-article>
        </div>
      `);
      const el = await rendered(wrapper);
      expect(inner(el).getAttribute('dir')).to.equal('ltr');
      expect(inner(el).getAttribute('lang')).not.to.equal('ar');
      expect(getComputedStyle(inner(el)).direction).to.equal('ltr');
      await expect(el).to.be.accessible();
    });

    it('an Arabic article without lang takes the language of an enclosing section', async () => {
      const wrapper = await fixture(html`
        <section lang="ar">
          <news-article headline=${sample.headline} .body=${arabicBody}></news-article>
        </section>
      `);
      const el = await rendered(wrapper);
      expect(inner(el).getAttribute('lang')).to.equal('ar');
      expect(inner(el).getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(part(el, '[part=headline]')).direction).to.equal('rtl');
      await expect(el).to.be.accessible();
    });

    it('an Arabic article without lang on an English page is RTL and does not claim English', async () => {
      const wrapper = await fixture(html`
        <div lang="en" dir="ltr">
          <news-article headline=${sample.headline} .body=${arabicBody}></news-article>
        </div>
      `);
      const el = await rendered(wrapper);
      expect(inner(el).getAttribute('dir')).to.equal('rtl');
      expect(inner(el).getAttribute('lang')).not.to.equal('en');
      await expect(el).to.be.accessible();
    });

    it('an explicit dir wins over lang, and follows changes', async () => {
      const el = await fixture<NewsArticle>(html`
        <news-article lang="ar" dir="ltr" headline=${sample.headline} .body=${arabicBody}></news-article>
      `);
      expect(inner(el).getAttribute('dir')).to.equal('ltr');
      expect(inner(el).getAttribute('lang')).to.equal('ar');
      expect(getComputedStyle(part(el, '[part=headline]')).direction).to.equal('ltr');

      el.setAttribute('dir', 'rtl');
      await el.updateComplete;
      expect(inner(el).getAttribute('dir')).to.equal('rtl');

      el.removeAttribute('dir');
      await el.updateComplete;
      expect(inner(el).getAttribute('dir')).to.equal('rtl');

      el.setAttribute('lang', 'en');
      el.setAttribute('dir', 'rtl');
      await el.updateComplete;
      expect(inner(el).getAttribute('lang')).to.equal('en');
      expect(inner(el).getAttribute('dir')).to.equal('rtl');

      el.removeAttribute('dir');
      await el.updateComplete;
      expect(inner(el).getAttribute('dir')).to.equal('ltr');

      el.setAttribute('lang', 'he');
      el.setAttribute('dir', 'auto');
      await el.updateComplete;
      expect(inner(el).getAttribute('dir')).to.equal('rtl');
      el.removeAttribute('dir');
      el.setAttribute('lang', 'ar');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('an explicit dir on an article in a page of another language does not claim that language', async () => {
      const wrapper = await fixture(html`
        <div lang="en">
          <news-article dir="rtl" headline=${sample.headline} .body=${arabicBody}></news-article>
        </div>
      `);
      const el = await rendered(wrapper);
      expect(inner(el).getAttribute('dir')).to.equal('rtl');
      expect(inner(el).getAttribute('lang')).not.to.equal('en');
      await expect(el).to.be.accessible();
    });

    it('follows the language of the section it is moved into', async () => {
      const wrapper = await fixture(html`
        <div>
          <section lang="ar" id="ar"><news-article headline="2020"></news-article></section>
          <section lang="en" id="en"></section>
        </div>
      `);
      const el = await rendered(wrapper);
      expect(inner(el).getAttribute('lang')).to.equal('ar');
      expect(inner(el).getAttribute('dir')).to.equal('rtl');
      (wrapper.querySelector('#en') as HTMLElement).append(el);
      await el.updateComplete;
      expect(inner(el).getAttribute('lang')).to.equal('en');
      expect(inner(el).getAttribute('dir')).to.equal('ltr');
      await expect(el).to.be.accessible();
    });

    it('never changes the document element’s lang or dir', async () => {
      await fixture(html`
        <div>
          <news-article lang="ar" headline=${sample.headline}></news-article>
          <news-article lang="en" headline=${ENGLISH_HEADLINE}></news-article>
          <news-article dir="rtl" headline="x"></news-article>
          <news-article lang="he" dir="ltr" headline="כותרת"></news-article>
        </div>
      `);
      expect(root.getAttribute('lang')).to.equal(rootLang);
      expect(root.getAttribute('dir')).to.equal(rootDir);
      // Not even for a moment, in any test of this file.
      expect(rootObserver.takeRecords()).to.have.length(0);
    });
  });

  describe('dates', () => {
    const OCT_15 = '2020-10-15T12:30:00Z';

    it('Arabic-Indic digits with numerals="arab"', async () => {
      const el = await fixture<NewsArticle>(html`
        <news-article
          lang="ar"
          headline=${sample.headline}
          published=${OCT_15}
          time-zone="UTC"
          numerals="arab"
        >
        </news-article>
      `);
      const time = part(el, '.published time');
      expect(time.getAttribute('datetime')).to.equal('2020-10-15T12:30:00.000Z');
      expect(text(time)).to.contain('١٥').and.contain('٢٠٢٠').and.contain('أكتوبر').and.contain('الخميس');
      expect(text(time)).not.to.match(LATIN_DIGIT);
      expect(time.getAttribute('title')).to.equal(text(time));
      expect(text(part(el, '.published'))).to.contain('نُشر');
      await expect(el).to.be.accessible();
    });

    it('Latin digits with numerals="latn", in the time zone given', async () => {
      const el = await fixture<NewsArticle>(html`
        <news-article
          lang="ar"
          headline=${sample.headline}
          published="2020-10-15T22:30:00Z"
          time-zone="Asia/Riyadh"
          numerals="latn"
        ></news-article>
      `);
      const time = part(el, '.published time');
      expect(time.getAttribute('datetime')).to.equal('2020-10-15T22:30:00.000Z');
      // 01:30 on Friday 16 October in Riyadh.
      expect(text(time)).to.contain('16').and.contain('2020').and.contain('الجمعة').and.contain('1:30');
      expect(text(time)).not.to.match(ARABIC_DIGIT);
      await expect(el).to.be.accessible();
    });

    it("the language's own digits by default (ar-EG: Arabic-Indic, ar-MA: Latin)", async () => {
      const egypt = await fixture<NewsArticle>(html`
        <news-article
          lang="ar-EG"
          headline=${sample.headline}
          published=${OCT_15}
          time-zone="UTC"
        ></news-article>
      `);
      expect(text(part(egypt, 'time')))
        .to.contain('٢٠٢٠')
        .and.not.match(LATIN_DIGIT);
      const morocco = await fixture<NewsArticle>(html`
        <news-article
          lang="ar-MA"
          headline=${sample.headline}
          published=${OCT_15}
          time-zone="UTC"
        ></news-article>
      `);
      expect(text(part(morocco, 'time')))
        .to.contain('2020')
        .and.not.match(ARABIC_DIGIT);
      await expect(egypt).to.be.accessible();
    });

    it('regional month names follow the language tag', async () => {
      const syria = await fixture<NewsArticle>(html`
        <news-article
          lang="ar-SY"
          headline=${sample.headline}
          published=${OCT_15}
          time-zone="UTC"
        ></news-article>
      `);
      expect(text(part(syria, 'time'))).to.contain('تشرين الأول');
      await expect(syria).to.be.accessible();
    });

    it('the Hijri calendar, both calendars in order, and the Hijri offset', async () => {
      const el = await fixture<NewsArticle>(html`
        <news-article
          lang="ar"
          headline=${sample.headline}
          published=${OCT_15}
          time-zone="UTC"
          numerals="latn"
          calendar="islamic-umalqura"
        ></news-article>
      `);
      let shown = text(part(el, 'time'));
      expect(shown).to.contain('1442').and.contain('صفر').and.contain('28');
      expect(shown).not.to.contain('2020');

      el.calendar = 'both';
      await el.updateComplete;
      shown = text(part(el, 'time'));
      expect(shown).to.contain('2020').and.contain('1442');
      expect(shown.indexOf('2020')).to.be.lessThan(shown.indexOf('1442'));

      el.setAttribute('calendar', 'hijri gregory');
      await el.updateComplete;
      shown = text(part(el, 'time'));
      expect(shown.indexOf('1442')).to.be.greaterThan(-1);
      expect(shown.indexOf('1442')).to.be.lessThan(shown.indexOf('2020'));

      el.setAttribute('hijri-offset', '1');
      await el.updateComplete;
      shown = text(part(el, 'time'));
      expect(shown).to.match(/29 صفر/);
      expect(shown).to.contain('الخميس').and.contain('15 أكتوبر');

      el.setAttribute('hijri-offset', '-7');
      await el.updateComplete;
      expect(text(part(el, 'time'))).to.match(/26 صفر/);

      el.setAttribute('numerals', 'arab');
      await el.updateComplete;
      shown = text(part(el, 'time'));
      expect(shown).to.contain('١٤٤٢').and.contain('٢٠٢٠');
      expect(shown).not.to.match(LATIN_DIGIT);
      // The machine-readable date is always ISO, whatever is shown.
      expect(part(el, 'time').getAttribute('datetime')).to.equal('2020-10-15T12:30:00.000Z');
      await expect(el).to.be.accessible();
    });

    it('an English article in the Hijri calendar', async () => {
      const el = await fixture<NewsArticle>(html`
        <news-article
          lang="en"
          headline=${ENGLISH_HEADLINE}
          published=${OCT_15}
          time-zone="UTC"
          calendar="hijri"
        >
        </news-article>
      `);
      expect(text(part(el, 'time')))
        .to.contain('Safar')
        .and.contain('1442');
      await expect(el).to.be.accessible();
    });

    it('no date for an unreadable published value', async () => {
      const el = await fixture<NewsArticle>(html`
        <news-article lang="ar" headline=${sample.headline} published="yesterday"></news-article>
      `);
      expect(markup(shadow(el), 'time')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('modified is shown only when it differs from published', async () => {
      const same = await fixture<NewsArticle>(html`
        <news-article
          lang="ar"
          headline=${sample.headline}
          published=${OCT_15}
          modified=${OCT_15}
          time-zone="UTC"
        >
        </news-article>
      `);
      expect(markup(shadow(same), '.modified')).to.equal(null);
      expect(shadow(same).querySelectorAll('time').length).to.equal(1);

      const seconds = await fixture<NewsArticle>(html`
        <news-article
          lang="ar"
          headline=${sample.headline}
          published=${OCT_15}
          modified="2020-10-15T15:30:30+03:00"
          time-zone="UTC"
        ></news-article>
      `);
      // 30 seconds later (written in another offset): the same minute, not an update.
      expect(markup(shadow(seconds), '.modified')).to.equal(null);

      const updated = await fixture<NewsArticle>(html`
        <news-article
          lang="ar"
          headline=${sample.headline}
          published=${OCT_15}
          modified="2020-10-15T14:45:00Z"
          time-zone="UTC"
          numerals="latn"
        ></news-article>
      `);
      const modified = part(updated, '.modified');
      expect(text(modified)).to.contain('آخر تحديث').and.contain('2:45');
      expect(modified.querySelector('time')?.getAttribute('datetime')).to.equal('2020-10-15T14:45:00.000Z');
      expect(text(part(updated, '.published'))).to.contain('12:30');

      const onlyModified = await fixture<NewsArticle>(html`
        <news-article lang="ar" headline=${sample.headline} modified=${OCT_15} time-zone="UTC"></news-article>
      `);
      expect(markup(shadow(onlyModified), '.published')).to.equal(null);
      expect(markup(shadow(onlyModified), '.modified time')).not.to.equal(null);
      await expect(updated).to.be.accessible();
    });

    it('relative-time: "منذ ساعتين" on screen, the full date for screen readers', async () => {
      const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000 - 5 * 60_000);
      const el = await fixture<NewsArticle>(html`
        <news-article
          lang="ar"
          headline=${sample.headline}
          published=${twoHoursAgo.toISOString()}
          time-zone="UTC"
          relative-time
        ></news-article>
      `);
      const time = part(el, '.published time');
      const shown = time.querySelector('[aria-hidden="true"]');
      const hidden = time.querySelector('.visually-hidden');
      expect(text(shown)).to.equal('منذ ساعتين');
      const full = formatDate(twoHoursAgo, { lang: 'ar', timeZone: 'UTC' });
      expect(text(hidden)).to.equal(full);
      expect(time.getAttribute('title')).to.equal(full);
      expect(time.getAttribute('datetime')).to.equal(twoHoursAgo.toISOString());
      // Visually hidden, but in the accessibility tree (not display: none).
      const style = getComputedStyle(hidden as Element);
      expect(style.display).not.to.equal('none');
      expect(style.visibility).not.to.equal('hidden');
      expect((hidden as HTMLElement).getBoundingClientRect().width).to.be.at.most(1);
      await expect(el).to.be.accessible();
    });

    it('relative-time in English, and with the digits asked for', async () => {
      const english = await fixture<NewsArticle>(html`
        <news-article
          lang="en"
          headline=${ENGLISH_HEADLINE}
          published=${new Date(Date.now() - 2 * 3_600_000 - 60_000).toISOString()}
          time-zone="UTC"
          relative-time
        ></news-article>
      `);
      expect(text(part(english, 'time [aria-hidden="true"]'))).to.equal('2 hours ago');

      const arab = await fixture<NewsArticle>(html`
        <news-article
          lang="ar"
          headline=${sample.headline}
          published=${new Date(Date.now() - 5 * 3_600_000 - 60_000).toISOString()}
          time-zone="UTC"
          numerals="arab"
          relative-time
        ></news-article>
      `);
      expect(text(part(arab, 'time [aria-hidden="true"]'))).to.equal('منذ ٥ ساعات');
      await expect(arab).to.be.accessible();
    });

    it('relative-time shows the full date past the limit', async () => {
      const old = new Date(Date.now() - 30 * 3_600_000);
      const el = await fixture<NewsArticle>(html`
        <news-article
          lang="ar"
          headline=${sample.headline}
          published=${old.toISOString()}
          time-zone="UTC"
          relative-time
        >
        </news-article>
      `);
      const time = part(el, 'time');
      expect(markup(time, '[aria-hidden]')).to.equal(null);
      expect(text(time)).to.equal(formatDate(old, { lang: 'ar', timeZone: 'UTC' }));

      const limited = await fixture<NewsArticle>(html`
        <news-article
          lang="ar"
          headline=${sample.headline}
          published=${new Date(Date.now() - 2 * 3_600_000 - 60_000).toISOString()}
          time-zone="UTC"
          relative-time
          relative-time-limit="1"
        ></news-article>
      `);
      expect(markup(part(limited, 'time'), '[aria-hidden]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('relative-time with an unreadable limit keeps the default limit', async () => {
      const old = new Date(Date.now() - 30 * 3_600_000);
      const el = await fixture<NewsArticle>(html`
        <news-article
          lang="ar"
          headline=${sample.headline}
          published=${old.toISOString()}
          time-zone="UTC"
          relative-time
          relative-time-limit="soon"
        ></news-article>
      `);
      expect(markup(part(el, 'time'), '[aria-hidden]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });
});

describe('<news-article> follows a change of the page language', () => {
  it('renders again when an ancestor changes lang', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<section lang="ar">
        <div><news-article headline="2020"></news-article></div>
      </section>`,
    );
    const el = wrapper.querySelector('news-article') as NewsArticle;
    await el.updateComplete;
    const article = () => el.shadowRoot?.querySelector('article') as HTMLElement;
    expect(article().getAttribute('dir')).to.equal('rtl');
    wrapper.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve, 0)); // the mutation record
    await el.updateComplete;
    expect(article().getAttribute('lang')).to.equal('en');
    expect(article().getAttribute('dir')).to.equal('ltr');
  });
});
