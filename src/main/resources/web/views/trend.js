// 趋势: occurrences per million characters by year, the query and up to three phrases compared on
// one chart, with the raw figures in a table below.
import * as api from '../lib/api.js';
import { trendChart } from '../lib/chart.js';
import { fmt, h } from '../lib/dom.js';
import { filterParams } from '../lib/state.js';
import { chips, dateRange, needQuery } from './common.js';

/** Phrases on one chart: app.css has a colour for four series (.s0 … .s3). */
const MAX_PHRASES = 4;
const EMPTY = { documents: 0, occurrences: 0, all_documents: 0, characters: 0, per_million_characters: 0 };

export async function render(s, { signal, go }) {
  if (!s.q) return needQuery('趋势：每百万字出现次数');
  const phrases = [s.q, ...s.cmp].slice(0, MAX_PHRASES);
  const answers = await Promise.all(phrases.map((q) => {
    const p = filterParams(s); p.set('q', q); p.set('by', 'year');
    return api.trend(p, signal);
  }));
  const years = [...new Set(answers.flatMap((a) => a.buckets.filter((b) => b.value != null && b.all_documents > 0).map((b) => b.value)))]
    .sort((a, b) => a - b);
  const bucket = (a, y) => a.buckets.find((b) => b.value === y) || EMPTY;
  const { chart, readout } = trendChart(phrases, years, (k, y) => bucket(answers[k], y));
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
    if (v) go({ cmp: [...s.cmp, v].slice(0, MAX_PHRASES - 1) });
  });
  const total = answers.map((a, k) => `${phrases[k]} ${fmt(a.total_occurrences)} 次`).join('；');
  const node = h('section', { class: 'trend', 'aria-label': '趋势' }, h('p', { class: 'summary', text: total }),
    dateRange(s, go), chips(s, go), compare, legend, h('div', { class: 'chart-wrap' }, chart), readout, table);
  return { node, status: total, title: `${s.q} 趋势` };
}
