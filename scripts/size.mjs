#!/usr/bin/env node
// `npm run size`: the gzip size of each dist/cdn entry together with every chunk it loads.
// With --check, fails when an entry is over its budget or DOMPurify is outside news-article.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const CDN = 'dist/cdn';
const ENTRIES = {
  'scroll-top-button.js': 8,
  'related-articles.js': 10,
  'news-article.js': 24,
  'news-elements.js': 28,
};
const MAY_HOLD_DOMPURIFY = new Set(['news-article.js', 'news-elements.js']);

if (!existsSync(join(CDN, 'news-elements.js'))) {
  console.error('dist/cdn is missing: run `npm run build` first.');
  process.exit(1);
}

/**
 * The entry and every module it imports: `initial` follows static imports only (what loads
 * before the element can render), `all` also dynamic import() (lazy chunks such as the loader
 * that only `src` fetches).
 */
function graph(entry) {
  const walk = (dynamic) => {
    const seen = new Set();
    const queue = [join(CDN, entry)];
    while (queue.length > 0) {
      const file = queue.pop();
      if (seen.has(file)) continue;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      const pattern = dynamic
        ? /(?:import|from)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g
        : /(?:import|from)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g;
      for (const [, specifier] of code.matchAll(pattern)) queue.push(join(dirname(file), specifier));
    }
    return [...seen];
  };
  return { initial: walk(false), all: walk(true) };
}

const kb = (bytes) => (bytes / 1024).toFixed(2);
const rows = [];
let failed = false;
const gzipOf = (files) =>
  // Each file is fetched and compressed on its own: sum the files' gzip sizes.
  files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
for (const [entry, budget] of Object.entries(ENTRIES)) {
  const { initial, all } = graph(entry);
  const raw = all.reduce((sum, file) => sum + readFileSync(file).length, 0);
  // The budget holds for everything the entry may load, lazy chunks included.
  const gzip = gzipOf(all);
  const purify = all.some((file) => /dompurify/i.test(readFileSync(file, 'utf8')));
  const over = gzip / 1024 > budget;
  const misplaced = purify && !MAY_HOLD_DOMPURIFY.has(entry);
  if (over || misplaced) failed = true;
  rows.push({
    entry,
    files: all.map((file) => relative(CDN, file) + (initial.includes(file) ? '' : ' (lazy)')).join(' + '),
    initial: kb(gzipOf(initial)),
    raw: kb(raw),
    gzip: kb(gzip),
    budget: `${budget}`,
    dompurify: purify ? 'yes' : 'no',
    status: over ? 'OVER BUDGET' : misplaced ? 'DOMPURIFY!' : 'ok',
  });
}

const header = [
  'entry',
  'KB gzip (all)',
  'budget',
  'KB gzip before render',
  'KB raw',
  'DOMPurify',
  'status',
  'loads',
];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
for (const r of rows) {
  console.log(
    `| ${r.entry} | ${r.gzip} | ${r.budget} | ${r.initial} | ${r.raw} | ${r.dompurify} | ${r.status} | ${r.files} |`,
  );
}
if (process.argv.includes('--check') && failed) {
  console.error('\nSize budget check failed.');
  process.exit(1);
}
