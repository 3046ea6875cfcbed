// Added by `portal serve` only, never to the published site: reloads the page after each successful
// build, and shows the build's errors over the page (which stays the last good version) until fixed.
(function () {
  'use strict';
  if (!window.EventSource) {
    return;
  }

  var overlay = null;

  function showErrors(errors) {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
    if (errors.length === 0) {
      return;
    }
    overlay = document.createElement('section');
    overlay.className = 'portal-serve-overlay';
    overlay.setAttribute('role', 'alert');
    var heading = document.createElement('h2');
    heading.className = 'portal-serve-overlay__heading';
    heading.textContent = 'เนื้อหามีข้อผิดพลาด ' + errors.length + ' รายการ หน้านี้ยังเป็นฉบับก่อนหน้า (the content has errors; this is the last good page)';
    overlay.appendChild(heading);
    var list = document.createElement('ul');
    list.className = 'portal-serve-overlay__list';
    errors.forEach(function (line) {
      var item = document.createElement('li');
      item.className = 'portal-serve-overlay__item';
      item.textContent = line;
      list.appendChild(item);
    });
    overlay.appendChild(list);
    document.body.appendChild(overlay);
  }

  var events = new EventSource('/_portal/events');
  events.addEventListener('reload', function () {
    window.location.reload();
  });
  events.addEventListener('status', function (event) {
    showErrors(JSON.parse(event.data).errors);
  });
}());
