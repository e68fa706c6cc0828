#!/usr/bin/env node
// `npm run size`: the gzip size of each dist/cdn entry together with every chunk it loads: up
// front (its static imports), and on demand (what its import() calls add, e.g. the feed readers
// once a `src` is set). With --check (CI), fails when DOMPurify is outside news-article, when an
// entry within its budget goes over it, when an entry still over its budget grows past its
// ceiling, or when its on-demand code grows past its own ceiling.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const CDN = 'dist/cdn';
/**
 * KB gzip. `budget`: issue 6's target for what the entry loads up front. `ceiling`: for an entry
 * still over its budget, the size it has reached (rounded up a little), so it can only shrink;
 * lower it whenever it does, and drop it once the entry meets its budget. `onDemand`: the
 * ceiling of the chunks it may load later, on top (the same rule).
 */
const ENTRIES = {
  'scroll-top-button.js': { budget: 8, onDemand: 0.95 },
  'related-articles.js': { budget: 10, ceiling: 17.75, onDemand: 5.06 },
  'news-article.js': { budget: 24, onDemand: 16.6 },
  'news-elements.js': { budget: 28, onDemand: 20.6 },
};
const MAY_HOLD_DOMPURIFY = new Set(['news-article.js', 'news-elements.js']);

if (!existsSync(join(CDN, 'news-elements.js'))) {
  console.error('dist/cdn is missing: run `npm run build` first.');
  process.exit(1);
}

/** The files a module imports: [static, dynamic] specifiers resolved to paths. */
function imports(file) {
  const code = readFileSync(file, 'utf8');
  const resolve = (specifier) => join(dirname(file), specifier);
  const dynamic = [...code.matchAll(/\bimport\s*\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
  const all = [...code.matchAll(/(?:import|from)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)].map((m) => m[1]);
  const lazy = new Set(dynamic);
  return {
    static: all.filter((s) => !lazy.has(s)).map(resolve),
    dynamic: dynamic.map(resolve),
  };
}

/** The entry's files up front (static imports, transitively) and those only import() reaches. */
function graph(entry) {
  const upFront = new Set();
  const lazyRoots = [];
  const queue = [join(CDN, entry)];
  while (queue.length > 0) {
    const file = queue.pop();
    if (upFront.has(file)) continue;
    upFront.add(file);
    const found = imports(file);
    queue.push(...found.static);
    lazyRoots.push(...found.dynamic);
  }
  const onDemand = new Set();
  const lazyQueue = [...lazyRoots];
  while (lazyQueue.length > 0) {
    const file = lazyQueue.pop();
    if (upFront.has(file) || onDemand.has(file)) continue;
    onDemand.add(file);
    const found = imports(file);
    lazyQueue.push(...found.static, ...found.dynamic);
  }
  return { upFront: [...upFront], onDemand: [...onDemand] };
}

const kb = (bytes) => (bytes / 1024).toFixed(2);
// Each file is fetched and compressed on its own: sum the files' gzip sizes.
const gzipOf = (files) =>
  files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
const rawOf = (files) => files.reduce((sum, file) => sum + readFileSync(file).length, 0);
const rows = [];
let failed = false;
for (const [entry, { budget, ceiling, onDemand: lazyCeiling }] of Object.entries(ENTRIES)) {
  const { upFront, onDemand } = graph(entry);
  const gzip = gzipOf(upFront);
  const lazy = gzipOf(onDemand);
  const holdsPurify = (file) => /dompurify/i.test(readFileSync(file, 'utf8'));
  const purify = [...upFront, ...onDemand].some(holdsPurify);
  const purifyUpFront = upFront.some(holdsPurify);
  const over = gzip / 1024 > budget;
  const limit = ceiling ?? budget;
  const grown = gzip / 1024 > limit;
  const lazyGrown = lazy / 1024 > lazyCeiling + 0.005;
  const misplaced = purify && !MAY_HOLD_DOMPURIFY.has(entry);
  if (grown || lazyGrown || misplaced) failed = true;
  const name = (file) => relative(CDN, file);
  rows.push({
    entry,
    files:
      upFront.map(name).join(' + ') +
      (onDemand.length ? `; on demand: ${onDemand.map(name).join(' + ')}` : ''),
    raw: kb(rawOf(upFront)),
    gzip: kb(gzip),
    lazy: onDemand.length ? `+ ${kb(lazy)}` : '–',
    budget: ceiling ? `${budget} (ceiling ${ceiling})` : `${budget}`,
    dompurify: purifyUpFront ? 'up front' : purify ? 'on demand' : 'no',
    status: misplaced
      ? 'DOMPURIFY!'
      : grown
        ? `FAIL: over ${limit}`
        : lazyGrown
          ? `FAIL: on demand over ${lazyCeiling}`
          : over
            ? 'over budget (within ceiling)'
            : 'ok',
  });
}

const header = [
  'entry',
  'KB gzip up front',
  'budget',
  'KB gzip on demand',
  'KB raw up front',
  'DOMPurify',
  'status',
  'loads',
];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
for (const r of rows) {
  console.log(
    `| ${r.entry} | ${r.gzip} | ${r.budget} | ${r.lazy} | ${r.raw} | ${r.dompurify} | ${r.status} | ${r.files} |`,
  );
}
if (process.argv.includes('--check') && failed) {
  console.error('\nSize check failed: an entry grew past its budget or ceiling, or DOMPurify moved.');
  process.exit(1);
}
