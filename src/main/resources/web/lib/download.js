// Files the page makes itself: saved through a Blob and an object URL (no server round trip, no
// inline script), and SVG made standalone by writing the page's styles into it.

/** A file name from a title: what no file system accepts becomes "_". */
export const fileName = (title, extension) => `${title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').slice(0, 120)}.${extension}`;

/** A CSV field (RFC 4180): quoted when it holds a quote, comma or line break. */
const field = (v) => (/[",\r\n]/.test(String(v ?? '')) ? `"${String(v).replaceAll('"', '""')}"` : String(v ?? ''));

/** Rows as CSV: UTF-8 with a byte-order mark (so that Excel reads the Chinese right), CRLF line ends; null is empty. */
export const csv = (rows) => `\uFEFF${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;

/** Offers `content` as a download called `name`. */
export function save(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The style properties an SVG chart's look depends on, with the value each has when not written; all
 * but opacity are inherited, so an element gets only those its parent does not already give it.
 */
const PROPERTIES = { fill: 'rgb(0, 0, 0)', 'fill-opacity': '1', stroke: 'none', 'stroke-width': '1px', 'stroke-opacity': '1',
  'stroke-dasharray': 'none', opacity: '1', 'paint-order': 'normal', 'shape-rendering': 'auto', 'font-family': '',
  'font-size': '', 'font-weight': '400', visibility: 'visible' };

/**
 * The SVG element `root` as a file that renders on its own: it is put in the page for a moment (in
 * `stage`, which the style sheet keeps out of sight) so that each element's computed style can be
 * written into it as presentation attributes.
 */
export function standaloneSvg(root, stage) {
  stage.append(root);
  const computed = new Map();
  try {
    // every style is read before any element changes: a class removed would change its children's
    for (const e of [root, ...root.querySelectorAll('*')]) {
      const style = getComputedStyle(e);
      computed.set(e, Object.fromEntries(Object.keys(PROPERTIES).map((p) => [p, style.getPropertyValue(p)])));
    }
  } finally {
    root.remove();
  }
  for (const [e, values] of computed) {
    const parent = e === root ? PROPERTIES : computed.get(e.parentNode);
    for (const [p, v] of Object.entries(values)) {
      const given = p === 'opacity' ? PROPERTIES[p] : parent[p];
      if (v && v !== given) e.setAttribute(p, v);
    }
    e.removeAttribute('class');
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
}
