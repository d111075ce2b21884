package org.policykb.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jsoup.parser.Parser;
import org.policykb.search.LuceneSearchBackend;
import org.policykb.search.SearchHit;
import org.policykb.search.SearchRequest;
import org.policykb.search.SearchResult;
import org.policykb.search.SnippetFormatter;
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

  @Option(names = "--page", defaultValue = "1") int page;

  @Option(names = "--size", defaultValue = "10") int size;

  @Option(names = "--sort", defaultValue = "relevance", description = "relevance or date") String sort;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SearchRequest request = new SearchRequest(String.join(" ", query), page, size, SearchRequest.Sort.parse(sort));
    try (LuceneSearchBackend backend = new LuceneSearchBackend(index)) {
      SearchResult result = backend.search(request);
      out.printf("%d documents match %s (%d ms)%n", result.total(), result.query(), result.tookMs());
      int rank = (page - 1) * size;
      for (SearchHit hit : result.hits()) {
        out.printf("%n%d. %s  [%s]%n   %s · %s · %d occurrences%n", ++rank, hit.title(), hit.id(),
            hit.date() == null ? "undated" : hit.date(), hit.source() == null ? "source unknown" : hit.source(),
            hit.occurrences());
        for (String snippet : hit.snippets()) {
          out.println("   " + plain(snippet));
        }
      }
    }
    return 0;
  }

  /** A marked HTML snippet as terminal text, the match in 【】. */
  static String plain(String snippet) {
    String marked = snippet.replace(SnippetFormatter.MARK_OPEN, "【").replace(SnippetFormatter.MARK_CLOSE, "】");
    return Parser.unescapeEntities(marked, false);
  }
}
