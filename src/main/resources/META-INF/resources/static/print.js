// Buttons marked data-print print the page. A script file rather than an onclick attribute: the
// Content-Security-Policy lets only the app's own script files run.
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('[data-print]')) {
      window.print();
    }
  });
})();
