import { expect } from '@open-wc/testing';
import { DEFAULT_LIMITS, limits, setLimits } from '../../src/shared/limits.js';
import { loadText } from '../../src/shared/load-json.js';
import { LoadError } from '../../src/shared/load-error.js';
import { sanitizeHtml } from '../../src/shared/sanitize-html.js';
import { textFromHtml } from '../../src/shared/parse-markup.js';
import * as root from '../../src/index.js';

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof LoadError ? error.code : String(error);
  }
}

describe('limits (setLimits)', () => {
  afterEach(() => setLimits(DEFAULT_LIMITS));

  it('is exported from the package root, with documented defaults', () => {
    expect(root.setLimits).to.equal(setLimits);
    expect(limits()).to.deep.equal({
      maxResponseBytes: 5_000_000,
      timeout: 15_000,
      maxHtmlLength: 5_000_000,
      maxNestingDepth: 100,
    });
  });

  it('takes only positive finite numbers given as own properties', () => {
    const polluted = Object.create({ timeout: 1 }) as Record<string, unknown>;
    polluted['maxNestingDepth'] = -3;
    polluted['maxHtmlLength'] = Number.NaN;
    polluted['maxResponseBytes'] = '10';
    setLimits(polluted);
    expect(limits()).to.deep.equal(DEFAULT_LIMITS);
    expect(setLimits({ timeout: 500 }).timeout).to.equal(500);
  });

  it('bounds the HTML length and the nesting depth sanitized', () => {
    setLimits({ maxHtmlLength: 100, maxNestingDepth: 5 });
    expect(() => sanitizeHtml(`<p>${'x'.repeat(200)}</p>`)).to.throw(LoadError);
    const deep = sanitizeHtml(`${'<blockquote>'.repeat(8)}deep`);
    expect(deep.querySelector('blockquote')).to.equal(null);
    expect(deep.textContent).to.equal('deep');
    expect(sanitizeHtml(`${'<blockquote>'.repeat(4)}deep`).querySelectorAll('blockquote')).to.have.length(4);
    expect(textFromHtml(`${'<b>'.repeat(8)}deep &amp; <i>more</i>`)).to.contain('deep');
  });

  it('bounds what src reads and how long it waits', async () => {
    setLimits({ maxResponseBytes: 10 });
    expect(await failure(loadText(`/__mock?body=${'x'.repeat(100)}`))).to.equal('too-large');
    setLimits({ maxResponseBytes: 1000, timeout: 50 });
    expect(await failure(loadText('/__mock?body=%5B%5D&delay=1000'))).to.equal('timeout');
    setLimits({ timeout: 5000 });
    expect(await failure(loadText('/__mock?body=%5B%5D'))).to.equal('resolved');
  });
});
