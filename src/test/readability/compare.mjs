// Side-by-side check of policykb's article extraction against Mozilla Readability 0.6.0 (with jsdom)
// on every HTML page under ../shared (realworld/gne_*.html, policydocs/zygov_*.html, and any other
// .html/.htm there), and the HTML body of every JSON record there that has one (policydocs/bucm_*.json:
// its article field, which Readability reads as the page). A test tool: never on the product's class path, never in the jar.
//
// Run it (one command, from the repository root; the first time it installs its two packages):
//
//   (cd src/test/readability && npm install --no-audit --no-fund && node compare.mjs)
//
// It runs `mvn -q test -Dtest=ArticleTextExport -Dpolicykb.articles.out=<temp file>` in the repository
// to get our cleaned text of each page (pass `--ours FILE` to reuse a file written that way), runs
// Readability on each raw page, and prints per page and in total:
//
// * probes kept — strings of the page's main text that a correct reading keeps:
//   - policydocs pages: probe1–3 of ../shared/policydocs/expect.tsv (chosen by reading the documents);
//   - realworld pages: the probes of probes.tsv beside this script, chosen by reading each raw page's
//     text (tags stripped, scripts and styles left out): three runs of 12 characters from the beginning,
//     middle and end of the article the page shows, each inside one text node, picked without looking
//     at either extractor's output. The file holds only where each probe is (byte offset and length in
//     the raw file), never the page's words: the pages are third-party and stay in ../shared. The
//     script reads each probe from the page.
// * boilerplate kept — the absent1–2 strings of expect.tsv, and the page notices of MARKERS below,
//   found in an extraction (a marker counts for a page only if it is in that extraction; the raw page
//   always has it somewhere, or no extractor could keep it).
//
// The same figures follow for our own golden pages (src/test/resources/html), with the probes and
// absent strings of fixtures.tsv: the failure shapes these pages stand for (keyword links, a link farm, a
// reply box and a teaser) are not among the pages of ../shared.
//
// Texts are compared after NFKC and with all whitespace removed, since our text drops the spaces a page
// puts between Chinese characters and Readability keeps them.
import { readFileSync, readdirSync, statSync, existsSync, mkdtempSync } from "node:fs";
import { join, relative, dirname } from "node:path";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = join(HERE, "..", "..", "..");
const SHARED = join(REPO, "..", "shared");
const FIXTURES = join(REPO, "src", "test", "resources", "html");
const MARKERS = ["扫一扫", "分享到", "版权所有", "上一篇", "下一篇", "相关阅读", "相关新闻", "相关推荐", "网站地图",
  "ICP备", "免责声明", "打印本页", "关闭窗口", "浏览次数", "网友留言", "我要留言", "发表评论"];

const norm = (s) => (s ?? "").normalize("NFKC").replace(/[\s\u00a0\u3000\u200b]+/g, "");

function htmlPages(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...htmlPages(p));
    else if (/\.html?$/i.test(name) || (/\.json$/i.test(name) && recordHtml(p) !== null)) out.push(p);
  }
  return out;
}

