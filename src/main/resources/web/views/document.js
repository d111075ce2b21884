// 文献: one document's metadata and text, every occurrence of the query marked, stepped through
// with ‹ › and the n/p (j/k) keys while the view is on screen, its links to other documents (what it
// cites, implements, amends, repeals; who cites it; its versions and status), and related documents.
import * as api from '../lib/api.js';
import { fmt, h, svg } from '../lib/dom.js';
import { appendMarked } from '../lib/snippet.js';
import { readState, toUrl } from '../lib/state.js';
import { tileMap } from '../lib/tilemap.js';
import { citeButton, documentCitation, isWebUrl, readableUrl, when, workMembers } from './common.js';

/** Related documents listed below the text. */
const RELATED = 5;
/** Links listed: every link out a document makes (most make few), and the first citing documents. */
const LINKS_OUT = 200;
const LINKS_IN = 20;

/** Where a document's date was read (the API's date_from), so a researcher can judge it. */
const DATE_FROM = { front_matter: '文件头', record: '记录字段', html_meta: '网页元数据', dateline: '题下日期', title: '标题',
  url: '网址', source_line: '来源行', signature: '成文日期', meta_override: '人工校正' };

export async function render(s, { signal }) {
  const [d, occ, rel, out, into, spread] = await Promise.all([
    api.documentById(s.id, signal),
    s.q ? api.occurrences(s.id, s.q, signal) : Promise.resolve(null),
    api.related(s.id, RELATED, signal).catch(() => null),
    api.links(s.id, 'out', LINKS_OUT, signal).catch(() => null),
    api.links(s.id, 'in', LINKS_IN, signal).catch(() => null),
    api.documentDiffusion(s.id, signal).catch(() => null),
  ]);
  const matches = occ ? occ.snippets : [];
  const body = documentText(d, matches);
  const total = matches.length;
  let current = 0;
  if (total) {
    const wanted = s.at != null ? matches.findIndex((m) => m.start === s.at) : Math.min(s.hit || 0, total - 1);
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
    // the occurrence on screen is in the address, so a shared or reloaded link opens it
    const at = matches[current - 1].start;
    if (readState().at !== at) history.replaceState(history.state, '', toUrl({ ...readState(), at, hit: null }));
  };
  prev.addEventListener('click', () => show(current - 1));
  next.addEventListener('click', () => show(current + 1));
  const onKey = (e) => {
    if (e.target.closest('input, textarea, select')) return;
    if (e.key === 'n' || e.key === 'j') { e.preventDefault(); show(current + 1); }
    if (e.key === 'p' || e.key === 'k') { e.preventDefault(); show(current - 1); }
  };
  const back = backLink(s);
  const generation = occ ? occ.generation : (rel ? rel.generation : null);
  const meta = h('dl', { class: 'docmeta' },
    h('dt', {}, '日期'), h('dd', { text: when(d) + (d.date_from ? `（据${DATE_FROM[d.date_from] || d.date_from}）` : ''), title: '日期出处' }),
    h('dt', {}, '来源'), h('dd', { text: d.source || '不详' }),
    h('dt', {}, '作者'), h('dd', { text: d.author || '不详' }),
    h('dt', {}, '网址'), h('dd', {}, d.url && isWebUrl(d.url) ? h('a', { href: d.url, rel: 'noopener noreferrer', target: '_blank', text: readableUrl(d.url) }) : (d.url || '无')),
    official(s, d),
    ...(d.members && d.members.length > 1 ? [h('dt', {}, '同一文本'), h('dd', {}, workMembers(s, d.members, d.id, ''))] : []),
    h('dt', {}, '编号'), h('dd', { text: d.id }),
    h('dt', {}, '索引版本'), h('dd', { text: generation || '—' }));
  const cite = citeButton(() => documentCitation(d, generation));
  const related = rel && rel.related.length ? h('section', { class: 'related', 'aria-label': '相关文献' }, h('h2', { text: '相关文献' }),
    h('ul', {}, rel.related.map((x) => h('li', {}, h('a', { href: toUrl({ ...s, view: 'doc', id: x.id, at: null }), 'data-nav': true, text: x.title || x.id }),
      h('span', { class: 'meta', text: ` ${when(x)}` }))))) : null;
  const node = h('article', { class: 'document' },
    h('p', {}, back),
    h('h1', { text: d.title || d.id }), meta,
    h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': '出现位置' },
      total ? [prev, counter, next] : h('span', { class: 'meta', text: s.q ? `本文没有“${s.q}”` : '' }), cite),
    linksPanel(s, out, into, spread), body, related);
  return {
    node, title: d.title || d.id,
    status: total ? `${d.title}：${total} 处` : d.title,
    // the keys step through the occurrences only while this view is on screen
    mount: () => {
      document.addEventListener('keydown', onKey);
      return () => document.removeEventListener('keydown', onKey);
    },
    after: () => { if (total) show(current); else window.scrollTo(0, 0); },
  };
}

