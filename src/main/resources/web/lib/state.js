// The workbench's state is its URL. One table lists every URL parameter with its default, how it is
// read from the query string and when and how it is written back: readState and toUrl both come
// from it, so a default is stated once, and a parameter left at its default stays out of the URL.
import { readDate } from './dates.js';
import { FILTERS as API_FILTERS } from './description.js';

export const VIEWS = ['search', 'doc', 'concordance', 'trend', 'groups', 'dispersion', 'collocates', 'compare', 'diffusion',
  'registry'];
const DEFAULT_VIEW = 'search';

/** A parameter given once; empty or absent is the default, which is not written. */
const text = (fallback) => ({
  default: fallback,
  read: (p, name) => p.get(name) || fallback,
  write: (v) => (v && v !== fallback ? [v] : []),
});

/**
 * A date given once, read as researchers write it (1995年, 1995.3 …) into the API's form; a value
 * that is no date is kept as it is, so that the view says what is wrong with it and offers to fix it.
 */
const date = () => ({
  default: '',
  read: (p, name) => {
    const typed = p.get(name) || '';
    const d = readDate(typed);
    return d.error ? typed : d.value;
  },
  write: (v) => (v ? [v] : []),
});

/** An integer parameter given once; unreadable or absent is the default, and below min is min. */
const int = (fallback, min = -Infinity) => ({
  default: fallback,
  read: (p, name) => Math.max(min, parseInt(p.get(name), 10) || fallback),
  write: (v) => (v && v !== fallback ? [v] : []),
});

/** A repeatable parameter: every value it is given (that `keep` keeps), in order. */
const list = (keep = () => true) => ({
  default: [],
  repeats: true,
  read: (p, name) => p.getAll(name).filter(keep),
  write: (v) => v || [],
});

/** A filter of the API (FilterParameters on the server, read from its description): a date, a list or a value. */
const filter = (f) => ({ ...(f.repeats ? list() : f.date ? date() : text(f.fallback)), filter: true });

/** Every URL parameter, in the order the URL lists them. */
export const PARAMS = {
  // the document view is implied by an id, so its name is written only without one
  view: {
    default: DEFAULT_VIEW,
    read: (p) => (VIEWS.includes(p.get('view')) ? p.get('view') : p.get('id') ? 'doc' : DEFAULT_VIEW),
    write: (v, s) => (v && v !== DEFAULT_VIEW && !(v === 'doc' && s.id) ? [v] : []),
  },
  q: text(''),
  // the open document and the occurrence it was opened at belong to the document view only
  id: { default: '', read: (p) => p.get('id') || '', write: (v, s) => (s.view === 'doc' && v ? [v] : []) },
  at: {
    default: null,
    read: (p) => (p.has('at') ? parseInt(p.get('at'), 10) : null),
    write: (v, s) => (s.view === 'doc' && s.id && v != null ? [v] : []),
  },
  // the document view opened at its hit number `hit` (from 0), where no `at` says which: a dispersion plot's mark
  hit: {
    default: null,
    read: (p) => (p.has('hit') ? Math.max(0, parseInt(p.get('hit'), 10) || 0) : null),
    write: (v, s) => (s.view === 'doc' && s.id && s.at == null && v != null ? [v] : []),
  },
  sort: text('relevance'),
  page: int(1, 1),
  size: int(10),
  csort: text('doc'),
  offset: int(0, 0),
  // the concordance's characters of context on each side, and the collocate whose lines it keeps
  cw: int(30, 10),
  coll: text(''),
  // the trend's measure: 'rate' (per million characters) or 'count' (occurrences)
  measure: text('rate'),
  // the collocates' span, side, statistic, stop list, unit (smartcn words or character n-grams) and minimum count
  span: int(5),
  side: text('both'),
  stat: text('ll'),
  stop: text('on'),
  unit: text('word'),
  min: int(2, 1),
  cmp: list(Boolean),
  // the groups view's facet and the column its table is sorted by ('value': the server's order)
  gby: text('year'),
  gsort: text('value'),
  // grouped by context (gby left or right): 'word' or a number of characters
  gctx: text('word'),
  // the dispersion view's order: 'doc' (the concordance's) or 'occurrences'
  dsort: text('doc'),
  // named subcorpora a link carries ('name|filters as a query string'), and the index generation its figures came from
  sc: list((v) => v.includes('|')),
  gen: text(''),
  // the compare view's reference (rest, all, or a period: ref_from..ref_to), significance level, minimum and order
  reference: text('rest'),
  ref_from: date(),
  ref_to: date(),
  p: text('0.05'),
  kmin: int(3, 1),
  ksort: text('ll'),
  // what the compare view counts: 'word' (smartcn's words), 'word2'..'word4' (n-grams of words), 'char2'..'char6'
  grams: text('word'),
  // the registry view's agency code and year (0: every year)
  code: text(''),
  cyear: int(0),
  // the subcorpus: every filter the API takes, as it describes them
  ...Object.fromEntries(API_FILTERS.map((f) => [f.name, filter(f)])),
};

const FILTERS = Object.keys(PARAMS).filter((name) => PARAMS[name].filter);
/** The filters that repeat (one chip per value); the others are the date range, undated and count. */
export const MULTI = FILTERS.filter((name) => PARAMS[name].repeats);

/** Appends the parameters `names` of state `s` to `p` as the URL writes them. */
function append(p, s, names) {
  for (const name of names) for (const v of PARAMS[name].write(s[name], s)) p.append(name, v);
  return p;
}

export function readState(search = location.search) {
  const p = new URLSearchParams(search);
  return Object.fromEntries(Object.entries(PARAMS).map(([name, param]) => [name, param.read(p, name)]));
}

export function toUrl(s) {
  const q = append(new URLSearchParams(), s, Object.keys(PARAMS)).toString();
  return q ? `/?${q}` : '/';
}

/** The subcorpus of a query string: its filters and its query, every other parameter at its default. */
export function subcorpusOf(search) {
  const s = readState(search);
  return Object.fromEntries([...FILTERS, 'q'].map((name) => [name, s[name]]));
}

/** The API's filter parameters of a state. */
export const filterParams = (s) => append(new URLSearchParams(), s, FILTERS);
