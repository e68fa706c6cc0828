// A small static HTTP server for the benchmark pages, on 127.0.0.1 (node:http only).
// Serves the repository's bench/, dist/, node_modules/ and tests/fixtures/, plus generated
// ("virtual") files registered by the runner. Every response is cross-origin isolated
// (COOP/COEP), so performance.now() has its finest resolution, and `no-store` (every
// navigation loads the bundle from the server, nothing from the HTTP cache), except the bench
// images, which may be cached so they do not load the server during a measurement.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

const SERVED = ['bench/', 'dist/', 'node_modules/', 'tests/fixtures/'];

/**
 * Starts the server. Returns { origin, virtual, stats, close }: `virtual` is a Map from a URL
 * path to { type, body } for generated files. `mounts` maps a path prefix ("dist/") to a
 * directory to serve it from.
 */
export async function startServer(root, { mounts = {} } = {}) {
  const virtual = new Map();
  const stats = { requests: 0 };
  const server = createServer(async (request, response) => {
    stats.requests++;
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const headers = {
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Cache-Control': path.startsWith('/bench/assets/') ? 'public, max-age=3600' : 'no-store',
    };
    try {
      let body;
      let type;
      if (virtual.has(path)) {
        ({ body, type } = virtual.get(path));
      } else {
        const relative = normalize(path).replace(/^[/\\]+/, '');
        if (relative.includes('..') || !SERVED.some((dir) => relative.startsWith(dir))) {
          throw Object.assign(new Error('not served'), { status: 404 });
        }
        // A mount serves a directory from elsewhere (the runner's snapshot of dist/).
        const mount = Object.keys(mounts).find((prefix) => relative.startsWith(prefix));
        const file = mount
          ? join(mounts[mount], relative.slice(mount.length).split('/').join(sep))
          : join(root, relative.split('/').join(sep));
        if (!(await stat(file)).isFile()) throw Object.assign(new Error('not a file'), { status: 404 });
        body = await readFile(file);
        type = TYPES[extname(file)] ?? 'application/octet-stream';
      }
      response.writeHead(200, {
        ...headers,
        'Content-Type': type,
        'Content-Length': Buffer.byteLength(body),
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      const status = error.status ?? (error.code === 'ENOENT' ? 404 : 500);
      response.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`${status} ${path}`);
    }
  });
  server.keepAliveTimeout = 1000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    virtual,
    stats,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
