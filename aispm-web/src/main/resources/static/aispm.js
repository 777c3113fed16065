// The aispm dashboard: a client-side router over the same REST API that SOC tooling uses. It
// makes no call outside this origin and loads no third-party code; charts and graphs are SVG
// drawn here, so the Maven build alone produces the whole dashboard.
"use strict";

// ---------------------------------------------------------------------------------------------
// DOM helpers: every text goes through createTextNode, so API data can never inject markup.
const SVG_NS = "http://www.w3.org/2000/svg";

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  setAttrs(e, attrs);
  append(e, children);
  return e;
}

function svg(tag, attrs = {}, ...children) {
  const e = document.createElementNS(SVG_NS, tag);
  setAttrs(e, attrs);
  append(e, children);
  return e;
}

function setAttrs(e, attrs) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : String(v));
  }
}

function append(e, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

const sevBadge = sev => el("span", { class: "sev sev-" + (sev || "info") }, sev || "");
const statusBadge = st => el("span", { class: "badge st-" + st }, st ? st.replace("_", " ").toLowerCase() : "");
const fmtTime = t => t ? new Date(t).toISOString().replace("T", " ").replace(/\.\d+Z$/, "Z") : "";
const short = (s, n = 48) => !s ? "" : s.length > n ? s.slice(0, n - 1) + "…" : s;

function announce(text) {
  document.getElementById("announce").textContent = text;
}

// ---------------------------------------------------------------------------------------------
// API access. The token lives in sessionStorage: this tab only, never a cookie (so no CSRF), and
// gone when the tab closes.
const TOKEN_KEY = "aispm.token";
let me = null;
const ROLE_ORDER = ["viewer", "operator", "admin"];
const can = role => me && ROLE_ORDER.indexOf(me.role) >= ROLE_ORDER.indexOf(role);

class ApiError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

async function api(path, options = {}) {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const headers = { Accept: "application/json" };
  if (token) headers.Authorization = "Bearer " + token;
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  const res = await fetch(path, {
    method: options.method || "GET", headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  if (res.status === 401) {
    signOut("Your session ended or the token was not accepted; sign in again.");
    throw new ApiError(401, "not signed in");
  }
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(res.status, body.detail || body.title || res.statusText);
  return body;
}

const qs = params => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") q.set(k, v);
  const s = q.toString();
  return s ? "?" + s : "";
};

// Reference data used by several filter forms, loaded once per sign-in.
let cache = {};
async function cached(key, load) {
  if (!(key in cache)) cache[key] = await load();
  return cache[key];
}

// ---------------------------------------------------------------------------------------------
// Routing: #/page/arg?filters. Each page renders into <main> and moves focus to its heading so
// keyboard and screen reader users land on the new content.
const routes = {
  overview: renderOverview,
  inventory: renderInventory,
  asset: renderAsset,
  findings: renderFindings,
  finding: renderFinding,
  compliance: renderCompliance,
  scans: renderScans,
  scan: renderScan,
  "scan-diff": renderScanDiff,
  alerts: renderAlerts,
};

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, "");
  const [path, query] = raw.split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  return { page: parts[0] || "overview", arg: parts[1] || null, params: new URLSearchParams(query || "") };
}

let renderSeq = 0;
async function route() {
  if (!sessionStorage.getItem(TOKEN_KEY)) {
    renderLogin();
    return;
  }
  if (!me) {
    try {
      me = await api("/api/v1/me");
    } catch (e) {
      if (e.status !== 401) showError(e);
      return;
    }
    showWho();
  }
  const { page, arg, params } = parseHash();
  const render = routes[page] || renderOverview;
  const seq = ++renderSeq;
  const main = document.getElementById("content");
  for (const a of document.querySelectorAll("#main-nav a")) {
    // Detail pages belong to the section they are opened from.
    const section = { asset: "inventory", finding: "findings", scan: "scans", "scan-diff": "scans" }[page] || page;
    const current = a.dataset.page === section;
    if (current) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
  }
  main.setAttribute("aria-busy", "true");
  try {
    const nodes = await render(arg, params);
    if (seq !== renderSeq) return; // a newer navigation won
    main.replaceChildren(...nodes);
    const h1 = main.querySelector("h1");
    if (h1) {
      h1.setAttribute("tabindex", "-1");
      h1.focus({ preventScroll: true });
      document.title = h1.textContent + " · aispm";
    }
  } catch (e) {
    if (seq === renderSeq && e.status !== 401) showError(e);
  } finally {
    main.removeAttribute("aria-busy");
  }
}

function showError(e) {
  document.getElementById("content").replaceChildren(
    el("h1", {}, "Something went wrong"),
    el("p", { class: "error", role: "alert" }, "Could not load this page: " + e.message),
    el("p", {}, el("a", { href: "#/overview" }, "Back to the overview")));
}

function go(hash) {
  if (location.hash === hash) route(); else location.hash = hash;
}

// ---------------------------------------------------------------------------------------------
// Sign-in with an API token (the same tokens the API takes; roles come with the token).
function renderLogin(message) {
  document.getElementById("main-nav").hidden = true;
  document.getElementById("who").hidden = true;
  const input = el("input", { id: "login-token", type: "password", autocomplete: "off", required: true,
    "aria-describedby": "login-help" });
  const form = el("form", { class: "login", id: "login", "aria-labelledby": "login-h" },
    el("h1", { id: "login-h" }, "Sign in"),
    message ? el("p", { id: "login-message", role: "alert", class: "error" }, message) : null,
    el("p", { id: "login-help", class: "muted" },
      "Paste an aispm API token. An admin creates tokens with POST /api/v1/tokens; ./aispm demo prints one."),
    el("label", { for: "login-token" }, "API token", input),
    el("button", { type: "submit" }, "Sign in"));
  form.addEventListener("submit", ev => {
    ev.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, input.value.trim());
    input.value = "";
    me = null;
    cache = {};
    if (!location.hash || location.hash === "#/login") location.hash = "#/overview"; else route();
  });
  document.getElementById("content").replaceChildren(form);
  document.title = "Sign in · aispm";
  input.focus();
}

function signOut(message) {
  sessionStorage.removeItem(TOKEN_KEY);
  me = null;
  cache = {};
  renderLogin(message);
}

function showWho() {
  document.getElementById("main-nav").hidden = false;
  document.getElementById("who").hidden = false;
  document.getElementById("who-name").textContent = me.name;
  document.getElementById("who-role").textContent = me.role;
}

// ---------------------------------------------------------------------------------------------
// Charts: horizontal bars (each bar a link when a target is given) and a trend line chart. Each
// chart has a text alternative: a title and description, and the numbers in its labels.
function barChart(title, entries, { classOf = () => "", hrefOf = null, color = () => "#1a4f8f" } = {}) {
  const rows = entries.filter(([, n]) => n !== undefined);
  const max = Math.max(1, ...rows.map(([, n]) => n));
  const rowH = 24, labelW = 230, barW = 330, h = rows.length * rowH + 8;
  const id = "c" + Math.random().toString(36).slice(2);
  const chart = svg("svg", { class: "chart", viewBox: `0 0 ${labelW + barW + 50} ${h}`, role: "img",
    "aria-labelledby": id + "-t" }, svg("title", { id: id + "-t" },
      title + ": " + rows.map(([k, n]) => `${k} ${n}`).join(", ")));
  rows.forEach(([k, n], i) => {
    const y = i * rowH + 4;
    const g = svg("g", {},
      svg("text", { x: labelW - 6, y: y + 15, "text-anchor": "end", class: classOf(k) }, short(k, 34)),
      svg("rect", { x: labelW, y: y + 2, width: Math.max(2, (n / max) * barW), height: rowH - 6, fill: color(k) }),
      svg("text", { x: labelW + Math.max(2, (n / max) * barW) + 6, y: y + 15 }, String(n)));
    if (hrefOf) {
      const a = svg("a", { href: hrefOf(k) }, g);
      chart.append(a);
    } else chart.append(g);
  });
  return chart;
}

