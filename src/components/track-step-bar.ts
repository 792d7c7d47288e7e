import { cspHash } from '../lib/csp-hash';

/**
 * Reveals the step bar a track link asked for (`?track=<id>&step=<n>`), among the hidden ones that
 * TrackStepBar.astro renders at build time on a page that is a step of some track. Reached any
 * other way, the page shows nothing extra. Inline, so article pages still request no script;
 * BaseLayout adds its hash to the page's Content Security Policy.
 */
export const TRACK_BAR_SOURCE = `(function () {
  var query = new URLSearchParams(location.search);
  var bars = document.querySelectorAll('[data-track-bar]');
  for (var i = 0; i < bars.length; i++) {
    if (bars[i].getAttribute('data-track') === query.get('track') && bars[i].getAttribute('data-step') === query.get('step')) bars[i].hidden = false;
  }
})();`;

export const TRACK_BAR_HASH = cspHash(TRACK_BAR_SOURCE);
