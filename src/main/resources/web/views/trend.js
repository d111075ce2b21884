// 趋势: how often the query and up to three compared phrases occur year by year, on one chart with a
// real time axis (per million characters, or raw counts), what undated documents hold stated beside
// it, the figures in a table below, and the chart (SVG) and the table (CSV) as downloads.
import * as api from '../lib/api.js';
import { trendChart } from '../lib/chart.js';
import { fmt, h } from '../lib/dom.js';
import { fileName, save, standaloneSvg } from '../lib/download.js';
import { filterParams } from '../lib/state.js';
import { MEASURES, rate, trendCsv, trendData, undatedNote } from '../lib/trend-data.js';
import { trendFigure } from '../lib/trend-figure.js';
import { chips, dateRange, needQuery } from './common.js';

/** Phrases on one chart: trend.css has a colour for four series (.s0 … .s3). */
const MAX_PHRASES = 4;

/** A phrase's total, and how much of it the chart cannot show. */
function summaryOf(s) {
  const undated = s.undated ? s.undated.occurrences : 0;
  return `${s.phrase} ${fmt(s.total)} 次${undated ? `（其中 ${fmt(undated)} 次在未注明日期的文献中，不在图中）` : ''}`;
}

function compareForm(s, go) {
  const form = h('form', { class: 'compare', 'aria-label': '比较短语' },
    h('label', { for: 'cmp' }, '加入比较'), h('input', { id: 'cmp', name: 'cmp', placeholder: '另一个短语' }), h('button', { type: 'submit' }, '加入'),
    s.cmp.length ? h('button', { type: 'button', id: 'cmp-clear', onclick: () => go({ cmp: [] }) }, '清除比较') : null);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = form.elements.cmp.value.trim();
    if (v) go({ cmp: [...s.cmp, v].slice(0, MAX_PHRASES - 1) });
  });
  return form;
}

/** The raw figures: a row per year from the first to the last (years without documents too), and undated. */
function table(data) {
  const cells = (bucketOf, all) => data.series.map((_, k) => {
    const b = bucketOf(k);
    return h('td', { text: all ? `${fmt(b.occurrences)} 次（${fmt(b.documents)} 篇），${rate(b.per_million_characters)}` : '' });
  });
  const row = (label, all, bucketOf) => h('tr', { class: all ? null : 'gap' }, h('th', { scope: 'row', text: label }),
    h('td', { text: all ? fmt(all.all_documents) : '无文献' }), h('td', { text: all ? fmt(all.characters) : '' }), cells(bucketOf, all));
  const undated = data.series.map((s) => s.undated).find(Boolean);
  // the title stays outside the table, which may scroll sideways on a phone
  return h('div', {}, h('p', { id: 'trend-table-title', class: 'trend-table-title',
    text: '原始数据：每年的文献篇数和字数；各短语的出现次数（命中篇数），每百万字出现次数' }),
  h('div', { class: 'trend-table-wrap', role: 'region', tabindex: 0, 'aria-labelledby': 'trend-table-title' },
    h('table', { class: 'trend-table', 'aria-labelledby': 'trend-table-title' }, h('thead', {}, h('tr', {}, ['年份', '文献（篇）', '字数'].map((t) => h('th', { scope: 'col', text: t })),
      data.series.map((s) => h('th', { scope: 'col', text: s.phrase })))),
    h('tbody', {}, data.years.map((y) => row(String(y), data.year(y), (k) => data.bucket(k, y))),
      undated ? row('未注明日期', undated, (k) => data.series[k].undated) : null))));
}

/** The chart as SVG (made standalone in `stage`) and the table as CSV, named after the query. */
function downloads(s, data, stage) {
  const named = (ext) => fileName(`趋势-${s.q}${data.measure === MEASURES.count && ext === 'svg' ? '-出现次数' : ''}`, ext);
  const title = `${data.series.map((x) => x.phrase).join('、')}：${data.measure.axis}，${data.years[0]}–${data.years.at(-1)} 年`;
  return h('div', { class: 'trend-downloads' },
    data.years.length ? h('button', { type: 'button', id: 'trend-download-svg',
      onclick: () => save(named('svg'), 'image/svg+xml', standaloneSvg(trendFigure(data, title), stage)) }, '下载图（SVG）') : null,
    h('button', { type: 'button', id: 'trend-download-csv',
      onclick: () => save(named('csv'), 'text/csv;charset=utf-8', trendCsv(data)) }, '下载表（CSV）'));
}

/** The chart with its legend, and beside it what the undated documents hold and the readout. */
function figure(data, chart, plot) {
  const notes = data.series.map(undatedNote).filter(Boolean);
  const gaps = data.years.some((y) => !data.year(y));
  const legend = h('ul', { class: 'trend-legend' }, data.series.map((x, k) => h('li', { class: `s${k}` }, h('span', { class: 'swatch' }), x.phrase)),
    gaps ? h('li', { class: 'gap-key' }, h('span', { class: 'swatch' }), '斜线：该年没有收录文献') : null);
  return h('figure', { class: 'trend-figure-box' }, legend, plot,
    h('figcaption', {}, notes.length ? h('ul', { class: 'trend-undated' }, notes.map((n) => h('li', { text: n }))) : null,
      chart ? chart.readout : null));
}

/** Draws `chart` at the width of `plot`, and again whenever that width changes; gives what stops it. */
function fitToWidth(chart, plot) {
  let drawn = 0;
  const fit = () => {
    const width = Math.floor(plot.clientWidth);
    if (width > 0 && width !== drawn) { drawn = width; chart.draw(width); }
  };
  fit();
  const observer = new ResizeObserver(fit);
  observer.observe(plot);
  return () => observer.disconnect();
}

export async function render(s, { signal, go }) {
  if (!s.q) return needQuery('趋势：每百万字出现次数');
  const phrases = [s.q, ...s.cmp].slice(0, MAX_PHRASES);
  const answers = await Promise.all(phrases.map((q) => {
    const p = filterParams(s); p.set('q', q); p.set('by', 'year');
    return api.trend(p, signal);
  }));
  const data = trendData(phrases, answers, s.measure);
  const measure = h('select', { id: 'trend-measure', name: 'measure' },
    Object.entries(MEASURES).map(([v, m]) => h('option', { value: v, selected: data.measure === m }, m.axis)));
  measure.addEventListener('change', () => go({ measure: measure.value }));
  const chart = data.years.length ? trendChart(data) : null;
  const plot = h('div', { class: 'trend-plot' }, chart ? chart.chart : h('p', { class: 'empty', text: '所选文献都没有注明日期，无法按年份作图。' }));
  const stage = h('div', { class: 'trend-export-stage', 'aria-hidden': 'true' });
  // the summary is the status line's (said once, announced): no heading repeats it
  const node = h('section', { class: 'trend', 'aria-label': '趋势' },
    dateRange(s, go), chips(s, go), compareForm(s, go),
    h('div', { class: 'trend-controls' }, h('label', { for: 'trend-measure' }, '纵轴'), measure, downloads(s, data, stage)),
    figure(data, chart, plot), table(data), stage);
  const status = data.series.map(summaryOf).join('；');
  return { node, status, title: `${s.q} 趋势`, mount: () => (chart ? fitToWidth(chart, plot) : null) };
}