const SEV_COLORS = { critical: "#8b0000", high: "#a33a00", medium: "#8a6a00", low: "#2d5d8a", info: "#5f6b76" };

function trendChart(points) {
  const w = 640, h = 220, left = 44, right = 12, top = 12, bottom = 40;
  const sevs = ["critical", "high", "medium", "low"];
  const max = Math.max(1, ...points.map(p => p.openTotal));
  const x = i => left + (points.length === 1 ? (w - left - right) / 2 : i * (w - left - right) / (points.length - 1));
  const y = v => top + (h - top - bottom) * (1 - v / max);
  const chart = svg("svg", { class: "chart", id: "trend-chart", viewBox: `0 0 ${w} ${h}`, role: "img",
    "aria-labelledby": "trend-t" },
    svg("title", { id: "trend-t" }, "Open findings after each scan: " + points.map(p =>
      `${fmtTime(p.finishedAt)} ${p.openTotal}`).join("; ")),
    svg("line", { class: "axis", x1: left, y1: y(0), x2: w - right, y2: y(0) }),
    svg("line", { class: "axis", x1: left, y1: top, x2: left, y2: y(0) }),
    svg("text", { x: left - 6, y: y(max) + 4, "text-anchor": "end" }, String(max)),
    svg("text", { x: left - 6, y: y(0) + 4, "text-anchor": "end" }, "0"));
  const series = [["total", p => p.openTotal, "#14171a"], ...sevs.map(s => [s, p => p.open[s], SEV_COLORS[s]])];
  series.forEach(([name, get, color], si) => {
    const pts = points.map((p, i) => `${x(i)},${y(get(p))}`).join(" ");
    chart.append(svg("polyline", { points: pts, fill: "none", stroke: color, "stroke-width": name === "total" ? 3 : 2 }));
    points.forEach((p, i) => chart.append(svg("circle", { cx: x(i), cy: y(get(p)), r: 3, fill: color })));
    chart.append(svg("rect", { x: left + si * 100, y: h - 14, width: 10, height: 10, fill: color }),
      svg("text", { x: left + si * 100 + 14, y: h - 5 }, name));
  });
  if (points.length) {
    chart.append(svg("text", { x: left, y: h - 22 }, fmtTime(points[0].finishedAt).slice(0, 16)));
    if (points.length > 1) chart.append(svg("text", { x: w - right, y: h - 22, "text-anchor": "end" },
      fmtTime(points[points.length - 1].finishedAt).slice(0, 16)));
  }
  return chart;
}

// ---------------------------------------------------------------------------------------------
// Overview: what runs, what is at risk, what matters first, and whether it is getting better.
async function renderOverview() {
  const [s, trend] = await Promise.all([api("/api/v1/summary"), api("/api/v1/summary/trend?scans=30")]);
  const sev = Object.entries(s.openFindingsBySeverity);
  const totalAssets = Object.values(s.assetsByType).reduce((a, b) => a + b, 0);
  const latest = trend.items[trend.items.length - 1];
  const previous = trend.items[trend.items.length - 2];
  let delta = "";
  if (latest && previous) {
    const d = latest.openTotal - previous.openTotal;
    delta = d === 0 ? "unchanged since the previous scan" : `${d > 0 ? "+" : ""}${d} since the previous scan`;
  }
  return [
    el("h1", {}, "Overview"),
    el("section", { "aria-labelledby": "sev-h" },
      el("h2", { id: "sev-h" }, "Open findings by severity"),
      el("div", { class: "cards", id: "severity-cards" }, sev.map(([k, n]) =>
        el("a", { class: "card", href: "#/findings" + qs({ severity: k, status: "OPEN" }) },
          el("strong", { class: "sev-" + k }, String(n)), el("span", { class: "sev-" + k }, k))),
        el("div", { class: "card" }, el("strong", {}, String(totalAssets)), "assets"))),
    el("div", { class: "overview" },
      el("section", { class: "panel", "aria-labelledby": "top-h" },
        el("h2", { id: "top-h" }, "Top 10 risks by score"),
        el("ol", { id: "top-risks" }, s.topRisks.map(f => el("li", {},
          el("a", { href: "#/finding/" + f.id }, f.title), " ", el("span", { class: "muted" }, "score " + f.score), " ",
          sevBadge(f.severity), el("br"), el("span", { class: "muted" }, short(f.reason, 140)))))),
      el("div", {},
        el("section", { class: "panel", "aria-labelledby": "trend-h" },
          el("h2", { id: "trend-h" }, "Risk trend over scans"),
          trend.items.length ? trendChart(trend.items) : el("p", {}, "No finished scan has recorded its counts yet."),
          latest ? el("p", { id: "trend-latest" }, `${latest.openTotal} open after the latest scan`,
            delta ? ` (${delta})` : "", ".") : null),
        el("section", { class: "panel", "aria-labelledby": "cat-h" },
          el("h2", { id: "cat-h" }, "Open findings by category"),
          barChart("Open findings by category", Object.entries(s.openFindingsByCategory),
            { hrefOf: k => "#/findings" + qs({ category: k, status: "OPEN" }) })),
        el("section", { class: "panel", "aria-labelledby": "prov-h" },
          el("h2", { id: "prov-h" }, "Assets by provider"),
          barChart("Assets by provider", Object.entries(s.assetsByProvider),
            { hrefOf: k => "#/inventory" + qs({ provider: k, all: "1" }) })))),
    el("section", { class: "panel", "aria-labelledby": "type-h" },
      el("h2", { id: "type-h" }, "Assets by type"),
      barChart("Assets by type", Object.entries(s.assetsByType),
        { hrefOf: k => "#/inventory" + qs({ type: k, all: "1" }) })),
  ];
}

// ---------------------------------------------------------------------------------------------
// Paged tables: the first page renders with the page, "Load more" follows the API's cursor, so
// 10k rows never reach the browser at once.
function pagedTable({ id, caption, columns, url, row }) {
  const tbody = el("tbody");
  const status = el("p", { class: "muted", role: "status", id: id + "-status" });
  const more = el("button", { type: "button", class: "secondary", id: id + "-more", hidden: true }, "Load more");
  let cursor = null, shown = 0;
  async function load() {
    more.disabled = true;
    const page = await api(url + (url.includes("?") ? "&" : "?") + (cursor ? "cursor=" + encodeURIComponent(cursor) : ""));
    tbody.append(...page.items.map(row));
    shown += page.items.length;
    cursor = page.nextCursor;
    more.hidden = !cursor;
    more.disabled = false;
    status.textContent = shown === 0 ? "Nothing matches." : `Showing ${shown}${cursor ? "; more available" : ""}.`;
  }
  more.addEventListener("click", () => load().catch(showError));
  const table = el("table", { id },
    el("caption", { class: "sr-only" }, caption),
    el("thead", {}, el("tr", {}, columns.map(c => el("th", { scope: "col", class: c.num ? "num" : null }, c.label)))),
    tbody);
  return { nodes: [table, status, more], load };
}

