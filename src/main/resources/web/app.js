// 政策文献知识库 — the research workbench. Plain JS, no build step, nothing from other hosts.
// Corpus text and metadata are only ever inserted as text (textContent); text with matches is
// drawn from the matches' offsets, in every view the same way (lib/snippet.js).
import * as api from './lib/api.js';
import { ApiError, chineseError, latestOnly } from './lib/api.js';
import { fmt, h, setStatus, svg } from './lib/dom.js';
import { searchLimits } from './lib/limits.js';
import { appendMarked, snippet } from './lib/snippet.js';
import { filterParams, MULTI, readState, toUrl } from './lib/state.js';

const FACET_NAMES = { year: '年份', source: '来源', park: '园区', cites: '引用政策', issuer: '发文机关', doc_type: '文种',
  agency_code: '机关代字', doc_year: '文号年份' };
/** Where a document's date was read (the API's date_from), so a researcher can judge it. */
const DATE_FROM = { front_matter: '文件头', record: '记录字段', html_meta: '网页元数据', dateline: '题下日期', title: '标题',
  url: '网址', source_line: '来源行', signature: '成文日期', meta_override: '人工校正' };
const when = (d) => d.date || (d.year != null ? `${d.year}年` : '日期不详');
const isWebUrl = (u) => { try { return ['http:', 'https:'].includes(new URL(u).protocol); } catch { return false; } };

function go(changes, replace) {
  const s = { ...readState(), ...changes };
  history.replaceState({ ...(history.state || {}), scroll: window.scrollY }, '');
  history[replace ? 'replaceState' : 'pushState']({ scroll: 0 }, '', toUrl(s));
  render();
}

const main = () => document.getElementById('main');

// the newest render wins: starting one aborts the requests of the one before
const requests = latestOnly();

async function render() {
  const signal = requests.start();
  const s = readState();
  document.getElementById('q').value = s.q;
  for (const a of document.querySelectorAll('nav a[data-view]')) {
    const target = { ...s, view: a.dataset.view, id: '', at: null, page: 1, offset: 0 };
    a.href = toUrl(target);
    if (a.dataset.view === (s.view === 'doc' ? 'search' : s.view)) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  main().setAttribute('aria-busy', 'true');
  setStatus('正在加载…');
  document.body.classList.add('loading');
  try {
    const view = { search: searchView, doc: docView, concordance: concordanceView, trend: trendView, collocates: collocatesView }[s.view];
    const content = await view(s, signal);
    if (signal.aborted) return; // a newer request took over: never show this answer
    main().replaceChildren(content.node);
    setStatus(content.status || '');
    document.title = content.title ? `${content.title} · 政策文献知识库` : '政策文献知识库';
    if (content.after) content.after();
    else window.scrollTo(0, (history.state && history.state.scroll) || 0);
  } catch (e) {
    if (e.name === 'AbortError' || signal.aborted) return;
    const message = e instanceof ApiError ? chineseError(e) : `页面出错：${e.message}`;
    main().replaceChildren(h('p', { class: 'error', role: 'alert', text: message }));
    setStatus(message);
  } finally {
    if (requests.isCurrent(signal)) {
      main().removeAttribute('aria-busy');
      document.body.classList.remove('loading');
    }
  }
}

// ---------- shared pieces ----------
function chips(s) {
  const list = [];
  const remove = (changes) => () => go({ ...changes, page: 1, offset: 0 });
  if (s.from || s.to) list.push(['日期', `${s.from || '…'} 至 ${s.to || '…'}`, remove({ from: '', to: '' })]);
  if (s.undated) list.push(['无日期', { include: '包括', exclude: '排除', only: '仅限' }[s.undated] || s.undated, remove({ undated: '' })]);
  for (const f of MULTI) {
    for (const v of s[f]) list.push([FACET_NAMES[f], v, remove({ [f]: s[f].filter((x) => x !== v) })]);
  }
  if (!list.length) return null;
  return h('ul', { class: 'chips', 'aria-label': '当前筛选' }, list.map(([name, value, onclick]) =>
    h('li', {}, h('span', { text: `${name}：${value}` }),
      h('button', { type: 'button', class: 'chip-remove', 'aria-label': `移除筛选 ${name} ${value}`, onclick }, '×'))));
}

function dateRange(s) {
  const form = h('form', { class: 'dates', 'aria-label': '日期范围' },
    h('label', { for: 'from' }, '起'), h('input', { id: 'from', name: 'from', value: s.from, placeholder: '2020 或 2020-05', size: 10 }),
    h('label', { for: 'to' }, '止'), h('input', { id: 'to', name: 'to', value: s.to, placeholder: '2025-12-31', size: 10 }),
    h('button', { type: 'submit' }, '应用'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go({ from: form.elements.from.value.trim(), to: form.elements.to.value.trim(), page: 1, offset: 0 });
  });
  return form;
}

async function copy(text, button) {
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = '已复制';
  } catch {
    window.prompt('复制以下引用：', text);
  }
  setStatus(`引用已复制：${text}`);
}

