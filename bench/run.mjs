#!/usr/bin/env node
// `npm run bench`: the performance benchmark of issue 6. Builds dist/ when dist/cdn is missing,
// serves the repository on 127.0.0.1, drives headless Chromium and Firefox (the system's
// browsers, through puppeteer-core) and writes bench/results.json and bench/RESULTS.md.
//
// Options: --quick (fewer runs, for trying the bench out), --build (rebuild dist/ first),
// --browsers=chromium,firefox, --cases=1,2,3,4,5,6,7,8.

// Functions passed to page.evaluate() run in the browser, with its globals:
/* global window, document, requestAnimationFrame */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findEngine } from '../scripts/browsers.mjs';
import { startServer } from './lib/server.mjs';
import * as fixtures from './lib/fixtures.mjs';
import { summarize, ratio, roundDeep } from './lib/stats.mjs';
import { analyzeIdleTrace, analyzeLoadTrace, analyzeScrollTrace } from './lib/trace.mjs';
import { writeReport } from './lib/report.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();
const argv = process.argv.slice(2);
const option = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const QUICK = argv.includes('--quick');
const BROWSERS = (option('browsers') ?? 'chromium,firefox').split(',');
const CASES = new Set((option('cases') ?? '1,2,3,4,5,6,7,8').split(',').map(Number));

/** Run counts (after warm-up). Chosen to keep the whole run under ~10 minutes on 2 cores. */
const COUNTS = QUICK
  ? {
      render: [1, 5],
      update: [1, 3],
      related: [1, 5],
      many: [1, 3],
      scrollEvents: 200,
      cold: [1, 3],
      cycles: 200,
      idleMs: 2000,
    }
  : {
      render: [3, 21],
      update: [2, 9],
      related: [3, 15],
      many: [1, 9],
      scrollEvents: 1000,
      cold: [1, 7],
      cycles: 1000,
      idleMs: 5000,
    };
const SCROLL_WARMUP = 20;

