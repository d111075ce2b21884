// 检索: the hits of a query with their snippets, the facets, sorting, page size and pages.
import * as api from '../lib/api.js';
import { fmt, h } from '../lib/dom.js';
import { facetNames, searchLimits } from '../lib/limits.js';
import { snippet } from '../lib/snippet.js';
import { filterParams, MULTI, toUrl } from '../lib/state.js';
import { chips, citeButton, dateRange, FACET_NAMES, needQuery, readableUrl, today, valueLabel, when, workMembers } from './common.js';

/** The facets counted beside the hits, in this order first (the API's others after them). */
const FIRST_FACETS = ['year', 'category', 'level', 'region', 'doc_type', 'issuer', 'agency_code', 'doc_year', 'cited_by', 'source',
  'park', 'cites'];
const FACETS = [...FIRST_FACETS.filter((f) => facetNames().includes(f)),
  ...facetNames().filter((f) => !FIRST_FACETS.includes(f))].join(',');
/** Values asked for at first, and when a reader asks for all. */
const FACET_VALUES = 100;
const ALL_FACET_VALUES = 1000;
/** Values a facet shows before 更多. */
const FACET_SHOWN = 10;
/** The page sizes offered below the server's largest, which is offered too. */
const SMALLER_SIZES = [10, 20, 50];
/** How the hits are counted: each text once (its files listed under it) or every file. */
const COUNTS = [['works', '同文只计一次'], ['files', '每个文件都计']];
/** A work member's format as the page names it. */
/** The orders offered, as the API names them. */
const SORTS = [['relevance', '按相关度'], ['date', '按日期（新→旧）'], ['date_asc', '按日期（旧→新）'], ['cited_by', '按被引次数']];

export async function render(s, { signal, go }) {
  if (!s.q) return needQuery('检索政策文献');
  const p = filterParams(s);
  p.set('q', s.q); p.set('page', s.page); p.set('size', s.size); p.set('sort', s.sort);
  p.set('facets', FACETS); p.set('facet_size', FACET_VALUES);
  const [r, limits] = await Promise.all([api.search(p, signal), searchLimits()]);
  const summary = `共 ${fmt(r.total)} 篇文献 · 第 ${r.page} 页 · ${r.took_ms} 毫秒`;
  const sort = h('select', { id: 'sort', 'aria-label': '排序' },
    SORTS.map(([v, t]) => h('option', { value: v, selected: s.sort === v }, t)));
  sort.addEventListener('change', () => go({ sort: sort.value, page: 1 }));
  const sizes = [...SMALLER_SIZES.filter((n) => n < limits.maxSize), limits.maxSize];
  const size = h('select', { id: 'size', 'aria-label': '每页篇数' }, sizes.map((n) =>
    h('option', { value: n, selected: s.size === n }, `每页 ${n} 篇`)));
  size.addEventListener('change', () => go({ size: parseInt(size.value, 10), page: 1 }));
  const count = h('select', { id: 'count', 'aria-label': '计数单位' },
    COUNTS.map(([v, t]) => h('option', { value: v, selected: s.count === v }, t)));
  count.addEventListener('change', () => go({ count: count.value, page: 1 }));
  const cite = citeButton(() => searchCitation(s, r));
  const hits = r.hits.length ? h('ol', { class: 'hits', start: (r.page - 1) * r.size + 1 }, r.hits.map((hit) => h('li', { class: 'hit' },
    h('h2', {}, h('a', { href: toUrl({ ...s, view: 'doc', id: hit.id, at: null }), 'data-nav': true, text: hit.title || hit.id })),
    h('p', { class: 'meta' }, (hit.doc_number || hit.issuers.length
      ? [hit.issuers.join('、'), hit.doc_number, hit.date_signed ? `成文 ${hit.date_signed}` : when(hit), hit.doc_type]
      : [when(hit), hit.source || '来源不详', hit.author]).concat(`${hit.occurrences} 处`, hit.cited_by ? `被 ${hit.cited_by} 件文献引用` : null).filter(Boolean).join(' · ')),
    workMembers(s, hit.members, hit.id), hit.passages.map(snippet))))
    : h('p', { class: 'empty' }, '没有找到文献。可以试试：去掉部分检索词、用 OR 连接近义词、移除筛选条件，或检查繁简与标点。');
  // the results come first in the page's order (and so for Tab); the filters are a landmark of their own
  const node = h('div', { class: 'layout' },
    h('section', { class: 'results', 'aria-label': '检索结果' },
      h('div', { class: 'toolbar' }, sort, size), chips(s, go), hits,
      h('div', { class: 'toolbar after' }, pager(s, r.total, r.size, limits.maxWindow), cite)),
    // how the hits are counted belongs with the filters: it changes every count, and Tab reaches the first result sooner
    h('aside', { class: 'facets', id: 'filters', 'aria-label': '筛选' }, h('h2', { class: 'filters-title', text: '筛选' }),
      h('p', { class: 'count-unit' }, h('label', { for: 'count', text: '计数' }), count), dateRange(s, go), facets(s, r.facets, go)));
  return { node, status: summary, title: s.q };
}

