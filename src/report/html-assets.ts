/**
 * The HTML report's inline style sheet and script. Both are constants: the report's
 * Content-Security-Policy allows exactly these by their SHA-256 hashes, and the page reads every
 * value it shows from the markup (no data is interpolated into the script).
 */

export const HTML_STYLE = `
:root{--fail:#c62828;--ne:#ef6c00;--waived:#6a4fb3;--pass:#2e7d32;--none:#9e9e9e;--ink:#1f2328;--muted:#57606a;--line:#d0d7de;--hl:#0969da;
font-family:"Hiragino Sans","Yu Gothic UI","Meiryo","IPAGothic","IPAexGothic","Noto Sans CJK JP",system-ui,sans-serif;color:var(--ink);font-size:14px;line-height:1.55}
body{margin:0 auto;max-width:1640px;padding:16px 20px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:24px 0 8px;border-bottom:2px solid var(--line);padding-bottom:4px}
h3{font-size:15px;margin:0}
.meta{color:var(--muted);margin:0 0 12px}
.subject{margin:0 0 6px}.subject ul{margin:2px 0 0;padding-left:1.4em}
.cards{display:flex;gap:10px;flex-wrap:wrap;margin:8px 0}
.card{border:1px solid var(--line);border-left:6px solid var(--none);border-radius:6px;padding:6px 14px;min-width:110px}
.card b{display:block;font-size:24px}
.card.o-fail{border-left-color:var(--fail)}.card.o-needs-evidence{border-left-color:var(--ne)}.card.o-waived{border-left-color:var(--waived)}.card.o-pass{border-left-color:var(--pass)}
table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid var(--line);padding:3px 10px;text-align:right}th{background:#f6f8fa}td:first-child,th:first-child{text-align:left}
.critical li{margin:2px 0}
.badge{display:inline-block;border-radius:4px;padding:0 6px;font-size:12px;color:#fff;background:var(--none);margin-right:4px;white-space:nowrap}
.badge.o-fail{background:var(--fail)}.badge.o-needs-evidence{background:var(--ne)}.badge.o-waived{background:var(--waived)}.badge.o-pass{background:var(--pass)}
.badge.sev{background:#fff;color:var(--ink);border:1px solid var(--line)}.badge.s-critical{border-color:var(--fail);color:var(--fail);font-weight:bold}
.diagram{border:1px solid var(--line);border-radius:6px;overflow:auto;max-height:88vh;background:#fff}
.diagram svg{display:block;max-width:none}
.band{stroke:var(--line)}.band.z-mynumber{fill:#fff4f4}.band.z-lgwan{fill:#f3f8ff}.band.z-internet{fill:#f5fbf3}.band.z-ext{fill:#f6f6f6}.band.z-none{fill:#fffbe6}
.band-label{font-size:15px;font-weight:bold;fill:var(--ink)}.band-sub{font-size:11px;fill:var(--muted)}
.node rect{fill:#fff;stroke:#8c959f;stroke-width:1.5}.node .name{font-size:12px;fill:var(--ink)}.node .id{font-size:10px;fill:var(--muted);font-family:ui-monospace,monospace}
.node.tg rect{stroke-dasharray:4 3;fill:#fdfdfd}.node.srv rect{fill:#fafafa}.node.ext rect{fill:#eceff1}
.node.o-fail rect{stroke:var(--fail);stroke-width:2.5}.node.o-needs-evidence rect{stroke:var(--ne);stroke-width:2.5}.node.o-waived rect{stroke:var(--waived);stroke-width:2.5}.node.o-pass rect{stroke:var(--pass)}
.edge{fill:none;stroke:var(--none);stroke-width:1.6;opacity:.8}
.edge.o-fail{stroke:var(--fail);stroke-width:2.4}.edge.o-needs-evidence{stroke:var(--ne);stroke-width:2}.edge.o-waived{stroke:var(--waived)}.edge.o-pass{stroke:var(--pass)}
.mk{stroke:none}.mk.o-fail{fill:var(--fail)}.mk.o-needs-evidence{fill:var(--ne)}.mk.o-waived{fill:var(--waived)}.mk.o-pass{fill:var(--pass)}.mk.o-none{fill:var(--none)}.mk.o-hl{fill:var(--hl)}
svg.tracing .edge,svg.tracing .node{opacity:.25}
svg.tracing .edge.hl{opacity:1;stroke:var(--hl);stroke-width:4;marker-end:url(#m-hl);animation:hop .5s both}
svg.tracing .node.hl{opacity:1;animation:hop .5s both}svg.tracing .node.hl rect{stroke:var(--hl);stroke-width:3.5}
@keyframes hop{from{opacity:.25}to{opacity:1}}
.hop circle{fill:var(--hl)}.hop text{fill:#fff;font-size:12px;font-weight:bold;text-anchor:middle}
.legend{display:flex;gap:16px;flex-wrap:wrap;color:var(--muted);margin:6px 0;font-size:13px}
.legend i{display:inline-block;width:26px;height:4px;vertical-align:middle;margin-right:4px;background:var(--none)}
.legend i.o-fail{background:var(--fail)}.legend i.o-needs-evidence{background:var(--ne)}.legend i.o-waived{background:var(--waived)}.legend i.o-pass{background:var(--pass)}
.filters{display:flex;gap:10px;flex-wrap:wrap;align-items:end;position:sticky;top:0;background:#fff;padding:6px 0;border-bottom:1px solid var(--line);z-index:1}
.filters label{display:flex;flex-direction:column;font-size:12px;color:var(--muted)}
.filters select{font-size:13px;max-width:240px}
.check{border:1px solid var(--line);border-radius:6px;margin:10px 0;padding:8px 12px}
.check-head{display:flex;gap:8px;align-items:baseline;flex-wrap:wrap}.check-head code{color:var(--muted)}
.counts{color:var(--muted);font-size:12px}
.findings{list-style:none;margin:6px 0 0;padding:0}
.finding{border-top:1px solid #eaeef2;padding:6px 8px;cursor:pointer}
.finding:hover{background:#f6f8fa}.finding.selected{background:#ddf4ff;outline:2px solid var(--hl)}
.finding .msg{font-weight:600}.finding dl{display:grid;grid-template-columns:max-content 1fr;gap:0 10px;margin:4px 0 0;font-size:13px}
.finding dt{color:var(--muted)}.finding dd{margin:0;overflow-wrap:anywhere}
.muted{color:var(--muted)}
#trace-status{min-height:1.5em;color:var(--hl);font-weight:600}
[hidden]{display:none!important}
.workspace{display:grid;grid-template-columns:minmax(400px,2fr) minmax(0,3fr);gap:18px;align-items:start}.workspace>section{min-width:0}
#diagram{position:sticky;top:0}
@media (max-width:1100px){.workspace{display:block}#diagram{position:static}}
footer{margin-top:24px;color:var(--muted);font-size:12px}
@media print{
@page{size:A3 landscape;margin:10mm}
body{max-width:none;padding:0;font-size:11px}
.filters,#trace-status,.noprint{display:none!important}
.workspace{display:block}#diagram{position:static;break-before:page}
.diagram{max-height:none;overflow:visible;border:none}
.diagram svg{width:100%;height:auto}
h2{break-after:avoid}.check,.finding,.card,table{break-inside:avoid}
.finding{cursor:auto}.finding[hidden]{display:block!important}.check[hidden]{display:block!important}
}
`;

