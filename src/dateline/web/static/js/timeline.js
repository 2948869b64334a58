// The timeline page: events from /api/timeline drawn by vis-timeline, one lane per actor
// pair or story, coloured by CAMEO quad class, styled by modality. Zooming or panning loads
// the events of the visible window; clicking an event opens its evidence (/events/{id}).
import { actorName, escapeHtml, fetchJSON, fillForm, formParams, isoDay, nextDay } from "./util.js";

const form = document.getElementById("timeline-controls");
const status = document.getElementById("timeline-status");
const container = document.getElementById("timeline");
const LIMIT = 300; // events per window: more is unreadable; zooming in loads the rest

function placement(item, place) {
  // Where an item sits: its own date (the text's), its publication date, or the span between.
  const first = item.date.first;
  const last = item.date.last;
  const published = item.article_date;
  if (place === "article" || !first) return { start: published, type: "point" };
  if (place === "both") {
    const lo = first < published ? first : published;
    const hi = last > published ? last : published;
    if (lo === hi) return { start: lo, type: "point" };
    return { start: lo, end: nextDay(hi), type: "range", extra: first > published ? "ahead" : "lag" };
  }
  if (first === last) return { start: first, type: "point" };
  return { start: first, end: nextDay(last), type: "range" };
}

// vis-timeline renders content strings as HTML (and can re-render them, e.g. out of a
// cluster), so content is a string in which every value from the store is escaped.
function itemContent(item) {
  const what = `${actorName(item.source)} → ${actorName(item.target)}: ${item.label}`;
  return `<b>${escapeHtml(item.code)}</b> ${escapeHtml(what)}`;
}

function itemTitle(item) {
  // vis-timeline shows titles as HTML: every value is escaped here.
  const date = item.date.basis === "text"
    ? `${item.date.value}${item.date.text ? ` (“${item.date.text}”)` : ""}`
    : `${item.date.value} (no date in the text: publication date)`;
  return [
    `<b>${escapeHtml(item.label)}</b> <i>CAMEO ${escapeHtml(item.code)}</i>`,
    `${escapeHtml(actorName(item.source))} → ${escapeHtml(actorName(item.target))}`,
    `happened: ${escapeHtml(date)}`,
    `published: ${escapeHtml(item.article_date)} · ${escapeHtml(item.modality)}`,
    escapeHtml(item.article_title || item.article),
  ].join("<br>");
}

function toVisItem(item, place) {
  const where = placement(item, place);
  const classes = [`quad-${item.quad || 0}`, `mod-${item.modality}`, `basis-${item.date.basis}`];
  if (where.extra) classes.push(where.extra);
  return {
    id: item.id, group: item.group, start: where.start, end: where.end, type: where.type,
    content: itemContent(item), title: itemTitle(item), className: classes.join(" "),
  };
}

function toVisGroup(lane, index) {
  return { id: lane.id, order: index,
           content: escapeHtml(lane.label), title: escapeHtml(lane.title) };
}

const state = { place: "event", data: null, loading: 0 };
const items = new vis.DataSet();
const groups = new vis.DataSet();
const timeline = new vis.Timeline(container, items, groups, {
  stack: true,
  zoomable: true,
  orientation: "top",
  verticalScroll: true,
  maxHeight: 640,
  minHeight: 320,
  zoomMin: 1000 * 60 * 60 * 24 * 3,
  tooltip: { followMouse: true, overflowMethod: "cap" },
  groupOrder: "order",
  margin: { item: { horizontal: 2, vertical: 4 } },
  // Crowded stretches of a lane fold into one marker; double-click it to zoom in.
  cluster: { maxItems: 4, showStipes: false, titleTemplate: "{count} events: double-click to zoom in" },
});

function apiParams(extra = {}) {
  const params = formParams(form);
  const place = params.get("place") || "event";
  params.delete("place");
  params.set("by", place === "article" ? "article" : "event");
  params.set("limit", String(LIMIT));
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return { params, place };
}

async function load(window_ = null) {
  const ticket = ++state.loading;
  const extra = window_ ? { from: isoDay(window_.start), to: isoDay(window_.end) } : {};
  const { params, place } = apiParams(extra);
  status.textContent = "Loading…";
  let data;
  try {
    data = await fetchJSON(`/api/timeline?${params}`);
  } catch (error) {
    status.textContent = `Could not load the timeline: ${error.message}`;
    return;
  }
  if (ticket !== state.loading) return; // a newer request is on its way
  state.place = place;
  state.data = data;
  groups.clear();
  items.clear();
  groups.add(data.groups.map(toVisGroup));
  items.add(data.items.map((item) => toVisItem(item, place)));
  const shown = data.items.length;
  const where = window_ ? "in this window" : "";
  status.textContent = shown === 0
    ? `No events ${where || "match"}.`
    : (data.truncated ? `The first ${shown} events ${where} (zoom in or filter to see the rest)`
                      : `${shown} events ${where}`) +
      ` · ${data.groups.length} lane${data.groups.length === 1 ? "" : "s"}` +
      (data.span ? ` · matching events start between ${data.span.first} and ${data.span.last}` : "");
  container.dataset.loaded = String(shown);
  if (!window_ && shown) {
    // Open on the loaded events (all of them, or the first page), with a margin so that the
    // labels of the last ones stay readable.
    const days = data.items.flatMap((i) => [placement(i, place).start, placement(i, place).end || placement(i, place).start]);
    const first = Date.parse(days.reduce((a, b) => (a < b ? a : b)));
    const last = Date.parse(days.reduce((a, b) => (a > b ? a : b)));
    const pad = Math.max((last - first) * 0.15, 1000 * 60 * 60 * 24 * 15);
    timeline.setWindow(first - pad, last + pad * 2, { animation: false });
  }
}

let pending = null;
timeline.on("rangechanged", (event) => {
  if (!event.byUser) return;
  clearTimeout(pending);
  pending = setTimeout(() => load({ start: event.start, end: event.end }), 250);
});

timeline.on("select", (event) => {
  const id = event.items[0];
  if (id !== undefined && items.get(id)) window.location.assign(`/events/${encodeURIComponent(id)}`);
});

function syncUrl() {
  const params = formParams(form);
  for (const [key, value] of [["place", "event"], ["group", "pair"]]) {
    if (params.get(key) === value) params.delete(key);
  }
  const query = params.toString();
  history.replaceState(null, "", query ? `/?${query}` : "/");
  const twin = document.querySelector('link[rel="alternate"]');
  const { params: api } = apiParams();
  api.delete("limit");
  if (twin) twin.href = `/api/timeline?${api}`;
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  syncUrl();
  load();
});

// Changing how events are placed redraws the same data; other controls reload it.
form.addEventListener("change", (event) => {
  if (event.target.name === "place" && state.data) {
    const { place } = apiParams();
    if ((place === "article") !== (state.place === "article")) {
      syncUrl();
      load();
      return;
    }
    state.place = place;
    items.clear();
    items.add(state.data.items.map((item) => toVisItem(item, place)));
    syncUrl();
  } else if (event.target.type === "radio" || event.target.tagName === "SELECT") {
    syncUrl();
    load();
  }
});

fillForm(form, new URLSearchParams(window.location.search));
load();
