// Small inline-SVG charts: vertical bars, horizontal bars, and grouped bars for two series.
// Data points are {key, label, count}; every text goes in through textContent, never as markup.
"use strict";

const Charts = (() => {
  const NS = "http://www.w3.org/2000/svg";

  function el(name, attrs, text) {
    const node = document.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function empty(target, message) {
    target.replaceChildren();
    const p = document.createElement("p");
    p.className = "empty";
    p.textContent = message || "Nothing under these filters.";
    target.appendChild(p);
  }

  // Counts are whole numbers: a small maximum gets one gridline per unit, a larger one four steps.
  function scale(n) {
    if (n <= 4) return { max: Math.max(n, 1), ticks: Math.max(n, 1) };
    const step = Math.pow(10, Math.floor(Math.log10(n))) / 2;
    const max = Math.ceil(n / step) * step;
    return { max: max % 4 === 0 ? max : Math.ceil(max / 4) * 4, ticks: 4 };
  }

  // Vertical bars; series: [{key, label, values: [..]}] with one colour class per value index.
  function columns(target, points, opts) {
    const series = opts.series || [{ field: "count", cls: "s0", name: "count" }];
    if (!points.length || points.every(p => series.every(s => !p[s.field]))) return empty(target, opts.empty);
    const W = 560, H = 220, left = 34, bottom = 44, top = 12;
    const { max, ticks } = scale(Math.max(...points.map(p => series.reduce((a, s) => a + (p[s.field] || 0), 0))));
    const band = Math.min((W - left - 8) / points.length, 56);
    const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": opts.title || "" });
    for (let i = 0; i <= ticks; i++) {
      const y = top + (H - top - bottom) * (1 - i / ticks);
      svg.appendChild(el("line", { x1: left, x2: W - 4, y1: y, y2: y, class: "gridline" }));
      svg.appendChild(el("text", { x: left - 5, y: y + 4, class: "axis", "text-anchor": "end" }, String(Math.round(max * i / ticks))));
    }
    const labelEvery = Math.ceil(points.length / 14);
    points.forEach((p, i) => {
      const x = left + i * band + band * 0.15;
      let y = H - bottom;
      for (const s of series) {
        const v = p[s.field] || 0;
        const h = (H - top - bottom) * v / max;
        y -= h;
        const bar = el("rect", { x, y, width: Math.max(band * 0.7, 1), height: h, class: "bar " + s.cls });
        bar.appendChild(el("title", {}, `${p.label}: ${v}${series.length > 1 ? " " + s.name : ""}`));
        svg.appendChild(bar);
      }
      if (i % labelEvery === 0) {
        svg.appendChild(el("text", { x: x + band * 0.35, y: H - bottom + 14, class: "axis", "text-anchor": "end",
          transform: `rotate(-35 ${x + band * 0.35} ${H - bottom + 14})` }, p.label));
      }
    });
    target.replaceChildren(svg);
    if (series.length > 1) target.appendChild(legend(series));
  }

  // Horizontal bars, one row per point, for labelled categories (provinces, terms).
  function rows(target, points, opts) {
    if (!points.length) return empty(target, opts.empty);
    const W = 560, row = 22, left = opts.labelWidth || 130, H = points.length * row + 8;
    const max = Math.max(...points.map(p => p.count));
    const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": opts.title || "" });
    points.forEach((p, i) => {
      const y = 4 + i * row;
      const w = (W - left - 50) * p.count / max;
      svg.appendChild(el("text", { x: left - 6, y: y + 14, class: "label", "text-anchor": "end" }, p.label));
      const bar = el("rect", { x: left, y: y + 2, width: Math.max(w, 1), height: row - 6, class: "bar " + (opts.cls || "s0") });
      bar.appendChild(el("title", {}, `${p.label}: ${p.count}`));
      svg.appendChild(bar);
      svg.appendChild(el("text", { x: left + w + 5, y: y + 14, class: "value" }, String(p.count)));
    });
    target.replaceChildren(svg);
  }

  function legend(series) {
    const div = document.createElement("div");
    div.className = "legend";
    for (const s of series) {
      const item = document.createElement("span");
      const swatch = document.createElement("i");
      swatch.className = "swatch " + s.cls;
      item.append(swatch, s.name);
      div.appendChild(item);
    }
    return div;
  }

  return { columns, rows, empty };
})();