const log = (...parts) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s]`, ...parts);

// ---------------------------------------------------------------------------------------------
// Build, server, browsers

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function ensureBuild() {
  const bundle = join(ROOT, 'dist/cdn/news-elements.js');
  if (!existsSync(bundle) || argv.includes('--build')) {
    log(
      existsSync(bundle)
        ? 'Rebuilding dist/ (--build)...'
        : 'dist/cdn is missing: running `npm run build`...',
    );
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0 || !existsSync(bundle)) {
      console.error(
        '\nbench: `npm run build` failed, so there is nothing to measure. Fix the build and run again.',
      );
      process.exit(1);
    }
  }
  const stale = newestMtime(join(ROOT, 'src')) > statSync(bundle).mtimeMs;
  if (stale)
    log('Note: src/ is newer than dist/cdn: measuring the existing build (pass --build to rebuild).');
  return { built: new Date(statSync(bundle).mtimeMs).toISOString(), staleAgainstSrc: stale };
}

/** Copies dist/ to a temporary directory, waiting (up to a minute) for a rebuild under way to finish. */
async function snapshotDist() {
  const needed = ['cdn/news-elements.js', 'shared/sanitize-html.js', 'news-article/news-article.js'];
  for (let attempt = 0; attempt < 12; attempt++) {
    const dir = mkdtempSync(join(os.tmpdir(), 'news-elements-bench-'));
    try {
      cpSync(join(ROOT, 'dist'), dir, { recursive: true });
      if (needed.every((file) => existsSync(join(dir, file)))) return dir;
    } catch {
      // dist/ changed while it was copied: try again.
    }
    rmSync(dir, { recursive: true, force: true });
    if (attempt === 0) log('dist/ is incomplete (a rebuild under way?): waiting for it...');
    await new Promise((resolve) => setTimeout(resolve, 5000));
  }
  console.error('\nbench: dist/ stayed incomplete for a minute. Run `npm run build` and try again.');
  process.exit(1);
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  // window.gc() between runs (not timed), so one run's garbage is not collected in the next.
  '--js-flags=--expose-gc',
];

async function launch(name) {
  if (name !== 'chromium' && name !== 'firefox')
    throw new Error(`unknown browser "${name}" (chromium or firefox)`);
  const executablePath = findEngine(name);
  if (!executablePath) throw new Error(`${name} is not installed (looked for the Debian package's binary)`);
  if (name === 'chromium') {
    return puppeteer.launch({
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      protocolTimeout: 300_000,
    });
  }
  return puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    protocolTimeout: 300_000,
    // Full-resolution performance.now() (Firefox rounds it to 1 ms otherwise, even isolated).
    extraPrefsFirefox: {
      'privacy.reduceTimerPrecision': false,
      'privacy.reduceTimerPrecision.unconditional': false,
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Helpers

let server;
let distSnapshot;
process.on('exit', () => distSnapshot && rmSync(distSnapshot, { recursive: true, force: true }));

async function openPage(browserOrContext, path) {
  const page = await browserOrContext.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  page.__errors = [];
  page.on('pageerror', (error) => page.__errors.push(String(error?.message ?? error)));
  page.on('console', (message) => {
    if (message.type() === 'error') page.__errors.push(message.text());
  });
  if (path) await page.goto(server.origin + path, { waitUntil: 'load', timeout: 60_000 });
  return page;
}

async function harnessPage(browser) {
  const page = await openPage(browser, '/bench/pages/harness.html');
  await page.waitForFunction(() => window.bench !== undefined, { timeout: 30_000 });
  const info = await page.evaluate(() => window.bench.ready);
  return { page, info };
}

/**
 * Runs `measure(kind, i)` for every kind, `warmup` times unmeasured and then `runs` times,
 * rotating the order of the kinds from run to run. Returns { kind: { key: [values] } }.
 */
async function alternate(kinds, [warmup, runs], measure) {
  for (let w = 0; w < warmup; w++) for (const kind of kinds) await measure(kind, -1 - w);
  const out = Object.fromEntries(kinds.map((kind) => [kind, { samples: [], checks: [] }]));
  for (let i = 0; i < runs; i++) {
    const order = kinds.map((_, k) => kinds[(k + i) % kinds.length]);
    for (const kind of order) {
      const result = await measure(kind, i);
      out[kind].samples.push(result);
      if (result.check) out[kind].checks.push(result.check);
    }
  }
  return out;
}

const column = (samples, key) => samples.map((s) => s[key]);

/** Library vs baseline for one metric: both summaries and the ratio. */
function compare(lib, base, key) {
  const libValues = column(lib.samples, key);
  const baseValues = column(base.samples, key);
  return { lib: summarize(libValues), base: summarize(baseValues), ratio: ratio(libValues, baseValues) };
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

const afterFrames = (page, ms = 0) =>
  page.evaluate(
    (wait) =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, wait))),
      ),
    ms,
  );

// ---------------------------------------------------------------------------------------------
// Cases

async function caseArticleRender(browser) {
  const { page, info } = await harnessPage(browser);
  const kinds = ['lib', 'base', ...(info.npmElement ? ['lib-npm'] : [])];
  const measure = (kind, i) => page.evaluate((k, n) => window.bench.articleRender(k, n), kind, i);
  const main = await alternate(kinds, COUNTS.render, measure);
  const breakdownKinds = [
    'base-sanitize',
    'base-sanitize-fragment',
    ...(info.libSanitize ? ['lib-sanitize', 'lib-sanitize-insert'] : []),
  ];
  const breakdown = await alternate(breakdownKinds, COUNTS.render, measure);
  await page.close();
  return {
    input: { words: info.words, images: info.images, links: info.links },
    crossOriginIsolated: info.crossOriginIsolated,
    checks: { lib: main.lib.checks[0], base: main.base.checks[0] },
    withLayout: compare(main.lib, main.base, 'total'),
    withoutLayout: compare(main.lib, main.base, 'script'),
    npmBuild: info.npmElement
      ? {
          withLayout: compare(main['lib-npm'], main.base, 'total'),
          withoutLayout: compare(main['lib-npm'], main.base, 'script'),
        }
      : { skipped: `the npm build's element did not load: ${info.npmError}` },
    breakdown: {
      note: info.libSanitize
        ? 'sanitizing alone, no rendering: the library sanitizeHtml() (npm build) vs the baseline DOMPurify returning a string, and returning a fragment (no hooks)'
        : `lib-sanitize skipped: ${info.libSanitizeError}`,
      ...Object.fromEntries(
        breakdownKinds.map((kind) => [
          kind,
          {
            script: summarize(column(breakdown[kind].samples, 'script')),
            total: summarize(column(breakdown[kind].samples, 'total')),
          },
        ]),
      ),
    },
  };
}

