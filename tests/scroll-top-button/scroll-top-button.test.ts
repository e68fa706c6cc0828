import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/scroll-top-button/define.js';
import type { ScrollTopButton } from '../../src/scroll-top-button/scroll-top-button.js';
import { scrollWatchStats } from '../../src/shared/scroll-watch.js';

const button = (el: ScrollTopButton): HTMLButtonElement =>
  el.shadowRoot?.querySelector('button') as HTMLButtonElement;
const shown = (el: ScrollTopButton): boolean => getComputedStyle(button(el)).visibility === 'visible';
/** Two animation frames: the scroll event, then our batched frame. */
const frames = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

let spacer: HTMLElement;

beforeEach(() => {
  spacer = document.createElement('div');
  spacer.style.blockSize = '5000px';
  document.body.append(spacer);
  window.scrollTo(0, 0);
});

afterEach(() => {
  spacer.remove();
  document.querySelectorAll('scroll-top-button').forEach((el) => el.remove());
  window.scrollTo(0, 0);
});

async function scrollWindow(top: number): Promise<void> {
  window.scrollTo({ top, behavior: 'instant' });
  window.dispatchEvent(new Event('scroll')); // some engines coalesce programmatic scrolls
  await frames();
}

describe('<scroll-top-button>', () => {
  it('upgrades the fallback link in place to a real button, hidden at the top', async () => {
    const el = await fixture<ScrollTopButton>(
      html`<scroll-top-button><a href="#top">Back to top</a></scroll-top-button>`,
    );
    await frames();
    expect(button(el).localName).to.equal('button');
    expect(el.querySelector('a')?.getBoundingClientRect().height).to.equal(0); // not rendered
    expect(shown(el)).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows past the threshold and hides again (window, pixels and percentages)', async () => {
    const el = await fixture<ScrollTopButton>(html`<scroll-top-button threshold="300"></scroll-top-button>`);
    await frames();
    expect(shown(el)).to.equal(false);
    await scrollWindow(200);
    expect(shown(el)).to.equal(false);
    await scrollWindow(400);
    await waitUntil(() => shown(el), 'shown after the threshold');
    await expect(el).to.be.accessible();
    await scrollWindow(0);
    await waitUntil(() => !shown(el), 'hidden at the top');
    el.threshold = '50%';
    await el.updateComplete;
    await scrollWindow(window.innerHeight * 0.4);
    expect(shown(el)).to.equal(false);
    await scrollWindow(window.innerHeight * 0.6);
    await waitUntil(() => shown(el), 'shown past half the viewport');
  });

  it('watches and scrolls a scroll container instead of the window', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div>
        <div id="shell" style="block-size: 300px; overflow: auto">
          <h2 id="shell-top">Top</h2>
          <div style="block-size: 3000px"></div>
        </div>
        <scroll-top-button scroll-container="#shell" threshold="100"></scroll-top-button>
      </div>
    `);
    const el = wrapper.querySelector('scroll-top-button') as ScrollTopButton;
    const shell = wrapper.querySelector('#shell') as HTMLElement;
    await frames();
    expect(shown(el)).to.equal(false);
    shell.scrollTop = 500;
    await waitUntil(() => shown(el), 'shown when the container scrolls');
    stubReducedMotion(true);
    try {
      button(el).click();
      await waitUntil(() => shell.scrollTop === 0, 'the container scrolled to the top');
      expect(document.activeElement).to.equal(shell);
    } finally {
      restoreMatchMedia();
    }
  });

  it('is out of the tab order while hidden, in it when shown', async () => {
    const el = await fixture<ScrollTopButton>(html`<scroll-top-button threshold="100"></scroll-top-button>`);
    await frames();
    button(el).focus();
    expect(el.shadowRoot?.activeElement).to.equal(null);
    await scrollWindow(500);
    await waitUntil(() => shown(el));
    button(el).focus();
    expect(el.shadowRoot?.activeElement).to.equal(button(el));
  });

  for (const key of ['click', 'Enter', 'Space'] as const) {
    it(`goes to the top and moves focus to the target on ${key}`, async () => {
      const wrapper = await fixture<HTMLElement>(html`
        <div>
          <h2 id="story">Story</h2>
          <scroll-top-button target="#story" threshold="100"></scroll-top-button>
        </div>
      `);
      const el = wrapper.querySelector('scroll-top-button') as ScrollTopButton;
      const heading = wrapper.querySelector('#story') as HTMLElement;
      spacer.before(wrapper); // the heading at the top, the spacer below
      await scrollWindow(2000);
      await waitUntil(() => shown(el));
      stubReducedMotion(true);
      try {
        if (key === 'click') button(el).click();
        else {
          button(el).focus();
          await sendKeys({ press: key === 'Space' ? ' ' : key });
        }
        await waitUntil(() => heading.getBoundingClientRect().top >= -1, 'scrolled to the target');
      } finally {
        restoreMatchMedia();
      }
      expect(document.activeElement === heading).to.equal(true);
      expect(heading.getAttribute('tabindex')).to.equal('-1');
      heading.blur();
      expect(heading.hasAttribute('tabindex')).to.equal(false); // the page is left as it was
      wrapper.remove(); // moved out of the fixture container, so not cleaned up for us
    });
  }

  it('scrolls smoothly, or instantly when the reader prefers reduced motion', async () => {
    const el = await fixture<ScrollTopButton>(html`<scroll-top-button threshold="10"></scroll-top-button>`);
    await scrollWindow(500);
    await waitUntil(() => shown(el));
    const calls: Array<ScrollToOptions | undefined> = [];
    const original = window.scrollTo;
    window.scrollTo = ((options?: ScrollToOptions) => void calls.push(options)) as typeof window.scrollTo;
    try {
      stubReducedMotion(false);
      button(el).click();
      restoreMatchMedia();
      stubReducedMotion(true);
      button(el).click();
    } finally {
      restoreMatchMedia();
      window.scrollTo = original;
    }
    expect(calls.map((c) => c?.behavior)).to.deep.equal(['smooth', 'instant']);
  });

  it('drops its transition under prefers-reduced-motion (emulated)', async function () {
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
    } catch {
      this.skip(); // this engine's driver cannot emulate media features
    }
    try {
      const el = await fixture<ScrollTopButton>(html`<scroll-top-button></scroll-top-button>`);
      const duration = getComputedStyle(button(el)).transitionDuration;
      expect(duration.split(',').every((d) => parseFloat(d) === 0)).to.equal(true);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('fires a cancelable scroll-top event before scrolling', async () => {
    const el = await fixture<ScrollTopButton>(html`<scroll-top-button threshold="10"></scroll-top-button>`);
    await scrollWindow(800);
    await waitUntil(() => shown(el));
    const seen: Event[] = [];
    const cancel = (event: Event): void => {
      seen.push(event);
      event.preventDefault();
    };
    document.addEventListener('scroll-top', cancel);
    try {
      stubReducedMotion(true);
      button(el).click();
    } finally {
      restoreMatchMedia();
      document.removeEventListener('scroll-top', cancel);
    }
    await frames();
    expect(seen).to.have.length(1);
    expect(seen[0]?.bubbles && seen[0]?.composed && seen[0]?.cancelable).to.equal(true);
    expect(window.scrollY).to.be.greaterThan(700); // cancelled: no scroll
  });

  it('sits at the bottom inline end: bottom-left in RTL, bottom-right in LTR; position="start" flips it', async () => {
    const rect = async (dir: string, position = 'end'): Promise<DOMRect> => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir=${dir}>
          <scroll-top-button threshold="0" position=${position}></scroll-top-button>
        </div>`,
      );
      const el = wrapper.querySelector('scroll-top-button') as ScrollTopButton;
      await scrollWindow(100);
      await waitUntil(() => shown(el));
      // The host's box: the button's own rectangle moves while its show transition runs.
      return el.getBoundingClientRect();
    };
    const width = document.documentElement.clientWidth;
    const bottom = window.innerHeight;
    const rtl = await rect('rtl');
    expect(rtl.left).to.be.closeTo(16, 2);
    expect(bottom - rtl.bottom).to.be.closeTo(16, 2);
    const ltr = await rect('ltr');
    expect(width - ltr.right).to.be.closeTo(16, 2);
    expect(bottom - ltr.bottom).to.be.closeTo(16, 2);
    expect((await rect('rtl', 'start')).right).to.be.closeTo(width - 16, 2);
    expect((await rect('ltr', 'start')).left).to.be.closeTo(16, 2);
  });

  it('takes its localized label from the nearest lang, or from label', async () => {
    const labels: Record<string, string> = {
      ar: 'العودة إلى الأعلى',
      en: 'Back to top',
      fr: 'Retour en haut',
      fa: 'بازگشت به بالا',
      ur: 'اوپر واپس جائیں',
      he: 'חזרה למעלה',
    };
    for (const [lang, label] of Object.entries(labels)) {
      const wrapper = await fixture<HTMLElement>(
        html`<section lang=${lang}>
          <div><scroll-top-button></scroll-top-button></div>
        </section>`,
      );
      const el = wrapper.querySelector('scroll-top-button') as ScrollTopButton;
      expect(button(el).textContent?.replace(/\s+/g, ' ').trim()).to.equal(label);
    }
    const custom = await fixture<ScrollTopButton>(
      html`<scroll-top-button label="زر الذهاب إلى الأعلى" show-label></scroll-top-button>`,
    );
    const part = custom.shadowRoot?.querySelector('[part=label]') as HTMLElement;
    expect(part.textContent).to.equal('زر الذهاب إلى الأعلى');
    expect(part.className).to.equal('label'); // visible with show-label
  });

  it('reports reading progress at the top, middle and end, and for a progress-target', async () => {
    const el = await fixture<ScrollTopButton>(
      html`<scroll-top-button progress threshold="0"></scroll-top-button>`,
    );
    const max = document.documentElement.scrollHeight - window.innerHeight;
    await scrollWindow(0);
    expect(el.progressValue).to.equal(0);
    await scrollWindow(max / 2);
    expect(el.progressValue).to.be.closeTo(0.5, 0.02);
    await scrollWindow(max);
    expect(el.progressValue).to.be.closeTo(1, 0.01);
    // Screen readers hear it on focus, not on every scroll.
    button(el).focus();
    await el.updateComplete;
    expect(button(el).textContent).to.contain('100%');

    const article = document.createElement('article');
    article.style.blockSize = '2000px';
    article.id = 'reading';
    spacer.before(article);
    el.setAttribute('progress-target', '#reading');
    await scrollWindow(article.offsetTop);
    expect(el.progressValue).to.be.closeTo(0, 0.02);
    await scrollWindow(article.offsetTop + (2000 - window.innerHeight) / 2);
    expect(el.progressValue).to.be.closeTo(0.5, 0.02);
    article.remove();
    await expect(el).to.be.accessible();
  });

  it('runs no script while the window scrolls: the threshold is an IntersectionObserver, released on removal', async () => {
    const listeners: string[] = [];
    const add = window.addEventListener;
    window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      listeners.push(type);
      return add.call(this, type, ...(rest as [EventListener, AddEventListenerOptions]));
    } as typeof window.addEventListener;
    const Observer = window.IntersectionObserver;
    const observers = { created: 0, disconnected: 0 };
    window.IntersectionObserver = class extends Observer {
      constructor(...args: ConstructorParameters<typeof IntersectionObserver>) {
        super(...args);
        observers.created++;
      }
      override disconnect(): void {
        observers.disconnected++;
        super.disconnect();
      }
    };
    const frameCount = scrollWatchStats.frames;
    try {
      const wrapper = await fixture<HTMLElement>(html`
        <div>
          <scroll-top-button threshold="100"></scroll-top-button>
          <scroll-top-button threshold="50%" position="start" show-label></scroll-top-button>
        </div>
      `);
      const [first, second] = wrapper.querySelectorAll('scroll-top-button');
      await frames();
      await scrollWindow(window.innerHeight * 0.4);
      await waitUntil(() => shown(first as ScrollTopButton), 'past 100px');
      expect(shown(second as ScrollTopButton)).to.equal(false);
      await scrollWindow(window.innerHeight * 0.6);
      await waitUntil(() => shown(second as ScrollTopButton), 'past half the viewport');
      expect(listeners).not.to.include('scroll');
      expect(scrollWatchStats.frames).to.equal(frameCount);
      // Per button: one observer that learns the viewport's height (no layout read), one that
      // watches the threshold; all of them released.
      expect(observers.created).to.be.within(2, 4);
      wrapper.remove();
      expect(observers.disconnected).to.equal(observers.created);
    } finally {
      window.addEventListener = add;
      window.IntersectionObserver = Observer;
    }
  });

  it('shares one passive scroll listener among the instances on a scroll container and releases it on removal', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div>
        <div id="pane" style="block-size: 300px; overflow: auto">
          <p id="reading" style="block-size: 2000px">Text</p>
        </div>
      </div>
    `);
    const pane = wrapper.querySelector('#pane') as HTMLElement;
    const added: unknown[] = [];
    const removed: unknown[] = [];
    const add = pane.addEventListener.bind(pane);
    const remove = pane.removeEventListener.bind(pane);
    pane.addEventListener = function (type: string, ...rest: unknown[]) {
      if (type === 'scroll') added.push(rest[1]);
      return add(type, ...(rest as [EventListener, AddEventListenerOptions]));
    } as typeof pane.addEventListener;
    pane.removeEventListener = function (type: string, ...rest: unknown[]) {
      if (type === 'scroll') removed.push(rest[0]);
      return remove(type, ...(rest as [EventListener]));
    } as typeof pane.removeEventListener;
    // A scroll container needs a script: these three share its listener.
    const buttons = document.createElement('div');
    buttons.innerHTML = `
      <scroll-top-button scroll-container="#pane" progress progress-target="#reading"></scroll-top-button>
      <scroll-top-button scroll-container="#pane" position="start"></scroll-top-button>
      <scroll-top-button scroll-container="#pane" progress></scroll-top-button>`;
    wrapper.append(buttons);
    await frames();
    expect(added).to.have.length(1);
    expect(added[0]).to.deep.include({ passive: true });
    buttons.remove();
    expect(removed).to.have.length(1);
    // After removal, scrolling does no work for the elements.
    const before = scrollWatchStats.frames;
    for (let i = 0; i < 20; i++) {
      pane.scrollTop = i * 50;
      await frames();
    }
    expect(scrollWatchStats.frames).to.equal(before);
  });

  it('moves a ring that follows an element in steps, with no scroll listener, and lets go on removal', async () => {
    const listeners: string[] = [];
    const add = window.addEventListener;
    window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      listeners.push(type);
      return add.call(this, type, ...(rest as [EventListener, AddEventListenerOptions]));
    } as typeof window.addEventListener;
    const frameCount = scrollWatchStats.frames;
    const article = document.createElement('article');
    article.id = 'reading';
    article.style.blockSize = '3000px';
    spacer.before(article);
    try {
      const el = await fixture<ScrollTopButton>(
        html`<scroll-top-button progress progress-target="#reading" threshold="0"></scroll-top-button>`,
      );
      const ring = (): number =>
        Number(
          el.shadowRoot
            ?.querySelector('.ring')
            ?.getAttribute('style')
            ?.match(/--_progress:\s*([\d.e-]+)/)?.[1],
        );
      const distance = 3000 - window.innerHeight;
      const start = article.getBoundingClientRect().top + window.scrollY;
      await scrollWindow(start + distance / 2);
      await waitUntil(() => Math.abs(ring() - 0.5) <= 0.011, `ring at half: ${ring()}`);
      await scrollWindow(start + distance);
      await waitUntil(() => ring() >= 0.99, `ring at the end: ${ring()}`);
      await scrollWindow(0);
      await waitUntil(() => ring() === 0, `ring at the top: ${ring()}`);
      expect(listeners).not.to.include('scroll');
      expect(scrollWatchStats.frames).to.equal(frameCount);
      await expect(el).to.be.accessible();
      el.remove();
      // Nothing watches once removed: a scroll far down leaves the ring where it was.
      await scrollWindow(start + distance);
      await frames();
      expect(ring()).to.equal(0);
    } finally {
      window.addEventListener = add;
      article.remove();
    }
  });

  it('follows a progress-target that enters the page after the button (RTL)', async () => {
    const el = await fixture<ScrollTopButton>(
      html`<scroll-top-button
        progress
        progress-target="#later"
        threshold="0"
        dir="rtl"
        lang="ar"
      ></scroll-top-button>`,
    );
    await frames();
    const article = document.createElement('article');
    article.id = 'later';
    article.style.blockSize = '3000px';
    spacer.before(article);
    const ring = (): number =>
      Number((el.shadowRoot?.querySelector('.ring') as SVGElement).style.getPropertyValue('--_progress'));
    const start = article.getBoundingClientRect().top + window.scrollY;
    await scrollWindow(start + (3000 - window.innerHeight) / 2);
    await waitUntil(() => Math.abs(ring() - 0.5) <= 0.02, `ring at half of the late target: ${ring()}`);
    expect(el.progressValue).to.be.closeTo(0.5, 0.02);
    await expect(el).to.be.accessible();
    article.remove();
  });

  it('reads the whole page’s progress right on a page styled html { height: 100% }', async () => {
    const root = document.documentElement;
    root.style.blockSize = '100%';
    document.body.style.blockSize = '100%';
    try {
      const el = await fixture<ScrollTopButton>(
        html`<scroll-top-button progress threshold="0" dir="rtl" lang="ar"></scroll-top-button>`,
      );
      const max = root.scrollHeight - window.innerHeight;
      await scrollWindow(max / 2);
      await frames();
      expect(el.progressValue).to.be.closeTo(0.5, 0.02);
      const ring = el.shadowRoot?.querySelector('.ring') as SVGElement;
      // Where the engine has no scroll-driven animations the ring is ours: it must agree.
      if (!ring.classList.contains('css')) {
        await waitUntil(
          () => Math.abs(Number(ring.style.getPropertyValue('--_progress')) - 0.5) <= 0.02,
          `ring at half: ${ring.style.getPropertyValue('--_progress')}`,
        );
      }
      await expect(el).to.be.accessible();
    } finally {
      root.style.blockSize = '';
      document.body.style.blockSize = '';
    }
  });
});

let originalMatchMedia: typeof window.matchMedia | undefined;

function stubReducedMotion(reduce: boolean): void {
  originalMatchMedia ??= window.matchMedia;
  const real = originalMatchMedia;
  window.matchMedia = ((query: string) =>
    query.includes('prefers-reduced-motion')
      ? ({ matches: reduce, media: query } as MediaQueryList)
      : real.call(window, query)) as typeof window.matchMedia;
}

function restoreMatchMedia(): void {
  if (originalMatchMedia) window.matchMedia = originalMatchMedia;
}
