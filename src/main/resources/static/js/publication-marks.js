// The release page's hand marks: text selected in the original becomes a line of the marks field, so the releasing
// officer marks what the patterns missed by selecting it (or types it). No inline handlers: the CSP forbids them.
(function () {
  var button = document.getElementById('addSelection');
  if (!button) {
    return;
  }
  var source = document.getElementById(button.getAttribute('data-source'));
  var target = document.getElementById(button.getAttribute('data-target'));
  var selected = '';

  // The last selection made inside the original, kept so that pressing the button (which may clear it) still has it.
  function remember() {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return;
    }
    var range = selection.getRangeAt(0);
    if (!source.contains(range.commonAncestorContainer)) {
      return;
    }
    var text = selection.toString().trim();
    if (text) {
      selected = text;
      button.disabled = false;
    }
  }

  document.addEventListener('selectionchange', remember);
  source.addEventListener('mouseup', remember);
  source.addEventListener('touchend', remember);

  button.addEventListener('click', function () {
    remember();
    if (!selected) {
      return;
    }
    var lines = target.value.split('\n').map(function (l) { return l.trim(); }).filter(function (l) { return l; });
    if (lines.indexOf(selected) < 0) {
      lines.push(selected);
    }
    target.value = lines.join('\n');
    target.focus();
  });
})();
