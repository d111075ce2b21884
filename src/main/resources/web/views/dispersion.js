// 分布: where the query's hits fall in each text (AntConc's dispersion plot): a row per matching document, in the
// concordance's order or the most hits first, with its hits, their rate, and a strip with a mark at each hit's place
// from the text's start (left) to its end (right); a mark opens its document at that hit.
import * as api from '../lib/api.js';
import { fmt, h, svg } from '../lib/dom.js';
import { csv, fileName, save } from '../lib/download.js';
import { filterParams, toUrl } from '../lib/state.js';
import { chips, dateRange, needQuery } from './common.js';

const PAGE = 50;
const SORTS = [['doc', '按时间（与语境索引同序）'], ['occurrences', '按出现次数']];

/** A strip as wide as its cell: a mark at each hit, at its share of the text's length, opening the text at that hit. */
function strip(s, d) {
  const plot = svg('svg', { class: 'strip', viewBox: '0 0 1000 20', preserveAspectRatio: 'none', role: 'group',
    'aria-label': `${fmt(d.occurrences)} 处，分布于全文` });
  plot.append(svg('rect', { class: 'text', x: 0, y: 0, width: 1000, height: 20 }));
  d.positions.forEach((p, i) => {
    const x = d.length ? (1000 * p) / d.length : 0;
    const link = svg('a', { href: toUrl({ ...s, view: 'doc', id: d.id, at: null, hit: i }), 'data-nav': '' });
    const title = svg('title', {});
    title.textContent = `第 ${i + 1} 处（全文 ${Math.round((100 * p) / Math.max(1, d.length))}% 处）`;
    // a mark is thin; the link is wider than it, so that a finger or a mouse finds it
    link.append(svg('rect', { class: 'target', x: (x - 4).toFixed(1), y: 0, width: 10, height: 20 }),
      svg('rect', { class: 'hit', x: x.toFixed(1), y: 0, width: 2, height: 20 }), title);
    plot.append(link);
  });
  return plot;
}

export async function render(s, { signal, go }) {
  if (!s.q) return needQuery('检索项在各篇文献中的分布');
  const p = filterParams(s); p.set('q', s.q); p.set('sort', s.dsort); p.set('offset', s.offset); p.set('limit', PAGE);
  const r = await api.dispersion(p, signal);
  const choose = h('select', { id: 'dsort', 'aria-label': '排序' },
    SORTS.map(([v, t]) => h('option', { value: v, selected: v === r.sort }, t)));
  choose.addEventListener('change', () => go({ dsort: choose.value, offset: 0 }));
  const per10k = (d) => (d.length ? (d.occurrences * 10000) / d.length : 0);
  const rows = r.documents.map((d) => h('tr', {},
    h('td', { class: 'title' }, h('a', { href: toUrl({ ...s, view: 'doc', id: d.id, at: null }), 'data-nav': true,
      title: d.id, text: d.title || d.id })),
    h('td', { class: 'date', text: d.date || '' }),
    h('td', { class: 'num', text: fmt(d.occurrences) }),
    h('td', { class: 'num', text: per10k(d).toFixed(2) }),
    h('td', { class: 'plot' }, strip(s, d))));
  const table = h('div', { class: 'table-wrap' }, h('table', { class: 'dispersion-table' },
    h('caption', { text: `“${s.q}”在 ${fmt(r.total_documents)} 篇文献中的分布（第 ${fmt(r.offset + 1)}–${fmt(r.offset + r.documents.length)} 篇）` }),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: '文献' }), h('th', { scope: 'col', text: '日期' }),
      h('th', { scope: 'col', class: 'num', text: '次数' }),
      h('th', { scope: 'col', class: 'num', text: '每万字', title: '出现次数 ÷ 全文长度（按检索所见的字数）× 一万' }),
      h('th', { scope: 'col', class: 'plot', text: '位置（左为文首，右为文末）' }))),
    h('tbody', {}, rows)));
  const pager = h('p', { class: 'pager' },
    r.offset > 0 ? h('button', { type: 'button', id: 'dispersion-prev', onclick: () => go({ offset: Math.max(0, r.offset - PAGE) }) }, '上一页') : null,
    r.offset + r.documents.length < r.total_documents
      ? h('button', { type: 'button', id: 'dispersion-next', onclick: () => go({ offset: r.offset + PAGE }) }, '下一页') : null);
  const download = h('button', { type: 'button', id: 'dispersion-csv', onclick: () => save(fileName(`分布-${s.q}`, 'csv'),
    'text/csv;charset=utf-8', csv([['id', 'title', 'date', 'length', 'occurrences', 'positions'],
      ...r.documents.map((d) => [d.id, d.title || '', d.date || '', d.length, d.occurrences, d.positions.join(' ')])])) },
  '下载本页（CSV）');
  const node = h('section', { class: 'dispersion', 'aria-label': '分布' },
    h('div', { class: 'dispersion-options' }, h('label', { for: 'dsort' }, '排序'), choose, download),
    dateRange(s, go), chips(s, go), table, pager,
    h('p', { class: 'legend', text: '每一竖线是一处出现，横向位置为它在全文中的位置（按检索所见的字：已统一繁简、全半角，'
      + '不计空白和软标点）。共 ' + `${fmt(r.total_occurrences)} 处。` }));
  return { node, status: `${fmt(r.total_occurrences)} 处，${fmt(r.total_documents)} 篇文献 · ${r.took_ms} 毫秒`,
    title: `${s.q} 的分布` };
}