function filterForm(id, fields, params, target) {
  const form = el("form", { class: "filters", id, role: "search", "aria-label": "Filters" });
  for (const f of fields) {
    const fid = id + "-" + f.name;
    let control;
    if (f.options) {
      control = el("select", { id: fid, name: f.name },
        el("option", { value: "" }, f.any || "any"),
        f.options.map(o => {
          const [value, label] = Array.isArray(o) ? o : [o, o];
          return el("option", { value, selected: params.get(f.name) === value }, label);
        }));
    } else {
      control = el("input", { id: fid, name: f.name, type: f.type || "search", value: params.get(f.name) || "",
        placeholder: f.placeholder || null });
    }
    form.append(el("label", { for: fid }, f.label, control));
  }
  form.append(el("button", { type: "submit" }, "Apply"),
    el("button", { type: "button", class: "secondary", onclick: () => go(target) }, "Clear"));
  form.addEventListener("submit", ev => {
    ev.preventDefault();
    const q = {};
    for (const [k, v] of new FormData(form).entries()) if (v) q[k] = v;
    for (const h of form.dataset.keep ? form.dataset.keep.split(",") : []) if (params.get(h)) q[h] = params.get(h);
    go(target + qs(q));
  });
  return form;
}

// ---------------------------------------------------------------------------------------------
// AI inventory (AI-BOM view): AI assets with where they run and what data and identities they use.
async function renderInventory(_arg, params) {
  const summary = await cached("summary", () => api("/api/v1/summary"));
  const all = params.get("all") === "1";
  const form = filterForm("inventory-filter", [
    { name: "q", label: "Search name or id", placeholder: "e.g. fraud" },
    { name: "provider", label: "Provider", options: Object.keys(summary.assetsByProvider) },
    { name: "account", label: "Account", type: "text" },
    { name: "region", label: "Region", type: "text" },
    { name: "type", label: "Type", options: Object.keys(summary.assetsByType) },
  ], params, "#/inventory");
  if (all) form.dataset.keep = "all";
  const filters = {};
  for (const k of ["q", "provider", "account", "region", "type"]) if (params.get(k)) filters[k] = params.get(k);
  const url = "/api/v1/assets" + qs({ ...filters, ai: all ? null : "true", links: "true", limit: 50 });
  const names = list => (list || []).map(x => el("li", {},
    el("a", { href: "#/asset" + qs({ id: x.id }) }, x.name || short(x.id, 40))));
  const table = pagedTable({
    id: "asset-table", caption: "AI assets", url,
    columns: [{ label: "Name" }, { label: "Type" }, { label: "Provider" }, { label: "Account" }, { label: "Region" },
      { label: "Data stores used" }, { label: "Identities" }],
    row: a => el("tr", {},
      el("td", {}, el("a", { href: "#/asset" + qs({ id: a.id }) }, a.name || short(a.id, 60))),
      el("td", {}, a.type), el("td", {}, a.provider), el("td", { class: "nowrap" }, a.account || ""),
      el("td", { class: "nowrap" }, a.region || ""),
      el("td", {}, el("ul", { class: "plain" }, names(a.dataStores))),
      el("td", {}, el("ul", { class: "plain" }, names(a.identities)))),
  });
  await table.load();
  return [
    el("h1", {}, all ? "Inventory: all assets" : "AI inventory"),
    el("p", { class: "muted" }, all
      ? "Every collected asset, including the identities and data stores around the AI estate. "
      : "Models, endpoints, training jobs, notebooks, agents, knowledge bases and guardrails. ",
      all ? el("a", { href: "#/inventory" }, "Show AI assets only") : el("a", { href: "#/inventory?all=1" }, "Show every asset"),
      " · ", el("a", { href: "/api/v1/aibom", id: "aibom-link", onclick: downloadAiBom }, "Download the CycloneDX AI-BOM")),
    form, ...table.nodes,
  ];
}

// The AI-BOM needs the bearer token, which a plain link cannot send; fetch it and save a blob.
async function downloadAiBom(ev) {
  ev.preventDefault();
  try {
    const bom = await api("/api/v1/aibom");
    const url = URL.createObjectURL(new Blob([JSON.stringify(bom, null, 2)], { type: "application/json" }));
    const a = el("a", { href: url, download: "aibom.cdx.json" });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  } catch (e) {
    announce("Could not download the AI-BOM: " + e.message);
  }
}

// ---------------------------------------------------------------------------------------------
// One asset: its properties, its findings and its neighbourhood drawn as a graph.
async function renderAsset(_arg, params) {
  const id = params.get("id");
  const hops = params.get("hops") === "2" ? 2 : 1;
  const [a, hood] = await Promise.all([
    api("/api/v1/assets/detail" + qs({ id })),
    api("/api/v1/assets/neighbourhood" + qs({ id, hops })),
  ]);
  const props = Object.entries(a.properties || {}).filter(([, v]) => v !== null && typeof v !== "object" || Array.isArray(v));
  return [
    el("p", {}, el("a", { href: "#/inventory" }, "← AI inventory")),
    el("h1", {}, a.name || a.id),
    el("dl", { class: "props" },
      el("dt", {}, "Id"), el("dd", { class: "mono" }, a.id),
      el("dt", {}, "Type"), el("dd", {}, a.type), el("dt", {}, "Provider"), el("dd", {}, a.provider || ""),
      el("dt", {}, "Account"), el("dd", {}, a.account || ""), el("dt", {}, "Region"), el("dd", {}, a.region || ""),
      el("dt", {}, "Last seen"), el("dd", {}, fmtTime(a.lastSeen))),
    el("section", { "aria-labelledby": "hood-h" },
      el("h2", { id: "hood-h" }, `Neighbourhood (${hops} hop${hops === 2 ? "s" : ""})`),
      el("p", {}, hops === 1
        ? el("a", { href: "#/asset" + qs({ id, hops: 2 }) }, "Show two hops")
        : el("a", { href: "#/asset" + qs({ id, hops: 1 }) }, "Show one hop"),
        hood.truncated ? " · the neighbourhood is larger than drawn (80 nodes at most)" : ""),
      neighbourhoodGraph(hood),
      relationshipTable(hood)),
    el("section", { "aria-labelledby": "af-h" },
      el("h2", { id: "af-h" }, `Findings on this asset (${a.findings.length})`),
      a.findings.length ? findingTable("asset-findings", a.findings) : el("p", {}, "No findings.")),
    el("section", { "aria-labelledby": "props-h" },
      el("h2", { id: "props-h" }, "Properties"),
      el("dl", { class: "props" }, props.flatMap(([k, v]) =>
        [el("dt", {}, k), el("dd", {}, Array.isArray(v) ? v.join(", ") : String(v))]))),
  ];
}

function relationshipTable(hood) {
  const name = new Map(hood.nodes.map(n => [n.id, n.name || n.id]));
  return el("details", {}, el("summary", {}, `The ${hood.edges.length} relationships as a table`),
    el("table", {}, el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "From"),
      el("th", { scope: "col" }, "Relationship"), el("th", { scope: "col" }, "To"))),
    el("tbody", {}, hood.edges.map(e => el("tr", {}, el("td", {}, name.get(e.from)), el("td", {}, e.type),
      el("td", {}, name.get(e.to)))))));
}

const kindOf = n => (n.labels || []).find(l => ["Internet", "Identity", "DataStore", "DataObject", "Model",
  "Endpoint", "CloudAccount"].includes(l)) || "";

