// 比较: what characterises a subcorpus (the filters in force, and the query's documents when there is one)
// against a reference — the rest of the collection, all of it, or another period — as keywords in both
// directions, with the subcorpus's frequency list; every word opens its concordance in the subcorpus.
import * as api from '../lib/api.js';
import { fmt, h } from '../lib/dom.js';
import { filterParams, readState, toUrl } from '../lib/state.js';
import * as subcorpora from '../lib/subcorpora.js';
import { chips, dateRange } from './common.js';

const REFERENCES = [['rest', '其余全部文献'], ['all', '全部文献'], ['period', '指定时间段']];
const LEVELS = [['0.05', 'p < 0.05（G² ≥ 3.84）'], ['0.01', 'p < 0.01（G² ≥ 6.63）'], ['0.001', 'p < 0.001（G² ≥ 10.83）'],
  ['0.0001', 'p < 0.0001（G² ≥ 15.13）'], ['1', '不检验']];
const SORTS = [['ll', '按对数似然（显著性）'], ['log_ratio', '按 Log Ratio（效应量）']];
const MINS = [1, 2, 3, 5, 10, 20];
const GRAMS = [['word', '词'], ['word2', '二词串'], ['word3', '三词串'], ['word4', '四词串'], ['word5', '五词串'],
  ['word6', '六词串'],
  ['char2', '二字串'], ['char3', '三字串'], ['char4', '四字串'], ['char5', '五字串'], ['char6', '六字串']];

/** The API's unit and n for the state's grams ('word', 'word3', 'char4'). */
function grams(s) {
  const m = /^(word|char)([1-6])?$/.exec(s.grams) || ['word', 'word', '1'];
  return { unit: m[1], n: m[2] || '1' };
}

/** What the lists name an item: 词, or the n-gram's kind. */
function itemName(s) {
  return (GRAMS.find(([v]) => v === s.grams) || GRAMS[0])[1];
}
const LISTED = 50;
const FREQUENCIES = 100;

function select(id, label, value, options, go, read = (v) => v) {
  const s = h('select', { id, 'aria-label': label },
    options.map(([v, t]) => h('option', { value: v, selected: String(value) === String(v) }, t)));
  s.addEventListener('change', () => go({ [id]: read(s.value) }));
  return h('label', { class: 'option' }, h('span', { text: label }), s);
}

/** The reference period's two dates, applied together. */
function period(s, go) {
  const from = h('input', { id: 'ref-from', type: 'text', value: s.ref_from, placeholder: '起 1995 或 1995-03', 'aria-label': '参照起始日期', size: 12 });
  const to = h('input', { id: 'ref-to', type: 'text', value: s.ref_to, placeholder: '止 2018-12', 'aria-label': '参照截止日期', size: 12 });
  const apply = h('button', { type: 'button', id: 'ref-apply' }, '应用');
  apply.addEventListener('click', () => go({ ref_from: from.value.trim(), ref_to: to.value.trim() }));
  return h('span', { class: 'period' }, from, ' 至 ', to, apply);
}

/** The named subcorpus the reference names ('sub:name'); null for another reference or a name not known. */
function namedReference(s) {
  return s.reference.startsWith('sub:') ? subcorpora.find(s, s.reference.slice(4)) : null;
}

/** The request's parameters: the focus (the filters, the query), the reference and the options. */
function params(s) {
  const p = filterParams(s);
  if (s.q) p.set('q', s.q);
  const named = namedReference(s);
  if (named) {
    subcorpora.referenceParams(named, p);
    if (!p.has('ref_count')) p.set('ref_count', s.count);
    p.set('reference', 'subcorpus');
  } else if (s.reference === 'period') {
    if (s.ref_from) p.set('ref_from', s.ref_from);
    if (s.ref_to) p.set('ref_to', s.ref_to);
    p.set('ref_count', s.count);
    p.set('reference', 'subcorpus');
  } else {
    p.set('reference', s.reference === 'all' ? 'all' : 'rest');
  }
  p.set('p', s.p); p.set('min', s.kmin); p.set('sort', s.ksort); p.set('size', LISTED);
  const g = grams(s);
  p.set('unit', g.unit); p.set('n', g.n);
  return p;
}

const per = (v) => (v >= 100 ? fmt(Math.round(v)) : v.toFixed(1));

/** An item's lines in the focus: the concordance of its characters (an n-gram of words without its spaces). */
function linesOf(s, item) {
  return toUrl({ ...s, view: 'concordance', q: item.replace(/ /g, ''), coll: '', offset: 0 });
}

