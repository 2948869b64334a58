// The actor graph: /api/graph drawn by Cytoscape.js with its force-directed "cose" layout.
// Edge width grows with the number of events, colour says cooperation or conflict;
// clicking an actor opens its page, clicking an edge lists its events.
import { fetchJSON, fillForm, formParams } from "./util.js";

const form = document.getElementById("graph-controls");
const status = document.getElementById("graph-status");
const container = document.getElementById("graph");
const COLOURS = { cooperation: "#2e7d32", conflict: "#c62828", mixed: "#8d8d8d" };

const cy = cytoscape({
  container,
  minZoom: 0.1,
  maxZoom: 4,
  style: [
    { selector: "node", style: {
      "label": "data(label)", "font-size": 13, "min-zoomed-font-size": 6, "text-valign": "bottom", "text-margin-y": 3,
      "width": "data(size)", "height": "data(size)", "background-color": "#3f51b5", "color": "#222",
      "text-outline-color": "#fff", "text-outline-width": 2 } },
    { selector: "node[type = 'person']", style: { "background-color": "#7e57c2" } },
    { selector: "edge", style: {
      "width": "data(width)", "line-color": "data(colour)", "target-arrow-color": "data(colour)",
      "target-arrow-shape": "triangle", "curve-style": "bezier", "opacity": 0.8, "arrow-scale": 0.8 } },
    { selector: ":selected", style: { "overlay-opacity": 0.15 } },
  ],
});

// Sizes grow with the square root of the weight, relative to the heaviest in view.
function elements(data) {
  const loops = data.edges.filter((e) => e.source === e.target);
  const edges = data.edges.filter((e) => e.source !== e.target);
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  const maxNode = Math.max(1, ...data.nodes.map((n) => n.weight));
  const maxEdge = Math.max(1, ...edges.map((e) => e.weight));
  const nodes = data.nodes.filter((n) => linked.has(n.id)).map((n) => ({
    group: "nodes",
    data: { id: n.id, label: n.label || n.name || n.id, type: n.type || "",
            size: 14 + 46 * Math.sqrt(n.weight / maxNode) },
  }));
  const lines = edges.map((e) => ({
    group: "edges",
    data: { id: e.id, source: e.source, target: e.target, weight: e.weight, side: e.side,
            colour: COLOURS[e.side], width: 1 + 9 * Math.sqrt(e.weight / maxEdge) },
  }));
  return { elements: nodes.concat(lines), loops: loops.length };
}

async function load() {
  const params = formParams(form);
  status.textContent = "Loading…";
  let data;
  try {
    data = await fetchJSON(`/api/graph?${params}`);
  } catch (error) {
    status.textContent = `Could not load the graph: ${error.message}`;
    return;
  }
  const built = elements(data);
  cy.elements().remove();
  cy.add(built.elements);
  cy.layout({ name: "cose", animate: false, randomize: true, padding: 30, nodeRepulsion: () => 60000,
              idealEdgeLength: () => 140, edgeElasticity: () => 80, gravity: 0.4, nodeOverlap: 40,
              componentSpacing: 60, numIter: 1500 }).run();
  const events = data.edges.reduce((sum, e) => sum + e.weight, 0);
  status.textContent = data.nodes.length
    ? `${data.nodes.length} actors, ${data.edges.length} interactions (${events} events)` +
      (built.loops ? ` · ${built.loops} self-interactions not drawn` : "") +
      (data.truncated ? " · only the heaviest edges are shown" : "")
    : "No coded interactions match.";
  container.dataset.nodes = String(data.nodes.length);
}

window.datelineGraph = cy; // for the browser tests and the curious: the Cytoscape instance

cy.on("tap", "node", (event) => {
  window.location.assign(`/actors/${encodeURIComponent(event.target.id())}`);
});
cy.on("tap", "edge", (event) => {
  const edge = event.target.data();
  const params = new URLSearchParams({ source: edge.source, target: edge.target });
  for (const key of ["from", "to"]) {
    const value = form.elements.namedItem(key).value.trim();
    if (value) params.set(key, value);
  }
  window.location.assign(`/events?${params}`);
});

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const query = formParams(form).toString();
  history.replaceState(null, "", query ? `/graph?${query}` : "/graph");
  const twin = document.querySelector('link[rel="alternate"]');
  if (twin) twin.href = `/api/graph${query ? `?${query}` : ""}`;
  load();
});

fillForm(form, new URLSearchParams(window.location.search));
load();
