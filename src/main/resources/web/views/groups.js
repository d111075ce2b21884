// 分组: the query's hits grouped by any facet — year, 发文机关, 文种, 来源, 发文地区, 被引次数 … — or by what stands
// before or after them (the word, or n characters), each group with its occurrences, matching documents, all its
// documents and their size, and occurrences per million characters, in a table sorted by any column; a group opens
// the concordance of its hits.
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

const SIDES = { left: '左侧', right: '右侧' };
const CONTEXTS = [['word', '相邻的词'], ...[1, 2, 3, 4, 6, 8].map((n) => [String(n), `相邻 ${n} 个字`])];

/** Whether the query is one plain phrase, which a context joins into a longer one. */
const plainPhrase = (q) => /^[^\s"()|:~*-]+$/u.test(q) && !/^(AND|OR|NOT|NEAR)$/i.test(q);

/**
 * The concordance of a group's hits: the value as a filter (a year as the date range); for a context, the phrase
 * with its context joined on (its lines are that group's, and also those where the phrase runs on into a longer word).
 */
function linesOf(s, by, value) {
  if (by === 'left' || by === 'right') {
    const q = by === 'left' ? `${value}${s.q}` : `${s.q}${value}`;
    return toUrl({ ...s, view: 'concordance', q, offset: 0 });
  }
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
  const context = s.gby === 'left' || s.gby === 'right';
  const by = context || facetNames().includes(s.gby) ? s.gby : 'year';
  const unit = CONTEXTS.some(([v]) => v === s.gctx) ? s.gctx : 'word';
  const p = filterParams(s); p.set('q', s.q); p.set('by', by);
  if (context) p.set('context', unit);
  const r = await api.trend(p, signal);
  const rows = sorted(r.buckets, s.gsort);
  const most = Math.max(0, ...r.buckets.map((b) => b.per_million_characters));
  const choose = h('select', { id: 'gby', 'aria-label': '分组依据' },
    h('optgroup', { label: '按文献信息' }, facetNames().map((f) => h('option', { value: f, selected: f === by }, FACET_NAMES[f] || f))),
    h('optgroup', { label: '按语境' }, Object.entries(SIDES).map(([v, t]) => h('option', { value: v, selected: v === by }, t))));
  choose.addEventListener('change', () => go({ gby: choose.value }));
  const unitChoice = context ? h('select', { id: 'gctx', 'aria-label': '语境单位' },
    CONTEXTS.map(([v, t]) => h('option', { value: v, selected: v === unit }, t))) : null;
  if (unitChoice) unitChoice.addEventListener('change', () => go({ gctx: unitChoice.value }));
  const unitName = (CONTEXTS.find(([v]) => v === unit) || CONTEXTS[0])[1];
  const name = context ? `${SIDES[by]}${unitName}` : FACET_NAMES[by] || by;
  const ends = by === 'left' ? '（段首或全文开头）' : '（段末或全文结尾）';
  const label = (v) => (v == null ? '未注明' : context ? (v === '' ? ends : v) : by === 'year' ? `${v}年` : valueLabel(by, String(v)));
  // a context group's documents are those where its hits are: all of them match, and their characters are its size
  const columns = context ? COLUMNS.filter(([k]) => k !== 'all_documents')
    .map(([k, t, title]) => (k === 'characters' ? [k, t, '该组命中文献的字数'] : [k, t, title])) : COLUMNS;
  const linked = (b) => b.value != null && b.occurrences > 0 && (!context || (b.value !== '' && plainPhrase(s.q)));
  const header = (key, text, title) => {
    const th = h('th', { scope: 'col', class: key === 'value' ? null : 'num', title,
      'aria-sort': s.gsort === key ? (key === 'value' ? 'ascending' : 'descending') : null },
    h('button', { type: 'button', class: 'sort', id: `gsort-${key}`, text }));
    th.querySelector('button').addEventListener('click', () => go({ gsort: key }));
    return th;
  };
  const table = h('div', { class: 'table-wrap' }, h('table', { class: 'group-table' },
    h('caption', { text: `“${s.q}”按${name}分组（${fmt(r.buckets.length)} 组）` }),
    h('thead', {}, h('tr', {}, header('value', name, '按服务器给出的顺序'), columns.map(([k, t, title]) => header(k, t, title)),
      h('th', { scope: 'col', 'aria-hidden': 'true' }))),
    h('tbody', {}, rows.map((b) => h('tr', {},
      h('td', { class: 'value' }, !linked(b) ? label(b.value)
        : h('a', { href: linesOf(s, by, b.value), 'data-nav': true, title: `查看${label(b.value)}的 ${fmt(b.occurrences)} 处语境`, text: label(b.value) })),
      columns.map(([k]) => h('td', { class: 'num', text: k === 'per_million_characters' ? b[k].toFixed(2) : fmt(b[k]) })),
      h('td', { class: 'bar', 'aria-hidden': 'true' }, bar(most ? b.per_million_characters / most : 0)))))));
  const download = h('button', { type: 'button', id: 'groups-csv', onclick: () => save(fileName(`分组-${s.q}-${name}`, 'csv'),
    'text/csv;charset=utf-8', csv([[name, ...columns.map(([, t]) => t)],
      ...rows.map((b) => [b.value == null ? '' : String(b.value), ...columns.map(([k]) => b[k])])])) }, '下载表（CSV）');
  const note = r.by !== 'year' && ['issuer', 'park', 'cites', 'category'].includes(by)
    ? h('p', { class: 'legend', text: `一篇文献可有多个${name}（如联合发文），在每个值下各计一次，因此各组之和可能大于总数。` }) : null;
  const node = h('section', { class: 'groups', 'aria-label': '分组' },
    h('div', { class: 'group-options' }, h('label', { for: 'gby' }, '分组依据'), choose, unitChoice, download),
    dateRange(s, go), chips(s, go), table, note, context ? h('p', { class: 'legend', text:
      '按语境分组：检索项每处出现前后的文字（已统一繁简、全半角，跳过空白），“相邻的词”为紧邻的一串字母数字按 smartcn '
      + '切分所得的词（紧邻标点时即为该标点）。点击一组即查看检索项连同该语境的出现（也包括连入更长词语的出现）。' }) : null);
  return { node, status: `${fmt(r.total_occurrences)} 处，${fmt(r.total_documents)} 篇文献，按${name}分为 ${fmt(r.buckets.length)} 组`,
    title: `${s.q} 按${name}分组` };
}