/** What a link's kind says, out (this document … it) and in (… this document). */
const KINDS = {
  repeals: { out: '废止', in: '废止本文' }, amends: { out: '修改', in: '修改本文' }, issues: { out: '印发、转发', in: '印发、转发本文' },
  implements: { out: '贯彻落实、依据', in: '贯彻落实本文' }, cites: { out: '引用', in: '引用本文' },
};
const STATUS = { in_force: '现行有效', amended: '已被修改', repealed: '已被废止' };

/**
 * 政策关系: the document's status and versions, what it names (by kind, each with the sentence it stands in),
 * and the documents that name it — counts per kind and the first of them, oldest first.
 */
function linksPanel(s, out, into, spread) {
  if (!out || !into) return null;
  const v = out.validity;
  const to = (p, label) => h('a', { href: toUrl({ ...s, view: 'doc', id: p.id, at: null }), 'data-nav': true, text: label || p.title || p.id });
  const rows = [];
  const statusText = `${STATUS[v.status] || v.status}（截至 ${v.as_of}，据本库所收文献）`;
  rows.push(h('dt', {}, '效力'), h('dd', {}, statusText, v.superseded_by ? ['，见 ', to(v.superseded_by)] : null));
  if (v.versions.length > 1) {
    rows.push(h('dt', {}, '历次版本'), h('dd', {}, h('ol', { class: 'versions' }, v.versions.map((p) => h('li', {},
      p.id === s.id ? h('strong', { text: `${p.date || '日期不详'} 本文` }) : to(p, `${p.date || '日期不详'} ${p.title || p.id}`))))));
  }
  const byKind = {};
  for (const l of out.links.links) (byKind[l.kind] = byKind[l.kind] || []).push(l);
  for (const kind of Object.keys(KINDS)) {
    const list = byKind[kind];
    if (!list) continue;
    rows.push(h('dt', {}, KINDS[kind].out), h('dd', {}, h('ul', { class: 'links' }, list.map((l) => h('li', {}, linkTarget(l, to),
      evidence(l))))));
  }
  const total = into.links.total;
  const years = Object.keys(into.links.by_year);
  const counts = Object.entries(into.links.by_kind).filter(([, n]) => n > 0).map(([k, n]) => `${KINDS[k].in} ${n}`).join('，');
  rows.push(h('dt', {}, '被引'), h('dd', {}, total ? [`${total} 件文献${years.length ? `（自 ${years[0]} 年起）` : ''}：${counts}`,
    h('ul', { class: 'links' }, into.links.links.map((l) => h('li', {}, to(l.from), h('span', { class: 'meta', text: ` ${l.from.date || ''} ${KINDS[l.kind].in}` }))))]
    : '本库没有文献引用本文'));
  if (spread && spread.adopters) rows.push(h('dt', {}, '各地贯彻落实'), h('dd', {}, diffusion(s, spread, to)));
  const graph = egoGraph(s, out, into);
  if (graph) rows.push(h('dt', {}, '关系图'), h('dd', {}, graph));
  return h('section', { class: 'links-panel', 'aria-label': '政策关系' }, h('h2', { text: '政策关系' }), h('dl', { class: 'docmeta' }, rows));
}

