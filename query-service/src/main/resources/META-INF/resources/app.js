// The reading app's enhancements; every page works without them. Search as you type: the page for the new URL is
// fetched and its results region swapped in, and the address bar follows (replaceState), so the URL always
// reproduces what is shown. Live: new articles from the SSE stream are counted in a banner that reloads the results.
(function () {
  'use strict';

  var form = document.getElementById('search');
  var region = document.getElementById('results-region');
  if (!form || !region) {
    return;
  }
  var DEBOUNCE_MS = 300;
  var pending = null;
  var latest = 0;

  // the form's fields as a URL; empty fields are left out, as the server leaves them out of its own links
  function formUrl() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (String(value).trim() !== '') {
        params.append(name, value);
      }
    });
    var query = params.toString();
    return '/' + (query ? '?' + query : '');
  }

  // swaps in the results region of the page at url; an answer overtaken by a newer request is dropped
  function load(url, push) {
    var ticket = ++latest;
    return fetch(url, { headers: { Accept: 'text/html' } })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        if (ticket !== latest) {
          return;
        }
        var page = new DOMParser().parseFromString(html, 'text/html');
        var fresh = page.getElementById('results-region');
        if (fresh) {
          region.replaceWith(fresh);
          region = fresh;
        }
        if (push) {
          history.replaceState(null, '', url);
        }
      })
      .catch(function () {
        // the network failed: the page stays as it was, and a submit still works
      });
  }

  var q = document.getElementById('q');
  if (q && window.fetch && window.DOMParser) {
    q.addEventListener('input', function () {
      clearTimeout(pending);
      pending = setTimeout(function () { load(formUrl(), true); }, DEBOUNCE_MS);
    });
  }

  var banner = document.getElementById('live-banner');
  var count = document.getElementById('live-count');
  if (banner && count && window.EventSource) {
    var arrived = 0;
    // the browser resumes the stream by itself after a drop, sending Last-Event-ID
    var stream = new EventSource('/api/articles/stream');
    stream.onmessage = function (event) {
      if (!event.data) {
        return;
      }
      arrived++;
      count.textContent = String(arrived);
      banner.hidden = false;
    };
    banner.addEventListener('click', function () {
      arrived = 0;
      banner.hidden = true;
      load(location.pathname + location.search, false);
    });
  }
})();
