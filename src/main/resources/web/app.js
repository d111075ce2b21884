// 政策文献知识库 — the research workbench: native ES modules served as they are, no build step,
// nothing from other hosts. This module wires the page: the query box, in-page links, Back and
// Forward, and the rendering of the view the URL names (the newest render wins).
import { ApiError, chineseError, latestOnly } from './lib/api.js';
import { h, setStatus } from './lib/dom.js';
import { readState, toUrl, VIEWS } from './lib/state.js';
import * as collocates from './views/collocates.js';
import * as concordance from './views/concordance.js';
import * as doc from './views/document.js';
import * as search from './views/search.js';
import * as trend from './views/trend.js';

/**
 * Each view renders a state: render(state, {signal, go}) gives {node, status, title} and maybe
 * after() (run once it is shown, instead of restoring the scroll position) and mount() (run once it
 * is shown; gives the function that undoes it when the view is left).
 */
const VIEW_MODULES = { search, doc, concordance, trend, collocates };
for (const name of VIEWS) if (!VIEW_MODULES[name]) throw new Error(`no module for the view ${name}`);

function startWorkbench() {
  const main = document.getElementById('main');
  const requests = latestOnly();
  let unmount = null; // what the view on screen undoes when it is left

  /**
   * Shows the state `changes` make of the current one, as a new history entry; `focus` names the id of
   * the control that made the change, which gets the focus back once the view is drawn anew.
   */
  function go(changes, { focus } = {}) {
    const s = { ...readState(), ...changes };
    history.replaceState({ ...(history.state || {}), scroll: window.scrollY }, '');
    history.pushState({ scroll: focus ? window.scrollY : 0, focus }, '', toUrl(s));
    render();
  }

  function leave() {
    if (unmount) unmount();
    unmount = null;
  }

  async function render() {
    const signal = requests.start();
    leave();
    const s = readState();
    document.getElementById('q').value = s.q;
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
      setStatus(content.status || '');
      document.title = content.title ? `${content.title} · 政策文献知识库` : '政策文献知识库';
      if (content.mount) unmount = content.mount();
      if (content.after) content.after();
      else window.scrollTo(0, (history.state && history.state.scroll) || 0);
      const control = history.state && history.state.focus ? document.getElementById(history.state.focus) : null;
      if (control) control.focus({ preventScroll: true });
    } catch (e) {
      if (e.name === 'AbortError' || signal.aborted) return;
      const message = e instanceof ApiError ? chineseError(e) : `页面出错：${e.message}`;
      main.replaceChildren(h('p', { class: 'error', role: 'alert', text: message }));
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

  // an in-page link (data-nav) shows its view without loading the page again
  document.addEventListener('click', (e) => {
    const a = e.target.closest('a[data-nav]');
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const url = new URL(a.href);
    if (url.origin !== location.origin) return;
    e.preventDefault();
    sessionStorage.setItem('policykb.internal', '1');
    history.replaceState({ ...(history.state || {}), scroll: window.scrollY }, '');
    history.pushState({ scroll: 0 }, '', url.pathname + url.search);
    render();
  });

  window.addEventListener('popstate', render);
  if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
  render();
}

startWorkbench();