async function caseArticleUpdate(browser) {
  const { page, info } = await harnessPage(browser);
  const kinds = ['lib', 'base', ...(info.npmElement ? ['lib-npm'] : [])];
  const main = await alternate(kinds, COUNTS.update, (kind, i) =>
    page.evaluate((k, n) => window.bench.articleUpdate(k, n), kind, i),
  );
  await page.close();
  return {
    input: { changes: info.bodies },
    checks: { lib: main.lib.checks[0] },
    withLayout: compare(main.lib, main.base, 'total'),
    withoutLayout: compare(main.lib, main.base, 'script'),
    npmBuild: info.npmElement
      ? {
          withLayout: compare(main['lib-npm'], main.base, 'total'),
          withoutLayout: compare(main['lib-npm'], main.base, 'script'),
        }
      : { skipped: `the npm build's element did not load: ${info.npmError}` },
  };
}

async function caseRelatedList(browser) {
  const { page } = await harnessPage(browser);
  // How many items the element shows for max="200" (it caps `max`): the baseline renders as many.
  const probe = await page.evaluate(() => window.bench.relatedList('lib', -100, 0));
  const shown = probe.check.shown;
  const run = (kinds) =>
    alternate(kinds, COUNTS.related, (kind, i) =>
      page.evaluate(
        (k, n, count) => window.bench.relatedList(k.replace('-200', ''), n, count),
        kind,
        i,
        kind.endsWith('-200') ? 200 : shown,
      ),
    );
  const full = await run(['lib', 'base', 'base-200']);
  const links = await run(['lib-links', 'base-links']);
  await page.close();
  return {
    input: {
      feedItems: 200,
      maxAttribute: 200,
      shownByElement: shown,
      shownByBaseline200: full['base-200'].checks[0]?.shown,
    },
    full: compare(full.lib, full.base, 'total'),
    fullWithoutLayout: compare(full.lib, full.base, 'script'),
    linksOnly: compare(links['lib-links'], links['base-links'], 'total'),
    against200: compare(full.lib, full['base-200'], 'total'),
  };
}

