// The trend chart, drawn as SVG at the pixel size it is shown at (so that its text stays readable on a
// phone): every year from the first to the last on a real time axis, years without documents hatched,
// a y axis with 1-2-5 ticks and its unit; bars, or lines when bars would be too thin to see. One tab
// stop: the arrow keys (or the pointer) move a selected year, and the readout announces its figures.
import { h, svg } from './dom.js';
import { valueTicks, yearTicks } from './scale.js';
import { describeYear } from './trend-data.js';

const FONT = 12; // px, as drawn: the SVG is never scaled
const TOP = 26; // room for the axis title
const BOTTOM = 30; // room for the year labels
const RIGHT = 12;
const TICK = 5;
const MAX_BAR = 36;
const THINNEST_BAR = 2.5; // px: below it, several phrases are drawn as lines
const HINT = '选中图表后用左右方向键逐年查看（Home、End 到首尾），或把指针移到图上。';

/** About how wide `text` is drawn at `px`: a CJK character is one em, a digit or Latin letter 0.6 em. */
export const textWidth = (text, px = FONT) => [...String(text)].reduce((w, c) => w + (c.codePointAt(0) > 0x2e7f ? px : 0.6 * px), 0);

/** The height the chart is drawn at for a width: readable on a phone, not taller than a screen's third. */
export const heightFor = (width) => Math.round(Math.min(360, Math.max(240, width * 0.34)));

function text(attrs, content) {
  const t = svg('text', attrs);
  t.textContent = content;
  return t;
}

/**
 * Draws the chart of `data` (trend-data.js) into `parent` (an svg or g element) at width × height,
 * with `hatch` as the id of its pattern for years without documents. Gives the layout: where each
 * year's slot is, and the layers the selection is drawn in.
 */
export function drawPlot(parent, data, width, height, hatch = 'trend-hatch') {
  const { years, series, measure } = data;
  const max = Math.max(0, ...series.flatMap((_, k) => years.map((y) => data.value(k, y) || 0)));
  const plotHeight = height - TOP - BOTTOM;
  const scale = valueTicks(max, Math.max(2, Math.floor(plotHeight / 40)), measure.integers);
  const label = (v) => v.toLocaleString('zh-CN', { minimumFractionDigits: scale.decimals, maximumFractionDigits: scale.decimals });
  const left = Math.ceil(Math.max(...scale.ticks.map((v) => textWidth(label(v))))) + TICK + 6;
  const slot = (width - left - RIGHT) / years.length;
  const bottom = TOP + plotHeight;
  const x = (i) => left + i * slot;
  const y = (v) => bottom - (v / scale.top) * plotHeight;
  parent.append(text({ x: 0, y: FONT + 2, class: 'axis-title' }, measure.axis));
  for (const v of scale.ticks) {
    parent.append(svg('line', { x1: left, x2: width - RIGHT, y1: y(v), y2: y(v), class: v === 0 ? 'axis' : 'grid' }),
      text({ x: left - TICK - 3, y: y(v) + FONT * 0.35, class: 'tick', 'text-anchor': 'end' }, label(v)));
  }
  drawGaps(parent, data, { x, slot, plotHeight, hatch });
  const band = svg('g', { class: 'band-layer' });
  parent.append(band);
  const bar = Math.min(MAX_BAR, (slot * (series.length > 1 ? 0.86 : 0.76)) / series.length);
  if (series.length === 1 || bar >= THINNEST_BAR) drawBars(parent, data, { x, y, slot, bar });
  else drawLines(parent, data, { x, y, slot });
  const yearLabels = drawYearAxis(parent, years, { x, slot, bottom, left, width });
  const labels = svg('g', { class: 'label-layer' });
  parent.append(labels);
  return { x, slot, top: TOP, bottom, left, right: width - RIGHT, band, labels, yearLabels };
}

/** Years without documents: hatched, a rectangle per run of them, said in words where there is room. */
function drawGaps(parent, data, { x, slot, plotHeight, hatch }) {
  const { years } = data;
  const pattern = svg('pattern', { id: hatch, patternUnits: 'userSpaceOnUse', width: 6, height: 6, patternTransform: 'rotate(45)' });
  pattern.append(svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: 'hatch' }));
  const defs = svg('defs');
  defs.append(pattern);
  parent.append(defs);
  for (let i = 0; i < years.length; i++) {
    if (data.year(years[i])) continue;
    let j = i;
    while (j + 1 < years.length && !data.year(years[j + 1])) j++;
    const w = (j - i + 1) * slot;
    parent.append(svg('rect', { x: x(i), y: TOP, width: w, height: plotHeight, fill: `url(#${hatch})`, class: 'gap',
      'data-from': years[i], 'data-to': years[j] }));
    if (w >= textWidth('无文献') + 8) parent.append(text({ x: x(i) + w / 2, y: TOP + plotHeight / 2, class: 'gap-label', 'text-anchor': 'middle' }, '无文献'));
    i = j;
  }
}

function drawBars(parent, data, { x, y, slot, bar }) {
  const offset = (slot - bar * data.series.length) / 2;
  data.years.forEach((year, i) => data.series.forEach((s, k) => {
    const v = data.value(k, year);
    if (v == null) return;
    const top = v > 0 ? Math.min(y(v), y(0) - 1.5) : y(0); // a non-zero figure is never drawn flat
    parent.append(svg('rect', { x: x(i) + offset + k * bar, y: top, width: Math.max(1, bar - (data.series.length > 1 ? 0.5 : 0)),
      height: y(0) - top, class: `bar s${k}`, 'data-year': year, 'data-value': v }));
  }));
}

