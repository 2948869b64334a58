// The timeline page: events from /api/timeline drawn by vis-timeline, one lane per actor
// pair or story, coloured by CAMEO quad class, styled by modality. It opens on the days
// where the matching events are dense (the API's focus); zooming or panning loads the events
// of the visible window, which the URL keeps (from, to); clicking an event opens its evidence.
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

const DAY = 1000 * 60 * 60 * 24;
// state.window: the days shown ({from, to}, ISO, as the API and the URL take them), or null
// before the first answer; state.span and state.focus: the unwindowed answer's, when known.
const state = { place: "event", data: null, loading: 0, window: null, span: null, focus: null };
const items = new vis.DataSet();
const groups = new vis.DataSet();
const timeline = new vis.Timeline(container, items, groups, {
  stack: true,
  zoomable: true,
  orientation: "top",
  verticalScroll: true,
  maxHeight: 640,
  minHeight: 320,
  zoomMin: DAY * 3,
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

// A window of days as vis-timeline's milliseconds and back: "to" is the last day shown.
function daysOf(start, end) {
  return { from: isoDay(new Date(start)), to: isoDay(new Date(end)) };
}

function showDays(days) {
  timeline.setWindow(Date.parse(days.from), Date.parse(nextDay(days.to)) - 1, { animation: false });
}

// The days around a stretch of events, with a margin so that the labels of the last ones
// stay readable.
function around(stretch) {
  const first = Date.parse(stretch.first);
  const last = Date.parse(nextDay(stretch.last));
  const pad = Math.max((last - first) * 0.08, DAY);
  return daysOf(first - pad, last + pad * 2);
}

function draw(data, place) {
  state.place = place;
  state.data = data;
  groups.clear();
  items.clear();
  groups.add(data.groups.map(toVisGroup));
  items.add(data.items.map((item) => toVisItem(item, place)));
  container.dataset.loaded = String(data.items.length);
}

function describe(data) {
  const shown = data.items.length;
  const days = state.window ? ` from ${state.window.from} to ${state.window.to}` : "";
  let text = shown === 0
    ? `No events${days || " match"}.`
    : (data.truncated ? `The first ${shown} events${days} (zoom in or filter to see the rest)`
                      : `${shown} events${days}`) +
      ` · ${data.groups.length} lane${data.groups.length === 1 ? "" : "s"}`;
  if (state.span && state.span.first) {
    text += ` · matching events start between ${state.span.first} and ${state.span.last}`;
  }
  status.textContent = text;
}

async function ask(extra) {
  const { params, place } = apiParams(extra);
  return { data: await fetchJSON(`/api/timeline?${params}`), place };
}

// Load the events of a window of days and show them.
async function load(days) {
  const ticket = ++state.loading;
  state.window = days;
  syncUrl();
  status.textContent = "Loading…";
  let answer;
  try {
    answer = await ask({ from: days.from, to: days.to });
  } catch (error) {
    status.textContent = `Could not load the timeline: ${error.message}`;
    return;
  }
  if (ticket !== state.loading) return; // a newer request is on its way
  draw(answer.data, answer.place);
  describe(answer.data);
}

// Open where the matching events are: the API's focus, the fewest days on which half of
// them start (a store's dates run from recalled history to planned years, and the whole
// span would crowd the events into a few pixels). Zooming out or "All dates" shows the rest.
async function openOnFocus() {
  const ticket = ++state.loading;
  status.textContent = "Loading…";
  let answer;
  try {
    answer = await ask();
  } catch (error) {
    status.textContent = `Could not load the timeline: ${error.message}`;
    return;
  }
  if (ticket !== state.loading) return;
  const { data, place } = answer;
  state.span = data.span;
  state.focus = data.focus;
  if (!data.focus) {
    state.window = null;
    syncUrl();
    draw(data, place);
    describe(data);
    return;
  }
  const days = around(data.focus);
  showDays(days);
  if (data.truncated) {
    await load(days);
  } else {
    // Every matching event is here already: no need to ask for the window's.
    state.window = days;
    syncUrl();
    draw(data, place);
    describe(data);
  }
}

let pending = null;
timeline.on("rangechanged", (event) => {
  if (!event.byUser) return;
  clearTimeout(pending);
  pending = setTimeout(() => load(daysOf(event.start, event.end)), 250);
});

timeline.on("select", (event) => {
  const id = event.items[0];
  if (id !== undefined && items.get(id)) window.location.assign(`/events/${encodeURIComponent(id)}`);
});

// The page's URL and its JSON twin say what is shown: the form's values and the window.
function syncUrl() {
  const params = formParams(form);
  for (const [key, value] of [["place", "event"], ["group", "pair"]]) {
    if (params.get(key) === value) params.delete(key);
  }
  if (state.window) {
    params.set("from", state.window.from);
    params.set("to", state.window.to);
  }
  const query = params.toString();
  history.replaceState(null, "", query ? `/?${query}` : "/");
  const twin = document.querySelector('link[rel="alternate"]');
  const { params: api } = apiParams(state.window ? { from: state.window.from, to: state.window.to } : {});
  api.delete("limit");
  if (twin) twin.href = `/api/timeline?${api}`;
}

function refocus() {
  state.window = null;
  state.span = null;
  state.focus = null;
  openOnFocus();
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  refocus();
});

// Changing how events are placed redraws the same data (by publication date: other data,
// other days); other controls select other events, so the timeline reopens on theirs.
form.addEventListener("change", (event) => {
  if (event.target.name === "place" && state.data) {
    const { place } = apiParams();
    if ((place === "article") !== (state.place === "article")) {
      refocus();
      return;
    }
    state.place = place;
    items.clear();
    items.add(state.data.items.map((item) => toVisItem(item, place)));
    syncUrl();
  } else if (event.target.type === "radio" || event.target.tagName === "SELECT") {
    refocus();
  }
});

// Zoom controls: vis-timeline zooms (scroll, pinch, these buttons); each new window is loaded.
function zoomBy(factor) {
  const { start, end } = timeline.getWindow();
  const middle = (start.valueOf() + end.valueOf()) / 2;
  const half = Math.max(((end - start) * factor) / 2, DAY * 1.5);
  const days = daysOf(middle - half, middle + half);
  showDays(days);
  load(days);
}

async function showAll() {
  if (!state.span) {
    try {
      state.span = (await ask({ limit: "1" })).data.span;
    } catch (error) {
      status.textContent = `Could not load the timeline: ${error.message}`;
      return;
    }
  }
  if (!state.span || !state.span.first) return;
  const days = around(state.span);
  showDays(days);
  load(days);
}

document.getElementById("zoom-in").addEventListener("click", () => zoomBy(0.5));
document.getElementById("zoom-out").addEventListener("click", () => zoomBy(2));
document.getElementById("zoom-all").addEventListener("click", showAll);
document.getElementById("zoom-focus").addEventListener("click", refocus);

const opening = new URLSearchParams(window.location.search);
fillForm(form, opening);
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
if (DAY_RE.test(opening.get("from") || "") && DAY_RE.test(opening.get("to") || "")
    && opening.get("from") <= opening.get("to")) {
  const days = { from: opening.get("from"), to: opening.get("to") };
  showDays(days);
  load(days);
} else {
  openOnFocus();
}
