import { expect } from '@open-wc/testing';
import { NewsArticle } from '../../src/news-article/news-article.js';
import { defineElement, ELEMENT_BRAND } from '../../src/shared/define-element.js';
import { VERSION } from '../../src/version.js';

function captureWarnings(): { warnings: unknown[][]; restore: () => void } {
  const warnings: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args);
  return { warnings, restore: () => (console.warn = original) };
}

describe('registration', () => {
  it('importing the class module registers nothing', async () => {
    // This file imports only the class module, so the tag stays free until define() is called.
    expect(customElements.get('news-article')).to.equal(undefined);
  });

  it('defines the tag once and stays silent when the same class is defined again', () => {
    const { warnings, restore } = captureWarnings();
    try {
      NewsArticle.define();
      expect(customElements.get('news-article')).to.equal(NewsArticle);
      expect(() => NewsArticle.define()).to.not.throw();
      expect(() => NewsArticle.define('news-article', customElements)).to.not.throw();
    } finally {
      restore();
    }
    expect(warnings).to.have.length(0);
  });

  it('stays silent for another copy of the same version (CDN beside npm)', () => {
    class Twin extends HTMLElement {
      static readonly [ELEMENT_BRAND] = { name: 'news-article', version: VERSION };
    }
    const { warnings, restore } = captureWarnings();
    try {
      expect(() => defineElement('news-article', Twin)).to.not.throw();
    } finally {
      restore();
    }
    expect(warnings).to.have.length(0);
    expect(customElements.get('news-article')).to.equal(NewsArticle);
  });

  it("warns once and keeps the page's own definition when the tag is taken by something else", () => {
    class PageOwn extends HTMLElement {}
    customElements.define('page-owned-article', PageOwn);
    const { warnings, restore } = captureWarnings();
    try {
      expect(() => NewsArticle.define('page-owned-article')).to.not.throw();
      expect(() => NewsArticle.define('page-owned-article')).to.not.throw();
    } finally {
      restore();
    }
    expect(customElements.get('page-owned-article')).to.equal(PageOwn);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]?.[0])).to.contain('<page-owned-article> is already defined');
  });

  it('warns instead of throwing for an invalid tag name', () => {
    const { warnings, restore } = captureWarnings();
    try {
      expect(() => NewsArticle.define('notvalid')).to.not.throw();
    } finally {
      restore();
    }
    expect(warnings).to.have.length(1);
  });

  it('can define under another tag in a scoped registry-like registry', () => {
    // A different registry object (scoped registries): define() uses the one it is given.
    const defined: string[] = [];
    const registry = {
      get: () => undefined,
      define: (tag: string) => void defined.push(tag),
    } as unknown as CustomElementRegistry;
    NewsArticle.define('my-article', registry);
    expect(defined).to.deep.equal(['my-article']);
  });

  it('keeps VERSION equal to package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
