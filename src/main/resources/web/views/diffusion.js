// 地区扩散: where a phrase spread — for each province the first document using it and how many use it, the central
// state's first use beside them — as a tile map shaded by the year of the first use and the same figures in a table
// (for screen readers and export); and the links of the filtered documents as a graph file for Gephi or networkx.
import * as api from '../lib/api.js';
import { fmt, h } from '../lib/dom.js';
import { csv, fileName, save } from '../lib/download.js';
import { filterParams, toUrl } from '../lib/state.js';
import { shortName, tileMap } from '../lib/tilemap.js';
import { chips, dateRange, needQuery, when } from './common.js';

/** A use's day as the table shows it: its date, else its year, else unknown. */
const dayOf = (u) => when(u);

function table(s, r) {
  const doc = (u) => h('a', { href: toUrl({ ...s, view: 'doc', id: u.id, at: null }), 'data-nav': true, text: u.title || u.id });
  const row = (name, u) => h('tr', {}, h('th', { scope: 'row', text: name }), h('td', {}, doc(u)), h('td', { text: dayOf(u) }),
    h('td', { text: u.years_after == null ? '' : u.years_after === 0 ? '最早' : `晚 ${u.years_after} 年` }), h('td', { text: fmt(u.documents) }));
  return h('div', { class: 'diffusion-table-wrap', role: 'region', tabindex: 0, 'aria-labelledby': 'diffusion-table-title' },
    h('table', { class: 'diffusion-table', 'aria-labelledby': 'diffusion-table-title' },
      h('thead', {}, h('tr', {}, ['地区', '首次使用的文献', '日期', '相对最早', '文献数'].map((t) => h('th', { scope: 'col', text: t })))),
      h('tbody', {}, r.national ? row('中央', r.national) : null, r.provinces.map((u) => row(u.region, u)))));
}

function tableCsv(r) {
  const rows = [['地区', '文献编号', '标题', '日期', '年份', '发文字号', '相对最早（年）', '文献数']];
  const add = (name, u) => rows.push([name, u.id, u.title, u.date, u.year, u.doc_number, u.years_after, u.documents]);
  if (r.national) add('中央', r.national);
  r.provinces.forEach((u) => add(u.region, u));
  return csv(rows);
}

/** The graph of the filtered documents' links, as the API exports it. */
function graphLinks(s) {
  const url = (format) => { const p = filterParams(s); p.set('format', format); return `/api/graph?${p}`; };
  return h('p', { class: 'graph-downloads' }, '所筛选文献的政策关系网络（引用、贯彻落实、印发、修改、废止）：',
    h('a', { href: url('csv'), download: '' }, '边表 CSV'), '，', h('a', { href: url('graphml'), download: '' }, 'GraphML'),
    '（可导入 Gephi、networkx）');
}

export async function render(s, { signal, go }) {
  if (!s.q) return needQuery('地区扩散：各省份首次使用');
  const p = filterParams(s);
  p.set('q', s.q);
  const r = await api.firstUses(p, signal);
  const values = {};
  for (const u of r.provinces) values[u.region] = u.year;
  const map = tileMap(values, {
    caption: `${s.q}：各省份首次使用的年份`,
    label: (province, year) => {
      const u = r.provinces.find((x) => x.region === province);
      return `${province}：${year == null ? '年份不详' : `${year} 年`}首次使用，${fmt(u.documents)} 篇`;
    },
    unit: (b) => (b.from === b.to ? `${b.from} 年` : `${b.from}–${b.to} 年`),
  });
  const first = [r.national, ...r.provinces].filter((u) => u && u.year != null).sort((a, b) => a.year - b.year)[0];
  const status = `${s.q}：${fmt(r.documents)} 篇文献，${r.provinces.length} 个省份${r.national ? '及中央' : ''}使用`
    + (first ? `，最早 ${first.year} 年（${first.region ? shortName(first.region) : '中央'}）` : '')
    + (r.unplaced ? `；${fmt(r.unplaced)} 篇的发文机关无法确定地区` : '');
  const node = h('section', { class: 'diffusion', 'aria-label': '地区扩散' },
    dateRange(s, go), chips(s, go),
    r.provinces.length || r.national
      ? h('div', { class: 'diffusion-body' },
        h('figure', { class: 'diffusion-map' }, map, h('figcaption', { text: '颜色越深，首次使用越早；灰色：没有文献使用。方块示意各省份的大致方位，不表示面积。' })),
        h('div', {}, h('p', { id: 'diffusion-table-title', class: 'diffusion-table-title', text: '各地区首次使用该短语的文献（中央在前，其余按时间先后）' }),
          table(s, r),
          h('button', { type: 'button', id: 'diffusion-download-csv',
            onclick: () => save(fileName(`地区扩散-${s.q}`, 'csv'), 'text/csv;charset=utf-8', tableCsv(r)) }, '下载表（CSV）')))
      : h('p', { class: 'empty', text: '没有可以确定地区的文献使用该短语。' }),
    graphLinks(s));
  return { node, status, title: `${s.q} 地区扩散` };
}

