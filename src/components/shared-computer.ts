import { cspHash } from '../lib/csp-hash';
import { SHARED_MODE_KEY } from '../lib/storage/keys';

/**
 * The shared-computer mode's switch, inline in every page's <head> so that article pages still
 * request no script. It marks <html data-shared-computer="on|ask|off"> from the session's choice
 * (CSS then shows the banner, or the offer on pages that save something). A press on one of their
 * buttons loads the script the button names (src/islands/shared/shared-computer-actions.ts), which
 * carries out the button's action. BaseLayout adds this script's hash to the page's policy.
 */
export const SHARED_COMPUTER_SOURCE = `(function () {
  var root = document.documentElement, mode;
  try {
    mode = sessionStorage.getItem(${JSON.stringify(SHARED_MODE_KEY)});
  } catch (error) {
    return;
  }
  root.setAttribute('data-shared-computer', mode === '1' ? 'on' : mode === '0' ? 'off' : 'ask');
  document.addEventListener('click', function (event) {
    var button = event.target instanceof Element && event.target.closest('[data-shared-action]');
    if (!button) return;
    var script = document.createElement('script');
    script.src = button.getAttribute('data-shared-script');
    script.setAttribute('data-action', button.getAttribute('data-shared-action'));
    document.head.appendChild(script);
  });
})();`;

export const SHARED_COMPUTER_HASH = cspHash(SHARED_COMPUTER_SOURCE);
