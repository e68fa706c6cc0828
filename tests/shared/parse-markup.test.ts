import { expect } from '@open-wc/testing';
import { textFromHtml } from '../../src/shared/parse-markup.js';
import { parseFeed } from '../../src/shared/parse-feed.js';
import { selectItems } from '../../src/shared/related-item.js';

describe('textFromHtml', () => {
  it('decodes entities and drops tags, keeping the text of every language', () => {
    expect(textFromHtml('<b>تحليل</b> &amp; <i>news</i>')).to.equal('تحليل & news');
    expect(textFromHtml('plain text')).to.equal('plain text');
  });

  it('drops code (script, style, template, noscript) and what a whole document puts in its head', () => {
    expect(
      textFromHtml('<title>T</title><p>a<script>b()</script><style>p{}</style><template>c</template></p>'),
    ).to.equal('a');
    // Engines parse <noscript> in an inert document differently (Firefox as raw text, giving
    // '">SAFE'); either way the result is text with no markup in it.
    const text = textFromHtml('<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>SAFE');
    expect(text).to.match(/SAFE$/);
    expect(text).to.not.match(/<|onerror/);
  });

  it('is not clobbered by named elements, and one call does not leak into the next', () => {
    expect(textFromHtml('<img name="body"><form name="lastElementChild">x</form>y')).to.equal('xy');
    expect(textFromHtml('<html lang="xx" dir="rtl"><body>first</body></html>')).to.equal('first');
    expect(textFromHtml('second &lt;b&gt;')).to.equal('second <b>');
  });
});

describe('feed summaries', () => {
  const rss = `<rss><channel>${Array.from(
    { length: 3 },
    (_, i) =>
      `<item><title>Item ${i}</title><link>https://example.com/${i}</link><description>&lt;p&gt;Summary &lt;b&gt;${i}&lt;/b&gt;&lt;/p&gt;</description></item>`,
  ).join(
    '',
  )}<item><title>No summary</title><link>https://example.com/n</link><description>&lt;img src=x&gt;</description></item></channel></rss>`;

  it('are plain text when read, enumerable and serialized like any field', () => {
    const [first] = selectItems(parseFeed(rss, 'application/rss+xml'), 1);
    expect(Object.keys(first ?? {})).to.include('summary');
    expect(first?.summary).to.equal('Summary 1'.replace('1', '0'));
    expect(JSON.parse(JSON.stringify(first))).to.deep.equal({
      title: 'Item 0',
      url: 'https://example.com/0',
      summary: 'Summary 0',
    });
  });

  it('can be replaced, and disappear when the markup has no text', () => {
    const items = selectItems(parseFeed(rss, 'application/rss+xml'), 4);
    const [, second, , last] = items;
    if (!second || !last) throw new Error('expected 4 items');
    second.summary = 'mine';
    expect(second.summary).to.equal('mine');
    expect(last.summary).to.equal(undefined);
    expect(Object.keys(last)).to.not.include('summary');
  });
});
