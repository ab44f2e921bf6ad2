// A tiny static file server for a built site: 127.0.0.1 on a free port,
// index.html for folders, 404 for anything else that is not a file.

import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

export function contentType(file) {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function statOrNull(path) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** Resolves a URL path to { file } or { redirect } or null (404). */
export function resolveRequest(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const full = resolve(join(root, decoded));
  if (full !== root && !full.startsWith(root + sep)) return null;
  const st = statOrNull(full);
  if (st?.isFile()) return { file: full };
  if (!st?.isDirectory()) return null;
  if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` };
  const index = join(full, 'index.html');
  return statOrNull(index)?.isFile() ? { file: index } : null;
}

function handle(root, req, res) {
  const url = new URL(req.url, 'http://localhost');
  const found = req.method === 'GET' || req.method === 'HEAD' ? resolveRequest(root, url.pathname) : null;
  if (found?.redirect) {
    res.writeHead(301, { Location: found.redirect + url.search });
    res.end();
  } else if (found?.file) {
    res.writeHead(200, { 'Content-Type': contentType(found.file), 'Cache-Control': 'no-store' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(found.file).pipe(res);
  } else {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('404 not found\n');
  }
}

/** Starts serving `dir`; resolves to { origin, close }. */
export function startServer(dir) {
  const root = resolve(dir);
  const server = createServer((req, res) => handle(root, req, res));
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      done({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((closed) => {
            server.closeAllConnections();
            server.close(() => closed());
          }),
      });
    });
  });
}