/** Several phrases on a narrow chart: a line each, broken where a year has no documents, a dot a year. */
function drawLines(parent, data, { x, y, slot }) {
  data.series.forEach((s, k) => {
    let d = '';
    let pen = 'M';
    data.years.forEach((year, i) => {
      const v = data.value(k, year);
      if (v == null) { pen = 'M'; return; }
      d += `${pen}${(x(i) + slot / 2).toFixed(1)},${y(v).toFixed(1)}`;
      pen = 'L';
      const alone = data.value(k, data.years[i - 1]) == null && data.value(k, data.years[i + 1]) == null;
      parent.append(svg('circle', { cx: x(i) + slot / 2, cy: y(v), r: alone ? 3 : Math.min(2.5, Math.max(1.5, slot / 3)), class: `dot s${k}`,
        'data-year': year, 'data-value': v }));
    });
    parent.insertBefore(svg('path', { d, class: `line s${k}` }), parent.querySelector('circle'));
  });
}

/**
 * The x axis: a small tick each year, a labelled one at round years as far apart as their labels need.
 * Gives the labels, each with the x of its centre.
 */
function drawYearAxis(parent, years, { x, slot, bottom, left, width }) {
  const first = years[0];
  const ticks = yearTicks(first, years[years.length - 1], slot, textWidth('0000') + 10);
  const centre = (year) => x(year - first) + slot / 2;
  let minor = '';
  if (slot >= 3) for (const year of years) minor += `M${centre(year).toFixed(1)},${bottom}v3`;
  parent.append(svg('path', { d: minor, class: 'minor' }), svg('line', { x1: left, x2: width - RIGHT, y1: bottom, y2: bottom, class: 'axis' }));
  return ticks.years.map((year) => {
    const node = text({ x: centre(year), y: bottom + TICK + FONT + 2, class: 'tick year', 'text-anchor': 'middle' }, String(year));
    parent.append(svg('line', { x1: centre(year), x2: centre(year), y1: bottom, y2: bottom + TICK, class: 'axis' }), node);
    return { x: centre(year), node };
  });
}

/**
 * The interactive chart of `data`: {chart, readout, draw(width)}. draw() (again) at the width the
 * chart is shown at, once it is in the page and whenever that width changes; the selection is kept.
 */
export function trendChart(data) {
  const { years } = data;
  const chart = svg('svg', { id: 'trend-chart', class: 'trend-chart', tabindex: 0, role: 'application', 'aria-roledescription': '趋势图',
    'aria-label': `趋势图：${data.series.map((s) => s.phrase).join('、')}，${years[0]}–${years[years.length - 1]} 年，纵轴为${data.measure.axis}。${HINT}`,
    'aria-describedby': 'trend-readout' });
  const readout = h('p', { id: 'trend-readout', class: 'readout', 'aria-live': 'polite', text: HINT });
  let layout = null;
  let selected = null;

  function showSelection() {
    if (!layout) return;
    layout.band.replaceChildren();
    layout.labels.replaceChildren();
    for (const l of layout.yearLabels) l.node.removeAttribute('visibility');
    if (selected == null) return;
    const width = Math.max(layout.slot, 5);
    const x = layout.x(selected) + layout.slot / 2;
    layout.band.append(svg('rect', { x: x - width / 2, y: layout.top, width, height: layout.bottom - layout.top, class: 'selection',
      'data-year': years[selected] }));
    const label = String(years[selected]);
    const w = textWidth(label) + 10;
    const at = Math.min(layout.right - w / 2, Math.max(layout.left + w / 2, x));
    layout.labels.append(svg('rect', { x: at - w / 2, y: layout.bottom + 2, width: w, height: FONT + 10, rx: 3, class: 'selected-year-box' }),
      text({ x: at, y: layout.bottom + TICK + FONT + 2, 'text-anchor': 'middle', class: 'selected-year' }, label));
    // the year labels the selected year's box would half cover are hidden while it is there
    for (const l of layout.yearLabels) if (Math.abs(l.x - at) < (w + textWidth(l.node.textContent)) / 2 + 2) l.node.setAttribute('visibility', 'hidden');
  }

  function select(i) {
    selected = Math.max(0, Math.min(years.length - 1, i));
    showSelection();
    readout.textContent = describeYear(data, years[selected]);
  }

  function draw(width) {
    const height = heightFor(width);
    chart.replaceChildren();
    chart.setAttribute('width', width);
    chart.setAttribute('height', height);
    layout = drawPlot(chart, data, width, height);
    showSelection();
  }

  const KEYS = { ArrowLeft: (i) => i - 1, ArrowRight: (i) => i + 1, Home: () => 0, End: () => years.length - 1,
    PageUp: (i) => i - 10, PageDown: (i) => i + 10 };
  chart.addEventListener('keydown', (e) => {
    if (!KEYS[e.key] || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    select(KEYS[e.key](selected ?? -1));
  });
  chart.addEventListener('focus', () => { if (selected == null) select(0); });
  chart.addEventListener('pointermove', (e) => {
    if (!layout) return;
    const i = Math.floor((e.clientX - chart.getBoundingClientRect().left - layout.left) / layout.slot);
    if (i >= 0 && i < years.length && i !== selected) select(i);
  });
  return { chart, readout, draw };
}
