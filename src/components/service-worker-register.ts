import { cspHash } from '../lib/csp-hash';

/**
 * Registers the service worker (written by src/integrations/service-worker.ts) once the page has
 * loaded, so a reader who only wants one article downloads nothing before it is on screen; the
 * worker then saves the rest of the guide for offline reading. Inline, like the search shortcut,
 * so article pages still request no script; BaseLayout adds its hash to the page's policy.
 *
 * A new release installs a new worker that waits: the page shows the update notice
 * (UpdateNotice.astro, which names the worker's URL), whose button tells the worker to take over
 * (Workbox's SKIP_WAITING message) and reloads every open page of the guide when it has. A reader
 * who ignores the notice gets the new release on the next visit, once the old pages are closed.
 * On the pages that offer it, it also loads the offline control's script (OfflineControl.astro).
 */
export const SERVICE_WORKER_SOURCE = `(function () {
  var notice = document.querySelector('[data-update-notice]');
  var sw = navigator.serviceWorker;
  if (!notice || !sw) return;
  function offer(worker) {
    if (!sw.controller) return;
    notice.hidden = false;
    notice.querySelector('button').onclick = function () { worker.postMessage({ type: 'SKIP_WAITING' }); };
  }
  var reloading = false;
  sw.addEventListener('controllerchange', function () {
    if (!reloading) { reloading = true; location.reload(); }
  });
  addEventListener('load', function () {
    var control = document.querySelector('[data-offline-script]');
    if (control) {
      var script = document.createElement('script');
      script.src = control.getAttribute('data-offline-script');
      document.head.appendChild(script);
    }
    sw.register(notice.getAttribute('data-service-worker')).then(function (registration) {
      if (registration.waiting) offer(registration.waiting);
      registration.addEventListener('updatefound', function () {
        var worker = registration.installing;
        if (worker) worker.addEventListener('statechange', function () { if (worker.state === 'installed') offer(worker); });
      });
    }, function () {});
  });
})();`;

export const SERVICE_WORKER_HASH = cspHash(SERVICE_WORKER_SOURCE);