function citeButton(textOf) {
  const b = h('button', { type: 'button', class: 'cite' }, '引用');
  b.addEventListener('click', () => copy(textOf(), b));
  return b;
}

function needQuery(what) {
  return { node: h('section', { class: 'intro' }, h('h1', { text: what }),
    h('p', { text: '请在上方输入检索式，例如 双高协同、新质生产力 OR 专精特新。' })), status: '' };
}

// ---------- search ----------
async function searchView(s, signal) {
  if (!s.q) return needQuery('检索政策文献');
  const p = filterParams(s);
  p.set('q', s.q); p.set('page', s.page); p.set('size', s.size); p.set('sort', s.sort);
  p.set('facets', 'year,doc_type,issuer,agency_code,doc_year,source,park,cites'); p.set('facet_size', 30);
  const [r, limits] = await Promise.all([api.search(p, signal), searchLimits()]);
  const summary = `共 ${fmt(r.total)} 篇文献 · 第 ${r.page} 页 · ${r.took_ms} 毫秒`;
  const sort = h('select', { id: 'sort', 'aria-label': '排序' },
    h('option', { value: 'relevance', selected: s.sort === 'relevance' }, '按相关度'),
    h('option', { value: 'date', selected: s.sort === 'date' }, '按日期（新→旧）'));
  sort.addEventListener('change', () => go({ sort: sort.value, page: 1 }));
  // the page sizes offered: a few below the server's largest, which is offered too
  const sizes = [...[10, 20, 50].filter((n) => n < limits.maxSize), limits.maxSize];
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
      dateRange(s), chips(s), hits, pager(s, r.total, r.size, limits.maxWindow)));
  return { node, status: summary, title: s.q };
}

function describeFilters(s) {
  const parts = [];
  if (s.from || s.to) parts.push(`日期 ${s.from || '…'}–${s.to || '…'}`);
  for (const f of MULTI) if (s[f].length) parts.push(`${FACET_NAMES[f]} ${s[f].join('、')}`);
  return parts.length ? `（${parts.join('；')}）` : '';
}

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

