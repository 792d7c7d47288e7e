import { cspHash } from '../lib/csp-hash';

/**
 * The page's only inline script, small enough to cost nothing noticeable and no request:
 * - the `/` keyboard shortcut moves focus to the page's search field (the header's, or the search
 *   page's own) unless the reader is typing in a form field or holding a modifier key;
 * - the first time a field with `data-search-script` gets focus, it adds that script (the header's
 *   quick results, src/islands/search/header-search.ts), so that no page, article pages included,
 *   loads JavaScript before the reader starts a search.
 * Astro hashes only the scripts it bundles, so BaseLayout adds this one's hash to the page's
 * Content Security Policy (it must do so before the <head> renders).
 */
export const SEARCH_SHORTCUT_SOURCE = `(function () {
  document.addEventListener('focusin', function (event) {
    var target = event.target;
    var src = target instanceof Element && target.getAttribute('data-search-script');
    if (!src || document.querySelector('script[data-quick-search]')) return;
    var script = document.createElement('script');
    script.src = src;
    script.setAttribute('data-quick-search', '');
    document.head.appendChild(script);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key !== '/' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    var target = event.target;
    if (target instanceof Element && target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return;
    var field = document.querySelector('[data-search-field]');
    if (!(field instanceof HTMLInputElement)) return;
    event.preventDefault();
    field.focus();
    field.select();
  });
})();`;

export const SEARCH_SHORTCUT_HASH = cspHash(SEARCH_SHORTCUT_SOURCE);
