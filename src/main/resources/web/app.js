const $ = (id) => document.getElementById(id);
const el = (tag, text) => { const e = document.createElement(tag); if (text != null) e.textContent = text; return e; };

async function api(path) {
  const r = await fetch(path);
  const body = await r.json();
  if (!r.ok) throw new Error(body.message || r.statusText);
  return body;
}

async function search(q, sort, page) {
  $('error').textContent = ''; $('doc').hidden = true;
  try {
    const res = await api(`/api/search?q=${encodeURIComponent(q)}&sort=${sort}&page=${page}`);
    $('summary').textContent = `${res.total} 篇文献 · ${res.took_ms} ms`;
    $('hits').replaceChildren(...res.hits.map(h => {
      const div = el('div'); div.className = 'hit';
      const a = el('a', h.title || h.id); a.href = '#'; a.onclick = (e) => { e.preventDefault(); show(h.id, q); };
      const h3 = el('h3'); h3.append(a);
      const meta = el('div', [h.date || '日期不详', h.source || '来源不详', h.author, `${h.occurrences} 处`].filter(Boolean).join(' · '));
      meta.className = 'meta';
      div.append(h3, meta);
      // snippets are HTML-escaped by the server except for <mark>
      h.snippets.forEach(s => { const p = el('p'); p.className = 'snippet'; p.innerHTML = s; div.append(p); });
      return div;
    }));
    const pager = $('pager'); pager.replaceChildren();
    if (page > 1) { const b = el('button', '上一页'); b.onclick = () => search(q, sort, page - 1); pager.append(b); }
    if (page * res.size < res.total) { const b = el('button', '下一页'); b.onclick = () => search(q, sort, page + 1); pager.append(b); }
  } catch (e) { $('error').textContent = e.message; }
}

async function show(id, q) {
  try {
    const [d, s] = await Promise.all([api(`/api/documents/${encodeURIComponent(id)}`),
                                      api(`/api/snippets?id=${encodeURIComponent(id)}&q=${encodeURIComponent(q)}&window=0`)]);
    const doc = $('doc'); doc.replaceChildren(el('h2', d.title)); doc.hidden = false;
    let at = 0; const body = el('div');
    s.snippets.forEach(m => { body.append(d.text.substring(at, m.start), el('mark', d.text.substring(m.start, m.end))); at = m.end; });
    body.append(d.text.substring(at));
    doc.append(el('p', `${s.total} 处 · ${d.date || '日期不详'} · ${d.source || '来源不详'}`), body);
    doc.scrollIntoView();
  } catch (e) { $('error').textContent = e.message; }
}

$('search').onsubmit = (e) => { e.preventDefault(); const f = new FormData(e.target); search(f.get('q'), f.get('sort'), 1); };
