// Dates as researchers type them (1995, 1995年, 1995-03, 1995年3月5日, 1995.3.5, full-width digits)
// read into the API's YYYY, YYYY-MM or YYYY-MM-DD before they reach the URL.

const PATTERN = /^(\d{4})(?:\s*[年./\-]\s*(\d{1,2})(?:\s*[月./\-]\s*(\d{1,2})\s*[日号]?|\s*月)?|\s*年)?$/;

/**
 * The API's form of a typed date: {value} ('' when nothing was typed) or {error}, a Chinese message
 * that quotes what was typed.
 */
export function readDate(typed) {
  const t = (typed || '').normalize('NFKC').trim();
  if (!t) return { value: '' };
  const m = PATTERN.exec(t);
  if (!m) return { error: `“${typed}”不是日期：请写年份（1995 或 1995年）、年月（1995-03）或年月日（1995-03-05）` };
  const [, y, mo, d] = m;
  if (!mo) return { value: y };
  const month = parseInt(mo, 10);
  if (month < 1 || month > 12) return { error: `“${typed}”的月份不在 1–12 之间` };
  const mm = String(month).padStart(2, '0');
  if (!d) return { value: `${y}-${mm}` };
  const day = parseInt(d, 10);
  const days = new Date(Date.UTC(parseInt(y, 10), month, 0)).getUTCDate();
  if (day < 1 || day > days) return { error: `“${typed}”的日期不存在：${y}年${month}月只有 ${days} 天` };
  return { value: `${y}-${mm}-${String(day).padStart(2, '0')}` };
}
