/*
 * Tables that scroll sideways: progressive enhancement only.
 *
 * site.css stacks table rows on narrow screens, so a table rarely overflows its wrapper. When one
 * does (a wide table on a tablet), keyboard users need to reach it to scroll it: this script makes
 * that wrapper a focusable region named by the table's caption, and takes that back when the table
 * fits again, so a table that does not scroll is never a Tab stop. Without the script, Chromium and
 * Firefox still let the keyboard scroll an overflowing wrapper.
 */
(function () {
  'use strict';

  var wrappers = document.querySelectorAll('.app-table-wrapper');
  if (!wrappers.length || !('classList' in wrappers[0])) {
    return;
  }

  function update(wrapper) {
    var caption = wrapper.querySelector('caption');
    if (wrapper.scrollWidth > wrapper.clientWidth + 1) {
      wrapper.setAttribute('tabindex', '0');
      wrapper.setAttribute('role', 'region');
      wrapper.setAttribute('aria-label', (caption ? caption.textContent.trim() + ' ' : '') + '(เลื่อนดูด้านข้างได้)');
    } else {
      wrapper.removeAttribute('tabindex');
      wrapper.removeAttribute('role');
      wrapper.removeAttribute('aria-label');
    }
  }

  function updateAll() {
    for (var i = 0; i < wrappers.length; i++) {
      update(wrappers[i]);
    }
  }

  updateAll();
  window.addEventListener('resize', updateAll);
})();
