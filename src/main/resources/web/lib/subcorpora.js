// Named subcorpora: a name for a set of filters (and a query), kept in this browser's storage and carried by a link
// (the `sc` parameter, 'name|filters'), so that a comparison sent to a colleague names the same documents.
import { filterParams, subcorpusOf } from './state.js';

const KEY = 'policykb.subcorpora';
/** A name's longest form: it labels a drop-down. */
export const MAX_NAME = 30;

function stored() {
  try {
    const list = JSON.parse(localStorage.getItem(KEY) || '[]');
    return Array.isArray(list) ? list.filter((e) => e && typeof e.name === 'string' && typeof e.params === 'string') : [];
  } catch {
    return []; // unreadable storage: none kept
  }
}

function store(list) {
  try {
    localStorage.setItem(KEY, JSON.stringify(list));
  } catch {
    // storage full or refused: the subcorpus still lives in the link
  }
}

/** The state's subcorpus as a query string: its filters and its query. */
export function paramsOf(s) {
  const p = filterParams(s);
  if (s.q) p.set('q', s.q);
  return p.toString();
}

/** A subcorpus as the link carries it. */
export const encode = (e) => `${e.name}|${e.params}`;

function decode(v) {
  const at = v.indexOf('|');
  return { name: v.slice(0, at).trim(), params: v.slice(at + 1) };
}

/** Every named subcorpus: those the link carries first (they win over a stored one of the same name), then the stored. */
export function all(s) {
  const fromLink = s.sc.map(decode).filter((e) => e.name);
  const names = new Set(fromLink.map((e) => e.name));
  return [...fromLink, ...stored().filter((e) => !names.has(e.name))];
}

export const find = (s, name) => all(s).find((e) => e.name === name) || null;

/** Keeps the state's subcorpus under `name` (replacing one of that name). */
export function save(name, s) {
  const entry = { name: name.trim().slice(0, MAX_NAME), params: paramsOf(s) };
  store([...stored().filter((e) => e.name !== entry.name), entry]);
  return entry;
}

export function remove(name) {
  store(stored().filter((e) => e.name !== name));
}

/** The state patch that makes a subcorpus the one in force: its filters and query, every other filter cleared. */
export const patchOf = (e) => subcorpusOf(`?${e.params}`);

/** A subcorpus's filters and query as the reference of a keyness request: each prefixed `ref_`. */
export function referenceParams(e, p) {
  for (const [k, v] of new URLSearchParams(e.params)) p.append(`ref_${k}`, v);
  return p;
}