function keywordTable(s, items, positive, caption) {
  const lines = (w) => linesOf(s, w);
  const head = [[itemName(s), null], ['焦点频次', '在焦点子语料中的出现次数'], ['每百万', '焦点子语料中每百万词的次数'],
    ['参照频次', '在参照子语料中的出现次数'], ['每百万', '参照子语料中每百万词的次数'],
    ['G²', '对数似然 G²（Rayson & Garside 2000）：两边频次差异的显著性'],
    ['Log Ratio', 'log₂（焦点相对频率 / 参照相对频率），频次为 0 时按 0.5 计（Hardie 2014）：效应量，1 即两倍']];
  return h('div', { class: 'table-wrap' }, h('table', { class: 'keyword-table' },
    h('caption', { text: caption }),
    h('thead', {}, h('tr', {}, head.map(([t, title], i) => h('th', { scope: 'col', title, class: i ? 'num' : null, text: t })))),
    h('tbody', {}, items.map((k) => h('tr', {},
      h('td', { class: 'word' }, h('a', { href: lines(k.word), 'data-nav': true, title: `在焦点子语料中查看“${k.word}”的语境`, text: k.word })),
      h('td', { class: 'num', text: fmt(k.focus_frequency) }), h('td', { class: 'num', text: per(k.focus_per_million) }),
      h('td', { class: 'num', text: fmt(k.reference_frequency) }), h('td', { class: 'num', text: per(k.reference_per_million) }),
      h('td', { class: 'num', text: k.ll.toFixed(2) }),
      h('td', { class: positive ? 'num up' : 'num down', text: k.log_ratio.toFixed(2) }))))));
}

function frequencyTable(s, r) {
  const lines = (w) => linesOf(s, w);
  const unit = r.unit === 'char' ? '字' : '词';
  const head = [[itemName(s), null], ['频次', '出现次数'], [`每百万${unit}`, `每百万${unit}的次数`], ['文献数', '出现于多少篇文献（range）'],
    ['DP', 'Gries 的离散度 DP：0 表示均匀分布于各篇文献（按篇幅），接近 1 表示集中于少数文献']];
  return h('div', { class: 'table-wrap' }, h('table', { class: 'frequency-table' },
    h('caption', { text: `焦点子语料频次表（前 ${fmt(r.items.length)} 个，共 ${fmt(r.total)} 个${itemName(s)}，${fmt(r.tokens)} ${unit}次）` }),
    h('thead', {}, h('tr', {}, head.map(([t, title], i) => h('th', { scope: 'col', title, class: i ? 'num' : null, text: t })))),
    h('tbody', {}, r.items.map((w) => h('tr', {},
      h('td', { class: 'word' }, h('a', { href: lines(w.word), 'data-nav': true, text: w.word })),
      h('td', { class: 'num', text: fmt(w.frequency) }), h('td', { class: 'num', text: per(w.per_million) }),
      h('td', { class: 'num', text: fmt(w.range) }), h('td', { class: 'num', text: w.dp.toFixed(3) }))))));
}

