// The one way text with matches is drawn, in every view: from the matches' offsets into the text,
// as text nodes and <mark> elements holding only text.
import { h } from './dom.js';

/**
 * Appends `text` from `from` to `to` to `into`, each of `marks` ({start, end}: offsets into `text`,
 * in order) as a <mark>. `attrs(mark)` gives a mark's attributes; `plain(into, from, to)` writes the
 * text between marks (by default as it is).
 */
export function appendMarked(into, text, marks, { from = 0, to = text.length, attrs = () => ({}), plain } = {}) {
  const write = plain || ((node, a, b) => { if (b > a) node.append(text.substring(a, b)); });
  let at = from;
  for (const m of marks) {
    write(into, at, Math.max(at, m.start));
    into.append(h('mark', { ...attrs(m), text: text.substring(m.start, m.end) }));
    at = m.end;
  }
  write(into, at, to);
  return into;
}

/** A passage of a document ({text, marks}, as the API module gives a search hit's) as a snippet paragraph. */
export const snippet = (passage) => appendMarked(h('p', { class: 'snippet' }), passage.text, passage.marks);