// Radial layout: the asset in the middle, its direct neighbours on a ring, second-hop assets on an
// outer ring next to the neighbour that led to them.
function neighbourhoodGraph(hood) {
  const ring1 = hood.nodes.filter(n => n.hop === 1), ring2 = hood.nodes.filter(n => n.hop === 2);
  const W = ring2.length ? 1100 : 960;
  const H = ring2.length ? 760 : 520, cx = W / 2, cy = H / 2;
  const r1 = ring2.length ? 170 : 190, r2 = 330;
  const pos = new Map();
  pos.set(hood.centre, [cx, cy]);
  const angle = new Map();
  ring1.forEach((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, ring1.length) - Math.PI / 2;
    angle.set(n.id, a);
    pos.set(n.id, [cx + r1 * Math.cos(a) * 1.6, cy + r1 * Math.sin(a)]);
  });
  // Order the outer ring by the angle of the first-ring node each hangs off.
  const parent = new Map();
  for (const e of hood.edges) {
    for (const [a, b] of [[e.from, e.to], [e.to, e.from]]) {
      if (angle.has(a) && !parent.has(b)) parent.set(b, a);
    }
  }
  // Each first-ring node owns an equal sector; the assets reached through it spread inside it.
  const sector = (2 * Math.PI) / Math.max(1, ring1.length);
  const children = new Map();
  for (const n of ring2) {
    const p = parent.get(n.id);
    if (!children.has(p)) children.set(p, []);
    children.get(p).push(n);
  }
  for (const [p, kids] of children) {
    const mid = angle.get(p) ?? 0;
    kids.forEach((n, i) => {
      const a = mid - sector / 2 + (sector * (i + 0.5)) / kids.length;
      pos.set(n.id, [cx + r2 * Math.cos(a) * 1.25, cy + r2 * Math.sin(a)]);
    });
  }
  // Fit the drawing to what was placed, with room for the labels under the nodes.
  const xs = [...pos.values()].map(p => p[0]), ys = [...pos.values()].map(p => p[1]);
  const minX = Math.min(0, Math.min(...xs) - 110), maxX = Math.max(W, Math.max(...xs) + 110);
  const minY = Math.min(...ys) - 40, maxY = Math.max(...ys) + 65;
  const g = svg("svg", { class: "graph", id: "neighbourhood-graph", viewBox: `${minX} ${minY} ${maxX - minX} ${maxY - minY}`,
    role: "group",
    "aria-label": `Graph of ${hood.nodes.length} assets and ${hood.edges.length} relationships around this asset` },
    arrowDefs("hood-arrow"));
  // Parallel relationships (a role that can both read and write a bucket) share one labelled line.
  const merged = new Map();
  for (const e of hood.edges) {
    const key = e.from + "\u0000" + e.to;
    if (merged.has(key)) merged.get(key).type += ", " + e.type; else merged.set(key, { ...e });
  }
  for (const e of merged.values()) {
    const [x1, y1] = pos.get(e.from) || [cx, cy];
    const [x2, y2] = pos.get(e.to) || [cx, cy];
    const [ex, ey] = shorten(x1, y1, x2, y2, 24);
    g.append(svg("line", { class: "edge", x1, y1, x2: ex, y2: ey, "marker-end": "url(#hood-arrow)" }),
      svg("text", { class: "edge-label", x: (x1 + x2) / 2, y: (y1 + y2) / 2 - 3, "text-anchor": "middle" }, e.type));
  }
  for (const n of hood.nodes) {
    const [x, y] = pos.get(n.id);
    const centre = n.id === hood.centre;
    const node = svg("g", { class: "node " + kindOf(n) + (centre ? " centre" : "") },
      svg("circle", { cx: x, cy: y, r: centre ? 26 : 20 }),
      svg("text", { x, y: y + (centre ? 42 : 34), "text-anchor": "middle" }, short(n.name || n.id, 26)),
      svg("text", { class: "type", x, y: y + (centre ? 55 : 47), "text-anchor": "middle" }, short(n.type || "", 30)),
      svg("title", {}, `${n.type || ""} ${n.name || ""}\n${n.id}`));
    if (centre || n.type === "Internet" || !n.type) g.append(node);
    else g.append(svg("a", { href: "#/asset" + qs({ id: n.id }), "aria-label": `${n.type} ${n.name || n.id}` }, node));
  }
  return g;
}

function arrowDefs(id) {
  return svg("defs", {}, svg("marker", { id, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7,
    orient: "auto-start-reverse" }, svg("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#59636e" })));
}

function shorten(x1, y1, x2, y2, by) {
  const dx = x2 - x1, dy = y2 - y1, len = Math.hypot(dx, dy) || 1;
  return [x2 - (dx / len) * by, y2 - (dy / len) * by];
}

// ---------------------------------------------------------------------------------------------
// Findings queue.
function findingTable(id, findings) {
  return el("table", { id }, el("thead", {}, el("tr", {}, ["Score", "Severity", "Status", "Finding", "Why"].map(h =>
    el("th", { scope: "col", class: h === "Score" ? "num" : null }, h)))),
  el("tbody", {}, findings.map(findingRow)));
}

function findingRow(f) {
  return el("tr", {}, el("td", { class: "num" }, String(f.score)), el("td", {}, sevBadge(f.severity)),
    el("td", {}, statusBadge(f.status)), el("td", {}, el("a", { href: "#/finding/" + f.id }, f.title)),
    el("td", {}, short(f.reason, 160)));
}

const categoryId = c => c.toLowerCase().replace(/_/g, "-");

async function renderFindings(_arg, params) {
  const [rules, summary, frameworks] = await Promise.all([
    cached("rules", () => api("/api/v1/rules")),
    cached("summary", () => api("/api/v1/summary")),
    cached("frameworks", () => api("/api/v1/compliance")),
  ]);
  const categories = [...new Set(rules.map(r => categoryId(r.category)))].sort();
  const form = filterForm("finding-filter", [
    { name: "severity", label: "Severity", options: ["critical", "high", "medium", "low", "info"] },
    { name: "status", label: "Status", options: [["OPEN", "open"], ["REOPENED", "reopened"], ["SUPPRESSED", "suppressed"],
      ["RESOLVED", "resolved"]] },
    { name: "category", label: "Category", options: categories },
    { name: "rule", label: "Rule", options: rules.map(r => [r.id, short(r.title, 60)]).sort((a, b) => a[1].localeCompare(b[1])) },
    { name: "provider", label: "Provider", options: Object.keys(summary.assetsByProvider) },
    { name: "framework", label: "Compliance framework", options: frameworks.items.map(f => f.framework) },
  ], params, "#/findings");
  const filters = {};
  for (const k of ["severity", "status", "category", "rule", "provider", "framework", "control", "resource"]) {
    if (params.get(k)) filters[k] = params.get(k);
  }
  const table = pagedTable({
    id: "finding-table", caption: "Findings, highest score first",
    url: "/api/v1/findings" + qs({ ...filters, limit: 50 }),
    columns: [{ label: "Score", num: true }, { label: "Severity" }, { label: "Status" }, { label: "Finding" }, { label: "Why" }],
    row: findingRow,
  });
  await table.load();
  const extra = ["control", "resource"].filter(k => params.get(k)).map(k => `${k} ${params.get(k)}`);
  return [
    el("h1", {}, "Findings"),
    el("p", { class: "muted" }, "Highest score first. ", extra.length ? "Also filtered by " + extra.join(", ") + "." : ""),
    form, ...table.nodes,
  ];
}

