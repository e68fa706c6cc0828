#!/usr/bin/env node
// `npm test`: makes sure the browser engines are there (installing them with apt-get when it
// can), builds dist/ (the CDN bundle has its own tests), then runs @web/test-runner in every
// engine it has. With CI=true all three engines are required.
import { spawn, spawnSync } from 'node:child_process';
import { ENGINES, aptInstall, canApt, findEngine, installCommand, missingPackages } from './browsers.mjs';

const ci = ['true', '1', 'yes'].includes(String(process.env.CI).toLowerCase());
const names = Object.keys(ENGINES);

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

let missing = missingPackages(names);
if (missing.length > 0 && canApt()) {
  if (!aptInstall(missing)) console.error('apt-get could not install every browser package.');
  missing = missingPackages(names);
}

const available = names.filter((name) => findEngine(name));
const skipped = names.filter((name) => !findEngine(name));
if (skipped.length > 0) {
  const command = installCommand(missing);
  if (ci) {
    fail(
      `CI needs all three browser engines; missing: ${skipped.join(', ')}.\nInstall them with:\n  ${command}`,
    );
  }
  if (available.length === 0) fail(`No browser engine found. Install them with:\n  ${command}`);
  console.warn(
    `Skipping ${skipped.join(', ')} (not installed). To test in every engine, run:\n  ${command}\n`,
  );
}
console.log(`Testing in: ${available.join(', ')}`);

// The CDN bundle is tested as built, so build first (a few seconds).
const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) fail('The build failed (run `npm run build` to see why); tests not run.');
// So are the React and Vue apps of tests/interop (built against dist/).
const interop = spawnSync(process.execPath, ['scripts/build-interop.mjs'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (interop.status !== 0)
  fail('The interop apps failed to build (node scripts/build-interop.mjs); tests not run.');

const child = spawn('npx', ['web-test-runner', ...process.argv.slice(2)], {
  env: { ...process.env, NEWS_BROWSERS: available.join(',') },
  stdio: ['inherit', 'pipe', 'inherit'],
});

// Keep the runner's output, and add up each engine's final "N passed, N failed".
const totals = new Map();
let buffer = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  buffer += chunk.toString();
  const lines = buffer.split('\n');
  buffer = lines.pop() ?? '';
  for (const line of lines) {
    // eslint-disable-next-line no-control-regex
    const plain = line.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
    const match =
      /^(\S[^|]*?):?\s*\|.*\|\s*(\d+)\/(\d+) test files \|\s*(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/.exec(
        plain,
      );
    if (match)
      totals.set(match[1].trim(), { passed: +match[4], failed: +match[5], skipped: +(match[6] ?? 0) });
  }
});
child.on('error', (error) => fail(`Could not start the test runner: ${error.message}`));
child.on('close', (code) => {
  let passed = 0;
  let failed = 0;
  let skippedTests = 0;
  for (const t of totals.values()) {
    passed += t.passed;
    failed += t.failed;
    skippedTests += t.skipped;
  }
  if (totals.size > 0) {
    console.log(
      `\ntests: ${passed} passed, ${failed} failed${skippedTests ? `, ${skippedTests} skipped` : ''}`,
    );
  }
  if (passed === 0 && code === 0) fail('No test ran.');
  process.exit(code ?? 1);
});