/** The search as a citation: the query, its filters, the count, the index generation, the address and the day it was read. */
function searchCitation(s, r) {
  return `政策文献知识库. 检索式「${s.q}」${describeFilters(s)}的检索结果：${r.total} 篇[DB/OL]. 索引版本 ${r.generation}`
    + `[${today()}]. ${readableUrl(location.href)}.`;
}

/** The filters of a state for a citation, e.g. （日期 2020–…；来源 群众）. */
function describeFilters(s) {
  const parts = [];
  if (s.from || s.to) parts.push(`日期 ${s.from || '…'}–${s.to || '…'}`);
  for (const f of MULTI) if (s[f].length) parts.push(`${FACET_NAMES[f]} ${s[f].map((v) => valueLabel(f, v)).join('、')}`);
  return parts.length ? `（${parts.join('；')}）` : '';
}

/**
 * The facet sidebar. Each value is a link that adds it as a filter (values of one facet combine
 * with OR), or removes it when it is chosen; a year sets the date range to it, or widens a range
 * already set to reach it. A facet shows its first values and offers the rest (更多); when the
 * server listed as many values as were asked for, the rest are fetched on request, and a facet
 * cut even then says so.
 */
function facets(s, all, go) {
  const out = [];
  for (const [name, listed] of Object.entries(all || {})) {
    const values = listed.filter((v) => v.value != null);
    const none = listed.find((v) => v.value == null && v.count > 0);
    if (!values.length && (name !== 'year' || !none)) continue; // a facet no matching document has a value of
    if (name === 'year') values.sort((a, b) => a.value - b.value);
    const section = h('section', { class: 'facet', 'aria-labelledby': `facet-${name}` },
      h('h3', { id: `facet-${name}`, text: FACET_NAMES[name] || name }));
    const list = h('ul');
    const item = (v) => facetValue(s, name, v);
    values.slice(0, FACET_SHOWN).forEach((v) => list.append(item(v)));
    section.append(list);
    if (values.length > FACET_SHOWN) {
      const more = h('button', { type: 'button', class: 'more', id: `more-${name}`, 'aria-expanded': 'false' },
        `更多（共 ${fmt(values.length)}${listed.length >= FACET_VALUES ? '+' : ''} 个）`);
      more.addEventListener('click', async () => {
        let rest = values;
        if (listed.length >= FACET_VALUES) {
          more.disabled = true;
          more.textContent = '正在加载…';
          try {
            rest = await allValues(s, name);
          } catch {
            more.disabled = false;
            more.textContent = '加载失败，重试';
            return;
          }
        }
        list.replaceChildren(...rest.map(item));
        const cut = rest.length >= ALL_FACET_VALUES ? h('p', { class: 'meta', text: `只列出最常见的 ${fmt(ALL_FACET_VALUES)} 个值。` }) : null;
        more.replaceWith(...[cut].filter(Boolean));
        list.querySelector('a')?.focus();
      });
      section.append(more);
    }
    if (none) {
      section.append(name === 'year'
        ? h('p', { class: 'none' }, h('a', { href: toUrl({ ...s, from: '', to: '', undated: 'only', page: 1 }), 'data-nav': true },
          `无日期 ${fmt(none.count)}`))
        : h('p', { class: 'none', text: `未注明 ${fmt(none.count)}` }));
    }
    out.push(section);
  }
  return out;
}

/** Every value of one facet (up to the server's most), for 更多. */
async function allValues(s, name) {
  const p = filterParams(s);
  p.set('q', s.q); p.set('size', 1); p.set('facets', name); p.set('facet_size', ALL_FACET_VALUES);
  const r = await api.search(p);
  const values = r.facets[name].filter((v) => v.value != null);
  if (name === 'year') values.sort((a, b) => a.value - b.value);
  return values;
}

/** One facet value as a link that chooses it, or takes it out when it is chosen. */
function facetValue(s, name, v) {
  const value = String(v.value);
  let changes;
  let chosen;
  let title;
  if (name === 'year') {
    const y = v.value;
    const lo = s.from ? parseInt(s.from, 10) : null;
    const hi = s.to ? parseInt(s.to, 10) : null;
    chosen = s.from === value && s.to === value;
    if (chosen) changes = { from: '', to: '' };
    else if (lo != null || hi != null) {
      changes = { from: String(Math.min(lo ?? y, y)), to: String(Math.max(hi ?? y, y)) };
      title = lo != null && hi != null && y >= lo && y <= hi ? `只看 ${y} 年` : `把日期范围扩展到 ${y} 年`;
      if (title.startsWith('只看')) changes = { from: value, to: value };
    } else changes = { from: value, to: value };
  } else {
    chosen = s[name].includes(value);
    changes = { [name]: chosen ? s[name].filter((x) => x !== value) : [...s[name], value] };
  }
  const label = name === 'year' ? `${value}年` : valueLabel(name, value);
  return h('li', { class: chosen ? 'chosen' : null }, h('a', {
    href: toUrl({ ...s, ...changes, undated: name === 'year' && s.undated === 'only' ? '' : s.undated, page: 1 }), 'data-nav': true,
    'aria-current': chosen ? 'true' : null, title: chosen ? `取消 ${label}` : title || null,
  }, h('span', { text: (chosen ? '✓ ' : '') + label }), h('span', { class: 'count', text: fmt(v.count) })));
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