// ---------------------------------------------------------------------------------------------
// One finding: why it scores what it does, how to fix it, and the attack path as a graph.
async function renderFinding(id) {
  const f = await api("/api/v1/findings/" + encodeURIComponent(id));
  const rule = await api("/api/v1/rules/" + encodeURIComponent(f.ruleId)).catch(() => null);
  const playbook = f.category === "misuse"
    ? await api(`/api/v1/findings/${encodeURIComponent(id)}/playbook`).catch(() => null) : null;
  const nodes = [
    el("p", {}, el("a", { href: "#/findings" }, "← Findings")),
    el("h1", {}, f.title),
    el("p", {}, sevBadge(f.severity), " · ", el("span", { id: "finding-status" }, statusBadge(f.status)),
      " · score ", el("strong", { id: "finding-score" }, String(f.score)), " · rule ",
      el("a", { href: "#/findings" + qs({ rule: f.ruleId }), class: "mono" }, f.ruleId)),
    el("p", {}, f.reason),
  ];
  if (f.suppression) {
    nodes.push(el("p", { class: "notice", id: "suppression-note" }, `Suppressed by ${f.suppression.by}: ${f.suppression.reason}`,
      f.suppression.until && f.suppression.until !== "null" ? ` (until ${f.suppression.until})` : ""));
  }
  nodes.push(suppressControls(f));
  if (playbook) nodes.push(playbookSection(playbook));
  if (f.path && f.path.length) {
    nodes.push(el("section", { "aria-labelledby": "path-h" }, el("h2", { id: "path-h" }, "Attack path"),
      attackPathGraph(f.path), attackPathList(f.path)));
  }
  if (f.evidence && f.evidence.length) {
    nodes.push(el("section", { "aria-labelledby": "evidence-h" }, el("h2", { id: "evidence-h" }, "Evidence"),
      evidenceTable(f.evidence)));
  }
  nodes.push(el("section", { "aria-labelledby": "score-h" }, el("h2", { id: "score-h" }, "Why it scores " + f.score),
    scoreTable(f)));
  if (rule) {
    nodes.push(el("section", { "aria-labelledby": "fix-h" }, el("h2", { id: "fix-h" }, "Remediation"),
      el("p", { id: "remediation" }, rule.remediation.text),
      rule.remediation.cli ? el("pre", { class: "mono" }, rule.remediation.cli) : null,
      rule.remediation.console ? el("p", {}, "Console: ", rule.remediation.console) : null,
      el("h2", {}, "Risk"), el("p", {}, rule.risk),
      rule.references && rule.references.length ? el("ul", {}, rule.references.map(r => el("li", {}, r))) : null));
  }
  nodes.push(el("section", { "aria-labelledby": "res-h" }, el("h2", { id: "res-h" }, "Affected resources"),
    el("ul", {}, f.resources.map(a => el("li", {}, el("a", { href: "#/asset" + qs({ id: a.id }) }, a.name || a.id),
      " ", el("span", { class: "muted" }, a.type))))),
  el("section", { "aria-labelledby": "ctl-h" }, el("h2", { id: "ctl-h" }, "Compliance controls"),
    el("p", {}, f.controls.map((c, i) => [i ? ", " : "", el("a", { href: "#/findings" + qs({ control: c }) }, c)]))),
  el("p", { class: "muted" }, `First seen ${fmtTime(f.firstSeen)}, last seen ${fmtTime(f.lastSeen)}.`));
  return nodes;
}

// What the content scanners found, one row per hit: the object (with the version and ETag read),
// where in it, what kind, and the fingerprint and redacted preview. Values are never sent.
function evidenceTable(rows) {
  const where = e => [e.member ? "member " + e.member : "", e.line ? "line " + e.line + (e.column ? ":" + e.column : "") : "",
    e.field ? "field " + e.field : ""].filter(Boolean).join(", ");
  return el("table", { id: "evidence" },
    el("caption", { class: "sr-only" }, "Objects behind this finding"),
    el("thead", {}, el("tr", {}, ["Object", "Version / ETag", "Where", "Kind", "Fingerprint", "Preview"]
      .map(h => el("th", { scope: "col" }, h)))),
    el("tbody", {}, rows.map(e => el("tr", {},
      el("td", { class: "mono" }, e.objectUri),
      el("td", { class: "mono" }, [e.versionId, e.etag].filter(Boolean).join(" / ")),
      el("td", {}, where(e)),
      el("td", {}, sevBadge(e.severity), " ", el("span", { class: "mono" }, e.ruleId)),
      el("td", { class: "mono", title: e.fingerprint || "" }, e.fingerprint ? e.fingerprint.slice(0, 16) + "…" : ""),
      el("td", { class: "mono" }, e.preview || "")))));
}

// A misuse finding's response: containment steps with their commands for the finding's cloud,
// what the principal and the target reach in the graph, and the events behind it.
function playbookSection(p) {
  const d = p.detection;
  return el("section", { "aria-labelledby": "playbook-h", id: "playbook" },
    el("h2", { id: "playbook-h" }, "Response playbook: " + p.title),
    el("p", {}, `${d.eventCount} event(s) by `, el("span", { class: "mono" }, d.principal), ` from ${fmtTime(d.firstEventAt)} to ${fmtTime(d.lastEventAt)}`,
      d.sourceIps.length ? ` · source ${d.sourceIps.join(", ")}` : ""),
    el("h3", {}, `Containment (${p.provider})`),
    el("ol", { id: "playbook-steps" }, p.containment.map(s => el("li", {}, el("strong", {}, s.action), el("pre", { class: "mono" }, s.command),
      el("p", { class: "muted" }, s.why)))),
    el("h3", {}, "Blast radius"),
    p.blastRadius.length
      ? el("table", { id: "blast-radius" }, el("caption", { class: "sr-only" }, "Assets the principal or the target reach"),
        el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Asset"), el("th", { scope: "col" }, "Type"), el("th", { scope: "col" }, "Reached over"))),
        el("tbody", {}, p.blastRadius.map(r => el("tr", {}, el("td", {}, el("a", { href: "#/asset" + qs({ id: r.id }) }, r.name || r.id)),
          el("td", {}, r.type || ""), el("td", { class: "mono" }, r.relation)))))
      : el("p", { class: "muted" }, "Nothing in the graph is reachable from the principal or the target."),
    el("h3", {}, "Evidence"),
    el("ul", { id: "playbook-evidence" }, p.evidence.events.map(e => el("li", { class: "mono" },
      `${e.time} ${e.action} ${e.sourceIp || ""} ${e.outcome || ""} (event ${e.id})`)),
      p.evidence.contentFindings.map(c => el("li", {}, `${c.severity} ${c.ruleId}: ${c.message} (${c.location})`)),
      p.evidence.artifactVerdict ? el("li", {}, "Artifact scan verdict: " + p.evidence.artifactVerdict) : null,
      p.evidence.scanIds.length ? el("li", {}, "Scans: " + p.evidence.scanIds.join(", ")) : null));
}

