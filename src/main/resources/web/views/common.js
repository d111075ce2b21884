// Pieces several views share: the filter chips, the date range, the cite button, the empty view.
import { readDate } from '../lib/dates.js';
import { h, setStatus } from '../lib/dom.js';
import { FILTERS } from '../lib/description.js';
import { MULTI, toUrl } from '../lib/state.js';

/** The facets' names as the page shows them: the year, and each filter's name as the server states it (x-label). */
export const FACET_NAMES = { year: '年份', ...Object.fromEntries(FILTERS.filter((f) => f.repeats).map((f) => [f.name, f.label])) };

/** A facet's or filter's value as the page shows it: a band of citing works is counted in 次 (2-4 → 2–4 次). */
export const valueLabel = (name, value) => (name === 'cited_by' ? `${value.replace('-', '–')} 次` : value);

/** How each member of a work was published (the API's format). */
const FORMAT_NAMES = { html: '网页', record: '记录', txt: '文本', docx: 'DOCX', doc: 'DOC', pdf: 'PDF', ofd: 'OFD' };

/**
 * The files of a work, one link each to its document view (PDF · DOCX · DOC · 网页; a scan read by OCR
 * says so), the one on screen marked: nothing for a text published once.
 */
export function workMembers(s, members, current, lead = '同一文本 ') {
  if (!members || members.length < 2) return null;
  const links = members.map((m) => h('a', {
    class: m.id === current ? 'member current' : 'member', href: toUrl({ ...s, view: 'doc', id: m.id, at: null }),
    'data-nav': true, title: [m.ocr ? '扫描件，文字由 OCR 识别' : null, m.source, m.date, m.id].filter(Boolean).join(' · '),
    text: (FORMAT_NAMES[m.format] || m.format) + (m.ocr ? '（OCR）' : ''),
  }));
  return h('p', { class: 'members' }, `${lead}${members.length} 个文件：`, ...links.flatMap((a, i) => (i ? [' · ', a] : [a])));
}

/** A document's date, or its year, or that it has none. */
export const when = (d) => d.date || (d.year != null ? `${d.year}年` : '日期不详');

export const isWebUrl = (u) => { try { return ['http:', 'https:'].includes(new URL(u).protocol); } catch { return false; } };

/** What the undated control's values mean. */
export const UNDATED = { '': '默认（有日期范围时排除）', include: '包括', exclude: '排除', only: '仅限' };

/**
 * The filters in force, each a chip whose button removes it; null when there are none. With
 * `compared`, the trend's compared phrases are chips too (the error view shows them so that a bad
 * one can be taken out).
 */
export function chips(s, go, { compared = false } = {}) {
  const list = [];
  const remove = (changes) => () => go({ ...changes, page: 1, offset: 0 });
  if (s.from || s.to) list.push(['日期', `${s.from || '…'} 至 ${s.to || '…'}`, remove({ from: '', to: '' })]);
  if (s.undated) list.push(['无日期文献', UNDATED[s.undated] || s.undated, remove({ undated: '' })]);
  for (const f of MULTI) {
    for (const v of s[f]) list.push([FACET_NAMES[f], valueLabel(f, v), remove({ [f]: s[f].filter((x) => x !== v) })]);
  }
  if (s.coll) list.push(['搭配词', s.coll, remove({ coll: '' })]);
  if (compared) for (const v of s.cmp) list.push(['比较短语', v, remove({ cmp: s.cmp.filter((x) => x !== v) })]);
  if (!list.length) return null;
  return h('ul', { class: 'chips', 'aria-label': '当前筛选' }, list.map(([name, value, onclick]) =>
    h('li', {}, h('span', { text: `${name}：${value}` }),
      h('button', { type: 'button', class: 'chip-remove', 'aria-label': `移除筛选 ${name} ${value}`, onclick }, '×'))));
}

/**
 * The date range form and the undated control; applying them starts again from the first page.
 * Dates are read as researchers type them (1995, 1995年, 1995-03 …) and checked here, so that a
 * value the server would refuse never reaches the URL: the form says what is wrong beside it.
 */
