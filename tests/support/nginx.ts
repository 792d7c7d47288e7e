import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How to get nginx where it is missing (`.ci/run` does this on CI). */
export const NGINX_INSTALL_HINT = 'nginx not found: install it with `sudo apt-get install nginx` (Debian/Ubuntu) or set NGINX_PATH to an nginx binary.';

/** The nginx binary: NGINX_PATH, else Debian's (not on a normal user's PATH). */
export function findNginx(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return [env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => candidate && existsSync(candidate));
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || !address) throw new Error('No free port');
  return address.port;
}

export interface RunningNginx {
  /** e.g. http://127.0.0.1:40123 */
  origin: string;
  stop(): Promise<void>;
}

export interface NginxSite {
  binary: string;
  /** The built site. */
  dir: string;
  /** The folder name the snippet expects below the document root, e.g. "mentoring". */
  folder: string;
  /** The server snippet to include, unchanged, as an administrator would. */
  snippet: string;
}

/**
 * Starts nginx in the foreground (no daemon, one process, as the current user: no root needed)
 * on a free loopback port, with a throwaway configuration whose only `server` block has a
 * document root holding the build as `folder` and includes the snippet.
 */
export async function startNginx({ binary, dir, folder, snippet }: NginxSite): Promise<RunningNginx> {
  const work = mkdtempSync(join(tmpdir(), 'mentoring-nginx-'));
  const docRoot = join(work, 'www');
  mkdirSync(docRoot);
  symlinkSync(dir, join(docRoot, folder));
  const port = await freePort();
  const config = join(work, 'nginx.conf');
  const temp = (name: string) => `${name}_temp_path ${join(work, name)};`;
  writeFileSync(
    config,
    `daemon off;
master_process off;
pid ${join(work, 'nginx.pid')};
error_log ${join(work, 'error.log')} warn;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  server {
    listen 127.0.0.1:${port};
    root ${docRoot};
    include ${snippet};
  }
}
`,
  );
  const child: ChildProcess = spawn(binary, ['-c', config, '-e', join(work, 'error.log'), '-p', work], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  const log = () => `${stderr}${existsSync(join(work, 'error.log')) ? readFileSync(join(work, 'error.log'), 'utf8') : ''}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(work, { recursive: true, force: true });
  };
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) {
      const message = log();
      await stop();
      throw new Error(`nginx did not start:\n${message}`);
    }
    try {
      await fetch(origin, { method: 'HEAD' });
      return { origin, stop };
    } catch {
      if (attempt > 100) {
        await stop();
        throw new Error(`nginx did not answer on ${origin}:\n${log()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
