// Repeated form rows (whys, changed files, checks): add, remove and move them in the page, renumbering as it goes.
// Without this script the same buttons post the form and the server shows it again with the change made
// (dev.fivewhys.web.RowAction), so nothing typed is lost either way. Button values: add-why, remove-why-3, up-why-3…
(function () {
  'use strict';
  var ACTION = /^(add|remove|up|down)-([a-z]+)(?:-(\d+))?$/;

  function rowsOf(list) {
    return Array.prototype.filter.call(list.children, function (child) { return child.hasAttribute('data-row'); });
  }

  // Row N's ids end in -N (why-3, why-3-error), its buttons' values too (remove-why-3); labels show N in [data-number].
  function renumber(list) {
    rowsOf(list).forEach(function (row, i) {
      var n = String(i + 1);
      row.querySelectorAll('[data-number]').forEach(function (el) { el.textContent = n; });
      row.querySelectorAll('[id], [for], [aria-describedby]').forEach(function (el) {
        ['id', 'for', 'aria-describedby'].forEach(function (name) {
          var value = el.getAttribute(name);
          if (value) {
            el.setAttribute(name, value.replace(/-\d+(-error)?$/, '-' + n + '$1'));
          }
        });
      });
      row.querySelectorAll('button[name="action"]').forEach(function (button) {
        button.value = button.value.replace(/-\d+$/, '-' + n);
      });
    });
  }

  function firstField(row) {
    return row ? row.querySelector('input, textarea, select') : null;
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button[name="action"]') : null;
    var match = button ? ACTION.exec(button.value) : null;
    var list = match ? document.querySelector('[data-rows="' + match[2] + '"]') : null;
    if (!list) {
      return; // not a row button: the form posts as usual
    }
    event.preventDefault();
    var rows = rowsOf(list);
    var row = match[3] ? rows[Number(match[3]) - 1] : null;
    var focus = null;
    if (match[1] === 'add') {
      if (rows.length >= Number(list.getAttribute('data-max') || 100)) {
        return;
      }
      var template = document.getElementById(match[2] + '-template');
      var added = template.content.firstElementChild.cloneNode(true);
      list.appendChild(added);
      focus = firstField(added);
    } else if (!row) {
      return;
    } else if (match[1] === 'remove') {
      focus = firstField(row.nextElementSibling || row.previousElementSibling);
      list.removeChild(row);
    } else if (match[1] === 'up' && row.previousElementSibling) {
      list.insertBefore(row, row.previousElementSibling);
      focus = button;
    } else if (match[1] === 'down' && row.nextElementSibling) {
      list.insertBefore(row.nextElementSibling, row);
      focus = button;
    }
    renumber(list);
    if (focus) {
      focus.focus();
    }
  });
})();
