import { expect } from '@open-wc/testing';
import { onDemand } from '../../src/shared/on-demand.js';

/** The timers `body` starts, and which of them are still pending when it is done. */
async function timersOf(body: () => Promise<void>): Promise<{ started: number[]; pending: number[] }> {
  const { setTimeout: set, clearTimeout: clear } = window;
  const started: number[] = [];
  const pending = new Set<number>();
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
    const id = set(
      (...args: unknown[]) => {
        pending.delete(id);
        if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...args);
      },
      delay,
      ...rest,
    );
    if (delay === 3000) {
      started.push(id);
      pending.add(id);
    }
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
    clear(id);
  }) as typeof window.clearTimeout;
  try {
    await body();
  } finally {
    window.setTimeout = set;
    window.clearTimeout = clear;
  }
  return { started, pending: [...pending] };
}

describe('onDemand', () => {
  it('leaves no timer behind once the module arrives: nothing runs later on an idle page', async () => {
    const module = onDemand('a test module', () => Promise.resolve({ ok: true }));
    const timers = await timersOf(async () => {
      await module.ready(); // an update waits at most 3 s: a timer starts
      expect(module.get()).to.deep.equal({ ok: true });
    });
    expect(timers.started.length, 'the 3 s cap started').to.equal(1);
    expect(timers.pending, 'the cap is cleared when the module wins').to.deep.equal([]);
  });

  it('still lets an update go on after 3 s when the module is slow, and arrives later', async () => {
    let arrive: (value: { ok: boolean }) => void = () => undefined;
    const module = onDemand(
      'a slow module',
      () => new Promise<{ ok: boolean }>((resolve) => (arrive = resolve)),
    );
    const started = performance.now();
    await module.ready();
    // 3 s, with room for a busy machine (as in words-on-demand.test.ts).
    expect(performance.now() - started).to.be.within(2900, 8000);
    expect(module.get()).to.equal(undefined);
    arrive({ ok: true });
    await module.arrived;
    expect(module.get()).to.deep.equal({ ok: true });
  });
});
