import { expect, waitUntil } from '@open-wc/testing';
import { parseThreshold, thresholdPixels, watchScrolledPast } from '../../src/shared/scroll-threshold.js';

const fallback = { value: 100, unit: '%' } as const;

describe('scroll-threshold', () => {
  it('reads pixels and percentages, and falls back on anything else', () => {
    expect(parseThreshold('400', fallback)).to.deep.equal({ value: 400, unit: 'px' });
    expect(parseThreshold(' 400px ', fallback)).to.deep.equal({ value: 400, unit: 'px' });
    expect(parseThreshold('50%', fallback)).to.deep.equal({ value: 50, unit: '%' });
    expect(parseThreshold('0', fallback)).to.deep.equal({ value: 0, unit: 'px' });
    for (const bad of [undefined, null, '', 'abc', '-5', '10em', 'NaN', 'Infinity'])
      expect(parseThreshold(bad, fallback), String(bad)).to.equal(fallback);
    expect(thresholdPixels({ value: 50, unit: '%' }, 800)).to.equal(400);
    expect(thresholdPixels({ value: 120, unit: 'px' }, 800)).to.equal(120);
  });

  it('tells when a window scrolls past the threshold, and follows the viewport on resize', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'inline-size: 300px; block-size: 200px; border: 0';
    document.body.append(frame);
    const view = frame.contentWindow as Window;
    view.document.body.style.cssText = 'margin: 0; block-size: 5000px';
    const states: boolean[] = [];
    const last = (): boolean | undefined => states[states.length - 1];
    // Reading the viewport's height from the page would force a layout mid-load: none is read.
    const reads: string[] = [];
    const elementProto = (view as unknown as { Element: typeof Element }).Element.prototype;
    const originals = ['clientHeight', 'getBoundingClientRect'].map(
      (name) => [name, Object.getOwnPropertyDescriptor(elementProto, name) as PropertyDescriptor] as const,
    );
    for (const [name, descriptor] of originals) {
      Object.defineProperty(elementProto, name, {
        ...descriptor,
        ...(descriptor.get
          ? {
              get(this: Element) {
                reads.push(name);
                return descriptor.get?.call(this);
              },
            }
          : {
              value(this: Element) {
                reads.push(name);
                return (descriptor.value as () => DOMRect).call(this);
              },
            }),
      });
    }
    const restore = (): void => {
      for (const [name, descriptor] of originals) Object.defineProperty(elementProto, name, descriptor);
    };
    const stop = watchScrolledPast(view, { value: 50, unit: '%' }, (past) => states.push(past));
    try {
      await waitUntil(() => states.length > 0, 'the initial state');
      expect(reads).to.deep.equal([]);
      restore();
      expect(last()).to.equal(false);
      view.scrollTo(0, 100); // exactly the threshold (50% of 200px): not past it
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(last()).to.equal(false);
      view.scrollTo(0, 120);
      await waitUntil(() => last() === true, 'past 50% of 200px');
      // A taller viewport moves the line: 50% of 400px is 200px.
      frame.style.blockSize = '400px';
      await waitUntil(() => last() === false, 'not past 50% of 400px');
      view.scrollTo(0, 260);
      await waitUntil(() => last() === true, 'past 50% of 400px');
      view.scrollTo(0, 0);
      await waitUntil(() => last() === false, 'back at the top');
    } finally {
      restore();
      stop();
      frame.remove();
    }
  });
});
