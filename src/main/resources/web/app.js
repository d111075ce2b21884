// 政策文献知识库 — the research workbench: native ES modules served as they are, no build step,
// nothing from other hosts. This module wires the page: the query box, in-page links, Back and
// Forward, and the rendering of the view the URL names (the newest render wins).
import { ApiError, chineseError, errorDetail, latestOnly } from './lib/api.js';
import { h, setStatus } from './lib/dom.js';
import { queryMaxLength } from './lib/limits.js';
import { readState, toUrl, VIEWS } from './lib/state.js';
import { chips, dateRange } from './views/common.js';
import * as collocates from './views/collocates.js';
import * as compare from './views/compare.js';
import * as concordance from './views/concordance.js';
import * as diffusion from './views/diffusion.js';
import * as doc from './views/document.js';
import * as groups from './views/groups.js';
import * as dispersion from './views/dispersion.js';
import * as registry from './views/registry.js';
import * as search from './views/search.js';
import * as trend from './views/trend.js';

/**
 * Each view renders a state: render(state, {signal, go}) gives {node, status, title} and maybe
 * after() (run once it is shown, instead of restoring the scroll position) and mount() (run once it
 * is shown; gives the function that undoes it when the view is left).
 */
const VIEW_MODULES = { search, doc, concordance, trend, groups, dispersion, collocates, compare, diffusion, registry };
for (const name of VIEWS) if (!VIEW_MODULES[name]) throw new Error(`no module for the view ${name}`);

function startWorkbench() {
  const main = document.getElementById('main');
  const requests = latestOnly();
  let unmount = null; // what the view on screen undoes when it is left

  /**
   * Shows the state `changes` make of the current one, as a new history entry (a control of the view
   * that made the change keeps the focus: see render).
   */
  function go(changes) {
    const s = { ...readState(), ...changes };
    history.replaceState({ ...(history.state || {}), scroll: window.scrollY }, '');
    history.pushState({ scroll: 0 }, '', toUrl(s));
    render();
  }

  function leave() {
    if (unmount) unmount();
    unmount = null;
  }

  /**
   * What the page still offers when a view cannot be shown: the message, the date range and the
   * filters (each removable, the compared phrases too) and a way back, so a bad value never locks
   * the page. A query the query language refuses is also marked where it is typed.
   */
  function failed(s, e) {
    const message = e instanceof ApiError ? chineseError(e) : `页面出错：${e.message}`;
    if (e instanceof ApiError && e.invalidQuery && e.query === s.q) markQuery(errorDetail(e));
    const back = h('button', { type: 'button', id: 'error-back' }, '返回上一步');
    back.addEventListener('click', () => history.back());
    const node = h('section', { class: 'failed', 'aria-label': '出错' },
      h('p', { class: 'error', role: 'alert', text: message }),
      s.view === 'doc' ? null : [dateRange(s, go), chips(s, go, { compared: true })],
      h('p', {}, back));
    return { node, message };
  }

  /** Marks the query box as refused, with the reason under it; null clears it. */
  function markQuery(reason) {
    const box = document.getElementById('q');
    const said = document.getElementById('q-error');
    box.setAttribute('aria-invalid', String(reason != null));
    said.textContent = reason == null ? '' : `检索式有误：${reason}`;
    said.hidden = reason == null;
  }

  async function render() {
    const signal = requests.start();
    // a control of the view that re-renders keeps the focus (a drop-down applies on change)
    const focused = main.contains(document.activeElement) && document.activeElement.id ? document.activeElement.id : null;
    const scrolled = window.scrollY;
    leave();
    const s = readState();
    document.getElementById('q').value = s.q;
    markQuery(null);
    for (const a of document.querySelectorAll('nav a[data-view]')) {
      const target = { ...s, view: a.dataset.view, id: '', at: null, page: 1, offset: 0 };
      a.href = toUrl(target);
      if (a.dataset.view === (s.view === 'doc' ? 'search' : s.view)) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
    main.setAttribute('aria-busy', 'true');
    setStatus('正在加载…');
    document.body.classList.add('loading');
    try {
      const content = await VIEW_MODULES[s.view].render(s, { signal, go });
      if (signal.aborted) return; // a newer request took over: never show this answer
      main.replaceChildren(content.node);
      document.body.classList.toggle('wide', Boolean(content.wide));
      setStatus(content.status || '');
      document.title = content.title ? `${content.title} · 政策文献知识库` : '政策文献知识库';
      if (content.mount) unmount = content.mount();
      const keep = focused && document.getElementById(focused);
      if (keep && main.contains(keep)) {
        keep.focus({ preventScroll: true });
        window.scrollTo(0, scrolled);
      } else if (content.after) content.after();
      else window.scrollTo(0, (history.state && history.state.scroll) || 0);
    } catch (e) {
      if (e.name === 'AbortError' || signal.aborted) return;
      const { node, message } = failed(s, e);
      main.replaceChildren(node);
      setStatus(message);
    } finally {
      if (requests.isCurrent(signal)) {
        main.removeAttribute('aria-busy');
        document.body.classList.remove('loading');
      }
    }
  }

  document.getElementById('query').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = document.getElementById('q').value.trim();
    const s = readState();
    go({ q, page: 1, offset: 0, view: s.view === 'doc' ? 'search' : s.view, id: '', at: null });
  });

  // an in-page link (data-nav) shows its view without loading the page again; a document opened
  // from a list remembers the list (`from`) and how many steps back it is (`hops`), through the
  // related documents opened from it, so that its 返回 goes back to that list
  document.addEventListener('click', (e) => {
    const a = e.target.closest('a[data-nav]');
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    // an SVG link's href is an animated value, not a string: its attribute is the address
    const url = new URL(a.getAttribute('href'), location.href);
    if (url.origin !== location.origin) return;
    e.preventDefault();
    const here = history.state || {};
    const target = readState(url.search);
    let from = null;
    let hops = 0;
    if (target.view === 'doc') {
      const inDoc = readState().view === 'doc';
      from = inDoc ? here.from || null : location.pathname + location.search;
      hops = inDoc ? (here.hops || 0) + 1 : 1;
    }
    history.replaceState({ ...here, scroll: window.scrollY }, '');
    history.pushState({ scroll: 0, from, hops }, '', url.pathname + url.search);
    render();
  });

  queryMaxLength().then((n) => { document.getElementById('q').maxLength = n; }).catch(() => { /* the server still says so */ });

  window.addEventListener('popstate', render);
  if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
  render();
}

startWorkbench();