async function navigate(page, path, settleMs = 0) {
  await page.goto(server.origin + path, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForFunction(() => window.__rendered !== undefined, { timeout: 60_000, polling: 50 });
  if (settleMs) await afterFrames(page, settleMs);
  return page.evaluate(() => ({
    rendered: window.__rendered,
    elements: window.__elements,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    clsSupported: window.__clsSupported,
    shifts: window.__shifts,
  }));
}

async function caseManyElements(browser) {
  const page = await openPage(browser);
  const variants = ['static', 'empty', 'mixed', 'articles', 'lists', 'static-articles', 'static-lists'];
  const data = await alternate(variants, COUNTS.many, async (variant) => {
    const result = await navigate(page, `/bench/gen/many-${variant}.html`);
    if (page.__errors.length) throw new Error(`page errors: ${page.__errors.join('; ')}`);
    return { ...result, check: { elements: result.elements } };
  });
  await page.close();
  const times = (variant) => column(data[variant].samples, 'rendered');
  const perElement = (variant, count, reference = 'empty') =>
    summarize(times(variant).map((t, i) => (t - times(reference)[i]) / count));
  return {
    input: { articles: 50, lists: 50, elements: data.mixed.checks[0]?.elements },
    allRendered: {
      mixed: summarize(times('mixed')),
      static: summarize(times('static')),
      empty: summarize(times('empty')),
      articles: summarize(times('articles')),
      lists: summarize(times('lists')),
      staticArticles: summarize(times('static-articles')),
      staticLists: summarize(times('static-lists')),
    },
    ratioToStatic: ratio(times('mixed'), times('static')),
    perElement: {
      any: perElement('mixed', 100),
      newsArticle: perElement('articles', 50),
      relatedArticles: perElement('lists', 50),
    },
    overStaticPerElement: {
      any: perElement('mixed', 100, 'static'),
      newsArticle: perElement('articles', 50, 'static-articles'),
      relatedArticles: perElement('lists', 50, 'static-lists'),
    },
  };
}

async function caseScrolling(browser, name) {
  const out = {};
  const origins = {
    library: (url) => url.includes('/dist/cdn/'),
    baseline: (url) => url.includes('/bench/pages/scroll-baseline.js'),
    driver: (url) => url.includes('/bench/pages/scroll-driver.js'),
  };
  if (name === 'chromium') {
    const light = ['devtools.timeline', 'blink.user_timing'];
    const traced = async (variant, events, categories) => {
      const page = await openPage(browser, `/bench/gen/scroll-${variant}.html`);
      await page.evaluate(() => window.scrollBench.ready);
      await page.tracing.start({ categories });
      await page.evaluate((n, w) => window.scrollBench.run(n, w), events, SCROLL_WARMUP);
      const buffer = await page.tracing.stop();
      await page.close();
      return analyzeScrollTrace(JSON.parse(Buffer.from(buffer).toString('utf8')), origins);
    };
    out.trace = {};
    for (const variant of ['lib', 'base']) {
      const analysis = await traced(variant, COUNTS.scrollEvents, light);
      const own = variant === 'lib' ? 'library' : 'baseline';
      const events = Math.max(1, analysis.scrollEvents);
      analysis.perEventMs = (analysis.scriptMs[own] ?? 0) / events;
      analysis.perEventCpuMs = (analysis.scriptCpuMs[own] ?? 0) / events;
      out.trace[variant] = analysis;
    }
    // CPU (thread) time: wall time also counts the main thread waiting for a core.
    out.traceRatio = out.trace.lib.perEventCpuMs / out.trace.base.perEventCpuMs;
    out.traceWallRatio = out.trace.lib.perEventMs / out.trace.base.perEventMs;
    // Where the library's forced work comes from: a short trace with JS stacks.
    const stacks = await traced('lib', Math.min(200, COUNTS.scrollEvents), [
      ...light,
      'disabled-by-default-devtools.timeline',
      'disabled-by-default-devtools.timeline.stack',
    ]);
    out.stacks = {
      scrollEvents: stacks.scrollEvents,
      forcedLayout: stacks.forcedLayout,
      forcedStyle: stacks.forcedStyle,
    };
  } else {
    out.trace = {
      skipped: 'needs a Chromium DevTools trace (CDP tracing); Firefox has none over WebDriver BiDi',
    };
  }
  out.inPage = {};
  for (const variant of ['lib', 'base']) {
    const page = await openPage(browser, `/bench/gen/scroll-${variant}.html?wrap`);
    await page.evaluate(() => window.scrollBench.ready);
    const result = await page.evaluate(
      (n, w) => window.scrollBench.run(n, w),
      COUNTS.scrollEvents,
      SCROLL_WARMUP,
    );
    await page.close();
    out.inPage[variant] = {
      scrollEvents: result.scrollEvents,
      listenerCalls: result.listenerCalls,
      observerCalls: result.observerCalls,
      perEvent: summarize(result.perEvent),
      range: result.range,
    };
  }
  out.inPage.ratio = out.inPage.lib.perEvent.median / out.inPage.base.perEvent.median;
  out.inPage.meanRatio = out.inPage.lib.perEvent.mean / out.inPage.base.perEvent.mean;
  return out;
}

/** Case 6 pages: as in the quick starts, then with README's no-layout-shift rules. */
const COLD_VARIANTS = ['markup', 'jsonld', 'markup-css', 'jsonld-css'];

async function caseColdStart(browser, name) {
  const variants = ['plain', ...COLD_VARIANTS];
  let contexts = true;
  const data = await alternate(variants, COUNTS.cold, async (variant) => {
    // A fresh browser context per load: empty HTTP cache, nothing compiled.
    let context;
    if (contexts) {
      try {
        context = await browser.createBrowserContext();
      } catch {
        contexts = false;
      }
    }
    const page = await openPage(context ?? browser);
    if (!context) await page.setCacheEnabled(false).catch(() => undefined);
    try {
      const result = await navigate(page, `/bench/gen/cold-${variant}.html`, 300);
      if (page.__errors.length) throw new Error(`page errors: ${page.__errors.join('; ')}`);
      const cls = (owner) =>
        result.shifts.filter((s) => !owner || s.owners.includes(owner)).reduce((sum, s) => sum + s.value, 0);
      return {
        rendered: result.rendered,
        fcp: result.fcp,
        clsSupported: result.clsSupported,
        cls: cls(),
        clsArticle: cls('news-article'),
        clsRelated: cls('related-articles'),
        clsButton: cls('scroll-top-button'),
        clsPage: cls('page'),
        check: { shifts: result.shifts },
      };
    } finally {
      await page.close();
      await context?.close();
    }
  });
  const out = { freshContextPerLoad: contexts, variants: {} };
  for (const variant of variants) {
    const samples = data[variant].samples;
    const clsSupported = samples.every((s) => s.clsSupported);
    out.variants[variant] = {
      rendered: summarize(column(samples, 'rendered')),
      fcp: summarize(column(samples, 'fcp')),
      cls: clsSupported
        ? {
            total: summarize(column(samples, 'cls')),
            article: summarize(column(samples, 'clsArticle')),
            related: summarize(column(samples, 'clsRelated')),
            button: summarize(column(samples, 'clsButton')),
            page: summarize(column(samples, 'clsPage')),
            exampleShifts: data[variant].checks.find((c) => c.shifts.length > 0)?.shifts ?? [],
          }
        : { skipped: 'layout-shift entries are not supported by this browser (PerformanceObserver)' },
    };
    if (variant !== 'plain') {
      out.variants[variant].ratioToPlain = ratio(
        column(samples, 'rendered'),
        column(data.plain.samples, 'rendered'),
      );
    }
  }
  // Forced layouts while the page loads: one more cold load per variant, traced with JS stacks
  // (the stacks slow every call, so it is not one of the timed loads). Chromium only.
  if (name === 'chromium') {
    const origins = {
      library: (url) => url.includes('/dist/cdn/'),
      page: (url) => url.includes('/bench/gen/'),
    };
    for (const variant of COLD_VARIANTS) {
      const context = contexts ? await browser.createBrowserContext() : undefined;
      const page = await openPage(context ?? browser);
      try {
        await page.tracing.start({
          categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline.stack'],
        });
        await navigate(page, `/bench/gen/cold-${variant}.html`);
        const buffer = await page.tracing.stop();
        out.variants[variant].forced = analyzeLoadTrace(
          JSON.parse(Buffer.from(buffer).toString('utf8')),
          origins,
        );
      } finally {
        await page.close();
        await context?.close();
      }
    }
  }
  return out;
}

async function caseMemory(browser, name) {
  if (name !== 'chromium') {
    return {
      skipped:
        'needs CDP (HeapProfiler.collectGarbage, Performance.getMetrics, DOMDebugger.getEventListeners): Chromium only',
    };
  }
  const { page } = await harnessPage(browser);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  const snapshot = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
    const types = {};
    for (const l of listeners) types[l.type] = (types[l.type] ?? 0) + 1;
    return {
      heap: m.JSHeapUsedSize,
      nodes: m.Nodes,
      jsEventListeners: m.JSEventListeners,
      documents: m.Documents,
      windowListeners: listeners.length,
      windowListenerTypes: types,
    };
  };
  const out = { cycles: COUNTS.cycles, kinds: {} };
  for (const kind of ['baseline', 'news-article', 'related-articles', 'scroll-top-button']) {
    await page.evaluate((k) => window.bench.cycles(k, 100), kind); // warm-up
    const before = await snapshot();
    // One element attached: the listeners it adds while it is on the page.
    const attached = await page.evaluate(async (k) => {
      if (k === 'baseline') return undefined;
      const el = document.createElement(k);
      document.getElementById('stage').append(el);
      await el.updateComplete;
      window.__probe = el;
      return true;
    }, kind);
    const whileAttached = attached ? await snapshot() : undefined;
    await page.evaluate(() => {
      window.__probe?.remove();
      window.__probe = undefined;
    });
    const rounds = [];
    let previous = await snapshot();
    for (let round = 0; round < 2; round++) {
      const timing = await page.evaluate((k, n) => window.bench.cycles(k, n), kind, COUNTS.cycles);
      const after = await snapshot();
      rounds.push({
        msPerCycle: timing.ms / COUNTS.cycles,
        heapGrowth: after.heap - previous.heap,
        heapGrowthPerCycle: (after.heap - previous.heap) / COUNTS.cycles,
        nodesGrowth: after.nodes - previous.nodes,
        jsEventListenersGrowth: after.jsEventListeners - previous.jsEventListeners,
        documentsGrowth: after.documents - previous.documents,
        windowListeners: after.windowListeners,
      });
      previous = after;
    }
    out.kinds[kind] = {
      before,
      windowListenersWhileAttached: whileAttached?.windowListeners,
      windowListenerTypesWhileAttached: whileAttached?.windowListenerTypes,
      after: previous,
      rounds,
      windowListenersRestored: previous.windowListeners === before.windowListeners,
    };
  }
  await cdp.detach();
  await page.close();
  return out;
}

