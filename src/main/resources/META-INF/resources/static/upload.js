// Sends the report upload form (tags/upload.html) with XMLHttpRequest to show how much of a large
// file has gone up. Without JavaScript the same form posts normally; nothing here is needed for it.
(function () {
  'use strict';

  function megabytes(bytes) {
    return (bytes / 1048576).toFixed(1) + ' MB';
  }

  // The answer is a whole page (the results with the flash message, or the form with its error):
  // show it as if the browser had loaded it, at its address.
  function show(xhr) {
    document.open();
    document.write(xhr.responseText);
    document.close();
    if (xhr.responseURL) {
      history.replaceState(null, '', xhr.responseURL);
    }
  }

  function send(form, event) {
    if (!window.FormData || !window.XMLHttpRequest) {
      return;
    }
    event.preventDefault();
    var progress = form.querySelector('progress');
    var status = form.querySelector('[data-upload-status]');
    var button = form.querySelector('button[type=submit]');
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) {
        progress.max = e.total;
        progress.value = e.loaded;
        status.textContent = Math.floor(100 * e.loaded / e.total) + '% of ' + megabytes(e.total) + ' sent';
      }
    };
    xhr.upload.onload = function () {
      progress.removeAttribute('value');
      status.textContent = 'Sent. Reading the report and grouping its failures…';
    };
    xhr.onload = function () {
      var type = xhr.getResponseHeader('Content-Type') || '';
      if (type.indexOf('text/html') === 0) {
        show(xhr);
      } else {
        progress.hidden = true;
        button.disabled = false;
        status.textContent = xhr.status + ': ' + (xhr.responseText || 'The upload was refused.');
      }
    };
    xhr.onerror = function () {
      progress.hidden = true;
      button.disabled = false;
      status.textContent = 'The upload failed: the connection was lost or the file is larger than the server accepts.';
    };
    progress.hidden = false;
    progress.value = 0;
    button.disabled = true;
    status.textContent = 'Sending…';
    xhr.send(new FormData(form));
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.hasAttribute && form.hasAttribute('data-upload')) {
      send(form, event);
    }
  });
})();