function scoreTable(f) {
  const sum = f.scoreFactors.reduce((a, x) => a + x.points, 0);
  return el("table", { class: "factors", id: "score-factors" },
    el("caption", { class: "sr-only" }, "Score factors"),
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Factor"), el("th", { scope: "col", class: "num" }, "Points"),
      el("th", { scope: "col" }, "Because"))),
    el("tbody", {}, f.scoreFactors.map(x => el("tr", {}, el("td", {}, x.name),
      el("td", { class: "num" }, (x.points >= 0 ? "+" : "") + x.points), el("td", {}, x.why)))),
    el("tfoot", {}, el("tr", {}, el("th", { scope: "row" }, "Score"), el("td", { class: "num" }, String(f.score)),
      el("td", {}, sum !== f.score ? `the factors add up to ${sum}; scores are capped at 0–100` : ""))));
}

// The path alternates node, edge, node...; nodes are laid out left to right in rows of three,
// each row continuing where the previous one ended, with every edge labelled by its type.
function attackPathGraph(path) {
  const steps = [];
  for (let i = 0; i < path.length; i++) {
    if (path[i].kind === "node") steps.push({ node: path[i], edge: null });
    else if (steps.length) steps[steps.length - 1].edge = path[i];
  }
  const perRow = 3, boxW = 220, boxH = 58, gapX = 90, gapY = 70, pad = 20;
  const rows = Math.ceil(steps.length / perRow);
  const W = pad * 2 + perRow * boxW + (perRow - 1) * gapX, H = pad * 2 + rows * boxH + (rows - 1) * gapY;
  const at = i => {
    const r = Math.floor(i / perRow), c = i % perRow;
    return [pad + c * (boxW + gapX), pad + r * (boxH + gapY)];
  };
  const g = svg("svg", { class: "graph", id: "attack-path", viewBox: `0 0 ${W} ${H}`, role: "group",
    "aria-label": `Attack path of ${steps.length} steps` }, arrowDefs("path-arrow"));
  steps.forEach((s, i) => {
    if (i === steps.length - 1) return;
    const [x1, y1] = at(i), [x2, y2] = at(i + 1);
    const label = s.edge ? s.edge.type : "";
    if (y1 === y2) {
      g.append(svg("line", { class: "edge", x1: x1 + boxW, y1: y1 + boxH / 2, x2: x2 - 2, y2: y2 + boxH / 2,
        "marker-end": "url(#path-arrow)" }),
      svg("text", { class: "edge-label", x: x1 + boxW + gapX / 2, y: y1 + boxH / 2 - 6, "text-anchor": "middle" }, label));
    } else {
      // Wrap to the next row: down from this box, across, and into the next one.
      const midY = y1 + boxH + gapY / 2;
      g.append(svg("path", { class: "edge", d: `M ${x1 + boxW / 2} ${y1 + boxH} V ${midY} H ${x2 + boxW / 2} V ${y2 - 2}`,
        "marker-end": "url(#path-arrow)" }),
      svg("text", { class: "edge-label", x: (x1 + x2 + boxW) / 2, y: midY - 5, "text-anchor": "middle" }, label));
    }
  });
  steps.forEach((s, i) => {
    const [x, y] = at(i);
    const n = s.node;
    const kind = n.type === "Internet" ? "Internet" : /Role|User|Identity/.test(n.type || "") ? "Identity"
      : /Bucket|Prefix|Artifact|Data/.test(n.type || "") ? "DataStore" : /Model|Endpoint/.test(n.type || "") ? "Model" : "";
    const box = svg("g", { class: "node path-node " + kind },
      svg("rect", { x, y, width: boxW, height: boxH, rx: 6 }),
      svg("text", { x: x + 10, y: y + 16, class: "type" }, `${i + 1}. ${short(n.type || "", 30)}`),
      svg("text", { x: x + 10, y: y + 36 }, short(n.name || n.id || n.type || "", 30)),
      svg("title", {}, n.id || n.name || n.type || ""));
    if (n.id && n.type !== "Internet") {
      g.append(svg("a", { href: "#/asset" + qs({ id: n.id }), "aria-label": `Step ${i + 1}: ${n.type} ${n.name || n.id}` }, box));
    } else g.append(box);
  });
  return g;
}

// The same path as text, for screen readers and for copying into a ticket.
function attackPathList(path) {
  return el("ol", { class: "sr-only", id: "attack-path-steps" }, path.filter(p => p.kind === "node").map((n, i, all) => {
    const idx = path.indexOf(n);
    const edge = path[idx + 1] && path[idx + 1].kind === "edge" ? path[idx + 1].type : null;
    return el("li", {}, `${n.type} ${n.name || n.id || ""}`, edge && i < all.length - 1 ? ` — ${edge} →` : "");
  }));
}

// Operators accept a risk with a reason (optionally until a date) or lift a suppression; viewers
// see neither control, since the API would refuse them.
function suppressControls(f) {
  if (!can("operator")) return el("p", { class: "muted", id: "suppress-readonly" }, "Suppressing needs the operator role.");
  const msg = el("p", { role: "status", id: "suppress-result" });
  if (f.status === "SUPPRESSED") {
    return el("div", {}, el("button", { type: "button", id: "unsuppress", onclick: async ev => {
      ev.target.disabled = true;
      try {
        await api(`/api/v1/findings/${f.id}/suppress`, { method: "DELETE" });
        announce("Suppression lifted.");
        route();
      } catch (e) { msg.textContent = "Could not lift the suppression: " + e.message; ev.target.disabled = false; }
    } }, "Lift suppression"), msg);
  }
  const reason = el("input", { id: "suppress-reason", name: "reason", type: "text", required: true, maxlength: 1000, size: 50 });
  const until = el("input", { id: "suppress-until", name: "until", type: "date" });
  const form = el("form", { class: "filters", id: "suppress-form", "aria-labelledby": "suppress-h" },
    el("h2", { id: "suppress-h", class: "sr-only" }, "Suppress this finding"),
    el("label", { for: "suppress-reason" }, "Reason to accept the risk", reason),
    el("label", { for: "suppress-until" }, "Until (optional)", until),
    el("button", { type: "submit", id: "suppress" }, "Suppress"), msg);
  form.addEventListener("submit", async ev => {
    ev.preventDefault();
    const body = { reason: reason.value.trim() };
    if (until.value) body.until = new Date(until.value + "T00:00:00Z").toISOString();
    try {
      await api(`/api/v1/findings/${f.id}/suppress`, { method: "POST", body });
      announce("Finding suppressed.");
      route();
    } catch (e) { msg.textContent = "Could not suppress: " + e.message; }
  });
  return form;
}

