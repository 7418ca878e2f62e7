// Building the page without ever parsing text as HTML: every string becomes a text node, so a document
// full of <script> or onerror= payloads shows as the words it is. Links go to our own routes, or to
// http(s) addresses only.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") el.addEventListener(name.replace(/^on/, ""), value);
    else if (name === "href") el.setAttribute("href", safeHref(String(value)));
    else el.setAttribute(name, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === "object" ? c : document.createTextNode(String(c)));
  }
}

/** Our own routes ("#/…") and web addresses; anything else (javascript:, data:) becomes inert. */
export function safeHref(href: string): string {
  if (href.startsWith("#/") || href.startsWith("/api/")) return href;
  try {
    const url = new URL(href);
    if (url.protocol === "http:" || url.protocol === "https:") return url.href;
  } catch {
    // not an address
  }
  return "#";
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

let toastTimer = 0;
export function toast(message: string, kind: "ok" | "error" = "ok"): void {
  const el = document.getElementById("toast");
  if (!el) return;
  el.textContent = message;
  el.className = `show ${kind}`;
  window.clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => {
    el.className = "";
  }, 4000);
}

export const route = {
  actor: (id: string) => `#/actor/${encodeURIComponent(id)}`,
  pair: (a: string, b: string) => `#/relations/${encodeURIComponent(a)}/${encodeURIComponent(b)}`,
  document: (id: number, focus?: { statement?: number; relation?: number }) =>
    `#/document/${id}${focus?.statement ? `?statement=${focus.statement}` : focus?.relation ? `?relation=${focus.relation}` : ""}`,
  report: (id: string) => `#/report/${encodeURIComponent(id)}`,
};

export const SIGN: Record<string, string> = { "1": "+", "0": "·", "-1": "−" };

export const REFRESH = "stancegraph:refresh";

/** Draws the current view again after a change, keeping any message on screen (a reload would lose it). */
export function refresh(): void {
  window.dispatchEvent(new Event(REFRESH));
}
