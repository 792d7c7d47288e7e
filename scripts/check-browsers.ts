/** Run before the tests: says in one line how to get a browser the tests need when it is missing. */
import { findChromium, INSTALL_HINT } from './lib/chromium.ts';
import { findFirefox, FIREFOX_INSTALL_HINT } from './lib/firefox.ts';

const missing = [findChromium() ? undefined : INSTALL_HINT, findFirefox() ? undefined : FIREFOX_INSTALL_HINT].filter(Boolean);
if (missing.length > 0) {
  console.error(missing.join('\n'));
  process.exit(1);
}