/** The HTML body of a JSON record (the fields policykb reads it from), or null. */
function recordHtml(file) {
  let record;
  try {
    record = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
  for (const field of ["article", "body_html", "content_html", "html", "正文", "内容", "全文"]) {
    if (typeof record?.[field] === "string" && /<(p|div|br|span|table)[\s>]/i.test(record[field])) return record[field];
  }
  return null;
}

function decode(bytes) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

function ours() {
  const at = process.argv.indexOf("--ours");
  if (at > 0) return JSON.parse(readFileSync(process.argv[at + 1], "utf8"));
  const out = join(mkdtempSync(join(tmpdir(), "policykb-compare-")), "ours.json");
  const mvn = spawnSync("mvn", ["-q", "test", "-Dtest=ArticleTextExport", "-Dsurefire.failIfNoSpecifiedTests=false",
    `-Dpolicykb.articles.out=${out}`], { cwd: REPO, stdio: ["ignore", "ignore", "inherit"] });
  if (mvn.status !== 0 || !existsSync(out)) throw new Error(`mvn failed (exit ${mvn.status}); no ${out}`);
  return JSON.parse(readFileSync(out, "utf8"));
}

function readability(html, page) {
  const dom = new JSDOM(html, { url: "https://example.invalid/" + page, virtualConsole: new VirtualConsole() });
  const article = new Readability(dom.window.document).parse();
  return article ? `${article.title ?? ""}\n${article.textContent ?? ""}` : "";
}

/** page → { probes: [...], absent: [...] } */
function expectations(pages) {
  const want = new Map(pages.map((p) => [p, { probes: [], absent: [] }]));
  const expect = join(SHARED, "policydocs", "expect.tsv");
  if (existsSync(expect)) {
    const [head, ...rows] = readFileSync(expect, "utf8").split("\n").filter((l) => l.trim());
    const cols = head.split("\t");
    for (const row of rows) {
      const f = Object.fromEntries(row.split("\t").map((v, i) => [cols[i], v]));
      const w = want.get(`policydocs/${f.file}`);
      if (!w) continue;
      w.probes.push(...["probe1", "probe2", "probe3"].map((c) => f[c]).filter(Boolean));
      w.absent.push(...["absent1", "absent2"].map((c) => f[c]).filter(Boolean));
    }
  }
  for (const line of readFileSync(join(HERE, "fixtures.tsv"), "utf8").split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const [page, kind, text] = line.split("\t");
    want.get(page)?.[kind === "probe" ? "probes" : "absent"].push(text);
  }
  for (const line of readFileSync(join(HERE, "probes.tsv"), "utf8").split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const [page, offset, length] = line.split("\t");
    const w = want.get(page);
    if (!w) continue;
    const bytes = readFileSync(join(SHARED, page)).subarray(Number(offset), Number(offset) + Number(length));
    const probe = decode(bytes);
    if (/[<>]/.test(probe)) throw new Error(`probes.tsv: ${page}@${offset} is not one text run`);
    w.probes.push(probe.replace(/&nbsp;/g, " "));
  }
  return want;
}

function score(text, w) {
  const t = norm(text);
  const missed = w.probes.filter((p) => !t.includes(norm(p)));
  const boiler = [...w.absent, ...MARKERS].filter((m) => t.includes(norm(m)));
  return { kept: w.probes.length - missed.length, missed, boiler, chars: t.length };
}

const pages = [
  ...(existsSync(SHARED) ? htmlPages(SHARED).map((p) => relative(SHARED, p).split("\\").join("/")) : []),
  ...htmlPages(FIXTURES).map((p) => "fixtures/" + relative(FIXTURES, p).split("\\").join("/")),
];
const ourTexts = ours();
const want = expectations(pages);
const totals = new Map();
console.log("page\tprobes\tours kept\treadability kept\tours chars\treadability chars\tours boilerplate\treadability boilerplate");
for (const page of pages) {
  const w = want.get(page);
  const file = page.startsWith("fixtures/") ? join(FIXTURES, page.slice("fixtures/".length)) : join(SHARED, page);
  const o = score(ourTexts[page] ? `${ourTexts[page].title}\n${ourTexts[page].text}` : "", w);
  const html = file.endsWith(".json") ? `<html><body>${recordHtml(file)}</body></html>` : decode(readFileSync(file));
  const r = score(readability(html, page), w);
  const set = page.startsWith("fixtures/") ? "our golden pages (src/test/resources/html)" : "../shared";
  const t = totals.get(set) ?? { pages: 0, probes: 0, ours: 0, theirs: 0, oursDirty: 0, theirsDirty: 0 };
  totals.set(set, t);
  t.pages += 1;
  t.probes += w.probes.length;
  t.ours += o.kept;
  t.theirs += r.kept;
  t.oursDirty += o.boiler.length > 0 ? 1 : 0;
  t.theirsDirty += r.boiler.length > 0 ? 1 : 0;
  console.log([page, w.probes.length, o.kept, r.kept, o.chars, r.chars, o.boiler.join(",") || "-", r.boiler.join(",") || "-"].join("\t"));
  for (const m of o.missed) console.log(`\tours missed: ${m}`);
  for (const m of r.missed) console.log(`\treadability missed: ${m}`);
}
for (const [set, t] of totals) {
  console.log(`\n${set}: ${t.pages} pages`);
  console.log(`  probes kept: ours ${t.ours} of ${t.probes}, Readability ${t.theirs} of ${t.probes}`);
  console.log(`  pages with boilerplate: ours ${t.oursDirty} of ${t.pages}, Readability ${t.theirsDirty} of ${t.pages}`);
}
