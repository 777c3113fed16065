// The dashboard reads the same REST API that SOC tooling uses; it makes no call outside this origin.
"use strict";

const el = (tag, attrs = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(c ?? ""));
  return e;
};

// The API takes a bearer token on every call; the dashboard keeps it for this tab only
// (sessionStorage), never in a cookie or localStorage.
const TOKEN_KEY = "aispm.token";

async function api(path) {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const headers = { Accept: "application/json" };
  if (token) headers.Authorization = "Bearer " + token;
  const res = await fetch(path, { headers });
  if (res.status === 401) {
    sessionStorage.removeItem(TOKEN_KEY);
    showLogin("Sign in with an API token.");
    throw new Error("not signed in");
  }
  if (!res.ok) {
    const problem = await res.json().catch(() => ({}));
    throw new Error(problem.detail || res.statusText);
  }
  return res.json();
}

async function loadOverview() {
  const s = await api("/api/v1/summary");
  const cards = document.getElementById("severity-cards");
  cards.replaceChildren(...Object.entries(s.openFindingsBySeverity).map(([sev, n]) =>
    el("div", { class: "card" }, el("strong", { class: "sev-" + sev }, String(n)), sev + " open")));
  document.getElementById("top-risks").replaceChildren(...s.topRisks.map(f =>
    el("li", {}, el("span", { class: "sev-" + f.severity }, `[${f.score}] `), f.title, el("br"), f.reason)));
  document.querySelector("#asset-types tbody").replaceChildren(...Object.entries(s.assetsByType).map(([t, n]) =>
    el("tr", {}, el("td", {}, t), el("td", {}, String(n)))));
}

let findingCursor = null;
async function loadFindings(append) {
  const form = new FormData(document.getElementById("finding-filter"));
  const q = new URLSearchParams({ limit: "50" });
  for (const [k, v] of form.entries()) if (v) q.set(k, v);
  if (append && findingCursor) q.set("cursor", findingCursor);
  const page = await api("/api/v1/findings?" + q);
  const body = document.querySelector("#finding-table tbody");
  const rows = page.items.map(f => {
    const link = el("a", { href: "#finding-" + f.id }, f.title);
    link.addEventListener("click", ev => { ev.preventDefault(); showFinding(f.id); });
    return el("tr", {}, el("td", {}, String(f.score)), el("td", { class: "sev-" + f.severity }, f.severity),
      el("td", {}, f.status), el("td", {}, link), el("td", {}, f.reason));
  });
  if (append) body.append(...rows); else body.replaceChildren(...rows);
  findingCursor = page.nextCursor;
  document.getElementById("finding-more").hidden = !findingCursor;
}

async function showFinding(id) {
  const f = await api("/api/v1/findings/" + encodeURIComponent(id));
  const path = f.path.map(s => s.kind === "edge" ? ` -[${s.type}]-> ` : (s.name || s.id || s.type)).join("");
  const factors = f.scoreFactors.map(x => `${x.name} +${x.points} (${x.why})`).join("; ");
  document.getElementById("finding-detail").replaceChildren(
    el("h3", {}, f.title), el("p", {}, f.reason),
    el("p", {}, "Score " + f.score + ": " + factors),
    path ? el("p", { class: "path" }, "Attack path: " + path) : "",
    el("p", {}, "Controls: " + f.controls.join(", ")));
}

let assetCursor = null;
async function loadAssets(append) {
  const q = new URLSearchParams({ limit: "100" });
  if (append && assetCursor) q.set("cursor", assetCursor);
  const page = await api("/api/v1/assets?" + q);
  const rows = page.items.map(a => el("tr", {}, el("td", {}, a.type), el("td", {}, a.name || ""),
    el("td", {}, a.account || ""), el("td", {}, a.region || ""), el("td", { class: "id" }, a.id)));
  const body = document.querySelector("#asset-table tbody");
  if (append) body.append(...rows); else body.replaceChildren(...rows);
  assetCursor = page.nextCursor;
  document.getElementById("asset-more").hidden = !assetCursor;
}

async function loadScans() {
  const page = await api("/api/v1/scans?limit=20");
  document.querySelector("#scan-table tbody").replaceChildren(...page.items.map(r =>
    el("tr", {}, el("td", { class: "id" }, r.id), el("td", {}, r.status), el("td", {}, r.startedAt),
      el("td", {}, String(r.findingCount ?? "")), el("td", {}, String(r.failureCount ?? "")))));
}

function showLogin(message) {
  document.getElementById("login").hidden = false;
  document.getElementById("login-message").textContent = message;
}

document.getElementById("login").addEventListener("submit", ev => {
  ev.preventDefault();
  const input = document.getElementById("login-token");
  sessionStorage.setItem(TOKEN_KEY, input.value.trim());
  input.value = "";
  document.getElementById("login").hidden = true;
  loadAll();
});
document.getElementById("logout").addEventListener("click", () => {
  sessionStorage.removeItem(TOKEN_KEY);
  showLogin("Signed out.");
});

document.getElementById("finding-filter").addEventListener("submit", ev => { ev.preventDefault(); loadFindings(false); });
document.getElementById("finding-more").addEventListener("click", () => loadFindings(true));
document.getElementById("asset-more").addEventListener("click", () => loadAssets(true));
function loadAll() {
  if (!sessionStorage.getItem(TOKEN_KEY)) {
    showLogin("Sign in with an API token.");
    return;
  }
  Promise.all([loadOverview(), loadFindings(false), loadAssets(false), loadScans()])
    .catch(err => document.querySelector("main").prepend(el("p", { role: "alert" }, "Could not load: " + err.message)));
}
loadAll();
