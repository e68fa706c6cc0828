import { expect } from '@open-wc/testing';
import { detectFormat, parseFeed } from '../../src/shared/parse-feed.js';
import { itemsFromJson } from '../../src/shared/json-items.js';
import { selectItems, type RelatedItem } from '../../src/shared/related-item.js';

const fixture = async (name: string): Promise<{ text: string; type: string; base: string }> => {
  const url = new URL(`../fixtures/feeds/${name}`, import.meta.url).href;
  const response = await fetch(url);
  return { text: await response.text(), type: response.headers.get('content-type') ?? '', base: url };
};

const all = (items: Iterable<RelatedItem | undefined>): RelatedItem[] => selectItems(items, 100);

describe('parse-feed', () => {
  it('reads RSS 2.0: CDATA, HTML in titles, media:thumbnail, media:content, enclosure, dc:creator, item rules', async () => {
    const { text, base } = await fixture('related.rss');
    const items = all(parseFeed(text, 'application/rss+xml', base));
    expect(items.map((i) => i.title)).to.deep.equal([
      'مجلس الأمن يدعو إلى وقف فوري لإطلاق النار في ناغورنو كاراباخ',
      'ماكرون وبوتين يبحثان هاتفياً التصعيد في جنوب القوقاز',
      'آلاف النازحين يفرّون من ستيباناكيرت مع اشتداد القصف & انقطاع الكهرباء',
      'OSCE Minsk Group co-chairs meet in Geneva',
      'تركيا تعلن دعمها الكامل لأذربيجان في النزاع مع أرمينيا',
      'مجموعة مينسك: لا حل عسكرياً للنزاع في قره باغ',
    ]);
    const [first, second, third, english, turkey] = items as [
      RelatedItem,
      RelatedItem,
      RelatedItem,
      RelatedItem,
      RelatedItem,
    ];
    expect(first).to.include({
      url: 'https://example.com/ar/security-council-ceasefire',
      image: 'https://example.com/img/security-council.jpg',
      author: 'مراسلنا في نيويورك',
      source: 'الأوبزرفر العربي',
      lang: 'ar',
      summary: 'دعا مجلس الأمن الدولي إلى وقف فوري للأعمال القتالية.',
    });
    expect(first.published).to.equal('Fri, 09 Oct 2020 14:00:00 +0300');
    // Relative links resolve against the feed's own URL; media:content with its description.
    expect(second.url).to.equal(new URL('/ar/macron-putin-call', base).href);
    expect(second).to.include({
      image: 'https://example.com/img/macron-putin.jpg',
      imageAlt: 'ماكرون خلال اتصال هاتفي',
    });
    expect(second.summary).to.equal('بحث الرئيسان الفرنسي والروسي التصعيد في جنوب القوقاز.');
    expect(third.image).to.equal('https://example.com/img/stepanakert.jpg');
    expect(third.summary).to.equal('فرّ آلاف المدنيين "تحت القصف".');
    expect(english.lang).to.equal('en');
    // A data: image is dropped, the item stays.
    expect(turkey.image).to.equal(undefined);
  });

  it('reads Atom 1.0: xhtml and html titles, xml:lang, rel=alternate and enclosure links', async () => {
    const { text, base } = await fixture('related.atom');
    const items = all(parseFeed(text, '', base));
    expect(items).to.have.length(2);
    expect(items[0]).to.include({
      title: 'مجلس الأمن يدعو إلى وقف فوري لإطلاق النار',
      url: 'https://example.com/ar/security-council-ceasefire',
      image: 'https://example.com/img/security-council.jpg',
      published: '2020-10-09T11:00:00Z',
      author: 'مراسلنا',
      source: 'الأوبزرفر العربي',
      summary: 'دعا مجلس الأمن إلى وقف فوري للقتال.',
      lang: 'ar',
    });
    expect(items[1]).to.include({
      title: 'Le groupe de Minsk se réunit à Genève &eacute;',
      url: new URL('/fr/groupe-de-minsk', base).href,
      lang: 'fr',
      published: '2020-10-08T10:00:00Z',
      image: 'https://example.com/img/geneva.jpg',
    });
  });

  it('reads JSON Feed 1.1: titles as text, content_html reduced to text, hostile URLs dropped', async () => {
    const { text, base } = await fixture('related.json');
    const items = all(parseFeed(text, 'application/feed+json', base));
    expect(items.map((i) => i.url)).to.deep.equal([
      'https://example.com/en/security-council-ceasefire',
      'https://example.com/ar/macron-putin-call',
      'https://example.com/en/stepanakert-displaced',
      'https://example.com/en/minsk-group-geneva',
    ]);
    expect(items[0]).to.include({
      title: 'UN Security Council calls for an immediate ceasefire in Nagorno-Karabakh',
      summary: 'The Security Council called for an immediate halt to the fighting.',
      source: 'The Arab Observer',
      lang: 'en',
      author: 'Staff',
    });
    expect(items[1]?.lang).to.equal('ar');
    expect(items[2]?.image).to.equal('https://example.com/img/stepanakert.jpg');
    expect((window as unknown as { __feedXss?: number }).__feedXss).to.equal(undefined);
  });

  it('reads plain arrays and { items }, dropping unsafe or incomplete items and duplicates', () => {
    const hostile: unknown[] = [
      { title: 'ok', url: '/a' },
      { title: 'js', url: 'javascript:alert(1)' },
      { title: 'js tab', url: 'java\tscript:alert(1)' },
      { title: 'js entity', url: '&#106;avascript:alert(1)' },
      { title: 'data', url: 'data:text/html,<script>alert(1)</script>' },
      { title: 'mixed', url: ' JaVaScRiPt:alert(1)' },
      { title: 'control', url: '\u0001javascript:alert(1)' },
      { title: 'mail', url: 'mailto:a@example.com' },
      { title: '', url: '/empty-title' },
      { url: '/no-title' },
      { title: 'no url' },
      { title: 'dupe', url: '/a#x' },
      { title: '<img src=x onerror=alert(1)>Bold <b>title</b>', url: '/b', image: 'javascript:alert(1)' },
      { title: 'img', url: '/c', image: 'data:image/png;base64,AAAA' },
      { title: 'proto', url: '/d' },
      'not an object',
      null,
    ];
    for (const data of [hostile, { items: hostile }]) {
      // JSON text with own "__proto__" and "constructor" keys, as a hostile feed would send them.
      const json = JSON.stringify(data).replace(
        '{"title":"proto","url":"/d"}',
        '{"title":"proto","url":"/d","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
      );
      expect(json).to.contain('"__proto__"');
      const items = all(itemsFromJson(JSON.parse(json)));
      expect(items.map((i) => i.title)).to.deep.equal(['ok', 'js entity', 'Bold title', 'img', 'proto']);
      // '&#106;avascript:' is not decoded in JSON: a harmless relative path.
      expect(items[1]?.url).to.equal('&#106;avascript:alert(1)');
      expect(items[2]?.image).to.equal(undefined);
      expect(items[3]?.image).to.equal(undefined);
    }
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('detects the format from the content type, then the content', () => {
    expect(detectFormat('{}', 'application/rss+xml')).to.equal('xml');
    expect(detectFormat('<rss/>', 'application/feed+json')).to.equal('json');
    expect(detectFormat('\ufeff  <?xml version="1.0"?><rss/>', 'text/plain')).to.equal('xml');
    expect(detectFormat('[]', '')).to.equal('json');
  });

  it('gives clear errors for malformed XML, malformed JSON and documents that are not feeds', () => {
    const code = (fn: () => unknown): string => {
      try {
        [...(fn() as Iterable<unknown>)];
        return 'none';
      } catch (error) {
        return (error as { code: string }).code;
      }
    };
    expect(code(() => parseFeed('<rss><channel><item></rss>', 'application/xml'))).to.equal('parse');
    expect(code(() => parseFeed('{"items": [', 'application/json'))).to.equal('parse');
    expect(code(() => parseFeed('<html><body>hi</body></html>', 'text/xml'))).to.equal('shape');
    expect(code(() => parseFeed('{"title": "no items"}', 'application/json'))).to.equal('shape');
    expect(code(() => parseFeed('<rss><channel></channel></rss>', 'application/xml'))).to.equal('none');
  });

  it('reads only as far as max needs in a 10,000-item feed', () => {
    const rss = `<rss><channel>${Array.from(
      { length: 10_000 },
      (_, i) => `<item><title>Item ${i}</title><link>https://example.com/${i}</link></item>`,
    ).join('')}</channel></rss>`;
    const started = performance.now();
    const items = selectItems(parseFeed(rss, 'application/rss+xml'), 6);
    const elapsed = performance.now() - started;
    expect(items.map((i) => i.title)).to.deep.equal([
      'Item 0',
      'Item 1',
      'Item 2',
      'Item 3',
      'Item 4',
      'Item 5',
    ]);
    // Generous bound for slow CI machines: parsing 10,000 items into models would take far longer.
    expect(elapsed).to.be.lessThan(2000);
  });
});
