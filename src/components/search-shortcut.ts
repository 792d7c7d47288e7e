import { createHash } from 'node:crypto';

/**
 * The `/` keyboard shortcut, as an inline script: it moves focus to the page's search field (the
 * header's, or the search page's own) unless the reader is typing in a form field or holding a
 * modifier key. Inline and tiny, so it costs no request. Astro hashes only the scripts it bundles,
 * so BaseLayout adds this one's hash to the page's Content Security Policy (it must do so before
 * the <head> renders). Article pages leave it out: they load no JavaScript at all.
 */
export const SEARCH_SHORTCUT_SOURCE = `document.addEventListener('keydown', function (event) {
  if (event.key !== '/' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
  var target = event.target;
  if (target instanceof Element && target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return;
  var field = document.querySelector('[data-search-field]');
  if (!(field instanceof HTMLInputElement)) return;
  event.preventDefault();
  field.focus();
  field.select();
});`;

export const SEARCH_SHORTCUT_HASH = `sha256-${createHash('sha256').update(SEARCH_SHORTCUT_SOURCE).digest('base64')}` as const;
