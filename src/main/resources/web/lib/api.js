// Every request the workbench makes to the server's /api, its errors, and the aborting of a
// request a newer one replaces.

/** An answer that is not a 2xx (status 0: the server was not reached), with the API's error body. */
export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.message) || `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

async function getJson(path, signal) {
  let r;
  try {
    r = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, null);
  }
  let body = null;
  try { body = await r.json(); } catch { /* not JSON */ }
  if (!r.ok) throw new ApiError(r.status, body);
  return body;
}

/** What went wrong with a request, in Chinese, for the page. */
export function chineseError(e) {
  if (e.status === 0) return '无法连接服务器，请检查网络或稍后重试。';
  const detail = e.body && e.body.message ? `（${e.body.message}）` : '';
  if (e.status === 400 && e.body && e.body.error === 'invalid_query') return `检索式有误，请检查引号、OR 或 NEAR 的用法${detail}`;
  if (e.status === 400) return `请求参数有误${detail}`;
  if (e.status === 404) return `找不到该文献或页面${detail}`;
  if (e.status === 503) return '检索超时，请缩小检索范围后重试。';
  return `服务器出错（${e.status}），请稍后重试。`;
}

/**
 * Requests where only the newest counts: each start() aborts the one before and gives the signal
 * for the new one. Whoever renders owns one; nothing here is shared between views.
 */
export function latestOnly() {
  let current = null;
  return {
    start() {
      if (current) current.abort();
      current = new AbortController();
      return current.signal;
    },
    isCurrent: (signal) => current !== null && current.signal === signal,
  };
}

/**
 * A hit's passage, which the search API gives only as escaped HTML with <mark>, as the passage's
 * text and its marks' offsets into it: the views draw every snippet from offsets (snippet.js).
 */
function passage(html) {
  const body = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  let text = '';
  const marks = [];
  for (const n of body.childNodes) {
    const part = n.textContent;
    if (n.nodeName === 'MARK') marks.push({ start: text.length, end: text.length + part.length });
    text += part;
  }
  return { text, marks };
}

/** GET /api/search; each hit also has `passages`, its snippets as {text, marks}. */
export async function search(params, signal) {
  const r = await getJson(`/api/search?${params}`, signal);
  for (const hit of r.hits) hit.passages = hit.snippets.map(passage);
  return r;
}

const doc = (id) => `/api/documents/${encodeURIComponent(id)}`;

export const documentById = (id, signal) => getJson(doc(id), signal);

/** Every occurrence of `q` in a document, without context, in text order. */
export const occurrences = (id, q, signal) =>
  getJson(`/api/snippets?id=${encodeURIComponent(id)}&q=${encodeURIComponent(q)}&window=0`, signal);

export const related = (id, size, signal) => getJson(`${doc(id)}/related?size=${size}`, signal);

export const concordance = (params, signal) => getJson(`/api/concordance?${params}`, signal);

/** The address of a concordance's every line as CSV (a download, not fetched here). */
export function concordanceCsvUrl(params) {
  const csv = new URLSearchParams(params);
  csv.delete('offset');
  csv.delete('limit');
  csv.set('format', 'csv');
  return `/api/concordance?${csv}`;
}

export const trend = (params, signal) => getJson(`/api/trend?${params}`, signal);

export const collocates = (params, signal) => getJson(`/api/collocates?${params}`, signal);

/** The OpenAPI description the server publishes of itself (limits.js reads the server's limits from it). */
export const apiDescription = () => getJson('/api/openapi.json');