/** The provinces that implemented the document: a tile map shaded by the first adopter's lag, and the same as a table. */
function diffusion(s, r, to) {
  const lags = {};
  for (const row of r.provinces) lags[row.region] = row.lag_days;
  const map = tileMap(lags, {
    caption: '各省份首个贯彻落实文件距本文的天数',
    label: (province, lag) => `${province}：${lag == null ? '日期不详' : `${lag} 天后`}首次贯彻落实`,
    unit: (b) => (b.from === b.to ? `${b.from} 天` : `${b.from}–${b.to} 天`),
  });
  const row = (name, x) => h('tr', {}, h('th', { scope: 'row', text: name }), h('td', {}, to(x.first)),
    h('td', { text: x.first.date || '日期不详' }), h('td', { text: x.lag_days == null ? '' : `${x.lag_days} 天` }), h('td', { text: fmt(x.adopters) }));
  const levels = Object.entries(r.by_level).map(([level, n]) => `${level}级 ${n}`).join('，');
  return h('div', {},
    h('p', { text: `${fmt(r.adopters)} 件文献贯彻落实本文（${levels || '层级不详'}）${r.median_lag_days != null ? `，各省份首个文件距本文的中位数 ${r.median_lag_days} 天` : ''}${r.unplaced ? `；${r.unplaced} 件地区不详` : ''}。` }),
    h('div', { class: 'diffusion-body' },
      r.provinces.length ? h('figure', { class: 'diffusion-map' }, map, h('figcaption', { text: '颜色越深，跟进越早；灰色：没有贯彻落实文件。' })) : null,
      h('div', { class: 'diffusion-table-wrap', role: 'region', tabindex: 0, 'aria-label': '各地区首个贯彻落实文件' },
        h('table', { class: 'diffusion-table' },
          h('thead', {}, h('tr', {}, ['地区', '首个文件', '日期', '间隔', '件数'].map((t) => h('th', { scope: 'col', text: t })))),
          h('tbody', {}, r.national ? row('中央', r.national) : null, r.provinces.map((x) => row(x.region, x)))))));
}

/** Neighbours drawn around a document at most: enough to read, few enough for every label to fit. */
const GRAPH_NEIGHBOURS = 16;

/**
 * The small graph around the document: itself in the middle, the documents it names and those naming it around it,
 * an arrow from the one that names to the one named, coloured by kind; each a link to its document. The lists above
 * say the same in words.
 */
function egoGraph(s, out, into) {
  const neighbours = new Map();
  const add = (party, kind, outward) => {
    if (!party || !party.id || party.id === s.id || neighbours.has(party.id) || neighbours.size >= GRAPH_NEIGHBOURS) return;
    neighbours.set(party.id, { party, kind, outward });
  };
  for (const l of out.links.links) if (l.to) add(l.to, l.kind, true);
  for (const l of into.links.links) add(l.from, l.kind, false);
  if (!neighbours.size) return null;
  const size = 460;
  const c = size / 2;
  const radius = 160;
  const root = svg('svg', { viewBox: `0 0 ${size} ${size}`, class: 'ego-graph', role: 'img',
    'aria-label': `本文与 ${neighbours.size} 件文献的关系图` });
  const defs = svg('defs', {});
  for (const kind of Object.keys(KINDS)) {
    const marker = svg('marker', { id: `arrow-${kind}`, viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
    marker.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', class: `k-${kind}` }));
    defs.append(marker);
  }
  root.append(defs);
  const nodes = [...neighbours.values()];
  nodes.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    const x = c + radius * Math.cos(angle);
    const y = c + radius * Math.sin(angle);
    // from the one that names to the one named, stopping short of the circles
    const [x1, y1, x2, y2] = n.outward ? [c, c, x, y] : [x, y, c, c];
    const len = Math.hypot(x2 - x1, y2 - y1);
    const shorten = (t) => [x1 + ((x2 - x1) * t) / len, y1 + ((y2 - y1) * t) / len];
    const [sx, sy] = shorten(n.outward ? 26 : 10);
    const [ex, ey] = shorten(len - (n.outward ? 10 : 26));
    root.append(svg('line', { x1: sx, y1: sy, x2: ex, y2: ey, class: `edge k-${n.kind}`, 'marker-end': `url(#arrow-${n.kind})` }));
    const a = svg('a', { href: toUrl({ ...s, view: 'doc', id: n.party.id, at: null }), 'data-nav': '' });
    const title = svg('title', {});
    title.textContent = `${n.party.title || n.party.id}（${n.party.date || '日期不详'}）${n.outward ? `：本文${KINDS[n.kind].out}` : `：${KINDS[n.kind].in}`}`;
    const label = svg('text', { x, y: y + (y >= c ? 22 : -14), 'text-anchor': 'middle', class: 'ego-label' });
    const name = n.party.title || n.party.id;
    label.textContent = name.length > 12 ? `${name.slice(0, 11)}…` : name;
    a.append(title, svg('circle', { cx: x, cy: y, r: 8, class: `node k-${n.kind}` }), label);
    root.append(a);
  });
  root.append(svg('circle', { cx: c, cy: c, r: 16, class: 'node self' }));
  const me = svg('text', { x: c, y: c + 34, 'text-anchor': 'middle', class: 'ego-label self' });
  me.textContent = '本文';
  root.append(me);
  const legend = h('ul', { class: 'ego-legend' }, Object.keys(KINDS).filter((k) => nodes.some((n) => n.kind === k))
    .map((k) => h('li', { class: `k-${k}` }, h('span', { class: 'swatch' }), KINDS[k].out)));
  return h('figure', { class: 'ego' }, root, h('figcaption', {}, legend,
    neighbours.size >= GRAPH_NEIGHBOURS ? `只画出前 ${GRAPH_NEIGHBOURS} 件；全部见上文列表。` : '箭头由引用者指向被引者。'));
}

