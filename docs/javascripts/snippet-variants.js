/* Snippet variants (issue 19): a snippet whose constants carry a `# try:` list is built once per
   combination of their values (rnn_site.execution.variants); the page holds every run in its own
   div.snippet-variant, all but the default one hidden, under controls that start hidden too. Here the
   controls are shown and switch the one panel that shows; the choice goes into the URL
   (?STEM.NAME=token, history.replaceState) and is read back on load. Without JavaScript the default
   run shows and no controls. Every word said comes from the HTML the build writes. */
(function () {
  "use strict";

  function decode(text) {
    try { return decodeURIComponent(text.replace(/\+/g, " ")); } catch (error) { return text; }
  }
  function encode(text) {
    return encodeURIComponent(text);
  }
  // "NAME=token&NAME=token" -> [[NAME, value], ...] (values decoded), in their order
  function parseKey(key) {
    return (key || "").split("&").filter(Boolean).map(function (part) {
      var at = part.indexOf("=");
      return at < 0 ? [decode(part), ""] : [decode(part.slice(0, at)), decode(part.slice(at + 1))];
    });
  }
  function toMap(pairs) {
    var map = {};
    pairs.forEach(function (pair) { map[pair[0]] = pair[1]; });
    return map;
  }

  // One control per name (a radio group or a select), in declaration order
  function controlsOf(block) {
    var box = block.querySelector(".snippet-variants__controls");
    if (!box) return [];
    return [].slice.call(box.querySelectorAll(".snippet-variants__control[data-name]")).map(function (element) {
      var radios = [].slice.call(element.querySelectorAll("input[type=radio]"));
      var select = element.querySelector("select");
      return {
        name: element.getAttribute("data-name"),
        element: element,
        value: function () {
          if (select) return select.value;
          for (var i = 0; i < radios.length; i++) if (radios[i].checked) return radios[i].value;
          return null;
        },
        set: function (value) {  // true if the control has that value
          if (select) {
            for (var j = 0; j < select.options.length; j++) {
              if (select.options[j].value === value) { select.selectedIndex = j; return true; }
            }
            return false;
          }
          for (var i = 0; i < radios.length; i++) {
            if (radios[i].value === value) { radios[i].checked = true; return true; }
          }
          return false;
        },
        // what the control shows for its value: the literal as written in the code, e.g. 'LSTM'
        shown: function () {
          if (select) return select.selectedIndex < 0 ? "" : select.options[select.selectedIndex].textContent.trim();
          for (var i = 0; i < radios.length; i++) {
            if (radios[i].checked) return (radios[i].closest("label") || radios[i]).textContent.trim();
          }
          return "";
        },
        title: function () {
          var legend = element.querySelector("legend") || element.querySelector("label");
          return legend ? legend.textContent.trim() : element.getAttribute("data-name");
        }
      };
    });
  }

  function panelsOf(block) {
    return [].slice.call(block.children).filter(function (child) {
      return child.classList.contains("snippet-variant");
    });
  }

  // The panel whose data-variant is the controls' state (a token may be written encoded or not)
  function panelFor(block, controls) {
    var state = {};
    controls.forEach(function (control) { state[control.name] = control.value(); });
    var panels = panelsOf(block);
    for (var i = 0; i < panels.length; i++) {
      var raw = (panels[i].getAttribute("data-variant") || "").split("&");
      var pairs = parseKey(panels[i].getAttribute("data-variant"));
      var same = pairs.length === controls.length && pairs.every(function (pair, at) {
        var token = raw[at].slice(raw[at].indexOf("=") + 1);
        return state[pair[0]] === pair[1] || state[pair[0]] === token;
      });
      if (same) return panels[i];
    }
    return null;
  }

  function stem(block) {
    return (block.getAttribute("data-snippet") || "").replace(/\.py$/, "");
  }

  // This block's choices in the URL's query: STEM.NAME=token, only those that differ from the default
  function fromURL(block) {
    var prefix = stem(block) + ".";
    var found = {};
    parseKey(window.location.search.replace(/^\?/, "")).forEach(function (pair) {
      if (pair[0].indexOf(prefix) === 0) found[pair[0].slice(prefix.length)] = pair[1];
    });
    return found;
  }
  function toURL(block, controls) {
    var prefix = stem(block) + ".";
    var names = controls.map(function (control) { return prefix + control.name; });
    var defaults = toMap(parseKey(block.getAttribute("data-default")));
    var kept = window.location.search.replace(/^\?/, "").split("&").filter(function (part) {
      if (!part) return false;
      var at = part.indexOf("=");
      return names.indexOf(decode(at < 0 ? part : part.slice(0, at))) < 0;  // other parameters stay as written
    });
    controls.forEach(function (control) {
      var value = control.value();
      if (value !== null && value !== defaults[control.name]) kept.push(encode(prefix + control.name) + "=" + encode(value));
    });
    var url = window.location.pathname + (kept.length ? "?" + kept.join("&") : "") + window.location.hash;
    try {
      window.history.replaceState(window.history.state, "", url);
    } catch (error) { /* file:// in some browsers: the page still switches */ }
  }

  // Screen readers hear which variant shows: the polite live region the build writes inside the
  // controls (p.snippet-variants__live; made here if missing), its words from the controls'
  // data-live-template ("... {variant} ..."), the variant named by the controls' own text.
  // The region is there, empty, from the start: a region that appears with its words is not read.
  function statusOf(box) {
    var status = box.querySelector(".snippet-variants__live");
    if (!status) {
      status = document.createElement("p");
      status.className = "snippet-variants__live";
      status.setAttribute("aria-live", "polite");
      box.appendChild(status);
    }
    return status;
  }
  function announce(block, controls, panel) {
    var box = block.querySelector(".snippet-variants__controls");
    var status = statusOf(box);
    var variant = controls.map(function (control) { return control.title() + " = " + control.shown(); }).join(", ");
    var diff = panel.querySelector(".snippet-variant__diff");
    var template = box.getAttribute("data-live-template") || "{variant}";
    status.textContent = template
      .replace(/\{variant\}/g, variant || panel.getAttribute("data-variant"))
      .replace(/\{diff\}/g, diff ? diff.textContent.trim() : "")
      .trim();
  }

  function show(block, panel) {
    panelsOf(block).forEach(function (other) {
      if (other === panel) other.removeAttribute("hidden");
      else other.setAttribute("hidden", "");
    });
    // Shape hints (shape-hints.js) are placed by measuring their lines, which a hidden panel does not
    // have: it measures again on resize, so the newly shown panel gets its hints laid out
    window.dispatchEvent(new Event("resize"));
  }

  // A link to a line of a hidden variant's code (#__codelineno-...) shows that variant
  function reveal(block, controls) {
    var id = decode(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    var panel = target && target.closest(".snippet-variant");
    if (!panel || !panel.hidden || panel.parentElement !== block) return;
    parseKey(panel.getAttribute("data-variant")).forEach(function (pair) {
      controls.forEach(function (control) { if (control.name === pair[0]) control.set(pair[1]); });
    });
    if (panelFor(block, controls) !== panel) return;
    show(block, panel);
    toURL(block, controls);
    target.scrollIntoView();
  }

  function setUp(block) {
    if (block.hasAttribute("data-variants-ready")) return;
    var box = block.querySelector(".snippet-variants__controls");
    var controls = controlsOf(block);
    if (!box || !controls.length) return;
    block.setAttribute("data-variants-ready", "");

    // The default as the build wrote it, then what the URL asks for, if that variant exists
    var shown = panelsOf(block).filter(function (panel) { return !panel.hidden; })[0];
    var asked = fromURL(block);
    var before = {};
    controls.forEach(function (control) {
      before[control.name] = control.value();
      if (Object.prototype.hasOwnProperty.call(asked, control.name)) control.set(asked[control.name]);
    });
    var panel = panelFor(block, controls);
    if (!panel) {  // no such variant: back to what was checked
      controls.forEach(function (control) { control.set(before[control.name]); });
      panel = panelFor(block, controls) || shown;
    }
    if (panel && panel !== shown) show(block, panel);
    reveal(block, controls);
    window.addEventListener("hashchange", function () { reveal(block, controls); });

    box.addEventListener("change", function () {
      var chosen = panelFor(block, controls);
      if (!chosen) return;
      show(block, chosen);
      toURL(block, controls);
      announce(block, controls, chosen);
    });
    statusOf(box);
    box.removeAttribute("hidden");
  }

  function init() {
    var blocks = document.querySelectorAll(".snippet-variants");
    for (var i = 0; i < blocks.length; i++) setUp(blocks[i]);
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);  // Material: every page, also with instant navigation
  } else {
    init();
  }
})();
