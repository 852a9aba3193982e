// Text size and contrast (适老化): applies the reader's saved choice to <html> before first paint
// (this file is a blocking script at the start of <body>), then wires the header controls. An external file,
// so that the Content-Security-Policy can forbid inline scripts.
(function () {
  var root = document.documentElement;
  var SIZES = ['normal', 'large', 'x-large'];
  var KEY_SIZE = 'nianbao.textSize';
  var KEY_CONTRAST = 'nianbao.contrast';

  function load(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function save(key, value) {
    try { window.localStorage.setItem(key, value); } catch (e) { /* storage off: the choice lasts for this page */ }
  }
  function apply(size, contrast) {
    if (size && size !== 'normal') root.setAttribute('data-text-size', size);
    else root.removeAttribute('data-text-size');
    if (contrast === 'high') root.setAttribute('data-contrast', 'high');
    else root.removeAttribute('data-contrast');
  }

  var size = SIZES.indexOf(load(KEY_SIZE)) >= 0 ? load(KEY_SIZE) : 'normal';
  var contrast = load(KEY_CONTRAST) === 'high' ? 'high' : 'normal';
  apply(size, contrast);

  function wire() {
    var box = document.querySelector('[data-prefs]');
    if (!box) return;
    var sizeButtons = box.querySelectorAll('[data-text-size]');
    var contrastButton = box.querySelector('[data-contrast-toggle]');
    function sync() {
      for (var i = 0; i < sizeButtons.length; i++) {
        sizeButtons[i].setAttribute('aria-pressed', String(sizeButtons[i].getAttribute('data-text-size') === size));
      }
      if (contrastButton) contrastButton.setAttribute('aria-pressed', String(contrast === 'high'));
    }
    box.addEventListener('click', function (event) {
      var button = event.target instanceof Element ? event.target.closest('button') : null;
      if (!button) return;
      if (button.hasAttribute('data-text-size')) {
        size = button.getAttribute('data-text-size');
        save(KEY_SIZE, size);
      } else if (button.hasAttribute('data-contrast-toggle')) {
        contrast = contrast === 'high' ? 'normal' : 'high';
        save(KEY_CONTRAST, contrast);
      }
      apply(size, contrast);
      sync();
    });
    sync();
    box.hidden = false;
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire);
  else wire();
})();
