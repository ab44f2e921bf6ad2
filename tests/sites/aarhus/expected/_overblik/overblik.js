/* overblik: site search and initiative filters. Progressive enhancement:
   every page works without this script; it only reveals and drives the
   search field and the filter form. Content is only ever inserted as text. */
(function () {
  "use strict";
  var root = document.documentElement.getAttribute("data-root") || "";

  /* Folds Danish text for matching: lower case, å→aa, æ→ae, ø→oe, accents
     dropped, so "Århus", "aarhus" and "ARHUS"-less spellings meet. */
  function fold(s) {
    return String(s || "").toLocaleLowerCase("da").normalize("NFD")
      .replace(/å|a\u030a/g, "aa").replace(/æ/g, "ae").replace(/ø/g, "oe")
      .replace(/[\u0300-\u036f]/g, "");
  }
  function words(s) { return fold(s).split(/[^0-9a-z]+/).filter(Boolean); }

  /* ---- search ---------------------------------------------------------- */
  function setupSearch() {
    var form = document.getElementById("site-search");
    if (!form) return;
    var input = form.querySelector("input[type=search]");
    var panel = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    var labels = form.dataset;
    var index = null, loading = null;
    form.hidden = false;

    function load() {
      if (!loading) {
        loading = fetch(root + "search-index.json").then(function (r) { return r.json(); }).then(function (data) {
          index = data.items.map(function (item) {
            return {
              item: item,
              title: words(item.title + " " + (item.number || "")),
              rest: words([item.summary, item.text, (item.themes || []).join(" "), (item.tags || []).join(" "), item.status].join(" "))
            };
          });
        });
      }
      return loading;
    }

    function score(entry, terms) {
      var total = 0;
      for (var i = 0; i < terms.length; i++) {
        var t = terms[i], best = 0;
        for (var j = 0; j < entry.title.length && best < 3; j++) {
          if (entry.title[j] === t) best = 3; else if (entry.title[j].indexOf(t) === 0) best = Math.max(best, 2);
        }
        for (var k = 0; k < entry.rest.length && best < 1; k++) {
          if (entry.rest[k].indexOf(t) === 0) best = 1;
        }
        if (!best) return 0;
        total += best;
      }
      return total;
    }

    function show(query) {
      var terms = words(query);
      panel.textContent = "";
      if (!terms.length) { panel.hidden = true; status.textContent = ""; return; }
      var hits = [];
      index.forEach(function (e, n) { var s = score(e, terms); if (s) hits.push({ e: e, s: s, n: n }); });
      hits.sort(function (a, b) { return b.s - a.s || a.n - b.n; });
      status.textContent = hits.length ? labels.results.replace("{n}", hits.length) : labels.none;
      var list = document.createElement("ul");
      hits.slice(0, 20).forEach(function (h) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = root + h.e.item.url;
        a.textContent = (h.e.item.number ? h.e.item.number + ". " : "") + h.e.item.title;
        li.appendChild(a);
        var kind = document.createElement("span");
        kind.className = "search-kind";
        kind.textContent = " " + (labels["kind" + h.e.item.kind] || "");
        li.appendChild(kind);
        if (h.e.item.summary) {
          var p = document.createElement("p");
          p.textContent = h.e.item.summary;
          li.appendChild(p);
        }
        list.appendChild(li);
      });
      panel.appendChild(list);
      panel.hidden = hits.length === 0;
    }

    input.addEventListener("focus", load);
    input.addEventListener("input", function () { load().then(function () { show(input.value); }); });
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      load().then(function () { show(input.value); var first = panel.querySelector("a"); if (first) first.focus(); });
    });
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape") { input.value = ""; show(""); }
    });
  }

  /* ---- initiative filters ---------------------------------------------- */
  function setupFilters() {
    var form = document.getElementById("filters");
    var list = document.getElementById("initiative-list");
    if (!form || !list) return;
    var items = Array.prototype.slice.call(list.children);
    items.forEach(function (li, n) { li.dataset.order = String(n); });
    var count = document.getElementById("filter-count");
    var fields = ["tema", "status", "ansvarlig", "emne", "sort"];
    /* The filters sit in a <details>, closed on phones so the cards come
       first; open from 641px, and whenever the URL carries a filter. */
    var toggle = document.getElementById("filters-toggle");
    if (toggle) {
      toggle.hidden = false;
      if (location.search || (window.matchMedia && window.matchMedia("(min-width: 641px)").matches)) toggle.open = true;
    }

    function value(name) { var el = form.elements[name]; return el ? el.value : ""; }

    function apply(push) {
      var theme = value("tema"), status = value("status"), owner = value("ansvarlig"), tag = value("emne");
      var shown = 0;
      items.forEach(function (li) {
        var ok = (!theme || (" " + li.dataset.themes + " ").indexOf(" " + theme + " ") >= 0) &&
          (!status || li.dataset.status === status) &&
          (!owner || li.dataset.owners.split("|").indexOf(owner) >= 0) &&
          (!tag || li.dataset.tags.split("|").indexOf(tag) >= 0);
        li.hidden = !ok;
        if (ok) shown++;
      });
      var sort = value("sort") || "number";
      var sorted = items.slice().sort(function (a, b) {
        if (sort === "title") return a.dataset.title.localeCompare(b.dataset.title, "da") || a.dataset.order - b.dataset.order;
        if (sort === "updated") return (b.dataset.updated || "").localeCompare(a.dataset.updated || "") || a.dataset.order - b.dataset.order;
        return a.dataset.order - b.dataset.order;
      });
      sorted.forEach(function (li) { list.appendChild(li); });
      count.textContent = form.dataset.count.replace("{shown}", shown).replace("{total}", items.length);
      if (push) {
        var params = new URLSearchParams();
        fields.forEach(function (f) { var v = value(f); if (v && !(f === "sort" && v === "number")) params.set(f, v); });
        var qs = params.toString();
        history.replaceState(null, "", location.pathname + (qs ? "?" + qs : "") + location.hash);
      }
    }

    var params = new URLSearchParams(location.search);
    fields.forEach(function (f) {
      var el = form.elements[f], v = params.get(f);
      if (el && v !== null && Array.prototype.some.call(el.options, function (o) { return o.value === v; })) el.value = v;
    });
    form.addEventListener("change", function () { apply(true); });
    form.addEventListener("submit", function (ev) { ev.preventDefault(); apply(true); });
    form.addEventListener("reset", function () { setTimeout(function () { apply(true); }, 0); });
    apply(false);
  }

  setupSearch();
  setupFilters();
})();
