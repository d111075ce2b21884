package org.policykb.http;

import java.util.ArrayList;
import java.util.List;
import org.policykb.export.ConcordanceExport;
import org.policykb.export.GraphExport;
import org.policykb.model.Reference;
import org.policykb.query.Facet;
import org.policykb.query.Parameter;
import org.policykb.query.QueryParser;
import org.policykb.research.Suggester;
import org.policykb.search.CollocateFilter;
import org.policykb.search.CollocatesRequest;
import org.policykb.search.ConcordanceRequest;
import org.policykb.search.DocumentAnswers;
import org.policykb.search.FrequencyRequest;
import org.policykb.search.KeywordsRequest;
import org.policykb.search.LinksRequest;
import org.policykb.search.SearchRequest;

/**
 * Every parameter of the API but the filters ({@link org.policykb.query.FilterParameters}): one entry per name and
 * meaning, its limits read from the request it builds. {@link ApiOperation} lists which endpoint takes which; the
 * router checks requests against them and the OpenAPI document renders them.
 */
final class ApiParameters {
  private ApiParameters() {}

  static final int DEFAULT_SNIPPET_WINDOW = 40;
  static final int DEFAULT_SNIPPET_LIMIT = 10_000;
  static final int MAX_OFFSET = 1_000_000;
  private static final String CASE = " Case-insensitive.";

  static final Parameter DOCUMENT_ID = Parameter.path("id",
      "The document's id (its corpus file name without the extension): at most " + Params.MAX_ID_LENGTH
          + " characters, no slashes or control characters.")
      .length(1, Params.MAX_ID_LENGTH).example("004_2717864dc0e4d134");

  static final Parameter Q = Parameter.text("q",
      "The query: whitespace-separated terms, each an exact phrase, all required (e.g. `双高协同 高校`). `\"…\"` quotes a phrase "
          + "with spaces; `A OR B` needs either; `-A` excludes; `title:A` matches in titles only; `A NEAR/n B` needs A and B, in "
          + "either order and not overlapping, with at most n indexed characters (after folding; whitespace and soft "
          + "punctuation do not count, hard punctuation does) between the end of one and the start of the other, in one "
          + "paragraph; its occurrences are the shortest such spans, taken from the left (e.g. `高新区 NEAR/5 高等院校`). A "
          + "phrase never spans a paragraph break. Quotes, book-title marks, brackets, middle dots and whitespace inside the "
          + "text are transparent; full-width/half-width forms, letter case and traditional/simplified characters are "
          + "folded. At most " + QueryParser.MAX_QUERY_CHARS + " characters and " + QueryParser.MAX_TERMS + " terms; an empty "
          + "or malformed query is a 400 `invalid_query` that says what is wrong.")
      .asRequired().length(1, QueryParser.MAX_QUERY_CHARS).example("双高协同");

  // ---- search

  static final Parameter PAGE = Parameter.integer("page", 1, 1, SearchRequest.MAX_WINDOW,
      "1-based page number. `page × size` must be at most " + SearchRequest.MAX_WINDOW
          + ": deeper paging is refused rather than slowly served.").example("1");

  static final Parameter SEARCH_SIZE = Parameter.integer("size", 10, 1, SearchRequest.MAX_SIZE, "Hits per page.").example("10");

  static final Parameter SEARCH_SORT = Parameter.choice("sort", SearchRequest.Sort.class, SearchRequest.Sort.RELEVANCE,
      "`relevance` (BM25, ties by id), `date` (newest first), `date_asc` (oldest first) or `cited_by` (the document whose "
          + "work the most works of the corpus cite first, ties by relevance); by date, a document with only a year comes "
          + "after the dated ones of its year, undated documents come last, and ties go by relevance." + CASE);

  static final Parameter FACETS = Parameter.choices("facets", Facet.class,
      "Comma-separated facets to count over every matching document (not only the page), e.g. `facets=year,source`. Each "
          + "listed facet appears as a key of `facets` in the answer; none are counted by default.")
      .example("year", "source");

  static final Parameter FACET_SIZE = Parameter.integer("facet_size", Facet.DEFAULT_SIZE, 1, Facet.MAX_SIZE,
      "Values listed per facet at most, the most frequent first (years: newest first); the `null` bucket is listed on top "
          + "of these.");

