// Small helpers shared by the pages' scripts. Text from the store only ever reaches the
// page through textContent or escapeHtml: never as markup.

export function escapeHtml(value) {
  return String(value ?? "").replace(/[&<>"']/g, (c) => ({
    "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;",
  })[c]);
}

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export async function fetchJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && body.error ? body.error.message : `HTTP ${response.status}`;
    throw new Error(message);
  }
  return body;
}

// The form's non-empty fields as URLSearchParams, plus the page's own query string first.
export function formParams(form) {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form).entries()) {
    if (typeof value === "string" && value.trim() !== "") params.set(key, value.trim());
  }
  return params;
}

// Fill a form from the page's query string (so a link like /?actor=TUR opens filtered).
export function fillForm(form, params) {
  for (const [key, value] of params.entries()) {
    const field = form.elements.namedItem(key);
    if (!field) continue;
    if (field instanceof RadioNodeList) {
      for (const radio of field) radio.checked = radio.value === value;
    } else {
      field.value = value;
    }
  }
}

export function actorName(p) {
  if (!p) return "?";
  return p.name || p.text || p.actor || "?";
}

export function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

// The day after an ISO day (vis-timeline ranges end exclusive).
export function nextDay(day) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return isoDay(d);
}
