// mizan report: optional enhancements. The page works fully without this script.
// Adds class "js" to <html> (reveals the Highlight buttons); a Highlight button dims every quotation
// but the speaker's own; pressing it again, or Escape, clears.
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");
  var current = null;
  function highlight(id) {
    current = current === id ? null : id;
    var quotes = document.querySelectorAll(".article-text .q");
    for (var i = 0; i < quotes.length; i++) {
      var mine = current !== null && quotes[i].classList.contains("sp" + current);
      quotes[i].classList.toggle("dim", current !== null && !mine);
      quotes[i].classList.toggle("hl", current !== null && mine);
    }
    var buttons = document.querySelectorAll("button.highlight");
    for (var j = 0; j < buttons.length; j++) {
      buttons[j].setAttribute("aria-pressed", String(buttons[j].getAttribute("data-speaker") === current));
    }
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button.highlight") : null;
    if (button) { highlight(button.getAttribute("data-speaker")); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && current !== null) { highlight(current); }
  });
})();
