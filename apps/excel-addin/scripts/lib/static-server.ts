/**
 * The request handler shared by the HTTPS dev server (pnpm start) and the plain-HTTP server of the
 * browser tests: dist/ at the root, the self-hosted Office.js under /office-js/, examples/ under
 * /examples/, /preview → the preview page.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { DIST, EXAMPLES, OFFICE_JS } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Resolves `rel` inside `root`, refusing anything that climbs out of it. */
function inside(root: string, rel: string): string | undefined {
  const p = normalize(join(root, rel));
  return p === root || p.startsWith(root + sep) ? p : undefined;
}

export function staticHandler(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path = decodeURIComponent(url.pathname);
  if (path === '/' || path === '/preview' || path === '/preview.html') {
    res.writeHead(302, { Location: '/preview/' }).end();
    return;
  }
  let file: string | undefined;
  if (path.startsWith('/office-js/')) file = inside(OFFICE_JS, path.slice('/office-js/'.length));
  else if (path.startsWith('/examples/')) file = inside(EXAMPLES, path.slice('/examples/'.length));
  else {
    if (path.endsWith('/')) path += 'index.html';
    file = inside(DIST, path.slice(1));
  }
  if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file || !existsSync(file)) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`not found: ${path}`);
    return;
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
    // Excel on the web loads the add-in's pages and metadata from another origin.
    'Access-Control-Allow-Origin': '*',
  });
  createReadStream(file).pipe(res);
}