export function dateRange(s, go) {
  const message = h('p', { class: 'field-error', id: 'dates-error', role: 'alert', hidden: true });
  const from = h('input', { id: 'from', name: 'from', value: s.from, placeholder: '1995 或 1995-03',
    'aria-describedby': 'dates-error', autocomplete: 'off' });
  const to = h('input', { id: 'to', name: 'to', value: s.to, placeholder: '2025-12-31',
    'aria-describedby': 'dates-error', autocomplete: 'off' });
  const undated = h('select', { id: 'undated', name: 'undated' },
    Object.entries(UNDATED).map(([v, t]) => h('option', { value: v, selected: s.undated === v }, t)));
  const form = h('form', { class: 'dates', 'aria-label': '日期范围', novalidate: true },
    h('label', { for: 'from' }, '起'), from, h('label', { for: 'to' }, '止'), to,
    h('label', { for: 'undated' }, '无日期文献'), undated,
    h('button', { type: 'submit' }, '应用'), message);
  const apply = () => {
    const a = readDate(from.value);
    const b = readDate(to.value);
    from.setAttribute('aria-invalid', String(Boolean(a.error)));
    to.setAttribute('aria-invalid', String(Boolean(b.error)));
    let error = a.error ? `起始日期${a.error}` : b.error ? `截止日期${b.error}` : null;
    if (!error && a.value && b.value && a.value.padEnd(10, '-00') > b.value.padEnd(10, '-99')) {
      error = `起始日期 ${a.value} 晚于截止日期 ${b.value}`;
    }
    if (!error && undated.value === 'only' && (a.value || b.value)) error = '“仅限无日期文献”时不能再设日期范围：请清空起止日期';
    if (error) {
      message.textContent = error;
      message.hidden = false;
      (a.error ? from : b.error ? to : undated).focus();
      return;
    }
    go({ from: a.value, to: b.value, undated: undated.value, page: 1, offset: 0 });
  };
  form.addEventListener('submit', (e) => { e.preventDefault(); apply(); });
  undated.addEventListener('change', apply);
  return form;
}

/** Today as YYYY-MM-DD, the 引用日期 of a citation. */
export function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** An address as a reader reads it: percent-encoded characters shown as themselves (it stays a working address). */
export function readableUrl(u) {
  try { return decodeURI(u); } catch { return u; }
}

/**
 * A document as a GB/T 7714-2015 reference: 责任者. 题名: 文号[类型]. 出版者, (发布日期)[引用日期]. 网址.
 * — [EB/OL] when it was read online, [N] for a newspaper, [Z] otherwise — followed by where it was
 * read here (the index generation and the document's id), so that the reference can be checked.
 */
export function documentCitation(d, generation) {
  const who = (d.issuers && d.issuers.length ? d.issuers : (d.authors || (d.author ? [d.author] : [])));
  const responsible = who.length > 3 ? `${who.slice(0, 3).join(', ')}, 等` : who.join(', ');
  const title = (d.title || d.id) + (d.doc_number ? `: ${d.doc_number}` : '');
  const date = d.date_published || d.date || d.date_signed || (d.year != null ? String(d.year) : null);
  const online = d.url && isWebUrl(d.url);
  const newspaper = !online && d.source && /报$/.test(d.source);
  const type = online ? 'EB/OL' : newspaper ? 'N' : 'Z';
  const parts = [];
  if (responsible) parts.push(`${responsible}.`);
  parts.push(`${title}[${type}].`);
  if (online) {
    parts.push(`${d.source && !who.includes(d.source) ? `${d.source}, ` : ''}${date ? `(${date})` : ''}[${today()}].`);
    parts.push(`${readableUrl(d.url)}.`);
  } else {
    const where = [d.source, date].filter(Boolean).join(', ');
    if (where) parts.push(`${where}.`);
  }
  parts.push(`检索自政策文献知识库（索引版本 ${generation || '不详'}，文献编号 ${d.id}，${today()}）.`);
  return parts.join(' ').replace(/\.\./g, '.');
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
