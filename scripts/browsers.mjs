// Finds the machine's browser engines, installs missing ones with apt-get when it can,
// and starts/stops the WebKit WebDriver (under Xvfb) for the test runner.
import { existsSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { createServer, connect } from 'node:net';

export const ENGINES = {
  chromium: {
    packages: ['chromium'],
    paths: () => [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'],
  },
  firefox: {
    packages: ['firefox-esr'],
    paths: () => [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
  },
  webkit: {
    packages: ['webkit2gtk-driver', 'xvfb'],
    paths: () => [process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver'],
    // The driver launches MiniBrowser, and needs a display: Xvfb unless one is already there.
    extra: () => existsSync(MINIBROWSER) && (Boolean(process.env.DISPLAY) || existsSync('/usr/bin/xvfb-run')),
  },
};

export const MINIBROWSER =
  process.env.WEBKIT_MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Fonts with Arabic glyphs, so screenshots and layout measurements are real. */
export const FONT_PACKAGES = ['fonts-noto-core'];

export function findEngine(name) {
  const engine = ENGINES[name];
  const path = engine.paths().find((p) => p && existsSync(p));
  if (!path) return undefined;
  if (engine.extra && !engine.extra()) return undefined;
  return path;
}

export function installCommand(packages) {
  return `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;
}

/** All engine packages that are missing on this machine. */
export function missingPackages(names = Object.keys(ENGINES)) {
  return names.filter((n) => !findEngine(n)).flatMap((n) => ENGINES[n].packages);
}

export function canApt() {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/** Installs packages with apt-get (as root), printing what it does. Returns true on success. */
export function aptInstall(packages) {
  if (packages.length === 0) return true;
  console.log(`Installing ${packages.join(', ')} with apt-get (needed for the browser tests)...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status !== 0) return false;
  const install = spawnSync('apt-get', ['install', '-y', '-qq', ...packages], {
    stdio: 'inherit',
    env,
  });
  return install.status === 0;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function waitForPort(port, timeoutMs) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() - started > timeoutMs) reject(new Error(`no driver on port ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/**
 * Starts WebKitWebDriver (under xvfb-run when there is no display) and resolves with
 * its port and a stop function. The driver is killed when this process exits.
 */
export async function startWebKitDriver(driverPath) {
  const port = await freePort();
  const args = [`--port=${port}`, '--host=127.0.0.1'];
  const useXvfb = !process.env.DISPLAY;
  const child = useXvfb
    ? spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', driverPath, ...args], {
        stdio: 'ignore',
        detached: true,
      })
    : spawn(driverPath, args, { stdio: 'ignore', detached: true });
  const stop = () => {
    try {
      // The driver runs in its own process group, so this also ends Xvfb and MiniBrowser.
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  process.once('exit', stop);
  await waitForPort(port, 15000);
  return { port, stop };
}