export async function render(s, { signal, go }) {
  const p = params(s);
  const f = filterParams(s);
  if (s.q) f.set('q', s.q);
  f.set('stop', 'true'); f.set('limit', FREQUENCIES);
  const g = grams(s);
  f.set('unit', g.unit); f.set('n', g.n);
  if (g.n !== '1') f.set('min', 2);
  const [r, freq] = await Promise.all([api.keywords(p, signal), api.frequencies(f, signal)]);
  const csvKeywords = new URLSearchParams(p); csvKeywords.set('format', 'csv'); csvKeywords.delete('size'); csvKeywords.set('size', 1000);
  const csvFrequencies = new URLSearchParams(f); csvFrequencies.set('format', 'csv'); csvFrequencies.delete('limit');
  const named = subcorpora.all(s);
  const current = subcorpora.paramsOf(s);
  const focusEntry = named.find((e) => e.params === current) || null;
  const reference = namedReference(s);
  const against = { rest: '其余全部文献', all: '全部文献',
    subcorpus: reference ? `子语料“${reference.name}”` : `${s.ref_from || '…'} 至 ${s.ref_to || '…'} 的文献` }[r.against];
  const focusName = focusEntry ? `子语料“${focusEntry.name}”` : s.q ? `含“${s.q}”的文献` : '当前筛选的文献';
  const focusChoice = h('select', { id: 'focus', 'aria-label': '焦点子语料' },
    h('option', { value: '', selected: !focusEntry }, '当前筛选'),
    named.map((e) => h('option', { value: e.name, selected: focusEntry === e }, e.name)));
  focusChoice.addEventListener('change', () => {
    const e = named.find((x) => x.name === focusChoice.value);
    if (e) go({ ...subcorpora.patchOf(e), offset: 0 });
  });
  const references = [...REFERENCES, ...named.map((e) => [`sub:${e.name}`, `子语料：${e.name}`])];
  const controls = h('div', { class: 'compare-options', role: 'group', 'aria-label': '比较选项' },
    h('label', { class: 'option' }, h('span', { text: '焦点' }), focusChoice),
    select('grams', '单位', s.grams, GRAMS, go),
    select('reference', '参照', s.reference, references, go), s.reference === 'period' ? period(s, go) : null,
    select('p', '显著性', s.p, LEVELS, go), select('kmin', '最低频次', s.kmin, MINS.map((n) => [n, `≥ ${n} 次`]), go, (v) => parseInt(v, 10)),
    select('ksort', '排序', s.ksort, SORTS, go));
  const unit = r.unit === 'char' ? '字' : '词';
  const sizes = h('p', { class: 'meta', text: `焦点：${focusName}，${fmt(r.focus.documents)} 篇，${fmt(r.focus.tokens)} ${unit}次；`
    + `参照：${against}，${fmt(r.reference.documents)} 篇，${fmt(r.reference.tokens)} ${unit}次。` });
  const downloads = h('p', { class: 'downloads' },
    h('a', { href: `/api/keywords?${csvKeywords}`, download: '', text: '下载关键词 CSV' }), ' · ',
    h('a', { href: `/api/frequencies?${csvFrequencies}`, download: '', text: '下载频次表 CSV' }));
  const nameInput = h('input', { id: 'sc-name', type: 'text', maxlength: subcorpora.MAX_NAME, placeholder: '名称，如 省级 2018–2023',
    'aria-label': '子语料名称', size: 18 });
  const saveForm = h('form', { class: 'save-subcorpus', 'aria-label': '保存子语料' },
    h('label', { for: 'sc-name', text: '将当前筛选存为子语料' }), nameInput, h('button', { type: 'submit', id: 'sc-save' }, '保存'),
    focusEntry ? h('button', { type: 'button', id: 'sc-remove', onclick: () => {
      subcorpora.remove(focusEntry.name);
      go({ sc: s.sc.filter((v) => !v.startsWith(`${focusEntry.name}|`)) });
    } }, `删除“${focusEntry.name}”`) : null);
  saveForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const name = nameInput.value.trim();
    if (!name || name.includes('|')) return;
    const entry = subcorpora.save(name, s);
    go({ sc: [...s.sc.filter((v) => !v.startsWith(`${entry.name}|`)), subcorpora.encode(entry)] });
  });
  const stale = s.gen && s.gen !== r.generation
    ? h('p', { class: 'warning', role: 'note', text: `此链接的数字来自索引版本 ${s.gen}，当前为 ${r.generation}：文献有增删时，数字会不同。` })
    : null;
  const missing = s.reference.startsWith('sub:') && !reference
    ? h('p', { class: 'warning', role: 'note', text: `没有名为“${s.reference.slice(4)}”的子语料：参照为其余全部文献。` }) : null;
  // the link names the subcorpora in use and the generation its figures come from, so that it reproduces them
  const inUse = [focusEntry, reference].filter(Boolean).map(subcorpora.encode);
  const link = toUrl({ ...readState(), sc: [...new Set(inUse)], gen: r.generation });
  if (`${location.pathname}${location.search}` !== link) history.replaceState(history.state, '', link);
  const node = h('section', { class: 'keyness', 'aria-label': '比较' },
    controls, saveForm, dateRange(s, go), chips(s, go), stale, missing, sizes,
    h('div', { class: 'keyword-lists' },
      r.positive.length ? keywordTable(s, r.positive, true, `正关键词：焦点中相对更常见（${fmt(r.positive.length)} 个）`)
        : h('p', { class: 'empty', text: '没有达到显著性的正关键词。' }),
      r.negative.length ? keywordTable(s, r.negative, false, `负关键词：焦点中相对少见（${fmt(r.negative.length)} 个）`)
        : h('p', { class: 'empty', text: '没有达到显著性的负关键词。' })),
    freq.items.length ? frequencyTable(s, freq) : null,
    downloads,
    h('p', { class: 'legend', text: 'G² 检验两边频次的差异是否显著；Log Ratio 衡量差异大小（1 = 两倍，2 = 四倍）。'
      + '词由 smartcn 分词，已去除虚词（及以虚词开头或结尾的词串、字串）；词串、字串不跨标点和段落。'
      + '点击一项即在焦点子语料中查看它的语境（按字串检索，也含在更长词中的出现）。' }));
  return { node, status: `${fmt(r.positive.length)} 个正关键词，${fmt(r.negative.length)} 个负关键词 · ${r.took_ms} 毫秒`,
    title: `${focusName} 关键词` };
}
