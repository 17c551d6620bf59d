"use strict";
// accord dashboard: a small hash-routed page over the REST API. No external assets.

const view = () => document.getElementById("view");
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) =>
  ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));

async function api(path, opts) {
  const r = await fetch(path, opts);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error ? body.error.message : r.statusText);
  return body;
}

function statusBadge(s) { return `<span class="status status-${esc(s)}">${esc(s)}</span>`; }

function highlight(e) {
  // the evidence sentence with the trigger marked (offsets are into the article text)
  const s = e.sentence || "", start = e.trigger_start - e.sentence_start;
  const end = e.trigger_end - e.sentence_start;
  if (start < 0 || end > s.length) return esc(s);
  return esc(s.slice(0, start)) + "<mark>" + esc(s.slice(start, end)) + "</mark>" + esc(s.slice(end));
}

function eventsTable(items) {
  if (!items.length) return `<p class="muted">No events.</p>`;
  return `<table><thead><tr><th>Date</th><th>Source</th><th>Event</th><th>Target</th>
    <th>Status</th><th>Evidence</th></tr></thead><tbody>` + items.map((e) => `
    <tr id="ev-${esc(e.event_id)}"><td>${esc(e.event_date || e.published || "")}</td>
    <td><a href="#/country/${esc(e.source_country)}">${esc(e.source_code)}</a></td>
    <td title="${esc(e.cameo_name)}">${esc(e.cameo)} ${esc(e.cameo_name)}</td>
    <td>${e.target_country ? `<a href="#/country/${esc(e.target_country)}">${esc(e.target_code)}</a>` : ""}</td>
    <td>${statusBadge(e.status)}${e.background ? ' <span class="muted">background</span>' : ""}</td>
    <td class="evidence">${highlight(e)} ${e.url ? `<a href="${esc(e.url)}" rel="noopener">source</a>` : ""}
      <span class="muted">${esc(e.attribution ? "— " + e.attribution : "")}</span></td></tr>`).join("") +
    `</tbody></table>`;
}

function timeline(series, onPick) {
  // cooperation (up) and conflict (down) bars per period, with the CCI as points
  const w = 640, h = 220, pad = 30, n = Math.max(series.length, 1);
  const maxv = Math.max(1, ...series.map((p) => Math.max(p.coop, p.conflict)));
  const bw = (w - 2 * pad) / n, mid = h / 2;
  let out = `<svg class="timeline" viewBox="0 0 ${w} ${h}" role="img" aria-label="cooperation and conflict over time" width="100%">`;
  out += `<line x1="${pad}" x2="${w - pad}" y1="${mid}" y2="${mid}" stroke="#999"/>`;
  series.forEach((p, i) => {
    const x = pad + i * bw, hc = (p.coop / maxv) * (mid - 20), hk = (p.conflict / maxv) * (mid - 20);
    out += `<rect class="bar-coop" x="${x + 2}" y="${mid - hc}" width="${bw - 4}" height="${hc}"/>`;
    out += `<rect class="bar-conf" x="${x + 2}" y="${mid}" width="${bw - 4}" height="${hk}"/>`;
    if (p.cci !== null) {
      const y = mid - p.cci * (mid - 20);
      out += `<circle class="point" data-i="${i}" tabindex="0" role="button" aria-label="${esc(p.period)}: index ${p.cci}" cx="${x + bw / 2}" cy="${y}" r="6"/>`;
    }
    out += `<text x="${x + bw / 2}" y="${h - 4}" text-anchor="middle">${esc((p.period || "").slice(0, 7))}</text>`;
  });
  out += "</svg>";
  setTimeout(() => document.querySelectorAll("circle.point").forEach((c) => {
    const go = () => onPick(series[+c.dataset.i]);
    c.addEventListener("click", go);
    c.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") go(); });
  }), 0);
  return out;
}

async function overview() {
  const [health, alerts, net, recent] = await Promise.all([
    api("/health"), api("/api/alerts"), api("/api/network"), api("/api/events?limit=15&newest=true")]);
  const dyads = net.edges.slice().sort((a, b) => b.events - a.events).slice(0, 10);
  view().innerHTML = `<h1>Overview</h1>
    <p class="muted">${health.articles} articles, ${health.events} events stored.</p>
    <div class="grid">
      <section class="card"><h2>Most active dyads</h2><table><tbody>${dyads.map((d) =>
        `<tr><td><a href="#/dyad/${esc(d.a)}/${esc(d.b)}">${esc(d.a)} – ${esc(d.b)}</a></td>
         <td>${d.events} events</td><td>${d.weight > 0 ? "cooperative" : "conflictual"} (${d.weight})</td></tr>`).join("")}
      </tbody></table></section>
      <section class="card"><h2>Alerts</h2>${alerts.alerts.length ? `<ul>${alerts.alerts.map((a) =>
        `<li><a href="#/dyad/${esc(a.dyad[0])}/${esc(a.dyad[1])}">${esc(a.dyad.join(" – "))}</a>: towards ${esc(a.direction)} (z ${a.z})</li>`).join("")}</ul>`
        : `<p class="muted">No dyad departs from its baseline.</p>`}</section>
    </div>
    <h2>Recent events</h2>${eventsTable(recent.items)}`;
}

