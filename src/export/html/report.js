// newsgraph report: pan and zoom, search, neighbour highlight and node cards.
// Hand-written, no library; everything it reads is in this file.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("ng-data").textContent);
  var svg = document.getElementById("ng-svg");
  var card = document.getElementById("ng-card");
  var search = document.getElementById("ng-search");
  var found = document.getElementById("ng-found");
  var nodes = [], labels = [], edgesOf = [], index = {};
  data.nodes.forEach(function (n, i) { index[n.id] = i; edgesOf.push([]); });
  svg.querySelectorAll(".node").forEach(function (el) { nodes[+el.dataset.i] = el; });
  svg.querySelectorAll(".lbl").forEach(function (el) { labels[+el.dataset.i] = el; });
  svg.querySelectorAll("[data-source]").forEach(function (el) {
    var a = index[el.dataset.source], b = index[el.dataset.target];
    if (a !== undefined) edgesOf[a].push(el);
    if (b !== undefined && b !== a) edgesOf[b].push(el);
  });

  // Pan and zoom by changing the viewBox.
  var home = svg.getAttribute("viewBox").split(" ").map(Number);
  var view = home.slice();
  function setView(v) { view = v; svg.setAttribute("viewBox", v.map(function (x) { return x.toFixed(1); }).join(" ")); }
  function toWorld(evt) {
    var r = svg.getBoundingClientRect();
    var s = Math.max(view[2] / r.width, view[3] / r.height);
    var ox = view[0] + (view[2] - r.width * s) / 2, oy = view[1] + (view[3] - r.height * s) / 2;
    return [ox + (evt.clientX - r.left) * s, oy + (evt.clientY - r.top) * s, s];
  }
  function zoom(f, cx, cy) {
    if (cx === undefined) { cx = view[0] + view[2] / 2; cy = view[1] + view[3] / 2; }
    var w = view[2] * f;
    if (w < home[2] / 40 || w > home[2] * 8) return;
    setView([cx - (cx - view[0]) * f, cy - (cy - view[1]) * f, w, view[3] * f]);
  }
  svg.addEventListener("wheel", function (evt) {
    evt.preventDefault();
    var p = toWorld(evt);
    zoom(evt.deltaY > 0 ? 1.15 : 1 / 1.15, p[0], p[1]);
  }, { passive: false });
  var drag = null;
  svg.addEventListener("pointerdown", function (evt) {
    if (evt.button !== 0) return;
    drag = { x: evt.clientX, y: evt.clientY, v: view.slice(), moved: false, s: toWorld(evt)[2] };
  });
  window.addEventListener("pointermove", function (evt) {
    if (!drag) return;
    var dx = evt.clientX - drag.x, dy = evt.clientY - drag.y;
    if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
    drag.moved = true;
    svg.classList.add("dragging");
    setView([drag.v[0] - dx * drag.s, drag.v[1] - dy * drag.s, drag.v[2], drag.v[3]]);
  });
  window.addEventListener("pointerup", function (evt) {
    var d = drag;
    drag = null;
    svg.classList.remove("dragging");
    if (!d || d.moved) return;
    var el = evt.target.closest ? evt.target.closest(".node") : null;
    if (el && svg.contains(el)) open(+el.dataset.i);
    else if (svg.contains(evt.target)) close();
  });
  document.getElementById("ng-zoom-in").addEventListener("click", function () { zoom(1 / 1.4); });
  document.getElementById("ng-zoom-out").addEventListener("click", function () { zoom(1.4); });
  document.getElementById("ng-reset").addEventListener("click", function () { setView(home.slice()); });

  // Highlight a node, its neighbours and the edges between them.
  var selected = -1;
  function clearMarks() {
    svg.querySelectorAll(".on").forEach(function (el) { el.classList.remove("on"); });
    svg.classList.remove("focus");
  }
  function highlight(k) {
    clearMarks();
    if (k < 0) return;
    svg.classList.add("focus");
    [k].concat(data.nodes[k].nb).forEach(function (j) {
      nodes[j].classList.add("on");
      labels[j].classList.add("on");
    });
    edgesOf[k].forEach(function (el) { el.classList.add("on"); });
  }
  svg.querySelectorAll(".node").forEach(function (el) {
    el.addEventListener("pointerenter", function () { if (!drag) highlight(+el.dataset.i); });
    el.addEventListener("pointerleave", function () { highlight(selected); });
  });

  function add(parent, tag, text, cls) {
    var el = document.createElement(tag);
    if (text !== undefined && text !== null) el.textContent = String(text);
    if (cls) el.className = cls;
    parent.appendChild(el);
    return el;
  }
  // Mentions per month as bars, from the first to the last dated month.
  function chart(n) {
    var idx = function (m) { return +m.slice(0, 4) * 12 + +m.slice(5, 7) - 1; };
    var first = idx(n.months[0][0]), last = idx(n.months[n.months.length - 1][0]);
    var max = Math.max.apply(null, n.months.map(function (m) { return m[1]; }));
    var w = 360, h = 36, bar = w / (last - first + 1);
    var ns = "http://www.w3.org/2000/svg";
    var s = document.createElementNS(ns, "svg");
    s.setAttribute("viewBox", "0 0 " + w + " " + h);
    s.setAttribute("class", "spark");
    n.months.forEach(function (m) {
      var r = document.createElementNS(ns, "rect"), bh = (h - 2) * m[1] / max;
      r.setAttribute("x", ((idx(m[0]) - first) * bar).toFixed(2));
      r.setAttribute("y", (h - bh).toFixed(2));
      r.setAttribute("width", Math.max(bar - 0.5, 0.5).toFixed(2));
      r.setAttribute("height", bh.toFixed(2));
      r.setAttribute("fill", nodes[index[n.id]].querySelector("circle").getAttribute("fill"));
      var t = document.createElementNS(ns, "title");
      t.textContent = m[0] + ": " + m[1];
      r.appendChild(t);
      s.appendChild(r);
    });
    add(card, "div", "mentions per month, " + n.months[0][0] + " to " + n.months[n.months.length - 1][0], "muted");
    card.appendChild(s);
  }
  function close() {
    if (selected >= 0) nodes[selected].classList.remove("sel");
    selected = -1;
    card.hidden = true;
    highlight(-1);
  }
  function open(k) {
    if (selected >= 0) nodes[selected].classList.remove("sel");
    selected = k;
    nodes[k].classList.add("sel");
    highlight(k);
    var n = data.nodes[k];
    card.textContent = "";
    var x = add(card, "button", "\u00d7", "close");
    x.type = "button";
    x.title = "Close";
    x.addEventListener("click", close);
    add(card, "h3", n.label);
    var dl = add(card, "dl");
    function row(k, v) { add(dl, "dt", k); add(dl, "dd", v); }
    row("type", n.type);
    row("id", n.id);
    row("mentions", n.mentions);
    row("documents", n.documents);
    row("first date", n.first || "undated");
    row("last date", n.last || "undated");
    if (n.aliases.length) row("aliases", n.aliases.join(", "));
    row("neighbours shown", n.nb.length);
    if (n.months.length) chart(n);
    if (!n.rels.length) { add(card, "p", "No relation statement names it.", "muted"); }
    else {
      add(card, "strong", "Relations");
      var ul = add(card, "ul", null, "rels");
      n.rels.forEach(function (r) {
        var li = add(ul, "li");
        var verb = (r.negated ? "not " : "") + (r.verb || r.relation);
        var head = r.dir === "out" ? n.label + " " + verb + " " + r.other : r.other + " " + verb + " " + n.label;
        add(li, "b", head);
        add(li, "span", " " + r.relation + ", " + r.weight + (r.weight === 1 ? " statement" : " statements"), "muted");
        if (r.text) {
          add(li, "span", "\u201c" + r.text + "\u201d", "ev");
          add(li, "span", r.doc + (r.date ? ", " + r.date : ""), "src");
        }
      });
    }
    card.hidden = false;
  }
  document.addEventListener("keydown", function (evt) { if (evt.key === "Escape") close(); });
  document.querySelectorAll("[data-card]").forEach(function (el) {
    el.addEventListener("click", function () { open(+el.dataset.card); });
  });

  // Search by name or alias.
  function matches(q) {
    q = q.trim().toLowerCase();
    if (!q) return [];
    var out = [];
    data.nodes.forEach(function (n, i) {
      if (n.label.toLowerCase().indexOf(q) >= 0 ||
          n.aliases.some(function (a) { return a.toLowerCase().indexOf(q) >= 0; })) out.push(i);
    });
    out.sort(function (a, b) { return data.nodes[b].degree - data.nodes[a].degree; });
    return out;
  }
  function showMatches() {
    svg.querySelectorAll(".match").forEach(function (el) { el.classList.remove("match"); });
    found.textContent = "";
    var m = matches(search.value);
    m.forEach(function (i) { nodes[i].classList.add("match"); });
    if (search.value.trim() && !m.length) found.textContent = "no match";
    m.slice(0, 6).forEach(function (i) {
      var b = add(found, "button", data.nodes[i].label);
      b.type = "button";
      b.addEventListener("click", function () { open(i); });
    });
    if (m.length > 6) add(found, "span", "+" + (m.length - 6) + " more");
    return m;
  }
  search.addEventListener("input", showMatches);
  search.addEventListener("keydown", function (evt) {
    if (evt.key === "Enter") { var m = showMatches(); if (m.length) open(m[0]); }
  });
})();
