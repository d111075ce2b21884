// The API's errors in Chinese for the page. The API answers programs in English ({error, message});
// the page names the parameter or phrase at fault in Chinese, and keeps the English message only
// when none of these forms fits it.

import { FILTERS } from './description.js';

/** The request parameters as the page names them; the filters' names are the server's (x-label). */
export const PARAM_NAMES = { q: '检索式', page: '页码', size: '每页篇数',
  sort: '排序', window: '语境宽度', offset: '起始行', limit: '行数', span: '跨度', side: '方向', min: '最低共现次数',
  facet_size: '分面值个数', id: '文献编号',
  ...Object.fromEntries(FILTERS.map((f) => [f.name, f.label])) };

/** [pattern of the English message, its Chinese] — the query language's errors first. */
const FORMS = [
  [/^q must not be empty/, () => '检索式是空的：请输入要查找的短语'],
  [/^q is (\d+) characters long; the limit is (\d+)/, (n, max) => `检索式有 ${n} 个字，最多 ${max} 个字`],
  [/^q has (\d+) terms; the limit is (\d+)/, (n, max) => `检索式有 ${n} 项，最多 ${max} 项`],
  [/^q is not valid UTF-8/, () => '检索式含有无法识别的字符'],
  [/^the quote at position (\d+) is never closed/, (at) => `第 ${at} 个字处的引号没有配对的另一半`],
  [/^the quotes at position (\d+) contain no phrase/, (at) => `第 ${at} 个字处的引号中间没有短语`],
  [/^a closing quote at position (\d+) must be followed by a space/, (at) => `第 ${at} 个字处的右引号后面要有空格`],
  [/^a quote inside a term at position (\d+)/, (at) => `第 ${at} 个字处的引号在一个词中间：请给整个短语加引号`],
  [/^OR at position (\d+) needs a term on both sides/, (at) => `第 ${at} 个字处的 OR 两边都要有短语`],
  [/^OR at position (\d+) cannot join a NEAR pair/, (at) => `第 ${at} 个字处的 OR 不能连接 NEAR 组合，请分开检索`],
  [/^OR at position (\d+) cannot join an excluded/, (at) => `第 ${at} 个字处的 OR 不能连接排除项（-）`],
  [/^- at position (\d+) must be followed/, (at) => `第 ${at} 个字处的“-”后面要紧跟要排除的短语`],
  [/^title: at position (\d+) must be followed/, (at) => `第 ${at} 个字处的 title: 后面要紧跟短语`],
  [/^(\S+) at position (\d+) is not an operator: write NEAR\/n in capitals with n from 0 to (\d+)/,
    (t, at, max) => `第 ${at} 个字处的 ${t} 不是有效的运算符：请写大写的 NEAR/n，n 为 0 到 ${max}，例如 数字经济 NEAR/10 实体经济（要查这几个字本身，请加引号）`],
  [/^NEAR\/(\d+): the distance must be 0\.\.(\d+)/, (n, max) => `NEAR/${n} 的距离要在 0 到 ${max} 之间`],
  [/needs a phrase on both sides, e\.g\./, () => 'NEAR 两边都要有短语，例如 数字经济 NEAR/10 实体经济'],
  [/cannot follow another operator/, () => 'NEAR 不能紧跟另一个运算符：每个 NEAR 组合单独写'],
  [/joins two phrases of the text, not excluded/, () => 'NEAR 只能连接正文中的两个短语，不能连接排除项（-）或 title: 项'],
  [/^the query needs at least one term that is not excluded/, () => '检索式至少要有一个不带“-”的短语'],
  [/^term '(.*)' has no searchable characters/, (t) => `“${t}”中没有可检索的字（引号、括号和空格在匹配时不计）`],
  // the parameters
  [/^(from|to) must be YYYY, YYYY-MM or YYYY-MM-DD, was '(.*)'/, (p, v) => `${PARAM_NAMES[p]}“${v}”不是日期：请写 1995、1995-03 或 1995-03-05`],
  [/^from \((.*)\) is after to \((.*)\)/, (a, b) => `起始日期 ${a} 晚于截止日期 ${b}`],
  [/^undated=only cannot be combined with from or to/, () => '“仅限无日期文献”不能与日期范围同时使用'],
  [/^(\w+) must be (-?\d+)\.\.(\d+), was (.*)/, (p, a, b, v) => `${PARAM_NAMES[p] || p}要在 ${a} 到 ${b} 之间，现在是 ${v}`],
  [/^(\w+) must be (\d+) or more, was (.*)/, (p, a, v) => `${PARAM_NAMES[p] || p}至少为 ${a}，现在是 ${v}`],
  [/^(\w+) must be an integer, was '(.*)'/, (p, v) => `${PARAM_NAMES[p] || p}要是整数，不能是“${v}”`],
  [/^(\w+) must be ([a-z_]+(?:, [a-z_]+)* or [a-z_]+), was '(.*)'/, (p, list, v) => `${PARAM_NAMES[p] || p}只能是 ${list.replace(' or ', '、').replaceAll(', ', '、')}，不能是“${v}”`],
];

/** An API error message in Chinese, or null when it has no known form. */
export function chineseMessage(message) {
  for (const [pattern, say] of FORMS) {
    const m = pattern.exec(message || '');
    if (m) return say(...m.slice(1));
  }
  return null;
}
