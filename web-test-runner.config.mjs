// @web/test-runner: every test in Chromium, Firefox and WebKit, using the machine's own browsers.
// `npm test` (scripts/test.mjs) checks and installs the engines first; run directly,
// this config uses whichever engines it finds (or those named in NEWS_BROWSERS).
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import * as puppeteer from 'puppeteer-core';
import { ENGINES, findEngine, startWebKitDriver, MINIBROWSER } from './scripts/browsers.mjs';

const wanted = (process.env.NEWS_BROWSERS ?? Object.keys(ENGINES).join(','))
  .split(',')
  .map((s) => s.trim())
  .filter((name) => name && findEngine(name));

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const browsers = [];
let chromium;
for (const name of wanted) {
  const path = findEngine(name);
  if (name === 'chromium') {
    chromium = chromeLauncher({
      launchOptions: { executablePath: path, headless: true, args: chromiumArgs },
    });
    browsers.push(chromium);
  } else if (name === 'firefox') {
    browsers.push(
      chromeLauncher({
        puppeteer,
        launchOptions: {
          browser: 'firefox',
          executablePath: path,
          headless: true,
          extraPrefsFirefox: { 'network.proxy.type': 0, 'app.update.enabled': false },
        },
      }),
    );
  } else if (name === 'webkit') {
    const driver = await startWebKitDriver(path);
    const webkit = webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: driver.port,
      logLevel: 'error',
      capabilities: {
        // Classic WebDriver: WebKitGTK's driver does not offer WebDriver BiDi.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    });
    // The driver reports an empty browser name; label the results.
    const initialize = webkit.initialize.bind(webkit);
    webkit.initialize = async (...args) => {
      await initialize(...args);
      webkit.name = 'WebKit';
    };
    browsers.push(webkit);
  }
}

// The strict Content-Security-Policy of tests/security/strict-csp.test.ts: pages under
// /tests/fixtures/security/csp/ get it with `?csp=<variant>`, which picks the trusted-types list.
// Every other response is left as it was.
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
  "base-uri 'none'; require-trusted-types-for 'script'";
const TRUSTED_TYPES = {
  strict: 'news-elements lit-html',
  'no-policy': 'lit-html',
  duplicates: "news-elements lit-html 'allow-duplicates'",
  host: 'my-news lit-html',
  // An engine without constructable stylesheets: Lit's <style> elements are allowed by nonce.
  nonce: 'news-elements lit-html',
};
const STYLE_NONCE = 'news-test-nonce';

async function securityCsp(context, next) {
  await next();
  if (!context.path.startsWith('/tests/fixtures/security/csp/')) return;
  const variant = String(context.query.csp ?? '');
  if (Object.hasOwn(TRUSTED_TYPES, variant)) {
    const csp =
      variant === 'nonce'
        ? STRICT_CSP.replace("style-src 'self'", `style-src 'self' 'nonce-${STYLE_NONCE}'`)
        : STRICT_CSP;
    context.set('Content-Security-Policy', `${csp}; trusted-types ${TRUSTED_TYPES[variant]}`);
  }
}

/**
 * /__delay-next?path=/src/x.ts&ms=1500: the next request for that path, within 5 s, is answered
 * `ms` later (for the tests of what an element shows while a module loads on demand).
 */
const delays = new Map();
async function delayNext(context, next) {
  if (context.path === '/__delay-next') {
    delays.set(String(context.query.path), { ms: Number(context.query.ms ?? 0), until: Date.now() + 5000 });
    context.status = 204;
    return;
  }
  const planned = delays.get(context.path);
  if (planned) {
    delays.delete(context.path);
    if (planned.until > Date.now()) await new Promise((resolve) => setTimeout(resolve, planned.ms));
  }
  return next();
}

export default {
  nodeResolve: true,
  rootDir: '.',
  browsers,
  concurrency: 1,
  // One engine at a time: on a 2-core machine three engines at once starve each other (the
  // adversarial suite of tests/security then took 7.5 minutes and WebKit timed out); one after
  // the other the whole run is shorter.
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  browserStartTimeout: 60000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  // /__mock[/any/path]?status=404&body=...&type=...&delay=ms: answers as asked, for the network error tests.
  middleware: [
    securityCsp,
    delayNext,
    async function mock(context, next) {
      if (!context.path.startsWith('/__mock')) return next();
      const delay = Number(context.query.delay ?? 0);
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      // &redirect=url: a 302 to that URL (the relative URLs of what it serves resolve there).
      if (context.query.redirect) return context.redirect(String(context.query.redirect));
      context.status = Number(context.query.status ?? 200);
      context.type = String(context.query.type ?? 'application/json');
      context.body = String(context.query.body ?? '');
    },
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  // Source tests, then the built CDN bundle's, then the framework apps; `--files x` runs just x.
  groups: process.argv.includes('--files')
    ? undefined
    : [
        { name: 'source', files: ['tests/**/*.test.ts', '!tests/cdn/**', '!tests/interop/**'] },
        { name: 'cdn', files: ['tests/cdn/**/*.test.ts'] },
        // The React and Vue apps (built by scripts/build-interop.mjs): in Chromium.
        ...(chromium
          ? [{ name: 'interop', files: ['tests/interop/**/*.test.ts'], browsers: [chromium] }]
          : []),
      ],
};