// ---------- document ----------
async function docView(s, signal) {
  const [d, occ, rel] = await Promise.all([
    api.documentById(s.id, signal),
    s.q ? api.occurrences(s.id, s.q, signal) : Promise.resolve(null),
    api.related(s.id, 5, signal).catch(() => null),
  ]);
  const matches = occ ? occ.snippets : [];
  const body = documentText(d, matches);
  const total = matches.length;
  let current = 0;
  if (total) {
    const wanted = s.at != null ? matches.findIndex((m) => m.start === s.at) : 0;
    current = wanted >= 0 ? wanted + 1 : 1;
  }
  const counter = h('span', { class: 'counter', 'aria-live': 'polite' });
  const prev = h('button', { type: 'button', 'aria-label': '上一处 (p)' }, '‹ 上一处');
  const next = h('button', { type: 'button', 'aria-label': '下一处 (n)' }, '下一处 ›');
  const show = (n) => {
    if (!total) return;
    current = ((n - 1 + total) % total) + 1;
    document.querySelectorAll('mark.current').forEach((m) => m.classList.remove('current'));
    const mark = document.getElementById(`occ-${current}`);
    if (mark) { mark.classList.add('current'); mark.scrollIntoView({ block: 'center' }); mark.focus({ preventScroll: true }); }
    counter.textContent = `${current} / ${total}`;
  };
  prev.addEventListener('click', () => show(current - 1));
  next.addEventListener('click', () => show(current + 1));
  keyHandler = (e) => {
    if (e.target.closest('input, textarea, select')) return;
    if (e.key === 'n' || e.key === 'j') { e.preventDefault(); show(current + 1); }
    if (e.key === 'p' || e.key === 'k') { e.preventDefault(); show(current - 1); }
  };
  const back = h('a', { href: toUrl({ ...s, view: 'search', id: '', at: null }), class: 'back' }, '← 返回结果');
  back.addEventListener('click', (e) => {
    if (history.length > 1 && sessionStorage.getItem('policykb.internal') === '1') { e.preventDefault(); history.back(); }
  });
  const generation = occ ? occ.generation : (rel ? rel.generation : null);
  const meta = h('dl', { class: 'docmeta' },
    h('dt', {}, '日期'), h('dd', { text: when(d) + (d.date_from ? `（据${DATE_FROM[d.date_from] || d.date_from}）` : ''), title: '日期出处' }),
    h('dt', {}, '来源'), h('dd', { text: d.source || '不详' }),
    h('dt', {}, '作者'), h('dd', { text: d.author || '不详' }),
    h('dt', {}, '网址'), h('dd', {}, d.url && isWebUrl(d.url) ? h('a', { href: d.url, rel: 'noopener noreferrer', target: '_blank', text: d.url }) : (d.url || '无')),
    official(d),
    h('dt', {}, '编号'), h('dd', { text: d.id }),
    h('dt', {}, '索引版本'), h('dd', { text: generation || '—' }));
  const cite = citeButton(() => [d.author, d.doc_number ? `${d.title}（${d.doc_number}）` : d.title,
    [(d.issuers || []).join('、') || d.source, d.date_signed || when(d)].filter(Boolean).join('，'),
    d.url && isWebUrl(d.url) ? d.url : null, s.q ? `检索式「${s.q}」` : null, generation ? `索引版本 ${generation}` : null,
    `编号 ${d.id}`].filter(Boolean).join('. '));
  const related = rel && rel.related.length ? h('section', { class: 'related', 'aria-label': '相关文献' }, h('h2', { text: '相关文献' }),
    h('ul', {}, rel.related.map((x) => h('li', {}, h('a', { href: toUrl({ ...s, view: 'doc', id: x.id, at: null }), 'data-nav': true, text: x.title || x.id }),
      h('span', { class: 'meta', text: ` ${when(x)}` }))))) : null;
  const node = h('article', { class: 'document' },
    h('p', {}, back),
    h('h1', { text: d.title || d.id }), meta,
    h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': '出现位置' },
      total ? [prev, counter, next] : h('span', { class: 'meta', text: s.q ? `本文没有“${s.q}”` : '' }), cite),
    body, related);
  return {
    node, title: d.title || d.id,
    status: total ? `${d.title}：${total} 处` : d.title,
    after: () => { if (total) show(current); else window.scrollTo(0, 0); },
  };
}

/**
 * The document's paragraphs and headings, each occurrence (the API's offsets into the text) marked
 * as occ-1, occ-2 …; a PDF's or OFD's page breaks marked where each page after the first begins.
 */