export const HTML_SCRIPT = `
(function () {
  "use strict";
  var doc = document;
  function all(selector, root) { return Array.prototype.slice.call((root || doc).querySelectorAll(selector)); }
  var svg = doc.querySelector(".diagram svg");
  var hops = doc.getElementById("hops");
  var status = doc.getElementById("trace-status");
  var filters = all("[data-filter]");
  function apply() {
    var wanted = filters.map(function (f) { return [f.getAttribute("data-filter"), f.value]; });
    var shown = 0;
    all(".check").forEach(function (section) {
      var any = false;
      all(".finding", section).forEach(function (item) {
        var ok = wanted.every(function (w) {
          return w[1] === "" || (" " + (item.getAttribute("data-" + w[0]) || "") + " ").indexOf(" " + w[1] + " ") >= 0;
        });
        item.hidden = !ok;
        if (ok) { any = true; shown++; }
      });
      section.hidden = !any;
    });
    doc.getElementById("shown").textContent = String(shown);
  }
  filters.forEach(function (f) { f.addEventListener("change", apply); });
  function clear() {
    all(".hl").forEach(function (el) { el.classList.remove("hl"); el.style.animationDelay = ""; });
    all(".finding.selected").forEach(function (el) { el.classList.remove("selected"); el.setAttribute("aria-pressed", "false"); });
    while (hops && hops.firstChild) hops.removeChild(hops.firstChild);
    if (svg) svg.classList.remove("tracing");
  }
  function badge(node, number) {
    var rect = node.querySelector("rect");
    if (!rect || !hops) return;
    var ns = "http://www.w3.org/2000/svg";
    var g = doc.createElementNS(ns, "g");
    g.setAttribute("class", "hop");
    var x = Number(rect.getAttribute("x")), y = Number(rect.getAttribute("y"));
    var c = doc.createElementNS(ns, "circle");
    c.setAttribute("cx", String(x)); c.setAttribute("cy", String(y)); c.setAttribute("r", "10");
    var t = doc.createElementNS(ns, "text");
    t.setAttribute("x", String(x)); t.setAttribute("y", String(y + 4));
    t.textContent = String(number);
    g.appendChild(c); g.appendChild(t); hops.appendChild(g);
  }
  function select(item) {
    var was = item.classList.contains("selected");
    clear();
    if (was) { status.textContent = ""; return; }
    item.classList.add("selected");
    item.setAttribute("aria-pressed", "true");
    var ids = (item.getAttribute("data-path") || "").split(" ").filter(Boolean);
    var step = 0, nodes = 0;
    ids.forEach(function (id) {
      var el = doc.getElementById(id);
      if (!el) return;
      el.classList.add("hl");
      el.style.animationDelay = (step++ * 0.3) + "s";
      if (el.classList.contains("node")) badge(el, ++nodes);
    });
    if (svg && ids.length > 0) {
      svg.classList.add("tracing");
      var first = doc.getElementById(ids[0]);
      var box = first && first.querySelector("rect");
      var frame = svg.parentNode;
      if (box && frame) {
        // Bring the first hop into view when it is outside the frame, without moving the page.
        var x = Number(box.getAttribute("x")), y = Number(box.getAttribute("y"));
        if (x < frame.scrollLeft || x + 180 > frame.scrollLeft + frame.clientWidth) frame.scrollLeft = Math.max(0, x - 180);
        if (y < frame.scrollTop || y + 44 > frame.scrollTop + frame.clientHeight) frame.scrollTop = Math.max(0, y - 60);
      }
    }
    status.textContent = ids.length > 0 ? item.getAttribute("data-trace-label") : item.getAttribute("data-no-trace");
  }
  all(".finding").forEach(function (item) {
    item.addEventListener("click", function () { select(item); });
    item.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); select(item); }
    });
  });
  apply();
})();
`;
