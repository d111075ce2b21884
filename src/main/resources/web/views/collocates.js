// 搭配: the words near the query's occurrences, with counts and log-likelihood scores; each word
// opens the concordance of the query near it.
import * as api from '../lib/api.js';
import { fmt, h } from '../lib/dom.js';
import { filterParams, toUrl } from '../lib/state.js';
import { chips, dateRange, needQuery } from './common.js';

/** The spans offered (words on each side), the fewest co-occurrences a word needs, and words listed. */
const SPANS = [1, 2, 3, 5, 8, 10];
const MIN_COUNT = 2;
const LISTED = 100;

export async function render(s, { signal, go }) {
  if (!s.q) return needQuery('搭配词');
  const p = filterParams(s);
  p.set('q', s.q); p.set('span', s.span); p.set('side', s.side); p.set('min', MIN_COUNT); p.set('size', LISTED);
  const r = await api.collocates(p, signal);
  const side = h('select', { id: 'side', 'aria-label': '方向' },
    [['both', '左右'], ['left', '左侧'], ['right', '右侧']].map(([v, t]) => h('option', { value: v, selected: s.side === v }, t)));
  side.addEventListener('change', () => go({ side: side.value }));
  const span = h('select', { id: 'span', 'aria-label': '跨度（词）' }, SPANS.map((n) => h('option', { value: n, selected: s.span === n }, `${n} 词以内`)));
  span.addEventListener('change', () => go({ span: parseInt(span.value, 10) }));
  const summary = `${fmt(r.occurrences)} 处，${fmt(r.documents)} 篇文献，语境中共 ${fmt(r.window_words)} 词`;
  const node = h('section', { class: 'collocates', 'aria-label': '搭配词' },
    h('div', { class: 'toolbar' }, h('p', { class: 'summary', text: summary }), side, span),
    dateRange(s, go), chips(s, go),
    r.collocates.length ? h('table', {},
      h('thead', {}, h('tr', {}, ['词', '共现', '左', '右', '语料频次', '对数似然'].map((t) => h('th', { scope: 'col', text: t })))),
      h('tbody', {}, r.collocates.map((c) => h('tr', {},
        h('td', {}, h('a', { href: toUrl({ ...s, view: 'concordance', q: `${s.q} NEAR/${s.span * 2} ${c.word}`, offset: 0 }), 'data-nav': true, text: c.word })),
        h('td', { text: fmt(c.count) }), h('td', { text: fmt(c.left) }), h('td', { text: fmt(c.right) }),
        h('td', { text: fmt(c.corpus_frequency) }), h('td', { text: c.score.toFixed(1) })))))
      : h('p', { class: 'empty', text: `没有足够的搭配词（每个词至少共现 ${MIN_COUNT} 次）。` }));
  return { node, status: summary, title: `${s.q} 搭配词` };
}
