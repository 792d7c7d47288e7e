import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';
export const INSTALL_HINT =
  'Chromium not found: install it with `sudo apt-get install chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium or Chrome binary.';

/** The Chromium binary the browser tests drive: CHROMIUM_PATH, else Debian's. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidate = env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
  return existsSync(candidate) ? candidate : undefined;
}

/** Flags for a headless Chromium on a machine with no network beyond loopback. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Headless Chromium for the browser tests and the benchmarks; throws with INSTALL_HINT when there is none. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
