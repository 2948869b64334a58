// The article view: clicking a highlighted passage lists what was found there (dates,
// mentions, quotes, events, each event linking to its evidence); the checkboxes show or
// hide each kind of highlight; an event's evidence page scrolls to the sentence.
import { el } from "./util.js";

const text = document.getElementById("article-text");
const panel = document.getElementById("selection");
const layers = document.getElementById("layers");
const annotations = JSON.parse(document.getElementById("annotations").textContent);

function describe(ref) {
  const a = annotations[ref];
  if (!a) return null;
  switch (a.kind) {
    case "timex":
      return el("li", { class: "hl-timex" }, el("b", { text: "date " }), `“${a.text}” → ${a.value}`,
        a.mod ? ` (${a.mod})` : "", ` · ${a.type}`);
    case "mention":
      return el("li", { class: "hl-mention" }, el("b", { text: "mention " }), `“${a.text}”`,
        a.actor ? ` → ${a.name || ""} ` : " (no actor code)",
        a.actor ? el("a", { href: `/actors/${encodeURIComponent(a.actor)}`, text: a.actor }) : null,
        ` · ${a.type}${a.role ? ` · ${a.role}` : ""}`);
    case "quote":
      return el("li", { class: "hl-quote" }, el("b", { text: a.direct ? "direct quote " : "quote " }),
        `${a.speaker || "unknown speaker"}${a.cue ? ` (${a.cue})` : ""}, ${a.date}`,
        a.basis === "article" ? " (publication date)" : "", el("br"), el("q", { text: a.text }));
    case "event":
      return el("li", { class: "hl-event" }, el("b", { text: "event " }),
        el("a", { href: a.link, text: `${a.code} ${a.label}` }),
        ` · ${a.source || "?"} → ${a.target || "?"} · ${a.date}${a.basis === "article" ? " (publication)" : ""}` +
        ` · ${a.modality}`);
    default:
      return null;
  }
}

text.addEventListener("click", (event) => {
  const span = event.target.closest("span.hl");
  if (!span || event.target.closest("a")) return;
  const refs = [...new Set(span.dataset.refs.split(" "))];
  const list = el("ul", { class: "found" });
  for (const ref of refs) {
    const item = describe(ref);
    if (item) list.append(item);
  }
  panel.replaceChildren(el("h3", { text: "Found here" }), list);
  for (const old of text.querySelectorAll(".picked")) old.classList.remove("picked");
  for (const part of text.querySelectorAll("span.hl")) {
    if (part.dataset.refs.split(" ").some((r) => refs.includes(r))) part.classList.add("picked");
  }
});

layers.addEventListener("change", (event) => {
  text.classList.toggle(`hide-${event.target.name}`, !event.target.checked);
});

// Scroll the text box (not the page) so the focused sentence sits in its upper third.
const focus = document.getElementById("focus");
if (focus) text.scrollTop = Math.max(0, focus.offsetTop - text.offsetTop - text.clientHeight / 3);
