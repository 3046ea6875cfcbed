/*
 * Main navigation on narrow screens: progressive enhancement only.
 *
 * Without this script the navigation is a list of links that wraps, and that stays the case if
 * the script fails. When it runs, it adds a "เมนู" button before the list (aria-controls,
 * aria-expanded) and the class `app-nav--enhanced`, which site.css uses to hide the list until
 * the button opens it. On wide screens site.css hides the button and always shows the list.
 */
(function () {
  'use strict';

  var nav = document.querySelector('.app-nav');
  var list = nav && nav.querySelector('.app-nav__list');
  if (!list || !list.id || !('classList' in nav)) {
    return;
  }

  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'app-nav__toggle';
  button.textContent = 'เมนู';
  button.setAttribute('aria-controls', list.id);
  button.setAttribute('aria-expanded', 'false');

  function setOpen(open) {
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (open) {
      nav.classList.add('app-nav--open');
    } else {
      nav.classList.remove('app-nav--open');
    }
  }

  button.addEventListener('click', function () {
    setOpen(button.getAttribute('aria-expanded') !== 'true');
  });

  // Escape closes an open menu and returns focus to the button.
  nav.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      setOpen(false);
      button.focus();
    }
  });

  list.parentNode.insertBefore(button, list);
  nav.classList.add('app-nav--enhanced');
})();