/** The document a link names: a link when the corpus has it, else its title or number and why it has none. */
function linkTarget(l, to) {
  const named = l.title ? `《${l.title}》` : l.number;
  if (l.to) return to(l.to, l.title ? `《${l.to.title || l.title}》` : `${l.number} ${l.to.title || ''}`);
  const why = l.resolution === 'ambiguous' ? `（可能指 ${l.candidates.length} 件文献，未能确定）` : '（本库未收录）';
  return h('span', { text: `${named}${why}` });
}

/** The sentence a reference stands in, the reference marked. */
function evidence(l) {
  const e = l.evidence;
  if (!e) return null;
  return h('q', { class: 'evidence' }, e.text.substring(0, e.reference_start), h('mark', { text: e.text.substring(e.reference_start, e.reference_end) }),
    e.text.substring(e.reference_end));
}

/** The list a document was opened from (the app keeps it in the history entry), as a view's name. */
const LIST_NAMES = { search: '检索结果', concordance: '语境索引', collocates: '搭配词', trend: '趋势', diffusion: '地区扩散' };

/**
 * 返回: back to the list the document was opened from, however many related documents were opened
 * on the way (the history steps back, so the list is where it was left); a document opened from
 * outside goes to the results of its query.
 */
function backLink(s) {
  const state = history.state || {};
  const from = state.from ? readState(new URL(state.from, location.origin).search) : null;
  const target = from || { ...s, view: 'search', id: '', at: null };
  const a = h('a', { href: toUrl(target), class: 'back', 'data-nav': from ? null : true }, `← 返回${LIST_NAMES[target.view] || '结果'}`);
  if (from) {
    a.addEventListener('click', (e) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      history.go(-(state.hops || 1));
    });
  }
  return a;
}

/**
 * The document's paragraphs and headings, each occurrence (the API's offsets into the text) marked
 * as occ-1, occ-2 …; a PDF's or OFD's page breaks marked where each page after the first begins.
 */
