// 语境索引: KWIC lines aligned on the match, a page at a time, each opening its place in the document.
// Every character of a line is shown in its logical order: the left context is a run of text pushed
// against the match by the layout (and cut at its far end), never reordered by bidi tricks.
import * as api from '../lib/api.js';
import { fmt, h } from '../lib/dom.js';
import { filterParams, toUrl } from '../lib/state.js';
import { chips, dateRange, needQuery, when } from './common.js';

/** A line read by OCR from a scanned page: its text may hold misread characters. */
const ocrNote = (l) => (l.ocr_confidence != null
  ? `扫描页，文字由 OCR 识别（置信度 ${(100 * l.ocr_confidence).toFixed(1)}%），引用前请核对原件` : null);

/** Lines on a page; the context widths offered (characters on each side; the URL's cw). */
const LINES_PER_PAGE = 100;
const WIDTHS = [10, 20, 30, 40, 60, 80];

export async function render(s, { signal, go }) {
  if (!s.q) return needQuery('语境索引（KWIC）');
  const limit = LINES_PER_PAGE;
  const width = Math.min(Math.max(s.cw, WIDTHS[0]), WIDTHS[WIDTHS.length - 1]);
  const p = filterParams(s);
  p.set('q', s.q); p.set('sort', s.csort); p.set('offset', s.offset); p.set('limit', limit); p.set('window', width);
  // a collocate's lines: the occurrences whose collocates window (same span, side and unit) holds it
  if (s.coll) { p.set('collocate', s.coll); p.set('span', s.span); p.set('side', s.side); p.set('unit', s.unit); }
  const r = await api.concordance(p, signal);
  const sort = h('select', { id: 'csort', 'aria-label': '排序' },
    [['doc', '按文献（旧→新）'], ['left', '按左语境'], ['right', '按右语境']].map(([v, t]) => h('option', { value: v, selected: s.csort === v }, t)));
  sort.addEventListener('change', () => go({ csort: sort.value, offset: 0 }));
  const widths = WIDTHS.includes(width) ? WIDTHS : [...WIDTHS, width].sort((a, b) => a - b);
  const cw = h('select', { id: 'cw', 'aria-label': '语境宽度（每侧字数）' },
    widths.map((n) => h('option', { value: n, selected: n === width }, `每侧 ${n} 字`)));
  cw.addEventListener('change', () => go({ cw: parseInt(cw.value, 10) }));
  const near = r.collocate ? `${{ both: '左右', left: '左侧', right: '右侧' }[r.collocate.side]} ${r.collocate.span} 词以内`
    + `有“${r.collocate.word}”的 ` : '';
  const summary = `${near}${fmt(r.total_occurrences)} 处，分布于 ${fmt(r.total_documents)} 篇文献`;
  const unfilter = r.collocate ? h('a', { href: toUrl({ ...s, coll: '', offset: 0 }), 'data-nav': true, class: 'button', id: 'unfilter' },
    '显示全部出现') : null;
  const rows = r.lines.map((l, i) => h('tr', {},
    h('td', { class: 'n', text: String(r.offset + i + 1) }),
    h('td', { class: 'left' }, h('span', { class: 'ctx', text: l.left.replace(/\s+/g, ' ') })),
    h('td', { class: 'match' }, h('a', { href: toUrl({ ...s, view: 'doc', id: l.id, at: l.start }), 'data-nav': true, text: l.match })),
    h('td', { class: 'right' }, h('span', { class: 'ctx', text: l.right.replace(/\s+/g, ' ') })),
    h('td', { class: 'date', text: when(l) }),
    h('td', { class: 'source', title: [l.title || l.id, l.source, l.page != null ? `第${l.page}页` : null, ocrNote(l)].filter(Boolean).join(' · ') },
      h('span', { class: 'src' }, l.ocr_confidence != null ? h('span', { class: 'ocr-mark', text: 'OCR ' }) : null,
        h('span', { text: l.title || l.id }), l.page != null ? h('span', { class: 'meta', text: ` p.${l.page}` }) : null))));
  const pages = h('nav', { class: 'pager', 'aria-label': '分页' },
    s.offset > 0 ? h('a', { href: toUrl({ ...s, offset: Math.max(0, s.offset - limit) }), 'data-nav': true }, '上一页') : null,
    r.lines.length ? h('span', { text: `第 ${fmt(r.offset + 1)}–${fmt(r.offset + r.lines.length)} 行，共 ${fmt(r.total_occurrences)} 行` }) : null,
    s.offset + limit < r.total_occurrences ? h('a', { href: toUrl({ ...s, offset: s.offset + limit }), 'data-nav': true }, '下一页') : null);
  const node = h('section', { class: 'concordance', 'aria-label': '语境索引' },
    h('div', { class: 'toolbar' }, unfilter, sort, cw,
      h('a', { href: api.concordanceCsvUrl(p), download: '', class: 'button', id: 'csv' }, '下载 CSV（全部）')),
    dateRange(s, go), chips(s, go),
    r.lines.length ? h('div', { class: 'kwic-wrap' }, h('table', { class: 'kwic' },
      h('caption', { class: 'visually-hidden', text: `“${s.q}”的语境索引` }),
      // the header cells carry the columns' classes: a fixed table takes its widths from its first row
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', class: 'n', text: '#' }), h('th', { scope: 'col', class: 'left', text: '左语境' }),
        h('th', { scope: 'col', class: 'match', text: '检索项' }), h('th', { scope: 'col', class: 'right', text: '右语境' }),
        h('th', { scope: 'col', class: 'date', text: '日期' }), h('th', { scope: 'col', class: 'source', text: '文献' }))),
      h('tbody', {}, rows))) : h('p', { class: 'empty', text: '没有出现。可以去掉筛选条件，或换一个写法试试。' }),
    pages);
  node.style.setProperty('--cw', String(width)); // through the CSSOM: the page's policy refuses style attributes
  return { node, status: summary, title: `${s.q} 语境索引`, wide: true };
}
