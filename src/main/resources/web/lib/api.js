// Every request the workbench makes to the server's /api, its errors, and the aborting of a
// request a newer one replaces.
import { chineseMessage } from './messages.js';

/**
 * An answer that is not a 2xx (status 0: the server was not reached), with the API's error body and
 * the query the request asked (`query`; null when it had none), so a message can name the phrase.
 */
export class ApiError extends Error {
  constructor(status, body, query) {
    super((body && body.message) || `HTTP ${status}`);
    this.status = status;
    this.body = body;
    this.query = query;
  }

  /** Whether the query language refused the request's query. */
  get invalidQuery() {
    return this.status === 400 && this.body != null && this.body.error === 'invalid_query';
  }
}

async function getJson(path, signal) {
  const query = new URL(path, location.origin).searchParams.get('q');
  let r;
  try {
    r = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, null, query);
  }
  let body = null;
  try { body = await r.json(); } catch { /* not JSON */ }
  if (!r.ok) throw new ApiError(r.status, body, query);
  return body;
}

/** What a refused request's error says, in Chinese when its form is known. */
export function errorDetail(e) {
  const message = e.body && e.body.message;
  return chineseMessage(message) || message || '';
}

/** What went wrong with a request, in Chinese, for the page; names the phrase or parameter at fault. */
export function chineseError(e) {
  if (e.status === 0) return '无法连接服务器，请检查网络或稍后重试。';
  const detail = errorDetail(e);
  if (e.invalidQuery) return `检索式「${e.query}」有误：${detail}`;
  if (e.status === 400) return `请求有误：${detail}`;
  if (e.status === 404) return '找不到该文献或页面：它可能已不在当前索引中。';
  if (e.status === 503) return '检索超时或服务暂时不可用，请缩小检索范围后重试。';
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

/** A page of a document's links (`out`: what it names; `in`: who names it), with its versions and status. */
export const links = (id, direction, limit, signal) => getJson(`${doc(id)}/links?direction=${direction}&limit=${limit}`, signal);

/** Who implemented a document: adopters per province, first adopter and lag in days. */
export const documentDiffusion = (id, signal) => getJson(`${doc(id)}/diffusion?limit=0`, signal);

/** The first document using a phrase in each province (GET /api/diffusion). */
export const firstUses = (params, signal) => getJson(`/api/diffusion?${params}`, signal);

/** The 文号 registry of an agency code, for one year or (null) every year. */
export const registry = (code, year, signal) =>
  getJson(`/api/registry?agency_code=${encodeURIComponent(code)}${year ? `&year=${year}` : ''}`, signal);

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

/** Where the query's hits fall in each matching text, a page of documents (GET /api/dispersion). */
export const dispersion = (params, signal) => getJson(`/api/dispersion?${params}`, signal);

export const keywords = (params, signal) => getJson(`/api/keywords?${params}`, signal);

export const frequencies = (params, signal) => getJson(`/api/frequencies?${params}`, signal);
