(function () {
  "use strict";
  // The report's only script: navigation, filters, toggles and the review. It reads nothing but
  // data-* attributes we wrote and what the reviewer types, and never turns document text into
  // markup (textContent only). The filter state lives in the URL hash
  // ("#kind=added&section=duties"); a hash naming an element ("#c-s2.3") is a plain anchor. The
  // review lives in localStorage under both documents' sha256 and leaves as review.json
  // (contract specdiff/review/v1).
  var doc = document;
  var body = doc.body;
  var state = { section: "", title: "", kind: "", editorial: false, sbs: false };
  var current = -1;
  var REVIEW_SCHEMA = "specdiff/review/v1";
  var storeKey = "specdiff-review/v1:" + body.getAttribute("data-old-sha256") + ":" + body.getAttribute("data-new-sha256");
  var review = loadReview();

  function all(selector, root) { return Array.prototype.slice.call((root || doc).querySelectorAll(selector)); }
  function isEditorial(el) { return el.classList.contains("editorial"); }
  function filtered() { return state.section !== "" || state.title !== "" || state.kind !== ""; }

  function kindMatches(el) {
    var k = state.kind;
    if (!k) { return true; }
    if (k === "substantive") { return el.getAttribute("data-substantive") === "true"; }
    if (k === "editorial") { return isEditorial(el); }
    return el.getAttribute("data-op") === k;
  }

  function placeMatches(el) {
    var group = el.closest(".group");
    return (state.section === "" || el.getAttribute("data-section") === state.section) &&
      (state.title === "" || (group && group.getAttribute("data-title") === state.title));
  }

  function selected(el) { return placeMatches(el) && kindMatches(el); }

  function apply() {
    all(".change").forEach(function (el) {
      el.hidden = !selected(el) || (isEditorial(el) && !state.editorial);
    });
    all(".stub").forEach(function (el) {
      el.hidden = (isEditorial(el) && !state.editorial) || !placeMatches(el) ||
        (state.kind !== "" && state.kind !== "moved" && state.kind !== "substantive");
    });
    all(".context").forEach(function (el) { el.hidden = filtered(); });
    all(".group").forEach(function (group) {
      group.hidden = group.querySelector(".change:not([hidden]), .stub:not([hidden])") === null;
      groupCounts(group);
    });
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
    tally();
    describeFilters();
    var status = doc.getElementById("position");
    if (status) { status.textContent = visibleChanges().length + " shown"; }
  }

  function groupCounts(group) {
    var span = group.querySelector("[data-group-counts]");
    if (!span) { return; }
    var changes = all(".change", group).filter(selected);
    var sub = changes.filter(function (el) { return !isEditorial(el); }).length;
    var ed = changes.length - sub;
    var parts = [];
    if (sub) { parts.push(sub + " substantive"); }
    if (ed) { parts.push(ed + " editorial" + (state.editorial ? "" : " hidden")); }
    span.textContent = "(" + (parts.length ? parts.join(", ") : "no changes") + ")";
  }

  function tally() {
    // The counts at the top follow the filters: they count the changes the filters select.
    var changes = all(".change").filter(selected);
    all("[data-count]").forEach(function (el) {
      var key = el.getAttribute("data-count");
      if (key === "unchanged") { return; }
      el.textContent = String(changes.filter(function (c) {
        if (key === "substantive") { return !isEditorial(c); }
        if (key === "editorial") { return isEditorial(c); }
        return c.getAttribute("data-op") === key;
      }).length);
    });
  }

  function describeFilters() {
    var note = doc.getElementById("filter-note");
    if (!note) { return; }
    var parts = [];
    all("[data-filter]").forEach(function (select) {
      if (select.value) {
        var label = select.closest("label").firstChild.textContent.trim();
        parts.push(label + ": " + select.options[select.selectedIndex].text);
      }
    });
    note.hidden = parts.length === 0;
    note.textContent = parts.length ? "Showing only " + parts.join("; ") + "." : "";
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
    if (change && !placeMatches(change)) { state.section = ""; state.title = ""; }
    if (change && change.classList.contains("change") && !kindMatches(change)) { state.kind = ""; }
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

  // ------------------------------------------------------------------ review

  function loadReview() {
    var empty = { reviewer: "", changes: {} };
    try {
      var stored = JSON.parse(window.localStorage.getItem(storeKey) || "null");
      if (stored && typeof stored === "object" && stored.changes && typeof stored.changes === "object") {
        return { reviewer: String(stored.reviewer || ""), changes: stored.changes };
      }
    } catch (e) { /* storage refused (private mode) or unreadable: start empty */ }
    return empty;
  }

  function saveReview() {
    try { window.localStorage.setItem(storeKey, JSON.stringify(review)); } catch (e) { /* kept for this visit only */ }
  }

  function mark(article) {
    var id = article.getAttribute("data-change-id");
    var entry = review.changes[id];
    var ok = article.querySelector("[data-review]"), question = article.querySelector("[data-question]");
    var note = article.querySelector("[data-note]");
    if (ok) { ok.checked = !!entry && entry.status === "approved"; }
    if (question) { question.checked = !!entry && entry.status === "question"; }
    if (note) {
      note.value = entry && entry.note ? entry.note : "";
      if (note.value) { note.closest("details").open = true; }
    }
    article.classList.toggle("reviewed", !!entry && entry.status === "approved");
  }

  function record(article) {
    var id = article.getAttribute("data-change-id");
    var ok = article.querySelector("[data-review]").checked;
    var question = article.querySelector("[data-question]").checked;
    var note = article.querySelector("[data-note]").value;
    if (!ok && !question && !note) {
      delete review.changes[id];
    } else {
      review.changes[id] = {
        status: ok ? "approved" : (question ? "question" : "noted"),
        note: note,
        time: new Date().toISOString()
      };
    }
    saveReview();
    article.classList.toggle("reviewed", ok);
    progress();
  }

  function progress() {
    var substantive = all(".change[data-substantive='true']");
    var done = substantive.filter(function (el) {
      var entry = review.changes[el.getAttribute("data-change-id")];
      return entry && entry.status === "approved";
    }).length;
    var text = done + " of " + substantive.length + " substantive change" + (substantive.length === 1 ? "" : "s") + " reviewed";
    all("[data-review-progress]").forEach(function (el) { el.textContent = text; });
    var count = doc.querySelector("[data-sign='count']");
    if (count) { count.textContent = done + " of " + substantive.length + " substantive changes"; }
    var who = doc.querySelector("[data-sign='reviewer']");
    if (who) { who.textContent = review.reviewer; }
    var when = doc.querySelector("[data-sign='date']");
    var times = Object.keys(review.changes).map(function (k) { return review.changes[k].time || ""; }).sort();
    if (when) { when.textContent = times.length ? times[times.length - 1].slice(0, 10) : ""; }
    notes();
  }

  function notes() {
    var box = doc.getElementById("review-notes");
    if (!box) { return; }
    var list = box.querySelector("ul");
    while (list.firstChild) { list.removeChild(list.firstChild); }
    all(".change").forEach(function (el) {
      var entry = review.changes[el.getAttribute("data-change-id")];
      if (!entry || (!entry.note && entry.status !== "question")) { return; }
      var li = doc.createElement("li");
      li.textContent = "#" + el.getAttribute("data-change-id") + (entry.status === "question" ? " (question)" : "") +
        (entry.note ? ": " + entry.note : "");
      list.appendChild(li);
    });
    box.hidden = list.childNodes.length === 0;
  }

  function exportReview() {
    var status = doc.getElementById("export-status");
    var name = doc.getElementById("reviewer");
    if (!review.reviewer) {
      if (status) { status.textContent = "Type your name as reviewer first."; }
      if (name) { name.focus(); }
      return;
    }
    var changes = all(".change").map(function (el) {
      var id = el.getAttribute("data-change-id");
      var entry = review.changes[id];
      if (!entry || (entry.status !== "approved" && entry.status !== "question")) { return null; }
      return { id: id, status: entry.status, note: entry.note || "", reviewer: review.reviewer, time: entry.time };
    }).filter(function (x) { return x !== null; });
    var payload = {
      schema: REVIEW_SCHEMA,
      old: { sha256: body.getAttribute("data-old-sha256"), file: body.getAttribute("data-old-file") },
      "new": { sha256: body.getAttribute("data-new-sha256"), file: body.getAttribute("data-new-file") },
      reviewer: review.reviewer,
      exported: new Date().toISOString(),
      substantive: Number(body.getAttribute("data-substantive-total")),
      changes: changes
    };
    var blob = new Blob([JSON.stringify(payload, null, 1) + "\n"], { type: "application/json" });
    var link = doc.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = "review.json";
    body.appendChild(link);
    link.click();
    body.removeChild(link);
    if (status) { status.textContent = "Exported " + changes.length + " reviewed change" + (changes.length === 1 ? "" : "s") + " as review.json."; }
  }

  // ------------------------------------------------------------------ events

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
    } else if (action === "filters") {
      var bar = button.closest(".toolbar");
      var open = !bar.classList.contains("open");
      bar.classList.toggle("open", open);
      button.setAttribute("aria-expanded", String(open));
    } else if (action === "export-review") {
      exportReview();
    }
  });

  doc.addEventListener("change", function (event) {
    var target = event.target;
    var key = target.getAttribute && target.getAttribute("data-filter");
    if (key) {
      state[key] = target.value;
      if (key === "kind" && state.kind === "editorial") { state.editorial = true; }
      apply(); writeHash();
      return;
    }
    var article = target.closest ? target.closest(".change") : null;
    if (article && (target.hasAttribute("data-review") || target.hasAttribute("data-question"))) {
      if (target.checked) {  // reviewed and question exclude each other
        var other = article.querySelector(target.hasAttribute("data-review") ? "[data-question]" : "[data-review]");
        other.checked = false;
      }
      record(article);
    }
  });

  doc.addEventListener("input", function (event) {
    var target = event.target;
    if (target.hasAttribute && target.hasAttribute("data-note")) {
      record(target.closest(".change"));
    } else if (target.hasAttribute && target.hasAttribute("data-reviewer")) {
      review.reviewer = target.value.trim();
      saveReview();
      progress();
    }
  });

  doc.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) { return; }
    if (event.key !== "n" && event.key !== "p") { return; }
    var tag = event.target.tagName;
    // n and p are the report's keys everywhere but where text is typed; in a filter's select
    // they would otherwise pick the first option starting with that letter.
    if (tag === "INPUT" || tag === "TEXTAREA" || event.target.isContentEditable) { return; }
    event.preventDefault();
    step(event.key === "n" ? 1 : -1);
  });

  doc.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[href^='#']") : null;
    if (!link) { return; }
    var target = doc.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
    if (target) { reveal(target); }
  });

  window.addEventListener("hashchange", followHash);
  doc.documentElement.classList.add("js");
  all(".change").forEach(mark);
  var reviewer = doc.getElementById("reviewer");
  if (reviewer) { reviewer.value = review.reviewer; }
  progress();
  followHash();
})();
