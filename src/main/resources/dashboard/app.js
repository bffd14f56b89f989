// The dashboard page: reads /api/dashboard with the chosen filters and draws every panel.
// Filters live in the address (?province=&month=&category=) so a view can be shared and reloaded.
"use strict";

const $ = id => document.getElementById(id);
const FILTERS = ["province", "month", "category"];

function currentFilters() {
  const params = new URLSearchParams(location.search);
  return Object.fromEntries(FILTERS.map(f => [f, params.get(f) || ""]));
}

function plural(n, one, many) {
  return n + " " + (n === 1 ? one : many);
}

function text(tag, value, cls) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  node.textContent = value === null || value === undefined ? "" : String(value);
  return node;
}

function fillSelect(select, choices, chosen) {
  const first = select.options[0];
  select.replaceChildren(first);
  for (const c of choices) {
    const o = document.createElement("option");
    o.value = c.value;
    o.textContent = c.label;
    select.appendChild(o);
  }
  select.value = chosen;
  if (select.value !== chosen) {
    // A filter value the data no longer offers still shows, so the empty result is explained.
    const o = document.createElement("option");
    o.value = chosen;
    o.textContent = chosen + " (no data)";
    select.appendChild(o);
    select.value = chosen;
  }
}

function showNotice(kind, message) {
  const n = $("notice");
  n.className = "notice " + kind;
  n.textContent = message;
  n.hidden = false;
}

async function load() {
  const filters = currentFilters();
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v)).toString();
  $("loading").hidden = false;
  let model;
  try {
    const response = await fetch("/api/dashboard" + (query ? "?" + query : ""), { cache: "no-store" });
    model = await response.json();
    if (!response.ok) throw new Error(model.message || response.statusText);
  } catch (e) {
    showNotice("error", "The dashboard could not read its data: " + e.message);
    $("panels").hidden = true;
    return;
  } finally {
    $("loading").hidden = true;
  }
  render(model, filters);
}

function render(model, filters) {
  $("versions").textContent = Object.entries(model.versions || {}).map(([t, v]) => `${t} v${v}`).join(" · ");
  if (model.status === "empty") {
    showNotice("empty", model.message);
    $("panels").hidden = true;
    return;
  }
  $("notice").hidden = true;
  if (model.missing.length) showNotice("warn", "Not built yet: " + model.missing.join(", ") + ". Run bin/civcred run all to add them.");
  fillSelect($("f-province"), model.filters.provinces.map(p => ({ value: p.code, label: p.name })), filters.province);
  fillSelect($("f-month"), model.filters.months.map(m => ({ value: m, label: m })), filters.month);
  fillSelect($("f-category"), model.filters.categories.map(c => ({ value: c, label: c })), filters.category);
  $("panels").hidden = false;
  renderKpis(model);
  renderPersons(model.persons);
  renderArticles(model.articles);
  renderMentions(model.mentions);
  renderTerms(model.terms);
  renderCities(model.cities);
}

function renderKpis(model) {
  const items = [
    [model.persons && model.persons.total, "overlapping persons"],
    [model.articles && model.articles.clusters, "republished article clusters"
      + (model.articles && model.articles.ignored.includes("province") ? " (all provinces)" : "")],
    [model.mentions && model.mentions.documents, "cross-mentioning documents"],
    [model.cities && model.cities.rows.length, "cities"],
  ];
  $("kpis").replaceChildren(...items.filter(([v]) => v !== undefined).map(([v, label]) => {
    const box = text("div", "", "kpi");
    box.append(text("strong", v), text("span", label));
    return box;
  }));
}

// One line per side: "civ  1 original·archived  2 original·archived", wrapping when long.
function sourceLinks(kind, sources) {
  const line = document.createElement("div");
  line.className = "sources";
  line.appendChild(text("span", kind, "side"));
  sources.forEach((s, i) => {
    const item = text("span", String(i + 1) + " ", "source");
    if (s.url) {
      const a = text("a", "original", "original");
      a.href = s.url;
      a.title = s.url;
      a.rel = "noreferrer";
      a.target = "_blank";
      item.appendChild(a);
    }
    if (s.capture) {
      if (s.url) item.appendChild(document.createTextNode("·"));
      const a = text("a", "archived", "archived");
      a.href = s.capture;
      a.title = "Archived copy of " + (s.url || "this page");
      item.appendChild(a);
    }
    line.appendChild(item);
  });
  return line;
}

