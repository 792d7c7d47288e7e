import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sirv from 'sirv';

export interface StaticServerOptions {
  /** The built site, e.g. "dist". */
  dir: string;
  /** The base path the site was built for, e.g. "/" or "/mentoring/". */
  base: string;
  port: number;
  host?: string;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Serves a built site below its base path, as a static host would, with its 404 page. */
export async function startStaticServer({ dir, base, port, host = '127.0.0.1' }: StaticServerOptions): Promise<RunningServer> {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const serveFile = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFoundPage = await readFile(join(dir, '404.html'), 'utf8').catch(() => 'Not found');

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const notFound = () => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(notFoundPage);
    };
    if (url.pathname === prefix.slice(0, -1) && prefix !== '/') {
      response.writeHead(301, { location: prefix + url.search });
      response.end();
      return;
    }
    if (!url.pathname.startsWith(prefix)) return notFound();
    request.url = '/' + url.pathname.slice(prefix.length) + url.search;
    serveFile(request, response, notFound);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