/**
 * Case 8: a page left open. Once loaded (at the top, then scrolled to the middle, where the
 * buttons show and the ring has a value), nothing happens for a while: what does the library
 * run? In-page in both browsers (bench/pages/idle-probe.js counts what the library schedules),
 * and in a Chromium trace of the same page without the probe (all script on the main thread).
 */
async function caseIdle(browser, name) {
  const origins = { library: (url) => url.includes('/dist/cdn/') };
  /** Loads the page, scrolls it, lets it settle, then runs `during` over an idle window. */
  const idle = async (path, position, during) => {
    const page = await openPage(browser);
    try {
      await navigate(page, path);
      if (position === 'scrolled') {
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      }
      // What loading and the scroll set off (words, the observers' first callbacks) settles first.
      await afterFrames(page, 1000);
      const state = await page.evaluate(() => ({
        scrollY: Math.round(window.scrollY),
        buttonsShown: [...document.querySelectorAll('scroll-top-button')].filter((button) =>
          button.shadowRoot?.querySelector('button.shown'),
        ).length,
        relativeTimes: [...document.querySelectorAll('news-article, related-articles')].reduce(
          (sum, el) => sum + (el.shadowRoot?.querySelectorAll('time [aria-hidden]').length ?? 0),
          0,
        ),
      }));
      const result = await during(page);
      if (page.__errors.length) throw new Error(`page errors: ${page.__errors.join('; ')}`);
      return { state, ...result };
    } finally {
      await page.close();
    }
  };
  const wait = (page, probed) =>
    page.evaluate(
      async (ms, probe) => {
        performance.mark('bench-idle-start');
        if (probe) window.idleProbe.start();
        await new Promise((resolve) => setTimeout(resolve, ms));
        const result = probe ? window.idleProbe.stop() : undefined;
        performance.mark('bench-idle-end');
        return result;
      },
      COUNTS.idleMs,
      probed,
    );
  const out = { idleMs: COUNTS.idleMs, positions: {} };
  for (const position of ['top', 'scrolled']) {
    const probed = await idle('/bench/gen/idle.html', position, async (page) => ({
      probe: await wait(page, true),
    }));
    const traced =
      name === 'chromium'
        ? await idle('/bench/gen/idle-bare.html', position, async (page) => {
            await page.tracing.start({ categories: ['devtools.timeline', 'blink.user_timing'] });
            await wait(page, false);
            const buffer = await page.tracing.stop();
            return { trace: analyzeIdleTrace(JSON.parse(Buffer.from(buffer).toString('utf8')), origins) };
          })
        : { trace: { skipped: 'needs a Chromium DevTools trace (CDP tracing)' } };
    out.positions[position] = { state: probed.state, probe: probed.probe, trace: traced.trace };
  }
  return out;
}

