// "Traffic now" refreshes itself: every 15 s the live part is fetched and swapped in. No inline
// script anywhere (the page's Content-Security-Policy forbids it).
(function () {
  'use strict';
  var live = document.getElementById('live');
  if (!live) { return; }
  function refresh() {
    fetch('/traffic?part=live', { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (r) {
        if (r.redirected || r.status === 401 || r.url.indexOf('/login') >= 0) {
          window.location.href = '/login?next=/traffic';
          return null;
        }
        return r.ok ? r.text() : null;
      })
      .then(function (html) {
        if (html !== null && html !== undefined) { live.innerHTML = html; }
      })
      .catch(function () { /* the next poll tries again */ });
  }
  window.setInterval(refresh, 15000);
}());
