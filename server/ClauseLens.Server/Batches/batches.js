// The batch page: pick or drop files (folders too), upload them as one batch, follow progress by
// server-sent events (polling when the stream breaks) and link to the report. No framework, no build.
(function () {
  'use strict';
  var picked = [];
  var $ = function (id) { return document.getElementById(id); };
  var supported = /\.(docx|pdf|html?|txt|zip)$/i;

  function hidden(path) { return path.split('/').some(function (p) { return p.charAt(0) === '.' || p === '__MACOSX'; }); }

  function add(files) {
    files.forEach(function (entry) {
      var path = entry.path || entry.file.webkitRelativePath || entry.file.name;
      if (!hidden(path) && supported.test(path)) { picked.push({ file: entry.file, path: path }); }
    });
    $('count').textContent = String(picked.length);
    $('start').disabled = picked.length === 0;
  }

  function fromInput(input) { add(Array.prototype.map.call(input.files, function (f) { return { file: f }; })); input.value = ''; }

  // Folders dropped on the page arrive as directory entries: walk them.
  function walk(entry, prefix) {
    return new Promise(function (resolve) {
      if (entry.isFile) {
        entry.file(function (f) { resolve([{ file: f, path: prefix + f.name }]); }, function () { resolve([]); });
      } else if (entry.isDirectory) {
        var reader = entry.createReader(), all = [];
        (function more() {
          reader.readEntries(function (batch) {
            if (!batch.length) {
              Promise.all(all.map(function (e) { return walk(e, prefix + entry.name + '/'); }))
                .then(function (lists) { resolve([].concat.apply([], lists)); });
            } else { all = all.concat(batch); more(); }
          }, function () { resolve([]); });
        })();
      } else { resolve([]); }
    });
  }

  function showError(message) { $('error').textContent = message; $('error').hidden = !message; }

  function render(status) {
    var c = status.counts;
    $('overall').max = c.total; $('overall').value = c.done + c.failed;
    $('summary').textContent = c.done + ' done, ' + c.failed + ' failed, ' + c.analysing + ' analysing, ' + c.queued + ' queued of ' + c.total;
    var body = $('documents');
    body.textContent = '';
    status.documents.forEach(function (d) {
      var row = body.insertRow(), cell;
      row.insertCell().textContent = String(d.index + 1);
      row.insertCell().textContent = d.name;
      cell = row.insertCell();
      cell.className = d.status;
      cell.textContent = d.status + (d.reason ? ': ' + d.reason : '');
    });
    if (status.status === 'complete') {
      $('report').href = status.links.html; $('csv').href = status.links.csv; $('json').href = status.links.json;
      $('links').hidden = false;
    }
  }

  function poll(url) {
    fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (status) { render(status); if (status.status !== 'complete') { setTimeout(function () { poll(url); }, 1000); } })
      .catch(function () { showError('Lost contact with the server; reload to try again.'); });
  }

  function follow(status) {
    render(status);
    if (!window.EventSource) { poll(status.links.self); return; }
    var events = new EventSource(status.links.events);
    var onStatus = function (e) { render(JSON.parse(e.data)); };
    events.addEventListener('progress', onStatus);
    events.addEventListener('complete', function (e) { onStatus(e); events.close(); });
    events.onerror = function () { events.close(); poll(status.links.self); };
  }

  function start() {
    var form = new FormData();
    picked.forEach(function (p) { form.append('files', p.file, p.path); });
    if ($('playbook').value) { form.append('playbook', $('playbook').value); }
    $('start').disabled = true; showError('');
    fetch('/api/batches', { method: 'POST', body: form })
      .then(function (r) { return r.json().then(function (body) { return r.ok ? body : Promise.reject(body.detail || body.title); }); })
      .then(function (status) { picked = []; $('count').textContent = '0'; $('batch').hidden = false; $('links').hidden = true; current = status; follow(status); })
      .catch(function (message) { showError(String(message)); $('start').disabled = picked.length === 0; });
  }

  var current = null;
  $('files').addEventListener('change', function () { fromInput($('files')); });
  $('folder').addEventListener('change', function () { fromInput($('folder')); });
  $('start').addEventListener('click', start);
  $('delete').addEventListener('click', function () {
    if (!current) { return; }
    fetch(current.links.self, { method: 'DELETE' }).then(function () { $('batch').hidden = true; current = null; });
  });
  var drop = $('drop');
  drop.addEventListener('dragover', function (e) { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', function () { drop.classList.remove('over'); });
  drop.addEventListener('drop', function (e) {
    e.preventDefault(); drop.classList.remove('over');
    var items = Array.prototype.slice.call(e.dataTransfer.items || []);
    var entries = items.map(function (i) { return i.webkitGetAsEntry && i.webkitGetAsEntry(); }).filter(Boolean);
    if (entries.length) { Promise.all(entries.map(function (en) { return walk(en, ''); })).then(function (l) { add([].concat.apply([], l)); }); }
    else { add(Array.prototype.map.call(e.dataTransfer.files, function (f) { return { file: f }; })); }
  });
  fetch('/api/playbooks').then(function (r) { return r.ok ? r.json() : []; }).then(function (list) {
    (Array.isArray(list) ? list : list.playbooks || []).forEach(function (p) {
      var o = document.createElement('option'); o.value = p.id; o.textContent = p.name || p.id; $('playbook').appendChild(o);
    });
  }).catch(function () { /* the default playbook still works */ });
})();
