// Evidence upload from the case page, in chunks through the resumable API (POST .../evidence/uploads, then PUT
// each chunk with Content-Range): a chunk that fails (the phone lost its signal) is resumed from the offset the
// server reports, a few times with growing pauses, then the "continue" button takes it up again; a session is kept
// in localStorage so that reopening the page resumes the same file. The progress bar follows the confirmed offset.
(function () {
  'use strict';

  var form = document.querySelector('form[data-evidence-upload]');
  if (!form) {
    return;
  }
  var chunkSize = Math.max(parseInt(form.getAttribute('data-chunk-size'), 10),
    parseInt(form.getAttribute('data-min-chunk'), 10));
  var fileInput = form.querySelector('input[type=file]');
  var progress = document.getElementById('evidenceProgress');
  var bar = document.getElementById('evidenceProgressBar');
  var status = document.getElementById('evidenceStatus');
  var errors = document.getElementById('evidenceErrors');
  var submit = document.getElementById('evidenceSubmit');
  var retry = document.getElementById('evidenceRetry');
  var running = false;

  function text(name, arg) {
    var t = form.getAttribute('data-text-' + name) || '';
    return arg === undefined ? t : t.replace('{0}', arg);
  }

  function headers(extra) {
    var h = extra || {};
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      h[header.content] = token.content;
    }
    return h;
  }

  function size(bytes) {
    var units = ['B', 'KB', 'MB', 'GB'];
    var u = 0;
    while (bytes >= 1024 && u < units.length - 1) {
      bytes /= 1024;
      u++;
    }
    return (u === 0 ? bytes : bytes.toFixed(1)) + ' ' + units[u];
  }

  function show(offset, total) {
    var percent = total === 0 ? 100 : Math.floor(offset * 100 / total);
    progress.classList.remove('d-none');
    progress.setAttribute('aria-valuenow', String(percent));
    bar.style.width = percent + '%';
    bar.textContent = percent + '%';
    status.textContent = text('uploading', size(offset) + ' / ' + size(total));
  }

  function problems(problem) {
    errors.textContent = '';
    var list = (problem && problem.errors) || [];
    if (list.length === 0) {
      var li = document.createElement('li');
      li.textContent = (problem && problem.detail) || '';
      errors.appendChild(li);
    }
    list.forEach(function (e) {
      var item = document.createElement('li');
      item.textContent = e.message ? e.field + ': ' + e.message : e.field;
      errors.appendChild(item);
    });
  }

  function sleep(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  }

  function key(file) {
    return 'mingjing-upload:' + form.getAttribute('data-case') + ':' + file.name + ':' + file.size + ':' + file.lastModified;
  }

  function metadata(file) {
    var value = function (name) {
      var field = form.elements.namedItem(name);
      return field && field.value !== '' ? field.value : null;
    };
    return {
      filename: file.name, contentType: file.type || 'application/octet-stream', size: file.size,
      kind: value('kind'), description: value('description'), stage: value('stage'), avStage: value('avStage'),
      stepId: value('stepId'), device: value('device'), recordedAt: value('recordedAt'),
      recordedPlace: value('recordedPlace'), officerId: value('officerId')
    };
  }

  async function json(response) {
    try {
      return await response.json();
    } catch (e) {
      return null;
    }
  }

  /** The session to continue: one kept for this very file if the server still has it open, or a new one. */
  async function session(file) {
    var kept = localStorage.getItem(key(file));
    if (kept) {
      var r = await fetch('/api/evidence/uploads/' + kept, { credentials: 'same-origin', headers: headers() });
      if (r.ok) {
        var s = await r.json();
        if (s.state === 'OPEN' || s.state === 'COMPLETING') {
          return { id: kept, offset: s.offset };
        }
      }
      localStorage.removeItem(key(file));
    }
    var created = await fetch(form.getAttribute('data-evidence-upload'), {
      method: 'POST', credentials: 'same-origin',
      headers: headers({ 'Content-Type': 'application/json', 'Accept': 'application/json' }),
      body: JSON.stringify(metadata(file))
    });
    var body = await json(created);
    if (created.status !== 201) {
      var refusal = new Error('refused');
      refusal.problem = body;
      throw refusal;
    }
    localStorage.setItem(key(file), body.uploadId);
    return { id: body.uploadId, offset: body.offset };
  }

  async function offsetOf(id) {
    var r = await fetch('/api/evidence/uploads/' + id, { credentials: 'same-origin', headers: headers() });
    if (!r.ok) {
      throw new Error('status ' + r.status);
    }
    return (await r.json()).offset;
  }

  async function upload() {
    if (running) {
      return;
    }
    var file = fileInput.files[0];
    errors.textContent = '';
    if (!file) {
      problems({ detail: text('file-required') });
      return;
    }
    running = true;
    submit.disabled = true;
    retry.classList.add('d-none');
    status.textContent = text('preparing');
    try {
      var s = await session(file);
      var offset = s.offset;
      var failures = 0;
      show(offset, file.size);
      while (true) {
        var end = Math.min(offset + chunkSize, file.size);
        var response;
        try {
          response = await fetch('/api/evidence/uploads/' + s.id, {
            method: 'PUT', credentials: 'same-origin',
            headers: headers({ 'Content-Type': 'application/octet-stream', 'Accept': 'application/json',
              'Content-Range': 'bytes ' + offset + '-' + (end - 1) + '/' + file.size }),
            body: file.slice(offset, end)
          });
        } catch (networkError) {
          response = null;
        }
        if (response && (response.status === 200 || response.status === 201)) {
          var body = await response.json();
          failures = 0;
          if (response.status === 201) {
            show(file.size, file.size);
            localStorage.removeItem(key(file));
            bar.classList.remove('progress-bar-animated');
            status.textContent = text('done');
            form.setAttribute('data-uploaded', body.id);
            setTimeout(function () { window.location.reload(); }, 800);
            return;
          }
          offset = body.offset;
          show(offset, file.size);
          continue;
        }
        var problem = response ? await json(response) : null;
        if (response && response.status === 409 && problem && problem.offset !== undefined) {
          offset = problem.offset;
          show(offset, file.size);
          continue;
        }
        if (response && response.status >= 400 && response.status < 500 && response.status !== 408
            && !(problem && problem.type && /invalid-input$/.test(problem.type) && failures === 0)) {
          var refused = new Error('refused');
          refused.problem = problem;
          throw refused;
        }
        // A dropped connection, a chunk cut short, a server briefly away: resume from where the server stands.
        failures++;
        if (failures > 5) {
          throw new Error('network');
        }
        status.textContent = text('retrying');
        await sleep(1000 * failures);
        try {
          offset = await offsetOf(s.id);
        } catch (e) {
          // keep the offset we had; the next attempt tells us
        }
      }
    } catch (e) {
      if (e.problem) {
        problems(e.problem);
        status.textContent = text('failed', e.problem.detail || '');
      } else {
        status.textContent = text('failed', '');
        retry.classList.remove('d-none');
      }
    } finally {
      running = false;
      submit.disabled = false;
    }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    upload();
  });
  retry.addEventListener('click', function () {
    upload();
  });
})();
