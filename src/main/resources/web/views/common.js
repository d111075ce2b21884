// Pieces several views share: the filter chips, the date range, the cite button, the empty view.
import { h, setStatus } from '../lib/dom.js';
import { MULTI } from '../lib/state.js';

/** The filters' names as the page shows them (the API's facet names). */
export const FACET_NAMES = { year: '年份', source: '来源', park: '园区', cites: '引用政策', issuer: '发文机关', doc_type: '文种',
  agency_code: '机关代字', doc_year: '文号年份' };

/** A document's date, or its year, or that it has none. */
export const when = (d) => d.date || (d.year != null ? `${d.year}年` : '日期不详');

export const isWebUrl = (u) => { try { return ['http:', 'https:'].includes(new URL(u).protocol); } catch { return false; } };

/** The filters in force, each a chip whose button removes it; null when there are none. */
export function chips(s, go) {
  const list = [];
  const remove = (changes) => () => go({ ...changes, page: 1, offset: 0 });
  if (s.from || s.to) list.push(['日期', `${s.from || '…'} 至 ${s.to || '…'}`, remove({ from: '', to: '' })]);
  if (s.undated) list.push(['无日期', { include: '包括', exclude: '排除', only: '仅限' }[s.undated] || s.undated, remove({ undated: '' })]);
  for (const f of MULTI) {
    for (const v of s[f]) list.push([FACET_NAMES[f], v, remove({ [f]: s[f].filter((x) => x !== v) })]);
  }
  if (!list.length) return null;
  return h('ul', { class: 'chips', 'aria-label': '当前筛选' }, list.map(([name, value, onclick]) =>
    h('li', {}, h('span', { text: `${name}：${value}` }),
      h('button', { type: 'button', class: 'chip-remove', 'aria-label': `移除筛选 ${name} ${value}`, onclick }, '×'))));
}

/** The date range form; applying it starts again from the first page. */
export function dateRange(s, go) {
  const form = h('form', { class: 'dates', 'aria-label': '日期范围' },
    h('label', { for: 'from' }, '起'), h('input', { id: 'from', name: 'from', value: s.from, placeholder: '2020 或 2020-05', size: 10 }),
    h('label', { for: 'to' }, '止'), h('input', { id: 'to', name: 'to', value: s.to, placeholder: '2025-12-31', size: 10 }),
    h('button', { type: 'submit' }, '应用'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go({ from: form.elements.from.value.trim(), to: form.elements.to.value.trim(), page: 1, offset: 0 });
  });
  return form;
}

async function copy(text, button) {
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = '已复制';
  } catch {
    window.prompt('复制以下引用：', text);
  }
  setStatus(`引用已复制：${text}`);
}

/** The 引用 button: copies the citation `textOf()` gives when clicked. */
export function citeButton(textOf) {
  const b = h('button', { type: 'button', class: 'cite' }, '引用');
  b.addEventListener('click', () => copy(textOf(), b));
  return b;
}

/** What a view shows before a query is given. */
export function needQuery(what) {
  return { node: h('section', { class: 'intro' }, h('h1', { text: what }),
    h('p', { text: '请在上方输入检索式，例如 双高协同、新质生产力 OR 专精特新。' })), status: '' };
}
