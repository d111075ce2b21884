// 语境索引: KWIC lines aligned on the match, a page at a time, each opening its place in the document.
import * as api from '../lib/api.js';
import { fmt, h } from '../lib/dom.js';
import { filterParams, toUrl } from '../lib/state.js';
import { chips, dateRange, needQuery, when } from './common.js';

/** Lines on a page, and characters of context on each side of a match. */
const LINES_PER_PAGE = 100;
const CONTEXT_CHARS = 30;

export async function render(s, { signal, go }) {
  if (!s.q) return needQuery('语境索引（KWIC）');
  const limit = LINES_PER_PAGE;
  const p = filterParams(s);
  p.set('q', s.q); p.set('sort', s.csort); p.set('offset', s.offset); p.set('limit', limit); p.set('window', CONTEXT_CHARS);
  // a collocate's lines: the occurrences whose collocates window (same span, side and unit) holds it
  if (s.coll) { p.set('collocate', s.coll); p.set('span', s.span); p.set('side', s.side); p.set('unit', s.unit); }
  const r = await api.concordance(p, signal);
  const sort = h('select', { id: 'csort', 'aria-label': '排序' },
    [['doc', '按文献（旧→新）'], ['left', '按左语境'], ['right', '按右语境']].map(([v, t]) => h('option', { value: v, selected: s.csort === v }, t)));
  sort.addEventListener('change', () => go({ csort: sort.value, offset: 0 }));
  const near = r.collocate ? `${{ both: '左右', left: '左侧', right: '右侧' }[r.collocate.side]} ${r.collocate.span} 词以内`
    + `有“${r.collocate.word}”的 ` : '';
  const summary = `${near}${fmt(r.total_occurrences)} 处，分布于 ${fmt(r.total_documents)} 篇文献`;
  const unfilter = r.collocate ? h('a', { href: toUrl({ ...s, coll: '', offset: 0 }), 'data-nav': true, class: 'button', id: 'unfilter' },
    '显示全部出现') : null;
  const rows = r.lines.map((l, i) => h('tr', {},
    h('td', { class: 'n', text: String(r.offset + i + 1) }),
    h('td', { class: 'left', text: l.left.replace(/\s+/g, ' ') }),
    h('td', { class: 'match' }, h('a', { href: toUrl({ ...s, view: 'doc', id: l.id, at: l.start }), 'data-nav': true, text: l.match })),
    h('td', { class: 'right', text: l.right.replace(/\s+/g, ' ') }),
    h('td', { class: 'source', title: [l.title || l.id, when(l), l.page != null ? `第${l.page}页` : null].filter(Boolean).join(' · ') },
      l.page != null ? h('span', { class: 'meta', text: `p.${l.page} ` }) : null, h('span', { text: l.title || l.id }),
      h('span', { class: 'meta', text: ` ${when(l)}` }))));
  const pages = h('nav', { class: 'pager', 'aria-label': '分页' },
    s.offset > 0 ? h('a', { href: toUrl({ ...s, offset: Math.max(0, s.offset - limit) }), 'data-nav': true }, '上一页') : null,
    h('span', { text: `第 ${fmt(r.offset + 1)}–${fmt(r.offset + r.lines.length)} 行` }),
    s.offset + limit < r.total_occurrences ? h('a', { href: toUrl({ ...s, offset: s.offset + limit }), 'data-nav': true }, '下一页') : null);
  const node = h('section', { class: 'concordance', 'aria-label': '语境索引' },
    h('div', { class: 'toolbar' }, h('p', { class: 'summary', text: summary }), unfilter, sort,
      h('a', { href: api.concordanceCsvUrl(p), download: 'concordance.csv', class: 'button', id: 'csv' }, '下载 CSV（全部）')),
    dateRange(s, go), chips(s, go),
    r.lines.length ? h('div', { class: 'kwic-wrap' }, h('table', { class: 'kwic' },
      h('caption', { class: 'visually-hidden', text: `“${s.q}”的语境索引` }),
      // the header cells carry the columns' classes: a fixed table takes its widths from its first row
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', class: 'n', text: '#' }), h('th', { scope: 'col', class: 'left', text: '左语境' }),
        h('th', { scope: 'col', class: 'match', text: '检索项' }), h('th', { scope: 'col', class: 'right', text: '右语境' }),
        h('th', { scope: 'col', class: 'source', text: '文献' }))),
      h('tbody', {}, rows))) : h('p', { class: 'empty', text: '没有出现。可以去掉筛选条件，或换一个写法试试。' }),
    pages);
  return { node, status: summary, title: `${s.q} 语境索引` };
}
