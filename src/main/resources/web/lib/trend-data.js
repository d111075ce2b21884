// The trend's figures as the chart, its readout, the table and the CSV read them: every year from the
// first to the last with documents (years between them without documents kept, as gaps), each
// phrase's bucket of each year, and its bucket of undated documents (which no chart can place).
import { fmt } from './dom.js';
import { csv } from './download.js';

/** What the y axis can show (the URL's `measure`): its axis title, its unit and a bucket's value. */
export const MEASURES = {
  rate: { axis: '每百万字出现次数', unit: '每百万字', of: (b) => b.per_million_characters, integers: false },
  count: { axis: '出现次数（次）', unit: '次', of: (b) => b.occurrences, integers: true },
};

/** A year's figures for a phrase that does not occur in the year's documents. */
const NONE = { documents: 0, occurrences: 0, per_million_characters: 0 };

/** A rate as the page writes it: a small non-zero rate keeps two significant digits, never "0.0". */
export const rate = (v) => (v === 0 ? '0' : v < 1 ? v.toPrecision(2) : v.toFixed(1));

/** The figures of `answers` (one /api/trend answer per phrase, by year) shown as `measure`. */
export function trendData(phrases, answers, measure) {
  const series = answers.map((a, k) => {
    const byYear = new Map();
    let undated = null;
    for (const b of a.buckets) {
      if (!b.all_documents) continue;
      if (b.value == null) undated = b;
      else byYear.set(b.value, b);
    }
    return { phrase: phrases[k], total: a.total_occurrences, byYear, undated };
  });
  const dated = series.flatMap((s) => [...s.byYear.keys()]);
  const years = [];
  for (let y = Math.min(...dated); y <= Math.max(...dated); y++) years.push(y);
  const m = MEASURES[measure] || MEASURES.rate;
  /** The year's bucket of all documents (any phrase's: they share the documents and characters). */
  const year = (y) => series.map((s) => s.byYear.get(y)).find(Boolean) || null;
  return {
    series, years, measure: m, year,
    /** Phrase k's figure of year y; null when the year has no document. */
    value: (k, y) => (year(y) ? m.of(series[k].byYear.get(y) || NONE) : null),
    bucket: (k, y) => series[k].byYear.get(y) || NONE,
  };
}

/** What the readout says of year `y`: its documents, then each phrase's figures. */
export function describeYear(data, y) {
  const all = data.year(y);
  if (!all) return `${y}年：无文献（该年没有收录文献）`;
  const phrases = data.series.map((s, k) => {
    const b = data.bucket(k, y);
    return `${s.phrase} ${fmt(b.occurrences)} 次（${fmt(b.documents)} 篇），每百万字 ${rate(b.per_million_characters)}`;
  });
  return `${y}年（${fmt(all.all_documents)} 篇文献，${fmt(all.characters)} 字）：${phrases.join('；')}`;
}

/** What is said beside the chart of a phrase's undated documents; null when there are none. */
export function undatedNote(s) {
  const u = s.undated;
  if (!u) return null;
  if (!u.occurrences) return `${s.phrase}：未注明日期的 ${fmt(u.all_documents)} 篇文献中没有出现。`;
  return `${s.phrase}：另有 ${fmt(u.occurrences)} 次出现在未注明日期的文献中（${fmt(u.documents)} 篇），不在图中。`;
}

/**
 * The table as CSV: UTF-8 with a byte-order mark (so that Excel reads the Chinese right), a row per
 * year from the first to the last (a year without documents has no rate) and one for undated
 * documents, and per phrase its occurrences, matching documents and rate.
 */
export function trendCsv(data) {
  const header = ['年份', '全部篇数', '字数',
    ...data.series.flatMap((s) => [`${s.phrase}：出现次数`, `${s.phrase}：命中篇数`, `${s.phrase}：每百万字`])];
  const row = (label, all, bucketOf) => [label, all ? all.all_documents : 0, all ? all.characters : 0,
    ...data.series.flatMap((s, k) => {
      const b = bucketOf(k);
      return [b.occurrences, b.documents, all ? Number(b.per_million_characters.toFixed(4)) : ''];
    })];
  const undated = data.series.map((s) => s.undated).find(Boolean) || null;
  const rows = [header, ...data.years.map((y) => row(y, data.year(y), (k) => data.bucket(k, y))),
    row('未注明日期', undated, (k) => data.series[k].undated || NONE)];
  return csv(rows);
}
