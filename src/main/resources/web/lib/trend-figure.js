// The trend chart as a figure that stands on its own (the SVG download): its title, a legend, the plot
// at a width fit for a paper or a slide, and the notes the page writes beside the chart.
import { svg } from './dom.js';
import { drawPlot, textWidth } from './chart.js';
import { undatedNote } from './trend-data.js';

const WIDTH = 960;
const PLOT_HEIGHT = 400;
const PAD = 16;
const LINE = 24;
const SWATCH = 12;

function text(attrs, content) {
  const t = svg('text', attrs);
  t.textContent = content;
  return t;
}

/** The figure of `data` (trend-data.js) titled `title`, as an SVG element (not yet standalone: see download.js). */
export function trendFigure(data, title) {
  // the legend flows over as many lines as it needs
  const items = [];
  let x = PAD;
  let row = 0;
  data.series.forEach((s, k) => {
    const w = SWATCH + 6 + textWidth(s.phrase, 14) + 24;
    if (x + w > WIDTH - PAD && x > PAD) { x = PAD; row++; }
    items.push({ x, row, k, phrase: s.phrase });
    x += w;
  });
  const gaps = data.years.some((y) => !data.year(y));
  const notes = [...data.series.map(undatedNote).filter(Boolean), ...(gaps ? ['斜线：该年没有收录文献。'] : []), '来源：政策文献知识库'];
  const plotTop = PAD + LINE + (row + 1) * LINE + 4;
  const height = plotTop + PLOT_HEIGHT + notes.length * LINE + PAD;
  const root = svg('svg', { width: WIDTH, height, viewBox: `0 0 ${WIDTH} ${height}`, class: 'trend-chart trend-figure' });
  const titleNode = svg('title');
  titleNode.textContent = title;
  root.append(titleNode, svg('rect', { x: 0, y: 0, width: WIDTH, height, class: 'paper' }),
    text({ x: PAD, y: PAD + 16, class: 'figure-title' }, title));
  for (const item of items) {
    const y = PAD + LINE + item.row * LINE;
    root.append(svg('rect', { x: item.x, y: y + 6, width: SWATCH, height: SWATCH, class: `swatch s${item.k}` }),
      text({ x: item.x + SWATCH + 6, y: y + 17, class: 'legend-text' }, item.phrase));
  }
  const plot = svg('g', { transform: `translate(${PAD},${plotTop})` });
  root.append(plot);
  drawPlot(plot, data, WIDTH - 2 * PAD, PLOT_HEIGHT, 'trend-figure-hatch');
  notes.forEach((note, i) => root.append(text({ x: PAD, y: plotTop + PLOT_HEIGHT + (i + 1) * LINE - 4, class: 'note' }, note)));
  return root;
}
