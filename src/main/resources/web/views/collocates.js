// 搭配: what stands near the query's occurrences (smartcn words, or n-grams of whole words), ranked by a
// statistic the reader chooses; each collocate's 语境行 opens the concordance of exactly those lines.
import * as api from '../lib/api.js';
import { fmt, h } from '../lib/dom.js';
import { filterParams, toUrl } from '../lib/state.js';
import { chips, dateRange, needQuery } from './common.js';

/** The options offered: spans (words on each side), sides, statistics, units, stop list, minimum counts. */
const SPANS = [1, 2, 3, 5, 8, 10];
const SIDES = [['both', '左右'], ['left', '左侧'], ['right', '右侧']];
/** Each statistic's name in the header, and how it is computed (its title). */
const STATS = {
  ll: ['对数似然', '对数似然 G²（Dunning）：2×2 列联表，检验观察频次 O 与期望频次 E 的差异'],
  mi: ['互信息 MI', 'MI = log₂(O / E)：偏向低频的固定搭配'],
  logdice: ['logDice', 'logDice = 14 + log₂(2·O / (f_x + f_y))：不受语料规模影响，最大值 14'],
  t: ['T 值', 'T = (O − E) / √O：偏向高频搭配'],
};
const UNITS = [['word', '词（smartcn 分词）'], ['ngram', '词串（2–6 字）']];
const STOPS = [['on', '去除虚词'], ['off', '保留虚词']];
const MINS = [1, 2, 3, 5, 10, 20];
const LISTED = 100;

/** A drop-down that applies its value on change; its id stays the same, so it gets the focus back after the view is redrawn. */
function select(id, label, value, options, go, read = (v) => v) {
  const s = h('select', { id, 'aria-label': label },
    options.map(([v, t]) => h('option', { value: v, selected: String(value) === String(v) }, t)));
  s.addEventListener('change', () => go({ [id]: read(s.value) }));
  return h('label', { class: 'option' }, h('span', { text: label }), s);
}

export async function render(s, { signal, go }) {
  if (!s.q) return needQuery('搭配词');
  const p = filterParams(s);
  p.set('q', s.q); p.set('span', s.span); p.set('side', s.side); p.set('min', s.min); p.set('size', LISTED);
  p.set('stat', s.stat); p.set('stop', s.stop !== 'off'); p.set('unit', s.unit);
  const r = await api.collocates(p, signal);
  const int = (v) => parseInt(v, 10);
  const [statName, statTitle] = STATS[r.stat] || STATS.ll;
  const unitName = r.unit === 'ngram' ? '词串' : '词';
  const summary = `${fmt(r.occurrences)} 处，${fmt(r.documents)} 篇文献，语境中共 ${fmt(r.window_words)} 词`;
  const controls = h('div', { class: 'collocate-options', role: 'group', 'aria-label': '搭配选项' },
    select('stat', '统计量', r.stat, Object.entries(STATS).map(([v, [t]]) => [v, t]), go),
    select('unit', '单位', r.unit, UNITS, go),
    select('stop', '停用词', s.stop === 'off' ? 'off' : 'on', STOPS, go),
    select('min', '最低共现', s.min, MINS.map((n) => [n, `≥ ${n} 次`]), go, int),
    select('span', '跨度', s.span, SPANS.map((n) => [n, `${n} 词以内`]), go, int),
    select('side', '方向', s.side, SIDES, go));
  const lines = (c) => toUrl({ ...s, view: 'concordance', coll: c.word, offset: 0 });
  // [header, what it counts, its class]; the 'detail' columns give way on a narrow screen
  const head = [['搭配' + unitName, null, null], ['共现', '跨度内出现的次数 O（一个窗口内出现两次计两次）', 'num'],
    ['左', '左侧跨度内的次数', 'num detail'], ['右', '右侧跨度内的次数', 'num detail'],
    ['语境行', '窗口内含该搭配的检索项出现处数：点击打开的语境索引即这些行', 'num'], ['语料频次', '在全部文献中的出现次数 f_y', 'num'],
    ['期望', '按语料频次预期的共现次数 E = f_y × 语境词数 / 语料词数', 'num detail'], [statName, statTitle, 'num score']];
  const table = h('div', { class: 'table-wrap' }, h('table', { class: 'collocate-table' },
    h('caption', { class: 'visually-hidden', text: `“${s.q}”的搭配${unitName}，按${statName}排序` }),
    h('thead', {}, h('tr', {}, head.map(([t, title, cls]) => h('th', { scope: 'col', title, class: cls, text: t })))),
    h('tbody', {}, r.collocates.map((c) => h('tr', {},
      h('td', { class: 'word' }, h('a', { href: lines(c), 'data-nav': true, text: c.word })),
      h('td', { class: 'num', text: fmt(c.count) }), h('td', { class: 'num detail', text: fmt(c.left) }),
      h('td', { class: 'num detail', text: fmt(c.right) }),
      h('td', { class: 'num' }, h('a', { href: lines(c), 'data-nav': true, class: 'lines',
        'aria-label': `${c.word}：${c.lines} 行语境`, text: fmt(c.lines) })),
      h('td', { class: 'num', text: fmt(c.corpus_frequency) }), h('td', { class: 'num detail', text: c.expected.toFixed(1) }),
      h('td', { class: 'num score', text: c.score.toFixed(2) }))))));
  const legend = h('p', { class: 'legend', text: `共现：${s.span} 词跨度内该${unitName}出现的次数；语境行：窗口内含该${unitName}的检索项出现处数，`
    + `点击即打开这些行的语境索引（行数与之相同）；只列出共现多于期望（O > E）的${unitName}，按${statName}排序。`
    + (r.stop ? '已去除虚词（的、了、和、是、在……）。' : '') });
  const node = h('section', { class: 'collocates', 'aria-label': '搭配词' },
    controls, dateRange(s, go), chips(s, go),
    r.collocates.length ? [table, legend]
      : h('p', { class: 'empty', text: `没有足够的搭配${unitName}（每个至少共现 ${s.min} 次）。` }));
  return { node, status: summary, title: `${s.q} 搭配词` };
}
