#!/usr/bin/env node
// Builds the framework apps of tests/interop (React 19, Vue 3) against dist/, after type-checking
// the React app with the package's generated JSX typings. Run by `npm test` after `npm run build`.
import { spawnSync } from 'node:child_process';

const run = (args, env = {}) =>
  spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;

let ok = run(['tsc', '-p', 'tests/interop/tsconfig.json']);
for (const app of ['react', 'vue']) {
  ok = run(['vite', 'build', '--config', 'tests/interop/vite.config.ts'], { INTEROP_APP: app }) && ok;
}
process.exit(ok ? 0 : 1);
