/* A switch for the shape hints (docs/stylesheets/shape-hints.css) in the title bar of every code
   block that has them. Off or on applies to every block of the page and is remembered for the next
   pages (localStorage). Without JavaScript the hints simply stay on. */
(function () {
  "use strict";
  var KEY = "rnn-site.shape-hints";
  var LABELS = {
    ko: { text: "shape 표시", title: "각 줄이 만든 배열의 shape을 줄 끝에 보여 줍니다" },
    en: { text: "Show shapes", title: "Show the shape of every array a line made at the end of that line" }
  };

  function stored() {
    try { return window.localStorage.getItem(KEY); } catch (error) { return null; }
  }
  function store(value) {
    try { window.localStorage.setItem(KEY, value); } catch (error) { /* private mode: this page only */ }
  }
  function apply(on) {
    document.documentElement.setAttribute("data-shape-hints", on ? "on" : "off");
    var buttons = document.querySelectorAll(".shape-hints-toggle");
    for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute("aria-pressed", on ? "true" : "false");
  }

  // A hint that would run past the right edge of its block (after a long line) moves under its
  // line, as on a phone, instead of hiding in the block's sideways scroll. Reads, then writes.
  function fit() {
    var hints = [].slice.call(document.querySelectorAll(".shape-hint:not(.shape-hint--below)"));
    hints.forEach(function (hint) { pair(hint).forEach(function (s) { s.classList.remove("shape-hint--moved"); }); });
    hints.filter(function (hint) {
      if (!hint.offsetParent) return false;  // hidden: a narrow screen, or switched off
      var code = hint.closest("code");
      var box = code.getBoundingClientRect();
      var right = hint.getBoundingClientRect().right - box.left + code.scrollLeft;
      return right > code.clientWidth - parseFloat(getComputedStyle(code).paddingRight) + 1;
    }).forEach(function (hint) { pair(hint).forEach(function (s) { s.classList.add("shape-hint--moved"); }); });
  }
  function pair(hint) {
    var below = hint.nextElementSibling;
    return below && below.classList.contains("shape-hint--below") ? [hint, below] : [hint];
  }
  var pending = false;
  window.addEventListener("resize", function () {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () { pending = false; fit(); });
  });

  function init() {
    var lang = (document.documentElement.lang || "en").slice(0, 2);
    var words = LABELS[lang] || LABELS.en;
    var runs = document.querySelectorAll(".snippet-run");
    for (var i = 0; i < runs.length; i++) {
      var run = runs[i];
      if (!run.querySelector(".shape-hint") || run.querySelector(".shape-hints-toggle")) continue;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "shape-hints-toggle";
      button.textContent = words.text;
      button.title = words.title;
      button.addEventListener("click", function (event) {
        var on = event.currentTarget.getAttribute("aria-pressed") !== "true";
        store(on ? "on" : "off");
        apply(on);
        fit();
      });
      var bar = run.querySelector(".highlight .filename");
      if (bar) bar.appendChild(button);
      else run.insertBefore(button, run.firstChild);
    }
    apply(stored() !== "off");
    fit();
    if (document.fonts && document.fonts.ready) document.fonts.ready.then(fit);  // widths change with the font
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);  // Material: every page, also with instant navigation
  } else {
    init();
  }
})();
