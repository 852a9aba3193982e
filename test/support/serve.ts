import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
};

/**
 * Serves a built folder under its base path on loopback, as a plain static CDN would:
 * directories answer with index.html, anything else is a 404 with the site's 404.html. Each file
 * is sent whole with its length, as such a server sends it from memory: streamed in chunks of
 * unknown length, every file cost the cold searches of `npm run bench:search` time a CDN does not
 * (10,000 reports, 16 alternating pairs: first results 25–34 ms and totals 76–354 ms later).
 */
export async function serveStatic(
  root: string,
  base = '/',
  others: readonly { root: string; base: string }[] = [],
): Promise<{ origin: string; url: (path?: string) => string; close: () => Promise<void> }> {
  // Other sites under other base paths of the same origin (a portal built one site per province): the longest base that fits serves.
  const sites = [{ root, base }, ...others].sort((a, b) => b.base.length - a.base.length);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const site = sites.find((s) => path.startsWith(s.base));
    let file: string | undefined;
    if (site) {
      const rel = normalize(path.slice(site.base.length)).replace(/^(\.\.[/\\])+/, '');
      const candidate = join(site.root, rel);
      if (existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
      else if (existsSync(join(candidate, 'index.html'))) file = join(candidate, 'index.html');
    }
    const send = (status: number, type: string, body: Buffer) => {
      res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length });
      res.end(body);
    };
    if (!file) {
      const notFound = join(site?.root ?? root, '404.html');
      send(404, TYPES['.html']!, existsSync(notFound) ? readFileSync(notFound) : Buffer.from('not found'));
      return;
    }
    send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path = '') => `${origin}${base}${path.replace(/^\//, '')}`,
    // Connections the browser keeps open (its pages are not always closed first) are ended too:
    // close() alone waited for them, and a test once hung in its finally block until it timed out.
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
