// The feeding app's behaviour: gauges, uploads that follow their file, the parser preview. Its words come from the
// page (script#messages, rendered from the message bundle), so they are translated in one place only.
'use strict';
(function () {
  const messages = JSON.parse(document.getElementById('messages').textContent);
  const table = document.getElementById('uploads');
  const readingApp = table.dataset.readingAppUrl;
  const FINAL = ['processed', 'duplicate', 'failed'];
  const PROBLEM_PREFIX = 'urn:news.xuhui:problem:';

  function reasonText(code) {
    return messages.reasons[code] || messages.text.unknownReason;
  }

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  async function problemOf(response) {
    try {
      return await response.json();
    } catch (e) {
      return {};
    }
  }

  // ---- gauges ----------------------------------------------------------------------------------------------------
  const gauges = { 'gauge-waiting': 'waiting', 'gauge-in-flight': 'inFlight', 'gauge-failed-today': 'failedToday' };

  async function refreshGauges() {
    try {
      const response = await fetch('/api/inbox', { headers: { Accept: 'application/json' } });
      if (!response.ok) return;
      const counts = await response.json();
      for (const [id, field] of Object.entries(gauges)) {
        document.getElementById(id).textContent = String(counts[field]);
      }
    } catch (e) {
      // the service is away for a moment: the next refresh tries again
    }
  }
  setInterval(refreshGauges, 3000);

  // ---- uploads ---------------------------------------------------------------------------------------------------
  function addRow(file) {
    const tr = el('tr', 'upload');
    tr.dataset.file = file.name;
    const row = { tr: tr, state: el('td', 'state'), result: el('td', 'result') };
    tr.append(el('td', 'file', file.name), row.state, row.result);
    table.tBodies[0].prepend(tr);
    return row;
  }

  function show(row, state) {
    row.tr.dataset.state = state;
    row.state.textContent = messages.states[state];
  }

  function failRow(row, text) {
    show(row, 'failed');
    row.result.replaceChildren(el('span', 'reason', text));
  }

  function articleLinks(ids) {
    return (ids || []).map(function (id, i) {
      const a = el('a', 'article', messages.text.article + ' ' + (i + 1));
      a.href = readingApp + '/articles/' + encodeURIComponent(id);
      a.title = id;
      return a;
    });
  }

  /** Shows a status from GET /api/files/{sha256}; true once it is this upload's outcome. */
  function showStatus(row, status, uploaded) {
    // a status under another name is an earlier file with the same content: this upload has no outcome yet
    const ours = status.fileName === uploaded.fileName;
    if (!ours || !FINAL.includes(status.state)) {
      // the ingestor marks the file pending again once it has taken it: a newer time means it is being processed
      show(row, ours && status.updatedAt !== uploaded.updatedAt ? 'processing' : 'waiting');
      return false;
    }
    show(row, status.state);
    if (status.state === 'failed') {
      row.result.replaceChildren(el('span', 'reason', reasonText(status.error && status.error.reason)));
    } else if (status.state === 'duplicate') {
      row.result.replaceChildren(el('span', 'duplicate-of', messages.text.duplicateOf),
        el('span', 'original', status.duplicateOf), ...articleLinks(status.articleIds));
    } else {
      row.result.replaceChildren(...articleLinks(status.articleIds));
    }
    return true;
  }

  async function follow(row, uploaded) {
    let wait = 500;
    for (;;) {
      await new Promise(function (resolve) { setTimeout(resolve, wait); });
      wait = Math.min(wait * 2, 3000);
      try {
        const response = await fetch('/api/files/' + uploaded.sha256, { headers: { Accept: 'application/json' } });
        if (response.ok && showStatus(row, await response.json(), uploaded)) return;
      } catch (e) {
        // try again at the next turn
      }
    }
  }

  async function upload(file) {
    const row = addRow(file);
    show(row, 'uploading');
    let response;
    try {
      response = await fetch('/api/files?filename=' + encodeURIComponent(file.name), {
        method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: file
      });
    } catch (e) {
      failRow(row, messages.text.uploadRefused);
      return;
    }
    if (response.status === 413) {
      failRow(row, reasonText('too-large'));
      return;
    }
    const body = await problemOf(response);
    if (response.status !== 202) {
      failRow(row, messages.text.uploadRefused + ' ' + (body.detail || response.status));
      return;
    }
    row.tr.dataset.sha256 = body.sha256;
    // the answer is the content's status: an earlier file with the same content keeps its own until this one's
    // outcome, so this upload is followed by its own name (the service strips blanks around it)
    const name = file.name.trim();
    const uploaded = { sha256: body.sha256, fileName: name, updatedAt: body.fileName === name ? body.updatedAt : null };
    if (!showStatus(row, body, uploaded)) {
      follow(row, uploaded);
    }
  }

  function uploadAll(files) {
    Array.from(files).forEach(upload);
  }

  const drop = document.getElementById('drop');
  const chooser = document.getElementById('files');
  chooser.addEventListener('change', function () {
    uploadAll(chooser.files);
    chooser.value = '';
  });
  drop.addEventListener('dragover', function (event) {
    event.preventDefault();
    drop.classList.add('dragging');
  });
  drop.addEventListener('dragleave', function () {
    drop.classList.remove('dragging');
  });
  drop.addEventListener('drop', function (event) {
    event.preventDefault();
    drop.classList.remove('dragging');
    uploadAll(event.dataTransfer.files);
  });

  // ---- preview ---------------------------------------------------------------------------------------------------
  const previewText = document.getElementById('preview-text');
  const previewFile = document.getElementById('preview-file');
  const previewError = document.getElementById('preview-error');
  const previewResults = document.getElementById('preview-results');

  function previewFailure(text) {
    previewError.textContent = text;
    previewError.hidden = false;
  }

  async function previewProblem(response) {
    if (response.status === 429) return messages.text.previewBusy;
    if (response.status === 413) return messages.text.previewTooLarge;
    const type = (await problemOf(response)).type || '';
    // 422: the parser's reason, as in urn:news.xuhui:problem:page-<reason>
    return type.startsWith(PROBLEM_PREFIX + 'page-') ? reasonText(type.slice((PROBLEM_PREFIX + 'page-').length))
      : messages.text.previewFailed;
  }

  function showPreview(page) {
    const articles = page.articles || [];
    if (articles.length === 0) {
      previewResults.append(el('p', 'preview-article-none', messages.text.previewNoArticles));
    }
    for (const article of articles) {
      const item = el('article', 'preview-article');
      item.append(el('h4', 'preview-title', article.title || messages.text.untitled),
        el('p', 'preview-paragraphs', (article.paragraphs || []).length + ' ' + messages.text.paragraphs));
      previewResults.append(item);
    }
  }

  document.getElementById('preview-run').addEventListener('click', async function () {
    previewError.hidden = true;
    previewResults.querySelectorAll('.preview-article, .preview-article-none').forEach(function (e) { e.remove(); });
    const file = previewFile.files[0];
    const url = '/api/parse' + (file ? '?filename=' + encodeURIComponent(file.name) : '');
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': file ? 'application/octet-stream' : 'text/plain; charset=utf-8' },
        body: file || previewText.value
      });
      if (response.ok) {
        showPreview(await response.json());
      } else {
        previewFailure(await previewProblem(response));
      }
    } catch (e) {
      previewFailure(messages.text.previewFailed);
    }
  });
})();