  // ---- snippets and documents

  static final Parameter SNIPPET_ID = Parameter.text("id", DOCUMENT_ID.description()).asRequired()
      .length(1, Params.MAX_ID_LENGTH).example("004_2717864dc0e4d134");

  static final Parameter SNIPPET_WINDOW = Parameter.integer("window", DEFAULT_SNIPPET_WINDOW, 0,
      DocumentAnswers.MAX_SNIPPET_WINDOW, "Characters of context on each side of an occurrence.");

  static final Parameter SNIPPET_LIMIT = Parameter.integer("limit", DEFAULT_SNIPPET_LIMIT, 1, Integer.MAX_VALUE,
      "Occurrences listed at most; `total` still counts them all.");

  static final Parameter DOC_NUMBER = Parameter.text("doc_number",
      "A 发文字号: 机关代字, the year in brackets, the serial number and 号, in any bracket form.")
      .asRequired().length(1, null).example("国发〔2019〕4号");

  static final Parameter RELATED_SIZE = Parameter.integer("size", 5, 1, 100, "Documents listed at most.");

  // ---- the policy graph

  static final Parameter DIRECTION = Parameter.choice("direction", LinksRequest.Direction.class, LinksRequest.Direction.OUT,
      "`out`: what the document names; `in`: the documents that name its work (each citing work once).");

  static final Parameter LINK_KINDS = Parameter.commaList("kind", Reference.Kind.keys(),
      "Comma-separated kinds to list (all by default); the counts per kind are of every kind.").example("implements", "repeals");

  static final Parameter LINKS_OFFSET = Parameter.integer("offset", 0, 0, MAX_OFFSET, "The first link listed.");

  static final Parameter LINKS_LIMIT = Parameter.integer("limit", 50, 0, LinksRequest.MAX_LIMIT, "Links listed at most.");

  static final Parameter AS_OF = Parameter.text("as_of",
      "The day the status is of: YYYY, YYYY-MM or YYYY-MM-DD (its last day); today by default.")
      .pattern(org.policykb.query.FilterParameters.DATE_PATTERN).example("2020-06");

  static final Parameter ADOPTION_KINDS = LINK_KINDS.describe(
      "Comma-separated kinds of links counted as adoption: `implements` by default (a document that says it implements this "
          + "one); add `issues` for notices that relay it, `cites` for every mention.").example("implements", "issues");

  static final Parameter ADOPTERS_OFFSET = LINKS_OFFSET.describe("The first adopter listed.");

  static final Parameter ADOPTERS_LIMIT = Parameter.integer("limit", 100, 0, LinksRequest.MAX_LIMIT,
      "Adopters listed at most; the rows and counts are of all of them.");

  static final Parameter AGENCY_CODE = Parameter.text("agency_code",
      "The agency code as documents state it (国办发, 苏政办发, 国务院令), at most " + DocumentAnswers.MAX_AGENCY_CODE + " characters.")
      .asRequired().length(1, DocumentAnswers.MAX_AGENCY_CODE).example("国发");

  static final Parameter REGISTRY_YEAR = Parameter.integer("year", null, 1900, 2099,
      "The year of the numbers (the year in their brackets); every year when absent.").example("2020");

  static final Parameter GRAPH_FORMAT = Parameter.choice("format", GraphExport.Format.class, GraphExport.Format.CSV,
      "`csv` (the default) or `graphml`." + CASE);

  static final Parameter GRAPH_KINDS = LINK_KINDS.describe("Comma-separated kinds of links exported (all by default).");

  static final Parameter WITHIN = Parameter.bool("within", false,
      "`true`: only links whose named document is of the subcorpus too, a graph closed on it; `false` (the default): the "
          + "named document may be any of the corpus.");

  // ---- concordance

  static final Parameter CONCORDANCE_WINDOW = Parameter.integer("window", ConcordanceRequest.DEFAULT_WINDOW, 0,
      ConcordanceRequest.MAX_WINDOW, "Characters of context on each side.");

