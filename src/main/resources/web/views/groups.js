// 分组: the query's hits grouped by any facet — year, 发文机关, 文种, 来源, 发文地区, 被引次数 … — each value with its
// occurrences, matching documents, all its documents and their size, and occurrences per million characters, in a
// table sorted by any column; a value opens the concordance of its hits.
import * as api from '../lib/api.js';
import { fmt, h } from '../lib/dom.js';
import { csv, fileName, save } from '../lib/download.js';
import { facetNames } from '../lib/limits.js';
import { filterParams, toUrl } from '../lib/state.js';
import { chips, dateRange, FACET_NAMES, needQuery, valueLabel } from './common.js';

/** The columns: [key in a bucket, header, what it counts]. */
const COLUMNS = [['occurrences', '出现次数', '该组文献中检索项出现的次数'], ['documents', '命中篇数', '该组中含检索项的文献篇数'],
  ['all_documents', '文献篇数', '该组在筛选条件下的全部文献篇数'], ['characters', '字数', '该组全部文献的字数'],
  ['per_million_characters', '每百万字', '出现次数 ÷ 该组字数 × 一百万：可在大小不等的组之间比较']];

/** The concordance of a value's hits: the value as a filter (a year as the date range). */
function linesOf(s, by, value) {
  if (by === 'year') return toUrl({ ...s, view: 'concordance', from: String(value), to: String(value), offset: 0 });
  return toUrl({ ...s, view: 'concordance', [by]: [...new Set([...s[by], String(value)])], offset: 0 });
}

/** A bar of `share` (0..1) of the cell: its width set through the CSSOM, which the page's CSP allows (no style attribute). */
function bar(share) {
  const span = h('span');
  span.style.width = `${(100 * share).toFixed(1)}%`;
  return span;
}

function sorted(buckets, key) {
  if (key === 'value') return buckets;
  return [...buckets].sort((a, b) => (a.value == null) - (b.value == null) || b[key] - a[key]);
}

export async function render(s, { signal, go }) {
  if (!s.q) return needQuery('检索结果分组');
  const by = facetNames().includes(s.gby) ? s.gby : 'year';
  const p = filterParams(s); p.set('q', s.q); p.set('by', by);
  const r = await api.trend(p, signal);
  const rows = sorted(r.buckets, s.gsort);
  const most = Math.max(0, ...r.buckets.map((b) => b.per_million_characters));
  const choose = h('select', { id: 'gby', 'aria-label': '分组依据' },
    facetNames().map((f) => h('option', { value: f, selected: f === by }, FACET_NAMES[f] || f)));
  choose.addEventListener('change', () => go({ gby: choose.value }));
  const name = FACET_NAMES[by] || by;
  const label = (v) => (v == null ? '未注明' : by === 'year' ? `${v}年` : valueLabel(by, String(v)));
  const header = (key, text, title) => {
    const th = h('th', { scope: 'col', class: key === 'value' ? null : 'num', title,
      'aria-sort': s.gsort === key ? (key === 'value' ? 'ascending' : 'descending') : null },
    h('button', { type: 'button', class: 'sort', id: `gsort-${key}`, text }));
    th.querySelector('button').addEventListener('click', () => go({ gsort: key }));
    return th;
  };
  const table = h('div', { class: 'table-wrap' }, h('table', { class: 'group-table' },
    h('caption', { text: `“${s.q}”按${name}分组（${fmt(r.buckets.length)} 组）` }),
    h('thead', {}, h('tr', {}, header('value', name, '按服务器给出的顺序'), COLUMNS.map(([k, t, title]) => header(k, t, title)),
      h('th', { scope: 'col', 'aria-hidden': 'true' }))),
    h('tbody', {}, rows.map((b) => h('tr', {},
      h('td', { class: 'value' }, b.value == null || b.occurrences === 0 ? label(b.value)
        : h('a', { href: linesOf(s, by, b.value), 'data-nav': true, title: `查看${label(b.value)}的 ${fmt(b.occurrences)} 处语境`, text: label(b.value) })),
      COLUMNS.map(([k]) => h('td', { class: 'num', text: k === 'per_million_characters' ? b[k].toFixed(2) : fmt(b[k]) })),
      h('td', { class: 'bar', 'aria-hidden': 'true' }, bar(most ? b.per_million_characters / most : 0)))))));
  const download = h('button', { type: 'button', id: 'groups-csv', onclick: () => save(fileName(`分组-${s.q}-${name}`, 'csv'),
    'text/csv;charset=utf-8', csv([[name, ...COLUMNS.map(([, t]) => t)],
      ...rows.map((b) => [b.value == null ? '' : String(b.value), ...COLUMNS.map(([k]) => b[k])])])) }, '下载表（CSV）');
  const note = r.by !== 'year' && ['issuer', 'park', 'cites', 'category'].includes(by)
    ? h('p', { class: 'legend', text: `一篇文献可有多个${name}（如联合发文），在每个值下各计一次，因此各组之和可能大于总数。` }) : null;
  const node = h('section', { class: 'groups', 'aria-label': '分组' },
    h('div', { class: 'group-options' }, h('label', { for: 'gby' }, '分组依据'), choose, download),
    dateRange(s, go), chips(s, go), table, note);
  return { node, status: `${fmt(r.total_occurrences)} 处，${fmt(r.total_documents)} 篇文献，按${name}分为 ${fmt(r.buckets.length)} 组`,
    title: `${s.q} 按${name}分组` };
}