function documentText(d, matches) {
  const body = h('div', { class: 'text' });
  const notice = ocrNotice(d.pages || []);
  if (notice) body.append(notice);
  const breaks = (d.pages || []).filter((p) => p.number > 1 && p.end > p.start);
  let b = 0;
  const withPageBreaks = (block, from, to) => {
    for (; b < breaks.length && breaks[b].start < to; b++) {
      if (breaks[b].start < from) continue;
      block.append(d.text.substring(from, breaks[b].start),
        pageMark(breaks[b]));
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

/** Where a page begins; a page read by OCR says so, with the engine's confidence. */
function pageMark(p) {
  const ocr = p.text_from === 'ocr';
  return h('span', {
    class: ocr ? 'page-mark ocr' : 'page-mark',
    title: ocr ? `原文第 ${p.number} 页：扫描图像，文字由 OCR 识别（平均置信度 ${percent(p.ocr_confidence)}，${p.ocr_engine}）` : `原文第 ${p.number} 页`,
    text: ocr ? `〔第${p.number}页 · OCR〕` : `〔第${p.number}页〕`,
  });
}

const percent = (x) => (x == null ? '未知' : `${(100 * x).toFixed(1)}%`);

/** Above the text: which pages were read by OCR (their text may hold misread characters) and which pictures were not read. */
function ocrNotice(pages) {
  const ocr = pages.filter((p) => p.text_from === 'ocr');
  const unread = pages.filter((p) => p.text_from === 'unread');
  if (!ocr.length && !unread.length) return null;
  const parts = [];
  if (ocr.length) {
    const mean = ocr.reduce((s, p) => s + (p.ocr_confidence || 0), 0) / ocr.length;
    parts.push(`第 ${ocr.map((p) => p.number).join('、')} 页是扫描图像，文字由 OCR 识别（平均置信度 ${percent(mean)}），个别字可能有误，引用前请核对原件`);
  }
  if (unread.length) parts.push(`第 ${unread.map((p) => p.number).join('、')} 页是图像，未能识别（构建时没有 OCR 引擎）`);
  return h('p', { class: 'ocr-notice', role: 'note', text: parts.join('；') + '。' });
}

/** The elements of an official document it states (发文字号, 发文机关 …), each with where it was read; nothing when none. */
const OFFICIAL_FROM = { header: '版头', title: '标题', body: '正文', signature: '署名', closing: '版记', page_table: '网页信息表',
  record: '记录字段', meta_override: '人工校正' };
const ocrCount = (pages) => {
  const n = pages.filter((p) => p.text_from === 'ocr').length;
  return n ? `，其中 ${n} 页由 OCR 识别` : '';
};
function official(s, d) {
  const from = (f) => (f ? `（据${OFFICIAL_FROM[f] || f}）` : '');
  const rows = [
    ['发文字号', d.doc_number, d.doc_number_from], ['发文机关', (d.issuers || []).join('、'), d.issuers_from],
    ['发文地区', [d.region, d.level ? `${d.level}级` : null].filter(Boolean).join('，'), null],
    ['文种', d.doc_type, d.doc_type_from],
    ['印发文件', d.issued_instrument_title ? `《${d.issued_instrument_title}》` : null, null],
    ['成文日期', d.date_signed, d.date_signed_from], ['发布日期', d.date_published, d.date_published_from],
    ['主送机关', d.recipients, d.recipients_from], ['抄送机关', d.cc, d.cc_from],
    ['印发', [d.printed_by, d.printed_date ? `${d.printed_date} 印发` : null].filter(Boolean).join(' '), d.printed_from],
    ['附件', (d.attachments || []).join('；'), d.attachments_from], ['索引号', d.index_number, null],
    ['主题分类', (d.topics || []).join('、'), null],
    ['页数', d.pages && d.pages.length ? `${d.pages.length} 页（${d.format.toUpperCase()}）${ocrCount(d.pages)}` : null, null],
  ];
  // the number's agency code opens its registry: the serials of that code and year, and the gaps
  const registry = d.agency_code ? h('a', { href: toUrl({ ...s, view: 'registry', id: '', at: null, code: d.agency_code, cyear: d.doc_year || 0 }),
    'data-nav': true, class: 'registry-link', text: `${d.agency_code}${d.doc_year ? ` ${d.doc_year} 年` : ''}的文号登记` }) : null;
  return rows.filter(([, v]) => v).flatMap(([k, v, f]) => [h('dt', {}, k),
    h('dd', {}, v + from(f), k === '发文字号' && registry ? ['　', registry] : null)]);
}
