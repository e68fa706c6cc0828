// The React 19 and Vue 3 apps of tests/interop, built against dist/ by scripts/build-interop.mjs
// (npm test builds them): each renders the three elements, sets object properties and listens to
// the elements' events the framework's own way.
import { expect, waitUntil } from '@open-wc/testing';
import { article, items } from './shared.js';

const text = (root: Element | null | undefined, selector: string): string =>
  (root?.shadowRoot?.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

for (const app of ['react', 'vue']) {
  describe(`${app === 'react' ? 'React 19' : 'Vue 3'} app`, () => {
    let frame: HTMLIFrameElement;
    let doc: Document;
    const events = (): string[] =>
      (doc.getElementById('events')?.textContent ?? '').split('\n').filter(Boolean);

    before(async () => {
      frame = document.createElement('iframe');
      frame.style.cssText = 'inline-size: 800px; block-size: 600px';
      frame.src = `/tests/interop/dist/${app}/index.html`;
      document.body.append(frame);
      // The article's first render waits for its sanitizer (a chunk loaded with the first body).
      await waitUntil(
        () =>
          frame.contentDocument?.querySelector('related-articles')?.shadowRoot?.querySelector('li') &&
          frame.contentDocument?.querySelector('news-article')?.shadowRoot?.querySelector('[part=body] p'),
        `the ${app} app renders the elements (was it built? node scripts/build-interop.mjs)`,
        { timeout: 10000 },
      );
      doc = frame.contentDocument as Document;
    });

    after(() => frame.remove());

    it('passes an object to <news-article> as its article property', () => {
      const element = doc.querySelector('news-article');
      expect(text(element, '[part=headline]')).to.equal(article.headline);
      expect(element?.shadowRoot?.querySelectorAll('[part=body] p')).to.have.length(2);
    });

    it('passes an array to <related-articles> as its items property', () => {
      const titles = [
        ...(doc.querySelector('related-articles')?.shadowRoot?.querySelectorAll('[part=title]') ?? []),
      ];
      expect(titles.map((title) => title.textContent)).to.deep.equal(items.map((item) => item.title));
    });

    it("hears the elements' load events", async () => {
      await waitUntil(() => events().length >= 2, 'load events', { timeout: 5000 });
      expect(events()).to.include('news-article load article');
      expect(events()).to.include(`related-articles load ${items.length}`);
    });

    it('hears related-articles-select and can cancel the navigation', async () => {
      const link = doc
        .querySelector('related-articles')
        ?.shadowRoot?.querySelectorAll('a')[1] as HTMLAnchorElement;
      link.click();
      await waitUntil(() => events().some((entry) => entry.startsWith('select')), 'select event', {
        timeout: 5000,
      });
      expect(events()).to.include(`select 2 ${items[1]?.url}`);
      expect(frame.contentWindow?.location.pathname).to.equal(`/tests/interop/dist/${app}/index.html`);
    });

    it('hears scroll-top', async () => {
      const button = doc
        .querySelector('scroll-top-button')
        ?.shadowRoot?.querySelector('button') as HTMLButtonElement;
      button.click();
      await waitUntil(() => events().includes('scroll-top top'), 'scroll-top event', { timeout: 5000 });
    });
  });
}