  static final Parameter CONCORDANCE_SORT = Parameter.choice("sort", ConcordanceRequest.Order.class, ConcordanceRequest.Order.DOC,
      "`doc`: by document (oldest first, a year-only document after the dated ones of its year, undated last, then id), then "
          + "offset. `left`/`right`: by the left/right context read outward from the match: its indexed characters (folded, "
          + "whitespace and soft punctuation skipped), up to 16, a paragraph break before every character, code point order, "
          + "ties in document order; a context sort is refused (400) above " + ConcordanceRequest.MAX_SORTED_LINES
          + " lines, with a hint to narrow the query." + CASE);

  static final Parameter CONCORDANCE_OFFSET = Parameter.integer("offset", 0, 0, Integer.MAX_VALUE,
      "Lines to skip, in the chosen order.");

  static final Parameter CONCORDANCE_LIMIT = Parameter.integer("limit", ConcordanceRequest.DEFAULT_LIMIT, 0,
      ConcordanceRequest.MAX_PAGE_LIMIT, "Lines to return at most. For a JSON page 0.." + ConcordanceRequest.MAX_PAGE_LIMIT
          + ", default " + ConcordanceRequest.DEFAULT_LIMIT + ". For `format=csv|tsv` any number up to " + Integer.MAX_VALUE
          + ", and when absent every line from `offset` on.");

  static final Parameter CONCORDANCE_FORMAT = Parameter.text("format",
      "`json` (a page), `csv` (RFC 4180, `text/csv`) or `tsv` (`text/tab-separated-values`)." + CASE)
      .values(concordanceFormats()).withDefault("json");

  static final Parameter COLLOCATE = Parameter.text("collocate",
      "Keeps only the occurrences whose collocates window (the same segmentation, `span`, `side`, `unit` and paragraph "
          + "limits as `/api/collocates`) holds this word or n-gram, as the collocates answer writes it: the total is then "
          + "that collocate's `lines`, in JSON pages and exports alike.")
      .length(1, CollocateFilter.MAX_LENGTH).example("推动");

  // ---- collocates, and the collocate a concordance keeps

  static final Parameter SPAN = Parameter.integer("span", CollocatesRequest.DEFAULT_SPAN, 1, CollocatesRequest.MAX_SPAN,
      "Words read on each side of an occurrence.");

  static final Parameter COLLOCATE_SPAN = SPAN.describe(
      "With `collocate`: words on each side of an occurrence that its window holds, as for `/api/collocates`; without it, "
          + "ignored.");

  static final Parameter SIDE = Parameter.choice("side", CollocatesRequest.Side.class, CollocatesRequest.Side.BOTH,
      "Which side of the occurrence words are taken from." + CASE);

  static final Parameter COLLOCATE_SIDE = SIDE.describe(
      "With `collocate`: the side of the occurrence the collocate must stand on (`both`: either); without it, ignored." + CASE);

  static final Parameter UNIT = Parameter.choice("unit", CollocatesRequest.Unit.class, CollocatesRequest.Unit.WORD,
      "`word`: smartcn words; `ngram`: runs of consecutive words 2–6 characters long without punctuation inside, so that "
          + "fixed expressions smartcn splits show whole." + CASE);

  static final Parameter COLLOCATE_UNIT = UNIT.describe(
      "With `collocate`: `word` when it is a smartcn word, `ngram` when it is an n-gram of the collocates' n-gram unit; "
          + "without it, ignored." + CASE);

  static final Parameter MIN = Parameter.integer("min", CollocatesRequest.DEFAULT_MIN, 1, Integer.MAX_VALUE,
      "The fewest co-occurrences (`count`) a word or n-gram needs to be looked up and listed.");

  static final Parameter COLLOCATES_SIZE = Parameter.integer("size", CollocatesRequest.DEFAULT_SIZE, 1,
      CollocatesRequest.MAX_SIZE, "Words listed at most.");

  static final Parameter STAT = Parameter.choice("stat", CollocatesRequest.Statistic.class, CollocatesRequest.Statistic.LL,
      "The association measure that ranks the collocates and is their `score`: `ll` log-likelihood G², `mi` mutual "
          + "information log2(O/E), `logdice` 14 + log2(2·O/(f_x + f_y)), `t` T-score (O − E)/√O (see the description "
          + "above)." + CASE);