async function dyadPage(a, b) {
  const p = await api(`/api/dyad/${encodeURIComponent(a)}/${encodeURIComponent(b)}`);
  const ev = await api(`/api/events?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}&limit=200`);
  const both = p.directed.both;
  view().innerHTML = `<h1>${esc(a)} – ${esc(b)}</h1>
    <p>${both.occurred} occurred events (cooperation–conflict index ${both.cci ?? "–"},
      Goldstein sum ${both.goldstein_sum}); beside them, not summed:
      ${Object.entries(both.other_status).map(([k, v]) => `${v} ${esc(k)}`).join(", ") || "none"}.</p>
    <section class="card"><h2>Cooperation and conflict over time</h2>${timeline(p.series, (period) => {
      const ids = new Set(period.event_ids);
      const rows = ev.items.filter((e) => ids.has(e.event_id));
      document.getElementById("picked").innerHTML = `<h2>Events in ${esc(period.period)}</h2>` + eventsTable(rows);
      document.getElementById("picked").focus();
    })}</section>
    <div id="picked" tabindex="-1"></div>
    <div class="grid">
      <section class="card"><h2>By root</h2><table><tbody>${Object.entries(both.by_root).map(([r, n]) =>
        `<tr><td>${esc(r)}</td><td>${n}</td></tr>`).join("")}</tbody></table></section>
      <section class="card"><h2>Agreements</h2>${p.agreements.map((g) =>
        `<p><b>${esc(g.kind)}</b> (${esc(g.name || "")}) — ${esc(g.status)}; ${Object.entries(g.obligations)
          .filter(([, v]) => v !== "unknown").map(([k, v]) => `${esc(k)}: ${esc(v)}`).join(", ")}</p>`).join("") || '<p class="muted">None.</p>'}</section>
      <section class="card"><h2>Sanctions</h2>${p.sanctions.map((s) =>
        `<p>${esc(s.imposer)} on ${esc(s.target)}: ${esc(s.status)} since ${esc(s.start)}</p>`).join("") || '<p class="muted">None.</p>'}</section>
    </div>
    <h2>All events</h2>${eventsTable(ev.items)}`;
}

async function countryPage(code) {
  const p = await api(`/api/country/${encodeURIComponent(code)}`);
  const row = (r) => `<tr><td><a href="#/dyad/${esc(code)}/${esc(r.counterpart)}">${esc(r.counterpart)}</a></td>
    <td>${r.score}</td><td>${esc(r.trend)}</td><td>${r.events}</td></tr>`;
  const table = (rows) => rows.length ? `<table><thead><tr><th>With</th><th>Score</th><th>Trend</th><th>Events</th></tr></thead><tbody>${rows.map(row).join("")}</tbody></table>` : '<p class="muted">None.</p>';
  view().innerHTML = `<h1>${esc(code)}</h1><div class="grid">
    <section class="card"><h2>Partners</h2>${table(p.partners)}</section>
    <section class="card"><h2>Adversaries</h2>${table(p.adversaries)}</section>
    <section class="card"><h2>Organisations and blocs</h2>${table(p.organisations)}</section></div>`;
}

