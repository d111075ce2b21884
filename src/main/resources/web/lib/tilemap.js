// A tile map of China: one equal square per province-level division, placed roughly where it lies (north up,
// neighbours beside each other), so that a small municipality weighs as much as Xinjiang and every province can
// be read. Shaded by a number (a first year, a lag in days): the earliest darkest. The map is a picture for those
// who would rather look; the table beside it says the same for screen readers and export.
import { h, svg } from './dom.js';

/** Column, row and the short name of each province, by its full name as GB/T 2260 writes it. */
const TILES = {
  黑龙江省: [8, 0, '黑龙江'],
  内蒙古自治区: [5, 1, '内蒙古'], 北京市: [6, 1, '北京'], 辽宁省: [7, 1, '辽宁'], 吉林省: [8, 1, '吉林'],
  新疆维吾尔自治区: [1, 2, '新疆'], 甘肃省: [2, 2, '甘肃'], 宁夏回族自治区: [3, 2, '宁夏'], 山西省: [4, 2, '山西'],
  河北省: [5, 2, '河北'], 天津市: [6, 2, '天津'],
  青海省: [2, 3, '青海'], 陕西省: [3, 3, '陕西'], 河南省: [4, 3, '河南'], 山东省: [5, 3, '山东'],
  西藏自治区: [1, 4, '西藏'], 四川省: [2, 4, '四川'], 重庆市: [3, 4, '重庆'], 湖北省: [4, 4, '湖北'], 安徽省: [5, 4, '安徽'],
  江苏省: [6, 4, '江苏'], 上海市: [7, 4, '上海'],
  云南省: [2, 5, '云南'], 贵州省: [3, 5, '贵州'], 湖南省: [4, 5, '湖南'], 江西省: [5, 5, '江西'], 浙江省: [6, 5, '浙江'],
  广西壮族自治区: [3, 6, '广西'], 广东省: [4, 6, '广东'], 福建省: [5, 6, '福建'], 台湾省: [6, 6, '台湾'],
  海南省: [3, 7, '海南'], 澳门特别行政区: [4, 7, '澳门'], 香港特别行政区: [5, 7, '香港'],
};
const COLUMNS = 9;
const ROWS = 8;
const SIZE = 46;
const GAP = 3;
/** Shades, darkest first (app.css: .tile.q0 … .tile.q4). */
const CLASSES = 5;

/** The short name a province is shown with on the map (江苏省 → 江苏); the full name when it has no tile. */
export const shortName = (province) => (TILES[province] ? TILES[province][2] : province);

/**
 * Splits the values into at most five classes of equal width, earliest (smallest) first; gives
 * {classOf(value), bins: [{from, to}]}.
 */
export function classes(values) {
  const known = values.filter((v) => v != null);
  if (!known.length) return { classOf: () => null, bins: [] };
  const min = Math.min(...known);
  const max = Math.max(...known);
  const n = Math.min(CLASSES, max - min + 1);
  const width = (max - min + 1) / n;
  const bins = [];
  for (let k = 0; k < n; k++) bins.push({ from: Math.ceil(min + k * width), to: Math.ceil(min + (k + 1) * width) - 1 });
  const classOf = (v) => (v == null ? null : Math.min(n - 1, Math.floor((v - min) / width)));
  return { classOf, bins };
}

/**
 * The map and its legend: `values` maps a province's full name to its number (null: present, but no number known), `label(province,
 * value)` says a tile's tooltip, `unit(bin)` a legend entry. Provinces absent from `values` are drawn empty.
 */
export function tileMap(values, { label, unit, caption }) {
  const { classOf, bins } = classes(Object.values(values));
  const width = COLUMNS * (SIZE + GAP);
  const height = ROWS * (SIZE + GAP);
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'tilemap', role: 'img', 'aria-label': caption });
  for (const [province, [col, row, name]] of Object.entries(TILES)) {
    const has = Object.prototype.hasOwnProperty.call(values, province);
    const k = has ? classOf(values[province]) : null;
    const g = svg('g', { class: `tile${has ? (k == null ? ' unknown' : ` q${k}`) : ' none'}` });
    const title = svg('title', {});
    title.textContent = has ? label(province, values[province]) : `${name}：无`;
    g.append(title, svg('rect', { x: col * (SIZE + GAP), y: row * (SIZE + GAP), width: SIZE, height: SIZE, rx: 4 }));
    const text = svg('text', { x: col * (SIZE + GAP) + SIZE / 2, y: row * (SIZE + GAP) + SIZE / 2 + 5, 'text-anchor': 'middle' });
    text.textContent = name;
    g.append(text);
    root.append(g);
  }
  const legend = h('ul', { class: 'tilemap-legend', 'aria-hidden': 'true' }, bins.map((b, k) => h('li', {},
    h('span', { class: `swatch q${k}` }), unit(b))));
  return h('div', { class: 'tilemap-box' }, root, legend);
}