const CASES_DEF = [
  { id: 1, key: 'articleRender', title: 'Article render', run: caseArticleRender, timeout: 240_000 },
  { id: 2, key: 'articleUpdate', title: 'Article update', run: caseArticleUpdate, timeout: 240_000 },
  { id: 3, key: 'relatedList', title: 'Related list', run: caseRelatedList, timeout: 240_000 },
  { id: 4, key: 'manyElements', title: 'Page with 100 elements', run: caseManyElements, timeout: 300_000 },
  { id: 5, key: 'scrolling', title: 'Scrolling', run: caseScrolling, timeout: 300_000 },
  { id: 6, key: 'coldStart', title: 'Cold start and layout shift', run: caseColdStart, timeout: 300_000 },
  { id: 7, key: 'memory', title: 'Memory', run: caseMemory, timeout: 300_000 },
  { id: 8, key: 'idle', title: 'Idle', run: caseIdle, timeout: 120_000 },
];

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  const build = ensureBuild();
  // Measure one build from start to end: serve a snapshot of dist/, so a rebuild while the bench
  // runs (dist/ is removed and rewritten) cannot break or mix the measurements.
  distSnapshot = await snapshotDist();
  const size = spawnSync(process.execPath, ['scripts/size.mjs'], { cwd: ROOT, encoding: 'utf8' });
  server = await startServer(ROOT, { mounts: { 'dist/': distSnapshot } });
  const samples = fixtures.loadSamples(ROOT);
  const html = (body) => ({ type: 'text/html; charset=utf-8', body });
  server.virtual.set('/favicon.ico', { type: 'image/png', body: '' });
  server.virtual.set('/bench/gen/harness-data.json', {
    type: 'application/json; charset=utf-8',
    body: JSON.stringify(fixtures.harnessData(samples, server.origin)),
  });
  server.virtual.set('/bench/gen/related-200.rss', {
    type: 'application/rss+xml; charset=utf-8',
    body: fixtures.rssFeed(200),
  });
  for (const variant of [
    'static',
    'empty',
    'mixed',
    'articles',
    'lists',
    'static-articles',
    'static-lists',
  ]) {
    server.virtual.set(`/bench/gen/many-${variant}.html`, html(fixtures.manyPage(samples, variant)));
  }
  for (const variant of ['plain', ...COLD_VARIANTS]) {
    server.virtual.set(`/bench/gen/cold-${variant}.html`, html(fixtures.coldPage(samples, variant, ROOT)));
  }
  for (const variant of ['lib', 'base']) {
    server.virtual.set(`/bench/gen/scroll-${variant}.html`, html(fixtures.scrollPage(samples, variant)));
  }
  server.virtual.set('/bench/gen/idle.html', html(fixtures.idlePage(samples)));
  server.virtual.set('/bench/gen/idle-bare.html', html(fixtures.idlePage(samples, { probe: false })));
  log(`serving ${ROOT} at ${server.origin}`);
  if (os.loadavg()[0] > os.cpus().length / 2) {
    log(
      `Note: load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores: other processes compete, expect noise.`,
    );
  }

  const cpus = os.cpus();
  const results = {
    meta: {
      date: new Date().toISOString(),
      command: `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
      quick: QUICK,
      machine: {
        cpu: cpus[0]?.model ?? 'unknown',
        cores: cpus.length,
        memoryGB: os.totalmem() / 1024 ** 3,
        os: `${os.type()} ${os.release()} ${os.arch()}`,
        node: process.version,
      },
      build,
      loadAverage: { start: os.loadavg()[0] },
      counts: { ...COUNTS, scrollWarmup: SCROLL_WARMUP },
      browsers: {},
    },
    cases: Object.fromEntries(
      CASES_DEF.filter((c) => CASES.has(c.id)).map((c) => [
        c.key,
        { id: c.id, title: c.title, browsers: {} },
      ]),
    ),
  };

  for (const name of BROWSERS) {
    let browser;
    try {
      browser = await launch(name);
      results.meta.browsers[name] = await browser.version();
      log(`${name}: ${results.meta.browsers[name]}`);
    } catch (error) {
      const reason = `could not launch ${name}: ${String(error?.message ?? error).split('\n')[0]}`;
      log(reason);
      results.meta.browsers[name] = `not run (${reason})`;
      for (const c of CASES_DEF)
        if (results.cases[c.key]) results.cases[c.key].browsers[name] = { skipped: reason };
      continue;
    }
    for (const c of CASES_DEF.filter((d) => CASES.has(d.id))) {
      const t = Date.now();
      log(`${name}: case ${c.id} (${c.title})...`);
      let result;
      try {
        result = await withTimeout(c.run(browser, name), c.timeout, `case ${c.id} in ${name}`);
      } catch (error) {
        result = { error: String(error?.message ?? error).split('\n')[0] };
        log(`${name}: case ${c.id} failed: ${result.error}`);
        // A stuck page must not hold up the next case.
        for (const page of await browser.pages().catch(() => [])) await page.close().catch(() => undefined);
      }
      result.seconds = (Date.now() - t) / 1000;
      results.cases[c.key].browsers[name] = result;
      log(`${name}: case ${c.id} done in ${result.seconds.toFixed(1)} s`);
    }
    await browser.close().catch(() => undefined);
  }
  await server.close();

  results.size = size.status === 0 ? size.stdout.trim() : `npm run size failed: ${size.stderr.trim()}`;
  results.meta.seconds = (Date.now() - started) / 1000;
  results.meta.loadAverage.end = os.loadavg()[0];

  const rounded = roundDeep(results);
  await writeReport(ROOT, rounded);
  log(`wrote bench/results.json and bench/RESULTS.md in ${results.meta.seconds.toFixed(0)} s`);
}

main().catch((error) => {
  console.error(`\nbench failed: ${error?.message ?? error}`);
  process.exitCode = 1;
  server?.close();
});