// ---------------------------------------------------------------------------------------------
// Compliance: every framework, then one framework's controls with passing and failing resources.
async function renderCompliance(framework) {
  const frameworks = await api("/api/v1/compliance");
  const tabs = el("nav", { "aria-label": "Frameworks" }, el("ul", {}, frameworks.items.map(f =>
    el("li", {}, el("a", { href: "#/compliance/" + f.framework, "aria-current": f.framework === framework ? "page" : null },
      f.framework)))));
  const overview = el("table", { id: "framework-table" },
    el("thead", {}, el("tr", {}, ["Framework", "Controls", "Passing", "Failing", "Not evaluated"].map((h, i) =>
      el("th", { scope: "col", class: i ? "num" : null }, h)))),
    el("tbody", {}, frameworks.items.map(f => el("tr", {},
      el("td", {}, el("a", { href: "#/compliance/" + f.framework }, f.framework)), el("td", { class: "num" }, String(f.controls)),
      el("td", { class: "num st-PASS" }, String(f.passing)), el("td", { class: "num st-FAIL" }, String(f.failing)),
      el("td", { class: "num" }, String(f.notEvaluated))))));
  if (!framework) return [el("h1", {}, "Compliance"), tabs, overview];
  const fw = await api("/api/v1/compliance/" + encodeURIComponent(framework));
  const ids = (state, label) => state && state.count ? el("details", {},
    el("summary", {}, `${state.count} ${label}`),
    el("ul", { class: "plain mono" }, state.resourceIds.map(r => el("li", {}, el("a", { href: "#/asset" + qs({ id: r }) }, r)))),
    state.count > state.resourceIds.length ? el("p", { class: "muted" }, `and ${state.count - state.resourceIds.length} more`) : null)
    : el("span", { class: "muted" }, "0 " + label);
  return [
    el("h1", {}, "Compliance: " + framework), tabs,
    el("table", { id: "control-table" },
      el("caption", { class: "sr-only" }, framework + " controls"),
      el("thead", {}, el("tr", {}, ["Control", "Status", "Passing", "Failing", "Rules"].map(h => el("th", { scope: "col" }, h)))),
      el("tbody", {}, fw.controls.map(c => el("tr", {},
        el("td", {}, el("a", { href: "#/findings" + qs({ control: c.id }) }, c.control)),
        el("td", {}, statusBadge(c.status)),
        el("td", {}, ids(c.passing, "passing")),
        el("td", {}, ids(c.failing, "failing"), c.suppressed && c.suppressed.count ? el("div", {}, ids(c.suppressed, "suppressed")) : null,
          c.unknown && c.unknown.count ? el("div", {}, ids(c.unknown, "unknown")) : null),
        el("td", {}, el("ul", { class: "plain" }, c.rules.map(r => el("li", {},
          el("a", { href: "#/findings" + qs({ rule: r }), class: "mono" }, r))))))))),
  ];
}

// ---------------------------------------------------------------------------------------------
// Scans: history with status, duration and failures; the trigger for operators.
const duration = (a, b) => {
  if (!a || !b) return "";
  const s = Math.round((new Date(b) - new Date(a)) / 1000);
  return s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
};

async function renderScans(_arg, params) {
  const table = pagedTable({
    id: "scan-table", caption: "Scans, newest first", url: "/api/v1/scans" + qs({ status: params.get("status"), limit: 20 }),
    columns: [{ label: "Scan" }, { label: "Status" }, { label: "Trigger" }, { label: "Started" }, { label: "Duration" },
      { label: "Findings", num: true }, { label: "Open after", num: true }, { label: "Failed steps", num: true }],
    row: r => el("tr", {}, el("td", { class: "mono" }, el("a", { href: "#/scan/" + r.id }, r.id)),
      el("td", {}, statusBadge(r.status)), el("td", {}, r.trigger || ""), el("td", {}, fmtTime(r.startedAt)),
      el("td", {}, duration(r.startedAt, r.finishedAt)), el("td", { class: "num" }, String(r.findingCount ?? "")),
      el("td", { class: "num" }, String(r.openTotal ?? "")), el("td", { class: "num" }, String(r.failureCount ?? ""))),
  });
  await table.load();
  const msg = el("p", { role: "status", id: "scan-trigger-result" });
  let trigger;
  if (can("operator")) {
    trigger = el("button", { type: "button", id: "trigger-scan", onclick: async ev => {
      ev.target.disabled = true;
      try {
        const r = await api("/api/v1/scans", { method: "POST", body: {} });
        msg.replaceChildren("Scan ", el("a", { href: "#/scan/" + r.scanId }, r.scanId), ` ${r.status.toLowerCase()}.`);
      } catch (e) { msg.textContent = "Could not start a scan: " + e.message; }
      ev.target.disabled = false;
    } }, "Scan now");
  } else {
    trigger = el("p", { class: "muted", id: "trigger-readonly" }, "Starting a scan needs the operator role.");
  }
  return [el("h1", {}, "Scans"), el("div", {}, trigger, msg),
    el("form", { class: "filters", id: "scan-filter", onsubmit: ev => {
      ev.preventDefault();
      go("#/scans" + qs({ status: new FormData(ev.target).get("status") }));
    } }, el("label", { for: "scan-status" }, "Status", el("select", { id: "scan-status", name: "status" },
      el("option", { value: "" }, "any"), ["QUEUED", "RUNNING", "SUCCEEDED", "PARTIAL", "FAILED"].map(s =>
        el("option", { value: s, selected: params.get("status") === s }, s.toLowerCase())))),
    el("button", { type: "submit" }, "Apply")),
    ...table.nodes,
    el("h2", { id: "diff-h" }, "Compare two scans"),
    el("form", { class: "filters", id: "scan-diff-form", "aria-labelledby": "diff-h", onsubmit: ev => {
      ev.preventDefault();
      const f = new FormData(ev.target);
      go("#/scan-diff" + qs({ a: f.get("a").trim(), b: f.get("b").trim() }));
    } },
    el("label", { for: "diff-a" }, "Earlier scan", el("input", { id: "diff-a", name: "a", required: true,
      placeholder: "scan-…", class: "mono" })),
    el("label", { for: "diff-b" }, "Later scan", el("input", { id: "diff-b", name: "b", required: true,
      placeholder: "scan-…", class: "mono" })),
    el("button", { type: "submit" }, "Compare"))];
}

// What changed between two scans, from the snapshots each scan recorded as it ended.
async function renderScanDiff(_arg, params) {
  const a = params.get("a") || "", b = params.get("b") || "";
  const d = await api("/api/v1/scans/" + encodeURIComponent(a) + "/diff/" + encodeURIComponent(b) + qs({ limit: 500 }));
  const section = (key, title, s, text) => [
    el("h2", { id: "diff-" + key }, `${title}: ${s.addedCount} added, ${s.removedCount} removed, ${s.changedCount} changed`),
    (s.added.length + s.removed.length + s.changed.length)
      ? el("table", { id: "diff-" + key + "-table" },
        el("caption", { class: "sr-only" }, title + " that changed"),
        el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Change"), el("th", { scope: "col" }, title.replace(/s$/, "")))),
        el("tbody", {}, [["added", s.added], ["removed", s.removed], ["changed", s.changed]].flatMap(([kind, list]) =>
          list.map(x => el("tr", { class: "diff-" + kind }, el("td", {}, kind), el("td", { class: "mono" }, text(x)))))))
      : el("p", { class: "muted" }, "No change."),
    s.truncated ? el("p", { class: "muted" }, "Only the first 500 of each list are shown.") : null,
  ].filter(Boolean);
  const finding = f => `${f.ruleId || ""} on ${f.resourceId || ""}: `
    + `${f.severityBefore ? f.severityBefore + "/" + f.statusBefore.toLowerCase() : "none"} → `
    + `${f.severityAfter ? f.severityAfter + "/" + f.statusAfter.toLowerCase() : "none"}`;
  return [
    el("p", {}, el("a", { href: "#/scans" }, "← Scans")),
    el("h1", {}, "Changes between two scans"),
    el("p", {}, "From ", el("a", { href: "#/scan/" + d.from, class: "mono" }, d.from), " to ",
      el("a", { href: "#/scan/" + d.to, class: "mono" }, d.to)),
    ...section("assets", "Assets", d.assets, x => x),
    ...section("edges", "Relationships", d.edges, x => x.split("\t").join(" → ")),
    ...section("findings", "Findings", d.findings, finding),
  ];
}

