import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

export const DEFAULT_FIREFOX_PATH = '/usr/bin/firefox-esr';
export const FIREFOX_INSTALL_HINT =
  'Firefox not found: install it with `sudo apt-get install firefox-esr` (Debian/Ubuntu) or set FIREFOX_PATH to a Firefox binary.';

/** The Firefox binary the cross-browser tests drive: FIREFOX_PATH, else Debian's Firefox ESR. */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidate = env.FIREFOX_PATH || DEFAULT_FIREFOX_PATH;
  return existsSync(candidate) ? candidate : undefined;
}

/** Headless Firefox driven over WebDriver BiDi; throws with FIREFOX_INSTALL_HINT when there is none. */
export async function launchFirefox(): Promise<Browser> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(FIREFOX_INSTALL_HINT);
  return puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // No network beyond loopback here: keep Firefox from reaching out at start-up.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
}
