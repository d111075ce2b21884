package org.policykb.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.policykb.lucene.LuceneSearchBackend;
import org.policykb.model.Counts;
import org.policykb.search.SearchBackend;
import org.policykb.search.SearchHit;
import org.policykb.search.SearchRequest;
import org.policykb.search.SearchResult;
import org.policykb.text.Occurrence;
import org.policykb.text.Passage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Searches the index and prints hits with their snippets. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search the index from the terminal.")
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query, in the query language of the README.")
  List<String> query;

  @Option(names = "--index", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  @picocli.CommandLine.Mixin BackendOptions backendOptions;

  @Option(names = "--page", defaultValue = "1") int page;

  @Option(names = "--size", defaultValue = "10") int size;

  @Option(names = "--sort", defaultValue = "relevance", description = "relevance, date (newest first) or date_asc (oldest first)") String sort;

  @Option(names = "--count", description = "works (default: the files of one text count once, its best-read file stands for it)"
      + " or files (every file counts).") String count;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SearchRequest request = new SearchRequest(String.join(" ", query), page, size, SearchRequest.Sort.parse(sort),
        org.policykb.query.Filters.NONE.withCount(org.policykb.query.Count.parse(count)), java.util.Set.of(),
        org.policykb.query.Facet.DEFAULT_SIZE);
    try (SearchBackend backend = backendOptions.open(index, LuceneSearchBackend.DEFAULT_TIMEOUT_MILLIS)) {
      SearchResult result = backend.search(request);
      out.printf(Locale.ROOT, "%s %s %s (%d ms)%n", Counts.of(result.total(), "document"), Counts.verb(result.total(), "match"),
          result.query(), result.tookMs());
      int rank = (page - 1) * size;
      for (SearchHit hit : result.hits()) {
        out.printf(Locale.ROOT, "%n%d. %s  [%s]%n   %s · %s · %s%n", ++rank, hit.title(), hit.id(),
            hit.date() != null ? hit.date() : hit.year() != null ? hit.year() : "undated", hit.source() == null ? "source unknown" : hit.source(),
            Counts.of(hit.occurrences(), "occurrence"));
        if (hit.work() != null && hit.work().members().size() > 1) {
          out.printf(Locale.ROOT, "   one text in %d files: %s%n", hit.work().members().size(), hit.work().members().stream()
              .map(m -> m.id() + " (" + m.format() + (m.ocr() ? ", OCR" : "") + ")").collect(java.util.stream.Collectors.joining(", ")));
        }
        for (Passage passage : hit.passages()) {
          out.println("   " + plain(passage));
        }
      }
    }
    return 0;
  }

  /** A passage as one terminal line, the matches in 【】, line breaks as spaces, cuts as …. */
  static String plain(Passage p) {
    StringBuilder s = new StringBuilder(p.cutBefore() ? "…" : "");
    int at = p.start();
    for (Occurrence o : p.matches()) {
      s.append(p.text(), at - p.start(), o.start() - p.start())
          .append('【').append(p.text(), o.start() - p.start(), o.end() - p.start()).append('】');
      at = o.end();
    }
    s.append(p.text(), at - p.start(), p.text().length()).append(p.cutAfter() ? "…" : "");
    return s.toString().replaceAll("\\s*\\R+\\s*", " ");
  }
}
