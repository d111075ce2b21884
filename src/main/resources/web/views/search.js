// 检索: the hits of a query with their snippets, the facets, sorting, page size and pages.
import * as api from '../lib/api.js';
import { fmt, h } from '../lib/dom.js';
import { searchLimits } from '../lib/limits.js';
import { snippet } from '../lib/snippet.js';
import { filterParams, MULTI, toUrl } from '../lib/state.js';
import { chips, citeButton, dateRange, FACET_NAMES, needQuery, when } from './common.js';

/** The facets counted beside the hits, and how many values each lists. */
const FACETS = 'year,doc_type,issuer,agency_code,doc_year,source,park,cites';
const FACET_VALUES = 30;
/** The page sizes offered below the server's largest, which is offered too. */
const SMALLER_SIZES = [10, 20, 50];

export async function render(s, { signal, go }) {
  if (!s.q) return needQuery('检索政策文献');
  const p = filterParams(s);
  p.set('q', s.q); p.set('page', s.page); p.set('size', s.size); p.set('sort', s.sort);
  p.set('facets', FACETS); p.set('facet_size', FACET_VALUES);
  const [r, limits] = await Promise.all([api.search(p, signal), searchLimits()]);
  const summary = `共 ${fmt(r.total)} 篇文献 · 第 ${r.page} 页 · ${r.took_ms} 毫秒`;
  const sort = h('select', { id: 'sort', 'aria-label': '排序' },
    h('option', { value: 'relevance', selected: s.sort === 'relevance' }, '按相关度'),
    h('option', { value: 'date', selected: s.sort === 'date' }, '按日期（新→旧）'));
  sort.addEventListener('change', () => go({ sort: sort.value, page: 1 }));
  const sizes = [...SMALLER_SIZES.filter((n) => n < limits.maxSize), limits.maxSize];
  const size = h('select', { id: 'size', 'aria-label': '每页篇数' }, sizes.map((n) =>
    h('option', { value: n, selected: s.size === n }, `每页 ${n} 篇`)));
  size.addEventListener('change', () => go({ size: parseInt(size.value, 10), page: 1 }));
  const cite = citeButton(() => `检索式「${s.q}」${describeFilters(s)}，${r.total} 篇，政策文献知识库 索引版本 ${r.generation}，${location.href}`);
  const hits = r.hits.length ? h('ol', { class: 'hits', start: (r.page - 1) * r.size + 1 }, r.hits.map((hit) => h('li', { class: 'hit' },
    h('h2', {}, h('a', { href: toUrl({ ...s, view: 'doc', id: hit.id, at: null }), 'data-nav': true, text: hit.title || hit.id })),
    h('p', { class: 'meta' }, (hit.doc_number || hit.issuers.length
      ? [hit.issuers.join('、'), hit.doc_number, hit.date_signed ? `成文 ${hit.date_signed}` : when(hit), hit.doc_type]
      : [when(hit), hit.source || '来源不详', hit.author]).concat(`${hit.occurrences} 处`).filter(Boolean).join(' · ')),
    hit.passages.map(snippet))))
    : h('p', { class: 'empty' }, '没有找到文献。可以试试：去掉部分检索词、用 OR 连接近义词、移除筛选条件，或检查繁简与标点。');
  const node = h('div', { class: 'layout' },
    facets(s, r.facets),
    h('section', { class: 'results', 'aria-label': '检索结果' },
      h('div', { class: 'toolbar' }, h('p', { class: 'summary', text: summary }), sort, size, cite),
      dateRange(s, go), chips(s, go), hits, pager(s, r.total, r.size, limits.maxWindow)));
  return { node, status: summary, title: s.q };
}

/** The filters of a state for a citation, e.g. （日期 2020–…；来源 群众）. */
function describeFilters(s) {
  const parts = [];
  if (s.from || s.to) parts.push(`日期 ${s.from || '…'}–${s.to || '…'}`);
  for (const f of MULTI) if (s[f].length) parts.push(`${FACET_NAMES[f]} ${s[f].join('、')}`);
  return parts.length ? `（${parts.join('；')}）` : '';
}

/** The facet sidebar: each value a link that adds it as a filter (a year: that year as the date range). */
function facets(s, all) {
  const aside = h('aside', { class: 'facets', 'aria-label': '分面' });
  for (const [name, values] of Object.entries(all || {})) {
    const list = h('ul');
    for (const v of values) {
      if (v.value == null) {
        if (v.count > 0) list.append(h('li', { class: 'none' }, `未注明 ${fmt(v.count)}`));
        continue;
      }
      const label = name === 'year' ? `${v.value}年` : String(v.value);
      let changes;
      if (name === 'year') changes = { from: String(v.value), to: String(v.value) };
      else changes = { [name]: s[name].includes(String(v.value)) ? s[name] : [...s[name], String(v.value)] };
      list.append(h('li', {}, h('a', { href: toUrl({ ...s, ...changes, page: 1 }), 'data-nav': true },
        h('span', { text: label }), h('span', { class: 'count', text: fmt(v.count) }))));
    }
    aside.append(h('section', {}, h('h2', { text: FACET_NAMES[name] || name }), list));
  }
  return aside;
}

/** Page links around the current page, up to the deepest page the server serves (`maxWindow` hits). */
function pager(s, total, size, maxWindow) {
  const pages = Math.min(Math.ceil(total / size), Math.floor(maxWindow / size));
  if (pages <= 1) return null;
  const nav = h('nav', { class: 'pager', 'aria-label': '分页' });
  const link = (page, label, current) => current
    ? h('span', { 'aria-current': 'page', text: label })
    : h('a', { href: toUrl({ ...s, page }), 'data-nav': true, text: label });
  if (s.page > 1) nav.append(link(s.page - 1, '上一页'));
  const shown = new Set([1, pages, s.page - 2, s.page - 1, s.page, s.page + 1, s.page + 2].filter((n) => n >= 1 && n <= pages));
  let last = 0;
  for (const n of [...shown].sort((a, b) => a - b)) {
    if (n > last + 1) nav.append(h('span', { class: 'gap', text: '…' }));
    nav.append(link(n, String(n), n === s.page));
    last = n;
  }
  if (s.page < pages) nav.append(link(s.page + 1, '下一页'));
  return nav;
}
