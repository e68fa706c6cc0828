#!/usr/bin/env node
// `npm run check:package` (CI, after the build): packs the package as npm would publish it, then
// checks that it ships only what it should, and runs publint and Are the Types Wrong on the tarball.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ALLOWED = [/^package\.json$/, /^README\.md$/, /^LICENSE$/, /^CHANGELOG\.md$/, /^dist\//];
const REQUIRED = [
  'dist/index.js',
  'dist/index.d.ts',
  'dist/custom-elements.json',
  'dist/cdn/news-elements.js',
];

const run = (command, args) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const dir = mkdtempSync(join(tmpdir(), 'news-elements-pack-'));
let failed = false;
try {
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir]));
  const files = packed.files.map((file) => file.path);
  const unexpected = files.filter((file) => !ALLOWED.some((pattern) => pattern.test(file)));
  const missing = REQUIRED.filter((file) => !files.includes(file));
  console.log(`${packed.filename}: ${files.length} files, ${(packed.size / 1024).toFixed(1)} KB packed`);
  if (unexpected.length > 0) {
    failed = true;
    console.error(`Files that should not ship:\n  ${unexpected.join('\n  ')}`);
  }
  if (missing.length > 0) {
    failed = true;
    console.error(`Missing from the package (run npm run build first?):\n  ${missing.join('\n  ')}`);
  }
  const tarball = join(dir, packed.filename);
  for (const [name, args] of [
    ['publint', ['publint', 'run', tarball, '--strict']],
    // ESM only, on purpose: CommonJS resolution is not checked.
    ['attw', ['attw', tarball, '--profile', 'esm-only', '--exclude-entrypoints', './no-layout-shift.css']],
  ]) {
    try {
      console.log(run('npx', ['--no-install', ...args]).trim());
    } catch (error) {
      failed = true;
      console.error(`${name} failed:\n${error.stdout ?? error.message}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
