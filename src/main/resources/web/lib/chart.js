// The trend chart: per year, one bar per phrase (occurrences per million characters), as SVG, with a
// readout that shows and announces the figures of the bar under the pointer or the keyboard focus.
import { h, svg } from './dom.js';

const PLOT_HEIGHT = 240;
const BAR_PITCH = 10; // a bar is 9 wide, 1 apart
const GROUP_GAP = 8;
const LEFT = 44; // room for the scale's figure
const MAX_YEAR_LABELS = 40;

/**
 * The chart of `phrases` over `years`; `bucket(k, year)` is phrase k's trend bucket of a year.
 * Gives {chart, readout}: the readout is the paragraph the chart writes its figures to.
 */
export function trendChart(phrases, years, bucket) {
  const H = PLOT_HEIGHT;
  const max = Math.max(1e-9, ...phrases.flatMap((_, k) => years.map((y) => bucket(k, y).per_million_characters)));
  const group = BAR_PITCH * phrases.length + GROUP_GAP;
  const W = Math.max(320, years.length * group + 60);
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H + 40}`, class: 'chart', role: 'img', 'aria-label': `每百万字出现次数，按年份：${phrases.join('、')}` });
  chart.append(svg('line', { x1: LEFT - 4, y1: H, x2: W - 10, y2: H, class: 'axis' }));
  const axisLabel = svg('text', { x: 4, y: 14, class: 'tick' }); axisLabel.textContent = `${max.toFixed(1)}`;
  chart.append(axisLabel);
  years.forEach((y, i) => {
    const x0 = LEFT + i * group;
    phrases.forEach((phrase, k) => {
      const b = bucket(k, y);
      const height = (b.per_million_characters / max) * (H - 20);
      const rect = svg('rect', { x: x0 + k * BAR_PITCH, y: H - height, width: BAR_PITCH - 1, height: Math.max(height, 0.5), class: `bar s${k}`, tabindex: 0,
        'data-year': y, 'aria-label': `${phrase}，${y}年：${b.occurrences} 次，${b.documents}/${b.all_documents} 篇，每百万字 ${b.per_million_characters.toFixed(1)}` });
      const title = svg('title'); title.textContent = rect.getAttribute('aria-label');
      rect.append(title);
      chart.append(rect);
    });
    if (years.length <= MAX_YEAR_LABELS || i % Math.ceil(years.length / MAX_YEAR_LABELS) === 0) {
      const t = svg('text', { x: x0, y: H + 14, class: 'tick', transform: `rotate(45 ${x0} ${H + 14})` });
      t.textContent = String(y);
      chart.append(t);
    }
  });
  const readout = h('p', { class: 'readout', 'aria-live': 'polite', text: '将指针移到柱上或用 Tab 键选中，查看该年的数字。' });
  const showBar = (e) => { if (e.target.classList && e.target.classList.contains('bar')) readout.textContent = e.target.getAttribute('aria-label'); };
  chart.addEventListener('mouseover', showBar);
  chart.addEventListener('focusin', showBar);
  return { chart, readout };
}
