// app.js: the sitrep dashboard. A small hash-routed page over the JSON API.
// Every piece of article text is inserted with textContent, never as
// markup, so an article holding <script> shows as text.
"use strict";
(function () {
  const main = document.getElementById("main");
  const panel = document.getElementById("panel");
  const panelBody = document.getElementById("panel-body");
  let charts = [];

  // el builds an element: el("a", {href: "#"}, "text", child…).
  function el(tag, attrs) {
    const e = document.createElement(tag);
    if (attrs) {
      for (const k in attrs) {
        if (k === "class") e.className = attrs[k];
        else if (k === "text") e.textContent = attrs[k];
        else if (k.startsWith("on")) e.addEventListener(k.slice(2), attrs[k]);
        else e.setAttribute(k, attrs[k]);
      }
    }
    for (let i = 2; i < arguments.length; i++) {
      const c = arguments[i];
      if (c == null) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  // gen counts the pages shown: a view whose page was left while its
  // data loaded stops at its next api call (the answer never arrives),
  // so it adds nothing to the page that replaced it.
  let gen = 0;
  async function api(path) {
    const my = gen;
    const r = await fetch(path, { headers: { Accept: "application/json" } });
    const body = await r.json().catch(function () { return {}; });
    if (my !== gen) return new Promise(function () {});
    if (!r.ok) throw new Error(body.error || ("HTTP " + r.status));
    return body;
  }

  function clear() {
    charts.forEach(function (c) { c.dispose(); });
    charts = [];
    main.replaceChildren();
    closePanel();
  }

  function showError(err) {
    main.append(el("p", { class: "error", text: "Could not load: " + err.message }));
  }

  function openPanel(title, nodes) {
    panelBody.replaceChildren(el("h2", { text: title }));
    nodes.forEach(function (n) { panelBody.append(n); });
    panel.hidden = false;
  }
  function closePanel() { panel.hidden = true; }
  document.getElementById("panel-close").addEventListener("click", closePanel);

  function record(obj) { return el("pre", { class: "record", text: JSON.stringify(obj, null, 2) }); }

  // quoted wraps a quote's text in quotation marks unless it already
  // carries its own.
  function quoted(t) {
    t = (t || "").trim();
    return /^["“‘'«]/.test(t) ? t : "“" + t + "”";
  }

  function badge(verdict) { return el("span", { class: "badge " + verdict, text: verdict }); }

  function articleLink(id, title) {
    return el("a", { href: "#/article/" + encodeURIComponent(id), text: title || "(untitled)" });
  }

  // byteToIndex maps byte offsets in the UTF-8 text to JavaScript string
  // indexes (UTF-16 code units): every span in the API is in bytes.
  function byteIndexer(text) {
    const map = new Map();
    let b = 0, i = 0;
    for (const ch of text) {
      map.set(b, i);
      const cp = ch.codePointAt(0);
      b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      i += ch.length;
    }
    map.set(b, i);
    return function (off) {
      if (map.has(off)) return map.get(off);
      // An offset inside a character: round down.
      while (off > 0 && !map.has(off)) off--;
      return map.get(off) || 0;
    };
  }

  // ---- overview ----
  async function overview() {
    main.append(el("h1", { text: "Overview" }));
    try {
      const [stats, arts, finds, quotes] = await Promise.all([
        api("/api/stats"), api("/api/articles?limit=15"),
        api("/api/findings?verdict=contradicted&limit=10"), api("/api/quotes?limit=8"),
      ]);
      const s = el("div", { class: "stats" });
      [["articles", "Articles"], ["stories", "Stories"], ["events", "Events"], ["merged_events", "Merged events"], ["quotes", "Quotes"], ["findings", "Findings"]]
        .forEach(function (p) { s.append(el("div", { class: "stat" }, el("b", { text: stats[p[0]] || 0 }), el("span", { text: p[1] }))); });
      main.append(s);
      const grid = el("div", { class: "grid" });
      const al = el("ul", { class: "list" });
      arts.items.forEach(function (a) {
        al.append(el("li", null, articleLink(a.id, a.title), el("div", { class: "meta", text: [a.date || "undated", a.site || a.source, a.events + " events, " + a.quotes + " quotes, " + a.findings + " findings"].join(" · ") })));
      });
      if (!arts.items.length) al.append(el("li", { class: "empty", text: "No articles yet: run sitrep ingest PATH." }));
      grid.append(el("section", { class: "card" }, el("h2", { text: "Latest articles" }), al));
      const fl = el("ul", { class: "list" });
      finds.items.forEach(function (f) {
        fl.append(el("li", null, badge(f.verdict), el("b", { text: f.kind.replace(/_/g, " ") }), " ", el("span", { text: f.explanation }),
          el("div", { class: "meta" }, articleLink(f.article_id, f.article_title))));
      });
      if (!finds.items.length) fl.append(el("li", { class: "empty", text: "No contradicted claims." }));
      grid.append(el("section", { class: "card" }, el("h2", { text: "Contradicted claims" }), fl));
      const ql = el("ul", { class: "list" });
      quotes.items.forEach(function (q) {
        ql.append(el("li", null, el("span", { text: quoted(q.text) }), el("div", { class: "meta" }, (q.speaker.title ? q.speaker.title + " " : "") + (q.speaker.name || "unattributed") + " · ", articleLink(q.article_id, q.date || "article"))));
      });
      if (!quotes.items.length) ql.append(el("li", { class: "empty", text: "No quotes." }));
      grid.append(el("section", { class: "card" }, el("h2", { text: "Recent quotes" }), ql));
      main.append(grid);
    } catch (e) { showError(e); }
  }

  // ---- article ----
  async function article(id) {
    let a;
    try { a = await api("/api/articles/" + encodeURIComponent(id)); } catch (e) { showError(e); return; }
    const an = a.analysis;
    main.append(el("h1", { text: an.title || "(untitled)" }));
    main.append(el("p", { class: "meta", text: [an.date ? an.date + " (" + an.date_source + ")" : "undated", an.source, an.url].filter(Boolean).join(" · ") }));
    const legend = el("div", { class: "legend" });
    [["ent-person", "person"], ["ent-country", "country"], ["ent-organization", "organisation"], ["ent-armed_group", "armed group"], ["ent-place", "place"], ["quote", "quote"], ["time", "time"], ["event", "event trigger"], ["finding-contradicted", "contradicted claim"]]
      .forEach(function (p) { legend.append(el("span", { class: "ann " + p[0], text: p[1] })); });
    const layout = el("div", { class: "article-layout" });
    const textCard = el("section", { class: "card" }, el("h2", { text: "Text" }), legend);
    const textEl = el("div", { class: "text", id: "article-text" });
    textCard.append(textEl);
    const side = el("section", { class: "card" });
    layout.append(textCard, side);
    main.append(layout);

    // Collect annotations with byte spans.
    const anns = [];
    (an.entities || []).forEach(function (e) {
      (e.mentions || []).forEach(function (m) { anns.push({ span: m.span, cls: "ent-" + e.type, title: e.name + " (" + e.type + ")", rec: { entity: e.name, id: e.id, type: e.type, mention: m } }); });
    });
    (an.quotes || []).forEach(function (q) { anns.push({ span: q.span, cls: "quote", title: "quote: " + (q.speaker.name || "?"), rec: { quote: q } }); });
    (an.times || []).forEach(function (t) { anns.push({ span: t.span, cls: "time", title: t.type + " " + t.value, rec: { time: t } }); });
    (an.events || []).forEach(function (ev) {
      const sp = ev.trigger_span && ev.trigger_span[1] > ev.trigger_span[0] ? ev.trigger_span : ev.span;
      anns.push({ span: sp, cls: "event", title: (ev.source_name || ev.source) + " → " + (ev.target_name || ev.target) + " " + ev.plover + "/" + ev.cameo, rec: { event: ev } });
    });
    (an.findings || []).forEach(function (f, i) {
      if (f.verdict === "contradicted" && f.span[1] > f.span[0]) anns.push({ span: f.span, cls: "finding-contradicted", title: f.kind, rec: { finding: f }, finding: i });
    });
    renderText(textEl, an.text, anns);

    // Side: findings first, then quotes, events, entities, times.
    side.append(el("h2", { text: "Findings" }));
    if (!(an.findings || []).length) side.append(el("p", { class: "empty", text: "No findings." }));
    (an.findings || []).forEach(function (f) {
      const box = el("div", { class: "finding " + f.verdict, tabindex: "0" }, badge(f.verdict), el("b", { text: f.kind.replace(/_/g, " ") }), el("div", { text: f.explanation }));
      box.addEventListener("click", function () { select(textEl, f.span); openPanel("Finding", [el("p", { text: f.claim }), el("p", { text: f.explanation }), el("h2", { text: "Evidence" }), record(f.evidence)]); });
      side.append(box);
    });
    if (an.sourcing) side.append(el("p", { class: "meta", text: "Sourcing: " + an.sourcing.quotes + " quotes, " + an.sourcing.named + " named, " + an.sourcing.unnamed + " unnamed sources, " + an.sourcing.hedges + " hedges." }));
    if (an.date_window) side.append(el("p", { class: "meta", text: "Date window: " + (an.date_window.from || "…") + " → " + (an.date_window.to || "…") + (an.date_window.consistent ? " (consistent)" : " (roles do not fit one date)") }));
    side.append(el("h2", { text: "Quotes" }));
    const ql = el("ul", { class: "list" });
    (an.quotes || []).forEach(function (q) { ql.append(el("li", null, el("span", { text: quoted(q.text) }), el("div", { class: "meta", text: [q.speaker.title, q.speaker.name || "(" + (q.speaker.kind || "unresolved") + ")", q.cue].filter(Boolean).join(" · ") }))); });
    if (!(an.quotes || []).length) ql.append(el("li", { class: "empty", text: "No quotes." }));
    side.append(ql);
    side.append(el("h2", { text: "Events" }));
    const et = el("table", null, el("tr", null, el("th", { text: "source" }), el("th", { text: "event" }), el("th", { text: "target" }), el("th", { text: "date" })));
    (an.events || []).forEach(function (ev) {
      const flags = [ev.negated && "negated", ev.hypothetical && "hypothetical", ev.alleged && "alleged"].filter(Boolean).join(", ");
      const row = el("tr", { class: "clickable" }, el("td", { text: ev.source_name || ev.source }), el("td", { text: ev.plover + " " + ev.cameo + (flags ? " (" + flags + ")" : "") }), el("td", { text: ev.target_name || ev.target }), el("td", { text: ev.date || "" }));
      row.addEventListener("click", function () { select(textEl, ev.span); openPanel("Event", [record(ev)]); });
      et.append(row);
    });
    side.append((an.events || []).length ? et : el("p", { class: "empty", text: "No events." }));
  }

  // renderText splits the text at every annotation boundary and wraps each
  // piece in a span carrying the classes of the annotations covering it.
  function renderText(target, text, anns) {
    const idx = byteIndexer(text);
    const items = anns.map(function (a) { return { s: idx(a.span[0]), e: idx(a.span[1]), a: a }; }).filter(function (x) { return x.e > x.s; });
    const cuts = new Set([0, text.length]);
    items.forEach(function (x) { cuts.add(x.s); cuts.add(x.e); });
    const pts = Array.from(cuts).sort(function (a, b) { return a - b; });
    for (let k = 0; k + 1 < pts.length; k++) {
      const s = pts[k], e = pts[k + 1];
      const piece = text.slice(s, e);
      const cover = items.filter(function (x) { return x.s <= s && x.e >= e; });
      if (!cover.length) { target.append(document.createTextNode(piece)); continue; }
      const span = el("span", { class: "ann " + cover.map(function (x) { return x.a.cls; }).join(" "), title: cover.map(function (x) { return x.a.title; }).join("; "), "data-start": String(s) });
      span.textContent = piece;
      span.addEventListener("click", function () {
        target.querySelectorAll(".selected").forEach(function (n) { n.classList.remove("selected"); });
        span.classList.add("selected");
        openPanel("Annotations", cover.map(function (x) { return record(x.a.rec); }));
      });
      target.append(span);
    }
    target._idx = idx;
  }

  function select(textEl, span) {
    textEl.querySelectorAll(".selected").forEach(function (n) { n.classList.remove("selected"); });
    if (!textEl._idx) return;
    const s = textEl._idx(span[0]), e = textEl._idx(span[1]);
    let first = null;
    textEl.querySelectorAll("span.ann").forEach(function (n) {
      const at = Number(n.dataset.start);
      if (at >= s && at < e) { n.classList.add("selected"); first = first || n; }
    });
    if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
  }

  // ---- findings ----
  async function findings(q) {
    main.append(el("h1", { text: "Findings" }));
    const kind = el("select", { name: "kind" }, el("option", { value: "", text: "any kind" }));
    ["role_mismatch", "office_nonexistent", "unknown_person", "speaker_deceased", "relation_contradicted", "no_common_date", "unnamed_source", "hedged_claim", "text_integrity"].forEach(function (k) { kind.append(el("option", { value: k, text: k.replace(/_/g, " ") })); });
    const verdict = el("select", { name: "verdict" }, el("option", { value: "", text: "any verdict" }), el("option", { value: "contradicted", text: "contradicted" }), el("option", { value: "supported", text: "supported" }), el("option", { value: "unverifiable", text: "unverifiable" }));
    kind.value = q.get("kind") || ""; verdict.value = q.get("verdict") || "";
    const form = el("form", { class: "inline" }, el("label", null, "Kind", kind), el("label", null, "Verdict", verdict), el("button", { type: "submit", text: "Filter" }));
    form.addEventListener("submit", function (ev) { ev.preventDefault(); location.hash = "#/findings?" + new URLSearchParams({ kind: kind.value, verdict: verdict.value }); });
    main.append(form);
    try {
      const p = new URLSearchParams({ limit: "200" });
      if (kind.value) p.set("kind", kind.value);
      if (verdict.value) p.set("verdict", verdict.value);
      const res = await api("/api/findings?" + p);
      const l = el("ul", { class: "list card" });
      res.items.forEach(function (f) { l.append(el("li", null, badge(f.verdict), el("b", { text: f.kind.replace(/_/g, " ") }), " ", el("span", { text: f.explanation }), el("div", { class: "meta" }, articleLink(f.article_id, f.article_title), " · " + (f.date || "undated")))); });
      if (!res.items.length) l.append(el("li", { class: "empty", text: "No findings match." }));
      main.append(l);
    } catch (e) { showError(e); }
  }

  // ---- search ----
  async function search(q) {
    const query = q.get("q") || "";
    main.append(el("h1", { text: "Search: " + query }));
    try {
      const res = await api("/api/search?" + new URLSearchParams({ q: query, limit: "50" }));
      const l = el("ul", { class: "list card" });
      res.items.forEach(function (h) {
        const snip = el("div", { class: "meta" });
        h.snippet.split(/(«[^»]*»)/).forEach(function (part) {
          if (part.startsWith("«") && part.endsWith("»")) snip.append(el("mark", { text: part.slice(1, -1) }));
          else snip.append(document.createTextNode(part));
        });
        l.append(el("li", null, articleLink(h.id, h.title), " ", el("span", { class: "meta", text: h.date || "" }), snip));
      });
      if (!res.items.length) l.append(el("li", { class: "empty", text: "Nothing found." }));
      main.append(l);
    } catch (e) { showError(e); }
  }

  function chart(node) {
    if (!window.echarts) { node.append(el("p", { class: "error", text: "Chart library failed to load." })); return null; }
    // the page may have changed while the data loaded: no chart on a
    // node that is no longer in it
    if (!node.isConnected) return null;
    const c = echarts.init(node);
    charts.push(c);
    return c;
  }

  // ---- dyad timeline ----
  async function dyad(q) {
    const a = q.get("a") || "ISR", b = q.get("b") || "IRN", interval = q.get("interval") || "week";
    main.append(el("h1", { text: "Dyad timeline: " + a + " – " + b }));
    const ia = el("input", { name: "a", value: a, size: "12" }), ib = el("input", { name: "b", value: b, size: "12" });
    const iv = el("select", { name: "interval" }, el("option", { value: "day", text: "per day" }), el("option", { value: "week", text: "per week" }));
    iv.value = interval;
    const form = el("form", { class: "inline" }, el("label", null, "Actor A (country code or KB id)", ia), el("label", null, "Actor B", ib), el("label", null, "Interval", iv), el("button", { type: "submit", text: "Show" }));
    form.addEventListener("submit", function (ev) { ev.preventDefault(); location.hash = "#/dyad?" + new URLSearchParams({ a: ia.value.trim(), b: ib.value.trim(), interval: iv.value }); });
    main.append(form);
    const box = el("div", { class: "card" });
    const node = el("div", { class: "chart", id: "dyad-chart" });
    box.append(node);
    main.append(box);
    try {
      const res = await api("/api/dyads/" + encodeURIComponent(a) + "/" + encodeURIComponent(b) + "/timeline?interval=" + encodeURIComponent(interval));
      if (!res.buckets.length) { node.replaceWith(el("p", { class: "empty", text: "No events between " + a + " and " + b + "." })); return; }
      const c = chart(node);
      if (!c) return;
      c.setOption({
        tooltip: { trigger: "axis" },
        legend: { data: ["cooperation", "conflict", "Goldstein mean"] },
        grid: { left: 50, right: 50, bottom: 40 },
        xAxis: { type: "category", data: res.buckets.map(function (x) { return x.start; }) },
        yAxis: [{ type: "value", name: "events" }, { type: "value", name: "Goldstein", min: -10, max: 10 }],
        series: [
          { name: "cooperation", type: "bar", stack: "n", itemStyle: { color: "#2f9e6e" }, data: res.buckets.map(function (x) { return x.cooperation; }) },
          { name: "conflict", type: "bar", stack: "n", itemStyle: { color: "#d0453b" }, data: res.buckets.map(function (x) { return x.conflict; }) },
          { name: "Goldstein mean", type: "line", yAxisIndex: 1, itemStyle: { color: "#2f5bd3" }, data: res.buckets.map(function (x) { return x.goldstein_mean.toFixed(2); }) },
        ],
      });
    } catch (e) { showError(e); }
  }

  // ---- network ----
  async function network() {
    main.append(el("h1", { text: "Actor network" }));
    const box = el("div", { class: "card" });
    const node = el("div", { class: "chart tall", id: "network-chart" });
    box.append(node);
    main.append(box);
    try {
      const res = await api("/api/network?limit=150");
      if (!res.edges.length) { node.replaceWith(el("p", { class: "empty", text: "No events yet." })); return; }
      const nodes = new Map();
      res.edges.forEach(function (e) {
        [[e.source, e.source_name], [e.target, e.target_name]].forEach(function (p) {
          const n = nodes.get(p[0]) || { id: p[0], name: p[1] || p[0], value: 0 };
          n.value += e.events;
          nodes.set(p[0], n);
        });
      });
      const c = chart(node);
      if (!c) return;
      c.setOption({
        tooltip: {},
        series: [{
          type: "graph", layout: "force", roam: true, draggable: true,
          force: { repulsion: 260, edgeLength: [60, 180] },
          label: { show: true, position: "right" },
          edgeSymbol: ["none", "arrow"],
          data: Array.from(nodes.values()).map(function (n) { return { id: n.id, name: n.name, value: n.value, symbolSize: 10 + Math.min(40, Math.sqrt(n.value) * 6) }; }),
          links: res.edges.map(function (e) {
            return { source: e.source, target: e.target, value: e.events, lineStyle: { width: 1 + Math.min(8, Math.log2(1 + e.events) * 2), color: e.goldstein_mean < 0 ? "#d0453b" : "#2f9e6e", opacity: 0.7, curveness: 0.15 },
              tooltip: { formatter: (e.source_name || e.source) + " → " + (e.target_name || e.target) + ": " + e.events + " events, Goldstein mean " + e.goldstein_mean.toFixed(1) } };
          }),
        }],
      });
    } catch (e) { showError(e); }
  }

  // ---- map ----
  let worldLoaded = null;
  function loadWorld() {
    if (!worldLoaded) {
      worldLoaded = fetch("vendor/countries-110m.json").then(function (r) { return r.json(); }).then(function (topo) {
        echarts.registerMap("world", { type: "FeatureCollection", features: window.topoFeatures(topo, "countries") });
      });
    }
    return worldLoaded;
  }

  async function map() {
    main.append(el("h1", { text: "Events on the map" }));
    const box = el("div", { class: "card" });
    const node = el("div", { class: "chart tall", id: "map-chart" });
    box.append(node);
    main.append(box);
    try {
      const [, res] = await Promise.all([loadWorld(), api("/api/events/merged?limit=1000")]);
      const colors = ["#2f9e6e", "#7cc49b", "#e39a52", "#d0453b"];
      const pts = res.items.filter(function (e) { return e.has_geo; }).map(function (e) {
        return { name: (e.source_name || e.source) + " → " + (e.target_name || e.target), value: [e.lon, e.lat, e.num_mentions], ev: e, itemStyle: { color: colors[(e.quad_class || 1) - 1] } };
      });
      const c = chart(node);
      if (!c) return;
      c.setOption({
        tooltip: { formatter: function (p) { if (!p.data || !p.data.ev) return p.name; const e = p.data.ev; return p.data.name + "<br>" + e.cameo + " " + e.plover + " · " + e.day + "<br>" + (e.place || "") + " · " + e.num_mentions + " mentions"; } },
        geo: { map: "world", roam: true, itemStyle: { areaColor: "#e9edf3", borderColor: "#b9c2d0" }, emphasis: { itemStyle: { areaColor: "#dfe6f0" }, label: { show: false } } },
        series: [{ type: "scatter", coordinateSystem: "geo", symbolSize: function (v) { return 6 + Math.min(18, Math.sqrt(v[2]) * 3); }, data: pts }],
      });
      c.on("click", function (p) { if (p.data && p.data.ev) location.hash = "#/article/" + encodeURIComponent(p.data.ev.first_article); });
      if (!pts.length) box.append(el("p", { class: "empty", text: "No events with a place yet." }));
    } catch (e) { showError(e); }
  }

  // ---- router ----
  async function route() {
    gen++;
    clear();
    const h = location.hash.replace(/^#/, "") || "/";
    const [path, qs] = h.split("?");
    const q = new URLSearchParams(qs || "");
    const parts = path.split("/").filter(Boolean);
    const view = parts[0] || "overview";
    document.querySelectorAll("header nav a").forEach(function (a) { a.classList.toggle("active", a.dataset.nav === view); });
    switch (view) {
      case "article": return article(decodeURIComponent(parts[1] || ""));
      case "findings": return findings(q);
      case "search": return search(q);
      case "dyad": return dyad(q);
      case "network": return network();
      case "map": return map();
      default: return overview();
    }
  }
  document.getElementById("search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    const q = document.getElementById("search-q").value.trim();
    if (q) location.hash = "#/search?" + new URLSearchParams({ q: q });
  });
  window.addEventListener("hashchange", route);
  // Resize once per frame, and only the charts still on the page: a
  // resize between a chart's creation and its first layout, or after
  // the page changed, reads a view that is not there.
  let resizing = false;
  window.addEventListener("resize", function () {
    if (resizing) return;
    resizing = true;
    requestAnimationFrame(function () {
      resizing = false;
      charts.forEach(function (c) { if (!c.isDisposed() && c.getDom().isConnected) c.resize(); });
    });
  });
  route();
})();
