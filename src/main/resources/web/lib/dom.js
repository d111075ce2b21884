// Small DOM helpers. Corpus text and metadata only ever go in as text (the `text` attribute, or a
// child string, both text nodes), never as HTML.

/** An element: `attrs` sets attributes (`class`, `text` for its text, `on…` for listeners); children are nodes or text. */
export function h(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c == null || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

/** An SVG element with the given attributes. */
export function svg(tag, attrs) {
  const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  return e;
}

/** A number as Chinese readers write it (1,234). */
export const fmt = (n) => Number(n).toLocaleString('zh-CN');

/** Says `text` in the status line (shown, and announced to screen readers). */
export function setStatus(text) {
  document.getElementById('status').textContent = text;
}
