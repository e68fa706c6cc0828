// The layout-shift rules are written once (src/no-layout-shift.css); README shows them to paste.
import { expect } from '@open-wc/testing';

describe('no-layout-shift.css', () => {
  it('is what README tells publishers to paste', async () => {
    const [css, readme] = await Promise.all(
      ['/src/no-layout-shift.css', '/README.md'].map(async (path) => (await fetch(path)).text()),
    );
    expect(readme).to.contain(String(css).trim());
  });

  it('holds the elements’ places until they are defined, and leaves them alone after', async () => {
    const style = document.createElement('style');
    style.textContent = await (await fetch('/src/no-layout-shift.css')).text();
    document.head.append(style);
    const article = document.createElement('news-article');
    const button = document.createElement('scroll-top-button');
    button.innerHTML = '<a href="#top">Back to top</a>';
    document.body.append(article, button);
    try {
      // Nothing in this test file has defined the elements yet.
      expect(customElements.get('news-article')).to.equal(undefined);
      expect(getComputedStyle(article).display).to.equal('flow-root');
      expect(getComputedStyle(article).minBlockSize).to.equal(`${window.innerHeight}px`);
      expect(getComputedStyle(button).position).to.equal('fixed');
      await import('../../src/index.js');
      await (article as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(getComputedStyle(article).display).to.equal('block');
      expect(getComputedStyle(article).minBlockSize).to.not.equal(`${window.innerHeight}px`);
    } finally {
      style.remove();
      article.remove();
      button.remove();
    }
  });
});
