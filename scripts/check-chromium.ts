/** Run before the tests: says in one line how to get Chromium when it is missing. */
import { findChromium, INSTALL_HINT } from './lib/chromium.ts';

if (!findChromium()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