async function networkPage() {
  const net = await api("/api/network");
  const nodes = net.nodes, n = nodes.length, w = 640, h = 520, cx = w / 2, cy = h / 2;
  const bloc = {}; net.blocs.forEach((b, i) => b.forEach((x) => { bloc[x] = i; }));
  // blocs on separate arcs of a circle: a layout that needs no library
  const order = nodes.slice().sort((a, b) => (bloc[a] - bloc[b]) || a.localeCompare(b));
  const pos = {}; order.forEach((x, i) => {
    const t = (2 * Math.PI * i) / Math.max(n, 1);
    pos[x] = [cx + (h / 2 - 40) * Math.cos(t), cy + (h / 2 - 40) * Math.sin(t)]; });
  const colours = ["#1f5f8b", "#b3412f", "#2f7d4f", "#8a5cb8", "#c78a1c", "#3a9aa6", "#777"];
  let svg = `<svg viewBox="0 0 ${w} ${h}" role="img" aria-label="alignment network" width="100%">`;
  net.edges.forEach((e) => { const [x1, y1] = pos[e.a], [x2, y2] = pos[e.b];
    svg += `<line class="${e.weight >= 0 ? "edge-pos" : "edge-neg"}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke-width="${1 + Math.min(4, Math.abs(e.weight) / 10)}"><title>${esc(e.a)} – ${esc(e.b)}: ${e.weight}</title></line>`; });
  order.forEach((x) => { const [px, py] = pos[x];
    svg += `<a href="#/country/${esc(x)}"><circle cx="${px}" cy="${py}" r="9" fill="${colours[(bloc[x] ?? 6) % colours.length]}"><title>${esc(x)}</title></circle><text x="${px + 11}" y="${py + 4}">${esc(x)}</text></a>`; });
  svg += "</svg>";
  view().innerHTML = `<h1>Alignment network</h1>
    <p class="muted">${n} actors; blocs by community detection on cooperative ties; balanced
    share of triads ${net.balanced_share ?? "–"}. Green: cooperation, dashed red: conflict.</p>
    <section class="card">${svg}</section>
    <h2>Blocs</h2><ol>${net.blocs.filter((b) => b.length > 1).map((b) => `<li>${b.map(esc).join(", ")}</li>`).join("")}</ol>`;
}

async function eventsPage(params) {
  const q = new URLSearchParams(params);
  const data = await api("/api/events?" + q.toString());
  view().innerHTML = `<h1>Events</h1>
    <form class="filters" id="f">
      <label>Country <input name="country" value="${esc(q.get("country") || "")}" size="6"></label>
      <label>Root <input name="root" value="${esc(q.get("root") || "")}" size="4"></label>
      <label>Status <select name="status">${["", "occurred", "intended", "negated", "hedged"].map((s) =>
        `<option ${q.get("status") === s ? "selected" : ""}>${s}</option>`).join("")}</select></label>
      <label>Since <input name="since" value="${esc(q.get("since") || "")}" size="10"></label>
      <label>Text <input name="q" value="${esc(q.get("q") || "")}"></label>
      <button>Filter</button></form>
    <p class="muted">${data.items.length} events${data.next_cursor ? " (first page)" : ""}.</p>${eventsTable(data.items)}`;
  document.getElementById("f").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const p = new URLSearchParams(new FormData(ev.target));
    [...p.keys()].forEach((k) => { if (!p.get(k)) p.delete(k); });
    location.hash = "#/events?" + p.toString();
  });
}

function ingestPage() {
  view().innerHTML = `<h1>Add a story</h1>
    <form id="ing"><label>Token <input name="token" type="password" autocomplete="off"></label>
    <label>Published (YYYY-MM-DD) <input name="published" size="10"></label>
    <label>Text <textarea name="text" required></textarea></label>
    <button>Code and store</button></form><div id="result" tabindex="-1"></div>`;
  document.getElementById("ing").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const f = new FormData(ev.target), out = document.getElementById("result");
    const article = { text: f.get("text") };
    if (f.get("published")) article.published = f.get("published");
    try {
      const r = await api("/api/articles", { method: "POST", body: JSON.stringify(article),
        headers: { "Content-Type": "application/json", Authorization: "Bearer " + f.get("token") } });
      const evs = await Promise.all(r.event_ids.map((id) => api("/api/events/" + encodeURIComponent(id))));
      out.innerHTML = `<p>${r.stored} stored, ${r.events} events${r.duplicates ? ", already stored" : ""}.</p>` + eventsTable(evs);
    } catch (e) { out.innerHTML = `<p class="error">${esc(e.message)}</p>`; }
    out.focus();
  });
}

async function route() {
  const [path, query] = (location.hash.slice(1) || "/").split("?");
  const parts = path.split("/").filter(Boolean);
  try {
    if (parts[0] === "dyad" && parts.length === 3) await dyadPage(parts[1], parts[2]);
    else if (parts[0] === "country" && parts[1]) await countryPage(parts[1]);
    else if (parts[0] === "network") await networkPage();
    else if (parts[0] === "events") await eventsPage(query || "limit=100");
    else if (parts[0] === "ingest") ingestPage();
    else await overview();
  } catch (e) { view().innerHTML = `<p class="error">${esc(e.message)}</p>`; }
}
window.addEventListener("hashchange", route);
window.addEventListener("DOMContentLoaded", route);