async function renderScan(id) {
  const r = await api("/api/v1/scans/" + encodeURIComponent(id));
  return [
    el("p", {}, el("a", { href: "#/scans" }, "← Scans")),
    el("h1", {}, "Scan " + r.id),
    el("dl", { class: "props" },
      el("dt", {}, "Status"), el("dd", {}, statusBadge(r.status)), el("dt", {}, "Trigger"), el("dd", {}, r.trigger || ""),
      el("dt", {}, "Started"), el("dd", {}, fmtTime(r.startedAt)), el("dt", {}, "Finished"), el("dd", {}, fmtTime(r.finishedAt)),
      el("dt", {}, "Duration"), el("dd", {}, duration(r.startedAt, r.finishedAt)),
      el("dt", {}, "Findings"), el("dd", {}, String(r.findingCount ?? "")),
      el("dt", {}, "Resolved"), el("dd", {}, String(r.resolvedCount ?? ""))),
    el("h2", {}, "Collectors"),
    el("table", { id: "collector-table" }, el("thead", {}, el("tr", {}, ["Provider", "Steps", "Resources", "Failures", "Time"].map((h, i) =>
      el("th", { scope: "col", class: i ? "num" : null }, h)))),
    el("tbody", {}, r.collectors.map(c => el("tr", {}, el("td", {}, c.provider), el("td", { class: "num" }, String(c.steps)),
      el("td", { class: "num" }, String(c.resources)), el("td", { class: "num" }, String(c.failures)),
      el("td", { class: "num" }, (c.durationMs / 1000).toFixed(1) + " s"))))),
    el("h2", {}, "Errors"),
    r.collectors.some(c => c.errors.length)
      ? el("table", { id: "error-table" }, el("thead", {}, el("tr", {}, ["Provider", "Scope", "Resource type", "Error", "Missing permission"].map(h =>
        el("th", { scope: "col" }, h)))),
      el("tbody", {}, r.collectors.flatMap(c => c.errors.map(e => el("tr", {}, el("td", {}, c.provider), el("td", { class: "mono" }, e.scope),
        el("td", {}, e.resourceType || ""), el("td", {}, e.error || ""), el("td", { class: "mono" }, e.missingPermission || ""))))))
      : el("p", {}, "No collector reported an error."),
  ];
}

// ---------------------------------------------------------------------------------------------
// Alerts: the routes (filters to Slack, Teams, webhook and e-mail channels) and every delivery
// attempt. Channel secrets never reach the browser; the API answers only whether they are set.
function routeFilterText(f) {
  const parts = [];
  if (f.minSeverity) parts.push("severity ≥ " + f.minSeverity);
  if (f.minScore != null) parts.push("score ≥ " + f.minScore);
  for (const [k, label] of [["categories", "category"], ["rules", "rule"], ["providers", "cloud"], ["accounts", "account"], ["events", "event"]]) {
    if (f[k] && f[k].length) parts.push(label + ": " + f[k].join(", ").toLowerCase());
  }
  return parts.length ? parts.join("; ") : "every new or reopened finding";
}

function channelText(c) {
  if (c.type === "email") return "e-mail to " + c.recipients.join(", ");
  return c.type + " to " + (c.host || "?") + (c.signed ? " (signed)" : "");
}

async function renderAlerts() {
  const head = [el("h1", {}, "Alerts"),
    el("p", { class: "muted" }, "Findings that open or reopen in a scan are sent once per route and channel. ",
      el("a", { href: "/api/v1/reports/latest", id: "report-link", onclick: downloadReport }, "Download the latest posture report"), " (HTML).")];
  if (!can("admin")) {
    return [...head, el("p", { id: "alerts-readonly" }, "Alert routes and deliveries are shown to admins.")];
  }
  const routes = await api("/api/v1/alert-routes");
  const msg = el("p", { role: "status", id: "alert-test-result" });
  const routeTable = el("table", { id: "route-table" },
    el("caption", { class: "sr-only" }, "Alert routes"),
    el("thead", {}, el("tr", {}, ["Route", "Sends", "Channels", "Limit per hour", "Source", ""].map(h => el("th", { scope: "col" }, h)))),
    el("tbody", {}, routes.items.map(r => el("tr", {},
      el("td", {}, r.name, r.enabled ? "" : el("span", { class: "muted" }, " (disabled)"), el("div", { class: "mono muted" }, r.id)),
      el("td", {}, routeFilterText(r.filter)),
      el("td", {}, el("ul", { class: "plain" }, r.channels.map(c => el("li", {}, channelText(c))))),
      el("td", { class: "num" }, r.rateLimit ? String(r.rateLimit) : "no limit"),
      el("td", {}, r.source),
      el("td", {}, el("button", { type: "button", class: "secondary", "aria-label": "Send a test message on route " + r.name,
        onclick: async ev => {
          ev.target.disabled = true;
          try {
            const t = await api("/api/v1/alert-routes/" + encodeURIComponent(r.id) + "/test", { method: "POST" });
            msg.textContent = `Test message on ${r.name}: ${t.delivered ? "delivered" : "not delivered"} (` +
              t.deliveries.map(d => d.channel + " " + d.status.toLowerCase() + (d.statusCode ? " " + d.statusCode : "")).join(", ") + ").";
            announce(msg.textContent);
          } catch (e) { msg.textContent = "Could not send a test message: " + e.message; }
          ev.target.disabled = false;
        } }, "Send test"))))));
  const deliveries = pagedTable({
    id: "delivery-table", caption: "Alert deliveries, newest first", url: "/api/v1/alert-deliveries" + qs({ limit: 25 }),
    columns: [{ label: "When" }, { label: "Route" }, { label: "Channel" }, { label: "What" }, { label: "Attempt", num: true },
      { label: "Status" }, { label: "Code", num: true }, { label: "Error" }],
    row: d => el("tr", {}, el("td", {}, fmtTime(d.at)), el("td", { class: "mono" }, d.routeId),
      el("td", {}, d.channel), el("td", {}, d.kind === "finding"
        ? el("a", { href: "#/finding/" + encodeURIComponent(d.findingId) }, (d.event || "").toLowerCase() + " finding")
        : d.kind === "digest" ? `digest of ${d.findingIds.length}` : "test message"),
      el("td", { class: "num" }, String(d.attempt)), el("td", {}, statusBadge(d.status)),
      el("td", { class: "num" }, d.statusCode == null ? "" : String(d.statusCode)), el("td", {}, d.error || "")),
  });
  await deliveries.load();
  return [...head, el("h2", {}, "Routes"),
    routes.items.length ? routeTable : el("p", { id: "no-routes" }, "No alert route yet. Create one with POST /api/v1/alert-routes or AISPM_ALERTS_<n>_* settings."),
    msg, el("h2", {}, "Deliveries"), ...deliveries.nodes];
}

// The report is served to signed-in callers only, so it is fetched with the token and saved as a
// file: opened from disk it keeps its own inline styles, which the dashboard's policy would block.
async function downloadReport(ev) {
  ev.preventDefault();
  try {
    const res = await fetch("/api/v1/reports/latest", { headers: { Authorization: "Bearer " + sessionStorage.getItem(TOKEN_KEY) } });
    if (!res.ok) throw new Error("HTTP " + res.status);
    const url = URL.createObjectURL(await res.blob());
    const a = el("a", { href: url, download: "aispm-report.html" });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    announce("Report downloaded.");
  } catch (e) { announce("Could not download the report: " + e.message); }
}

// ---------------------------------------------------------------------------------------------
document.getElementById("logout").addEventListener("click", () => signOut("Signed out."));
window.addEventListener("hashchange", route);
route();