function documentText(d, matches) {
  const body = h('div', { class: 'text' });
  const breaks = (d.pages || []).filter((p) => p.number > 1 && p.end > p.start);
  let b = 0;
  const withPageBreaks = (block, from, to) => {
    for (; b < breaks.length && breaks[b].start < to; b++) {
      if (breaks[b].start < from) continue;
      block.append(d.text.substring(from, breaks[b].start),
        h('span', { class: 'page-mark', title: `原文第 ${breaks[b].number} 页`, text: `〔第${breaks[b].number}页〕` }));
      from = breaks[b].start;
    }
    block.append(d.text.substring(from, to));
  };
  let k = 0;
  for (const para of d.paragraphs) {
    const marks = [];
    while (k < matches.length && matches[k].start < para.end) marks.push({ ...matches[k], n: ++k });
    body.append(appendMarked(h(para.type === 'heading' ? 'h3' : 'p'), d.text, marks, {
      from: para.start, to: para.end, plain: withPageBreaks,
      attrs: (m) => ({ id: `occ-${m.n}`, tabindex: '-1', 'data-start': m.start }),
    }));
  }
  return body;
}

/** The elements of an official document it states (发文字号, 发文机关 …), each with where it was read; nothing when none. */
const OFFICIAL_FROM = { header: '版头', title: '标题', body: '正文', signature: '署名', closing: '版记', page_table: '网页信息表',
  record: '记录字段', meta_override: '人工校正' };
function official(d) {
  const from = (f) => (f ? `（据${OFFICIAL_FROM[f] || f}）` : '');
  const rows = [
    ['发文字号', d.doc_number, d.doc_number_from], ['发文机关', (d.issuers || []).join('、'), d.issuers_from],
    ['文种', d.doc_type, d.doc_type_from],
    ['印发文件', d.issued_instrument_title ? `《${d.issued_instrument_title}》` : null, null],
    ['成文日期', d.date_signed, d.date_signed_from], ['发布日期', d.date_published, d.date_published_from],
    ['主送机关', d.recipients, d.recipients_from], ['抄送机关', d.cc, d.cc_from],
    ['印发', [d.printed_by, d.printed_date ? `${d.printed_date} 印发` : null].filter(Boolean).join(' '), d.printed_from],
    ['附件', (d.attachments || []).join('；'), d.attachments_from], ['索引号', d.index_number, null],
    ['主题分类', (d.topics || []).join('、'), null],
    ['页数', d.pages && d.pages.length ? `${d.pages.length} 页（${d.format.toUpperCase()}）` : null, null],
  ];
  return rows.filter(([, v]) => v).flatMap(([k, v, f]) => [h('dt', {}, k), h('dd', { text: v + from(f) })]);
}

let keyHandler = null;
document.addEventListener('keydown', (e) => { if (keyHandler && readState().view === 'doc') keyHandler(e); });

