// 文号登记: for an agency code (机关代字) and a year, or every year, the serials the corpus holds, the documents behind
// them and the gaps — what the corpus lacks, or what was never published — as a table per year, and as CSV.
import * as api from '../lib/api.js';
import { fmt, h } from '../lib/dom.js';
import { csv, fileName, save } from '../lib/download.js';
import { toUrl } from '../lib/state.js';

/** A run of missing serials as the table says it: 3, or 3–5. */
const range = ([from, to]) => (from === to ? String(from) : `${from}–${to}`);

function form(s, go) {
  const code = h('input', { id: 'registry-code', name: 'code', value: s.code, placeholder: '例如 国办发', required: true, maxlength: 40 });
  const year = h('input', { id: 'registry-year', name: 'cyear', value: s.cyear || '', placeholder: '全部年份', inputmode: 'numeric', size: 6 });
  const f = h('form', { class: 'registry-form', 'aria-label': '文号登记' },
    h('label', { for: 'registry-code' }, '机关代字'), code, h('label', { for: 'registry-year' }, '年份'), year,
    h('button', { type: 'submit' }, '查看'));
  f.addEventListener('submit', (e) => {
    e.preventDefault();
    go({ code: code.value.trim(), cyear: parseInt(year.value, 10) || 0 });
  });
  return f;
}

function yearTable(s, y) {
  const doc = (d) => h('a', { href: toUrl({ ...s, view: 'doc', id: d.id, at: null }), 'data-nav': true, text: d.title || d.id });
  const rows = [];
  let expected = 1;
  for (const n of y.numbers) {
    if (n.serial > expected) rows.push(h('tr', { class: 'gap' }, h('th', { scope: 'row', text: range([expected, n.serial - 1]) }),
      h('td', { text: '本库没有' }), h('td', {})));
    rows.push(h('tr', {}, h('th', { scope: 'row', text: String(n.serial) }), h('td', {}, n.documents.flatMap((d, i) => (i ? ['；', doc(d)] : [doc(d)]))),
      h('td', { text: n.documents.map((d) => d.date || '').filter(Boolean).join('；') })));
    expected = n.serial + 1;
  }
  const caption = `${y.year == null ? '年份不详' : `${y.year} 年`}：最大序号 ${y.highest}，本库有 ${fmt(y.present)} 个，缺 ${fmt(y.missing)} 个`
    + (y.missing_ranges.length ? `（${y.missing_ranges.map(range).join('、')}）` : '');
  return h('section', { class: 'registry-year', 'aria-label': caption }, h('h2', { text: caption }),
    h('div', { class: 'diffusion-table-wrap', role: 'region', tabindex: 0, 'aria-label': caption },
      h('table', { class: 'diffusion-table registry-table' },
        h('thead', {}, h('tr', {}, ['序号', '文献', '日期'].map((t) => h('th', { scope: 'col', text: t })))), h('tbody', {}, rows))));
}

function registryCsv(r) {
  const rows = [['机关代字', '年份', '序号', '发文字号', '文献编号', '标题', '日期']];
  for (const y of r.years) {
    let expected = 1;
    for (const n of y.numbers) {
      for (let k = expected; k < n.serial; k++) rows.push([r.agency_code, y.year, k, '', '', '（本库没有）', '']);
      for (const d of n.documents) rows.push([r.agency_code, y.year, n.serial, d.number, d.id, d.title, d.date]);
      expected = n.serial + 1;
    }
  }
  return csv(rows);
}

export async function render(s, { signal, go }) {
  if (!s.code) {
    return { node: h('section', { class: 'registry' }, h('h1', { text: '文号登记：某机关代字各年的发文序号和缺号' }), form(s, go)), status: '' };
  }
  const r = await api.registry(s.code, s.cyear || null, signal);
  const status = `${r.agency_code}${s.cyear ? ` ${s.cyear} 年` : ''}：${fmt(r.documents)} 件文献，${r.years.length} 个年份`;
  const node = h('section', { class: 'registry', 'aria-label': '文号登记' }, form(s, go),
    r.years.length
      ? [h('p', {}, h('button', { type: 'button', id: 'registry-download-csv',
        onclick: () => save(fileName(`文号登记-${r.agency_code}${s.cyear ? `-${s.cyear}` : ''}`, 'csv'), 'text/csv;charset=utf-8', registryCsv(r)) },
      '下载表（CSV）')), ...r.years.map((y) => yearTable(s, y))]
      : h('p', { class: 'empty', text: `本库没有机关代字为“${s.code}”的文献。` }));
  return { node, status, title: `${r.agency_code} 文号登记` };
}
