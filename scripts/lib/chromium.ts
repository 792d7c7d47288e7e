import { existsSync } from 'node:fs';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';
export const INSTALL_HINT =
  'Chromium not found: install it with `sudo apt-get install chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium or Chrome binary.';

/** The Chromium binary the browser tests drive: CHROMIUM_PATH, else Debian's. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidate = env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
  return existsSync(candidate) ? candidate : undefined;
}