// ---------- concordance ----------
async function concordanceView(s, signal) {
  if (!s.q) return needQuery('语境索引（KWIC）');
  const limit = 100;
  const p = filterParams(s);
  p.set('q', s.q); p.set('sort', s.csort); p.set('offset', s.offset); p.set('limit', limit); p.set('window', 30);
  const r = await api.concordance(p, signal);
  const sort = h('select', { id: 'csort', 'aria-label': '排序' },
    [['doc', '按文献（旧→新）'], ['left', '按左语境'], ['right', '按右语境']].map(([v, t]) => h('option', { value: v, selected: s.csort === v }, t)));
  sort.addEventListener('change', () => go({ csort: sort.value, offset: 0 }));
  const summary = `${fmt(r.total_occurrences)} 处，分布于 ${fmt(r.total_documents)} 篇文献`;
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
    h('div', { class: 'toolbar' }, h('p', { class: 'summary', text: summary }), sort,
      h('a', { href: api.concordanceCsvUrl(p), download: 'concordance.csv', class: 'button', id: 'csv' }, '下载 CSV（全部）')),
    dateRange(s), chips(s),
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

// ---------- trend ----------
async function trendView(s, signal) {
  if (!s.q) return needQuery('趋势：每百万字出现次数');
  const phrases = [s.q, ...s.cmp].slice(0, 4);
  const answers = await Promise.all(phrases.map((q) => {
    const p = filterParams(s); p.set('q', q); p.set('by', 'year');
    return api.trend(p, signal);
  }));
  const years = [...new Set(answers.flatMap((a) => a.buckets.filter((b) => b.value != null && b.all_documents > 0).map((b) => b.value)))]
    .sort((a, b) => a - b);
  const bucket = (a, y) => a.buckets.find((b) => b.value === y) || { documents: 0, occurrences: 0, all_documents: 0, characters: 0, per_million_characters: 0 };
  const max = Math.max(1e-9, ...answers.flatMap((a) => years.map((y) => bucket(a, y).per_million_characters)));
  const W = Math.max(320, years.length * (10 * phrases.length + 8) + 60);
  const H = 240;
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H + 40}`, class: 'chart', role: 'img', 'aria-label': `每百万字出现次数，按年份：${phrases.join('、')}` });
  chart.append(svg('line', { x1: 40, y1: H, x2: W - 10, y2: H, class: 'axis' }));
  const axisLabel = svg('text', { x: 4, y: 14, class: 'tick' }); axisLabel.textContent = `${max.toFixed(1)}`;
  chart.append(axisLabel);
  const group = 10 * phrases.length + 8;
  years.forEach((y, i) => {
    const x0 = 44 + i * group;
    answers.forEach((a, k) => {
      const b = bucket(a, y);
      const height = (b.per_million_characters / max) * (H - 20);
      const rect = svg('rect', { x: x0 + k * 10, y: H - height, width: 9, height: Math.max(height, 0.5), class: `bar s${k}`, tabindex: 0,
        'data-year': y, 'aria-label': `${phrases[k]}，${y}年：${b.occurrences} 次，${b.documents}/${b.all_documents} 篇，每百万字 ${b.per_million_characters.toFixed(1)}` });
      const title = svg('title'); title.textContent = rect.getAttribute('aria-label');
      rect.append(title);
      chart.append(rect);
    });
    if (years.length <= 40 || i % Math.ceil(years.length / 40) === 0) {
      const t = svg('text', { x: x0, y: H + 14, class: 'tick', transform: `rotate(45 ${x0} ${H + 14})` });
      t.textContent = String(y);
      chart.append(t);
    }
  });
  // the figures of the bar under the pointer or the keyboard focus, shown and announced
  const readout = h('p', { class: 'readout', 'aria-live': 'polite', text: '将指针移到柱上或用 Tab 键选中，查看该年的数字。' });
  const showBar = (e) => { if (e.target.classList && e.target.classList.contains('bar')) readout.textContent = e.target.getAttribute('aria-label'); };
  chart.addEventListener('mouseover', showBar);
  chart.addEventListener('focusin', showBar);
  const legend = h('ul', { class: 'legend' }, phrases.map((q, k) => h('li', { class: `s${k}` }, h('span', { class: 'swatch' }), q)));
  const table = h('table', { class: 'trend-table' },
    h('caption', { text: '原始数据（每年：命中篇数 / 全部篇数，出现次数，每百万字）' }),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: '年份' }), phrases.map((q) => h('th', { scope: 'col', text: q })),
      h('th', { scope: 'col', text: '字数' }))),
    h('tbody', {}, [...years, null].map((y) => h('tr', {}, h('th', { scope: 'row', text: y == null ? '未注明' : String(y) }),
      answers.map((a) => { const b = bucket(a, y); return h('td', { text: `${b.documents}/${b.all_documents} 篇，${b.occurrences} 次，${b.per_million_characters.toFixed(1)}` }); }),
      h('td', { text: fmt(bucket(answers[0], y).characters) })))));
  const compare = h('form', { class: 'compare', 'aria-label': '比较短语' },
    h('label', { for: 'cmp' }, '加入比较'), h('input', { id: 'cmp', name: 'cmp', placeholder: '另一个短语' }), h('button', { type: 'submit' }, '加入'),
    s.cmp.length ? h('button', { type: 'button', onclick: () => go({ cmp: [] }) }, '清除比较') : null);
  compare.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = compare.elements.cmp.value.trim();
    if (v) go({ cmp: [...s.cmp, v].slice(0, 3) });
  });
  const total = answers.map((a, k) => `${phrases[k]} ${fmt(a.total_occurrences)} 次`).join('；');
  const node = h('section', { class: 'trend', 'aria-label': '趋势' }, h('p', { class: 'summary', text: total }),
    dateRange(s), chips(s), compare, legend, h('div', { class: 'chart-wrap' }, chart), readout, table);
  return { node, status: total, title: `${s.q} 趋势` };
}

// ---------- collocates ----------
async function collocatesView(s, signal) {
  if (!s.q) return needQuery('搭配词');
  const p = filterParams(s);
  p.set('q', s.q); p.set('span', s.span); p.set('side', s.side); p.set('min', 2); p.set('size', 100);
  const r = await api.collocates(p, signal);
  const side = h('select', { id: 'side', 'aria-label': '方向' },
    [['both', '左右'], ['left', '左侧'], ['right', '右侧']].map(([v, t]) => h('option', { value: v, selected: s.side === v }, t)));
  side.addEventListener('change', () => go({ side: side.value }));
  const span = h('select', { id: 'span', 'aria-label': '跨度（词）' }, [1, 2, 3, 5, 8, 10].map((n) => h('option', { value: n, selected: s.span === n }, `${n} 词以内`)));
  span.addEventListener('change', () => go({ span: parseInt(span.value, 10) }));
  const summary = `${fmt(r.occurrences)} 处，${fmt(r.documents)} 篇文献，语境中共 ${fmt(r.window_words)} 词`;
  const node = h('section', { class: 'collocates', 'aria-label': '搭配词' },
    h('div', { class: 'toolbar' }, h('p', { class: 'summary', text: summary }), side, span),
    dateRange(s), chips(s),
    r.collocates.length ? h('table', {},
      h('thead', {}, h('tr', {}, ['词', '共现', '左', '右', '语料频次', '对数似然'].map((t) => h('th', { scope: 'col', text: t })))),
      h('tbody', {}, r.collocates.map((c) => h('tr', {},
        h('td', {}, h('a', { href: toUrl({ ...s, view: 'concordance', q: `${s.q} NEAR/${s.span * 2} ${c.word}`, offset: 0 }), 'data-nav': true, text: c.word })),
        h('td', { text: fmt(c.count) }), h('td', { text: fmt(c.left) }), h('td', { text: fmt(c.right) }),
        h('td', { text: fmt(c.corpus_frequency) }), h('td', { text: c.score.toFixed(1) })))))
      : h('p', { class: 'empty', text: '没有足够的搭配词（每个词至少共现 2 次）。' }));
  return { node, status: summary, title: `${s.q} 搭配词` };
}

// ---------- wiring ----------
document.getElementById('query').addEventListener('submit', (e) => {
  e.preventDefault();
  const q = document.getElementById('q').value.trim();
  const s = readState();
  go({ q, page: 1, offset: 0, view: s.view === 'doc' ? 'search' : s.view, id: '', at: null });
});

document.addEventListener('click', (e) => {
  const a = e.target.closest('a[data-nav]');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const url = new URL(a.href);
  if (url.origin !== location.origin) return;
  e.preventDefault();
  sessionStorage.setItem('policykb.internal', '1');
  history.replaceState({ ...(history.state || {}), scroll: window.scrollY }, '');
  history.pushState({ scroll: 0 }, '', url.pathname + url.search);
  render();
});

window.addEventListener('popstate', render);
if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
render();