  static final Parameter STOP = Parameter.bool("stop", true,
      "`true` leaves out the stop list's Chinese function words (的 了 和 是 在 与 对 把 被 …) and n-grams that begin or end "
          + "with one; `false` lists them. Other collocates' figures are the same either way.");

  // ---- trend and suggestions

  static final Parameter BY = Parameter.text("by",
      "What the buckets are: `year` (a trend; bucket values are numbers) or any other facet, the hits grouped by its "
          + "values (strings): `issuer`, `doc_type`, `source`, `region`, `level`, `cited_by` (bands) … A document with "
          + "several values (a joint document's issuers) counts under each, so that the buckets of such a facet may add up "
          + "to more than the totals. `left` or `right`: the hits grouped by what stands before or after them (`context`), "
          + "each group with its documents and their characters." + CASE)
      .values(byValues()).withDefault("year");

  static final Parameter CONTEXT = Parameter.text("context",
      "With `by=left` or `by=right`: `word` (the default: the word next to the hit, as smartcn segments the run of "
          + "letters and digits there, or the punctuation mark there) or a number of characters, 1 to "
          + org.policykb.search.HitContext.MAX_CHARACTERS + ", in reading order up to a paragraph break (folded, whitespace "
          + "and soft punctuation skipped, as the concordance's context sorts read them). Where the text or paragraph ends "
          + "next to a hit its group is the empty string.")
      .pattern("^(word|[1-9]|1[0-6])$").example("word");

  static final Parameter DISPERSION_SORT = Parameter.choice("sort", org.policykb.search.DispersionRequest.Sort.class,
      org.policykb.search.DispersionRequest.Sort.DOC,
      "`doc`: the concordance's order (oldest first); `occurrences`: the most hits first, ties in that order." + CASE);

  static final Parameter DISPERSION_OFFSET = Parameter.integer("offset", 0, 0, Integer.MAX_VALUE,
      "Documents to skip, in the order.");

  static final Parameter DISPERSION_LIMIT = Parameter.integer("limit", org.policykb.search.DispersionRequest.DEFAULT_LIMIT,
      0, org.policykb.search.DispersionRequest.MAX_LIMIT, "Documents listed at most.");

  static final Parameter PREFIX = Parameter.text("prefix",
      "What the suggestions start with: at most " + Suggester.MAX_PREFIX
          + " characters, at least one searchable (not only punctuation).")
      .asRequired().length(1, Suggester.MAX_PREFIX).example("新质");

  static final Parameter SUGGEST_SIZE = Parameter.integer("size", 10, 1, 100, "Suggestions listed at most.");

  // ---- corpus statistics

  /** The prefix of the reference subcorpus's filters: {@code ref_from}, {@code ref_doc_type} … */
  static final String REFERENCE = "ref_";

  static final Parameter SUBCORPUS_Q = Q.optional().describe(
      "Only the documents this query matches (the query language of `/api/search`), under the filters; every document "
          + "the filters keep when absent.");

  static final Parameter REFERENCE_Q = SUBCORPUS_Q.renamed(REFERENCE + "q",
      "The reference subcorpus: the documents this query matches, under the `ref_` filters.");

  /** The filters again, prefixed, for the reference subcorpus. */
  static final List<Parameter> REFERENCE_FILTERS = org.policykb.query.FilterParameters.ALL.stream()
      .map(p -> p.renamed(REFERENCE + p.name(), "The reference subcorpus's `" + p.name() + "`, as the focus's: "
          + p.description()))
      .toList();

  static final Parameter GRAMS_UNIT = Parameter.choice("unit", org.policykb.search.Grams.Unit.class,
      org.policykb.search.Grams.Unit.WORD,
      "What is counted: `word` (smartcn's words; with `n` > 1, n-grams of whole words) or `char` (n-grams of characters "
          + "as phrases match them: folded, whitespace and soft punctuation skipped). An n-gram never spans punctuation "
          + "or a paragraph break, and is made of words, or of letters and digits, only." + CASE);

  static final Parameter N = Parameter.integer("n", 1, 1, org.policykb.search.Grams.Unit.CHAR.maxN,
      "The n-grams' length in units: 1 to " + org.policykb.search.Grams.Unit.WORD.maxN + " words, or 1 to "
          + org.policykb.search.Grams.Unit.CHAR.maxN + " characters. A word n-gram is written with a space between its "
          + "words.");

