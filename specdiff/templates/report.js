(function () {
  "use strict";
  // The report's only script: navigation, filters, toggles. It reads nothing but data-* attributes
  // we wrote and never turns document text into markup. The state lives in the URL hash
  // ("#kind=added&section=duties"); a hash naming an element ("#c-s2.3") is a plain anchor.
  var doc = document;
  var state = { section: "", title: "", kind: "", editorial: false, sbs: false };
  var current = -1;

  function all(selector, root) { return Array.prototype.slice.call((root || doc).querySelectorAll(selector)); }
  function isEditorial(el) { return el.classList.contains("editorial"); }

  function kindMatches(el) {
    var k = state.kind;
    if (!k) { return true; }
    if (k === "substantive") { return el.getAttribute("data-substantive") === "true"; }
    if (k === "editorial") { return isEditorial(el); }
    return el.getAttribute("data-op") === k;
  }

  function apply() {
    all(".group").forEach(function (group) {
      group.hidden = (state.section !== "" && group.getAttribute("data-section") !== state.section) ||
        (state.title !== "" && group.getAttribute("data-title") !== state.title);
    });
    all(".change").forEach(function (el) {
      el.hidden = (isEditorial(el) && !state.editorial) || !kindMatches(el);
    });
    all(".stub").forEach(function (el) {
      el.hidden = (isEditorial(el) && !state.editorial) || state.kind !== "" && state.kind !== "moved";
    });
    all(".context").forEach(function (el) { el.hidden = state.kind !== ""; });
    all(".ed-note").forEach(function (el) { el.hidden = state.editorial; });
    var toggle = doc.querySelector("[data-toggle='editorial']");
    if (toggle) {
      toggle.setAttribute("aria-pressed", String(state.editorial));
      toggle.querySelector(".verb").textContent = state.editorial ? "Hide" : "Show";
    }
    all("[data-filter]").forEach(function (select) { select.value = state[select.getAttribute("data-filter")]; });
    setSideBySide(all(".change"), state.sbs);
    var sbsAll = doc.querySelector("[data-action='sbs-all']");
    if (sbsAll) { sbsAll.setAttribute("aria-pressed", String(state.sbs)); }
    var empty = doc.getElementById("no-match");
    if (empty) { empty.hidden = visibleChanges().length > 0; }
  }

  function setSideBySide(changes, on) {
    changes.forEach(function (el) {
      var red = el.querySelector(".redline"), sbs = el.querySelector(".sbs");
      var button = el.querySelector("[data-action='sbs']");
      if (!red || !sbs || !button) { return; }
      red.hidden = on;
      sbs.hidden = !on;
      button.setAttribute("aria-pressed", String(on));
    });
  }

  function readHash() {
    var hash = location.hash.slice(1);
    if (hash.indexOf("=") < 0) { return false; }
    var params = new URLSearchParams(hash);
    state.section = params.get("section") || "";
    state.title = params.get("title") || "";
    state.kind = params.get("kind") || "";
    state.editorial = params.get("editorial") === "1" || state.kind === "editorial";
    state.sbs = params.get("view") === "sbs";
    return true;
  }

  function writeHash() {
    var params = new URLSearchParams();
    ["section", "title", "kind"].forEach(function (key) { if (state[key]) { params.set(key, state[key]); } });
    if (state.editorial) { params.set("editorial", "1"); }
    if (state.sbs) { params.set("view", "sbs"); }
    var text = params.toString();
    var url = text ? "#" + text : location.pathname + location.search;
    try { history.replaceState(null, "", url); } catch (e) { location.hash = text; }
  }

  function visibleChanges() {
    return all(".change").filter(function (el) { return el.offsetParent !== null; });
  }

  function announce(list, index) {
    var status = doc.getElementById("position");
    if (status) { status.textContent = "Change " + (index + 1) + " of " + list.length; }
  }

  function step(delta) {
    var list = visibleChanges();
    if (!list.length) { return; }
    var active = doc.activeElement && doc.activeElement.closest ? doc.activeElement.closest(".change") : null;
    var at = active ? list.indexOf(active) : -1;
    if (at < 0) { at = current < list.length ? current : -1; }
    var next = at < 0 ? (delta > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + delta));
    current = next;
    list[next].focus({ preventScroll: true });
    scrollBelowToolbar(list[next]);
    announce(list, next);
  }

  function scrollBelowToolbar(el) {
    // The toolbar is sticky and may wrap to several rows: keep the change's head out from under it.
    var bar = doc.querySelector(".toolbar");
    el.scrollIntoView({ block: "start" });
    if (bar) { window.scrollBy(0, -(bar.getBoundingClientRect().height + 8)); }
  }

  function reveal(target) {
    var change = target.closest(".change, .stub");
    if (change && isEditorial(change) && !state.editorial) { state.editorial = true; }
    var group = target.closest(".group");
    if (group && group.hidden) { state.section = ""; state.title = ""; }
    if (change && !kindMatches(change)) { state.kind = ""; }
    apply();
    var details = target.closest("details");
    if (details) { details.open = true; }
  }

  function followHash() {
    if (readHash()) { apply(); return; }
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id ? doc.getElementById(id) : null;
    if (!target) { apply(); return; }
    reveal(target);
    if (target.classList.contains("change")) { target.focus({ preventScroll: true }); }
    scrollBelowToolbar(target);
  }

  doc.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button") : null;
    if (!button) { return; }
    var action = button.getAttribute("data-action");
    if (button.getAttribute("data-toggle") === "editorial") {
      state.editorial = !state.editorial;
      if (!state.editorial && state.kind === "editorial") { state.kind = ""; }
      apply(); writeHash();
    } else if (action === "next" || action === "prev") {
      step(action === "next" ? 1 : -1);
    } else if (action === "sbs") {
      var el = button.closest(".change");
      setSideBySide([el], button.getAttribute("aria-pressed") !== "true");
    } else if (action === "sbs-all") {
      state.sbs = !state.sbs; apply(); writeHash();
    } else if (action === "clear") {
      state.section = ""; state.title = ""; state.kind = ""; apply(); writeHash();
    }
  });

  doc.addEventListener("change", function (event) {
    var key = event.target.getAttribute && event.target.getAttribute("data-filter");
    if (!key) { return; }
    state[key] = event.target.value;
    if (key === "kind" && state.kind === "editorial") { state.editorial = true; }
    apply(); writeHash();
  });

  doc.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) { return; }
    var tag = event.target.tagName;
    if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA" || event.target.isContentEditable) { return; }
    if (event.key === "n" || event.key === "p") {
      event.preventDefault();
      step(event.key === "n" ? 1 : -1);
    }
  });

  doc.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[href^='#']") : null;
    if (!link) { return; }
    var target = doc.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
    if (target) { reveal(target); }
  });

  window.addEventListener("hashchange", followHash);
  window.addEventListener("beforeprint", function () {
    all(".change[data-substantive='true'] details").forEach(function (d) { d.open = true; });
  });
  doc.documentElement.classList.add("js");
  followHash();
})();
