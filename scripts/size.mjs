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

/** The entry and every module it imports, statically or dynamically. */
function graph(entry) {
  const seen = new Set();
  const queue = [join(CDN, entry)];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, specifier] of code.matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      queue.push(join(dirname(file), specifier));
    }
  }
  return [...seen];
}

const kb = (bytes) => (bytes / 1024).toFixed(2);
const rows = [];
let failed = false;
for (const [entry, budget] of Object.entries(ENTRIES)) {
  const files = graph(entry);
  const code = files.map((file) => readFileSync(file));
  const raw = code.reduce((sum, buffer) => sum + buffer.length, 0);
  // Each file is fetched and compressed on its own: sum the files' gzip sizes.
  const gzip = code.reduce((sum, buffer) => sum + gzipSync(buffer, { level: 9 }).length, 0);
  const purify = code.some((buffer) => /dompurify/i.test(buffer.toString('utf8')));
  const over = gzip / 1024 > budget;
  const misplaced = purify && !MAY_HOLD_DOMPURIFY.has(entry);
  if (over || misplaced) failed = true;
  rows.push({
    entry,
    files: files.map((file) => relative(CDN, file)).join(' + '),
    raw: kb(raw),
    gzip: kb(gzip),
    budget: `${budget}`,
    dompurify: purify ? 'yes' : 'no',
    status: over ? 'OVER BUDGET' : misplaced ? 'DOMPURIFY!' : 'ok',
  });
}

const header = ['entry', 'KB gzip', 'budget', 'KB raw', 'DOMPurify', 'status', 'loads'];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
for (const r of rows) {
  console.log(
    `| ${r.entry} | ${r.gzip} | ${r.budget} | ${r.raw} | ${r.dompurify} | ${r.status} | ${r.files} |`,
  );
}
if (process.argv.includes('--check') && failed) {
  console.error('\nSize budget check failed.');
  process.exit(1);
}