  static final Parameter ARF = Parameter.bool("arf", false,
      "`true` adds each item's average reduced frequency (Savický and Hlaváčová 2002), reading the subcorpus's documents "
          + "one after another in id order; `sort=arf` computes it too.");

  static final Parameter FREQUENCY_SORT = Parameter.choice("sort", FrequencyRequest.Sort.class, FrequencyRequest.Sort.FREQUENCY,
      "`frequency` (the most frequent first), `range` (in the most documents first), `dp` (the most evenly spread first), "
          + "`arf` (the largest ARF first; ARF is then computed) or `word` (code point order); ties by frequency, then by the "
          + "word." + CASE);

  static final Parameter FREQUENCY_MIN = Parameter.integer("min", 1, 1, Integer.MAX_VALUE,
      "The fewest occurrences a word needs to be listed.");

  static final Parameter FREQUENCY_STOP = Parameter.bool("stop", false,
      "`true` leaves out the stop list's function words (的 了 和 是 在 …), as the collocates do; `false` (the default) "
          + "lists every word.");

  static final Parameter FREQUENCY_OFFSET = Parameter.integer("offset", 0, 0, Integer.MAX_VALUE, "Words to skip, in the order.");

  static final Parameter FREQUENCY_LIMIT = Parameter.integer("limit", FrequencyRequest.DEFAULT_LIMIT, 0,
      FrequencyRequest.MAX_PAGE_LIMIT, "Words listed at most. For `format=csv` any number up to " + Integer.MAX_VALUE
          + ", and when absent every word from `offset` on.");

  static final Parameter STATISTICS_FORMAT = Parameter.text("format",
      "`json` (the default) or `csv` (RFC 4180, UTF-8 with a byte-order mark)." + CASE)
      .values(List.of("json", "csv")).withDefault("json");

  static final Parameter AGAINST = Parameter.choice("reference", KeywordsRequest.Against.class, null,
      "What the focus is compared with: `rest` (the collection without the focus's documents; the default without `ref_` "
          + "parameters), `all` (the whole collection) or `subcorpus` (the one the `ref_` parameters name; the default "
          + "with them)." + CASE);

  static final Parameter KEYWORDS_MIN = Parameter.integer("min", KeywordsRequest.DEFAULT_MIN, 1, Integer.MAX_VALUE,
      "The fewest occurrences a keyword needs on its side: in the focus for a positive keyword, in the reference for a "
          + "negative one.");

  static final Parameter KEYWORDS_P = Parameter.text("p",
      "The significance level a keyword's log-likelihood must reach (χ², one degree of freedom): `0.05` (G² ≥ 3.84, the "
          + "default), `0.01` (6.63), `0.001` (10.83), `0.0001` (15.13), or `1` for no test.")
      .values(KeywordsRequest.LEVELS).withDefault(KeywordsRequest.LEVELS.get(0));

  static final Parameter KEYWORDS_STOP = Parameter.bool("stop", true,
      "`true` (the default) leaves out the stop list's function words; `false` lists them too.");

  static final Parameter KEYWORDS_SORT = Parameter.choice("sort", KeywordsRequest.Sort.class, KeywordsRequest.Sort.LL,
      "`ll`: each list by log-likelihood G² (significance), the largest first; `log_ratio`: by Log Ratio (effect size), "
          + "the largest first among positive keywords and the smallest among negative ones." + CASE);

  static final Parameter KEYWORDS_SIZE = Parameter.integer("size", KeywordsRequest.DEFAULT_SIZE, 1, KeywordsRequest.MAX_SIZE,
      "Keywords listed at most in each direction.");

  private static List<String> byValues() {
    List<String> values = new ArrayList<>();
    for (Facet f : Facet.values()) {
      values.add(f.apiName());
    }
    values.addAll(List.of("left", "right"));
    return values;
  }

  private static List<String> concordanceFormats() {
    List<String> formats = new ArrayList<>(List.of("json"));
    for (ConcordanceExport.Format f : ConcordanceExport.Format.values()) {
      formats.add(f.name().toLowerCase(java.util.Locale.ROOT));
    }
    return formats;
  }
}