function renderPersons(persons) {
  const body = $("persons-table").querySelector("tbody");
  if (!persons) {
    body.replaceChildren();
    $("persons-count").textContent = "(overlap_persons not built)";
    return;
  }
  $("persons-count").textContent = plural(persons.total, "person", "persons");
  const rows = persons.rows.map(p => {
    const tr = document.createElement("tr");
    const region = text("td", p.region || "unknown", "region");
    if (p.region_code) region.title = p.region_code;
    const sources = document.createElement("td");
    sources.append(sourceLinks("civ", p.civ_sources), sourceLinks("credit", p.credit_sources));
    const name = text("td", p.name, "name");
    name.title = "as published: " + [p.name_civ_raw, p.name_credit_raw].filter(Boolean).join(" / ");
    tr.append(name, region,
      text("td", p.categories_civ.join(", ")), text("td", p.categories_credit.join(", ")),
      text("td", p.list_kinds_credit.join(", ")), text("td", p.first_date_civ, "date"), text("td", p.first_date_credit, "date"),
      text("td", p.lag_days, "num"), text("td", p.probability.toFixed(3), "num"), sources);
    return tr;
  });
  if (!rows.length) {
    const tr = document.createElement("tr");
    const td = text("td", "No overlapping person under these filters.", "empty");
    td.colSpan = 10;
    tr.appendChild(td);
    rows.push(tr);
  }
  body.replaceChildren(...rows);
  Charts.columns($("chart-month"), persons.perMonth, { title: "Overlapping persons per month" });
  Charts.rows($("chart-province"), persons.perProvince, { title: "Overlapping persons per province" });
}

function ignoredNote(id, ignored) {
  $(id).textContent = ignored && ignored.length ? "This table has no " + ignored.join(" or ") + "; that filter is not applied here." : "";
}

function renderArticles(articles) {
  if (!articles) return Charts.empty($("chart-lag"), "overlap_articles not built yet.");
  $("articles-count").textContent = plural(articles.republications, "republication", "republications") + " in "
    + plural(articles.clusters, "cluster", "clusters");
  Charts.columns($("chart-lag"), articles.lagHistogram, { title: "Republication lag", empty: "No republication under these filters." });
  ignoredNote("articles-ignored", articles.ignored);
}

function renderMentions(mentions) {
  if (!mentions) return Charts.empty($("chart-mentions"), "cross_mentions not built yet.");
  $("mentions-count").textContent = plural(mentions.documents, "document", "documents");
  const points = mentions.perMonth.map(p => Object.assign({ label: p.key }, p));
  Charts.columns($("chart-mentions"), points, {
    title: "Cross-mentions per month", empty: "No cross-mention under these filters.",
    series: [{ field: "civilization", cls: "s1", name: "civilization sites naming credit" },
             { field: "credit", cls: "s2", name: "credit sites naming civilization" }],
  });
  ignoredNote("mentions-ignored", mentions.ignored);
}

function renderTerms(terms) {
  if (!terms) return Charts.empty($("chart-terms-civilization"), "overlap_terms not built yet.");
  $("terms-count").textContent = plural(terms.shared, "shared term", "shared terms");
  for (const family of ["civilization", "credit"]) {
    Charts.rows($("chart-terms-" + family), terms[family].map(t => ({ label: t.term, count: t.docs })),
      { cls: family === "credit" ? "s2" : "s1", labelWidth: 150, empty: "No shared term under these filters." });
  }
  ignoredNote("terms-ignored", terms.ignored);
}

function renderCities(cities) {
  const body = $("cities-table").querySelector("tbody");
  if (!cities) return body.replaceChildren();
  const rows = cities.rows.map(c => {
    const tr = document.createElement("tr");
    const name = text("td", c.city_name, "name");
    name.title = c.city_code;
    tr.append(name, text("td", c.province), text("td", (c.civilized_city_years || []).join(", ")),
      text("td", c.red_entries, "num"), text("td", c.black_entries, "num"), text("td", c.gov_bodies_on_black_lists, "num"),
      text("td", c.cross_mentions, "num"), text("td", c.overlapping_persons, "num"));
    return tr;
  });
  if (!rows.length) {
    const tr = document.createElement("tr");
    const td = text("td", "No city under these filters.", "empty");
    td.colSpan = 8;
    tr.appendChild(td);
    rows.push(tr);
  }
  body.replaceChildren(...rows);
  ignoredNote("cities-ignored", cities.ignored);
}

function applyFilters() {
  const params = new URLSearchParams();
  for (const f of FILTERS) {
    const v = $("f-" + f).value;
    if (v) params.set(f, v);
  }
  const q = params.toString();
  history.pushState(null, "", q ? "?" + q : location.pathname);
  load();
}

for (const f of FILTERS) $("f-" + f).addEventListener("change", applyFilters);
$("f-reset").addEventListener("click", () => { for (const f of FILTERS) $("f-" + f).value = ""; applyFilters(); });
window.addEventListener("popstate", load);
load();
