package org.policykb.tools;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.policykb.cli.Locations;
import org.policykb.http.ApiServer;
import org.policykb.ingest.CorpusReader;
import org.policykb.lucene.IndexBuilder;
import org.policykb.lucene.LuceneSearchBackend;
import org.policykb.model.Counts;
import org.policykb.tools.fuzz.IngestFuzzer;
import org.policykb.tools.fuzz.QueryFuzzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Fuzzes ingestion with mutated files and the API with hostile requests; exit 1 on any failure. */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
    description = "Fuzz ingestion (mutated corpus files) and the HTTP API (hostile requests).")
final class FuzzCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Locations locations;

  @Option(names = "--cases", defaultValue = "3000", description = "Cases per fuzzer (default: ${DEFAULT-VALUE}).")
  int cases;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed; the same seed replays the same cases.")
  long seed;

  @Option(names = "--input", description = "Folders whose files are mutated (default: the corpus folder).")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--server", description = "Base URL of a running server to fuzz; default: one started here on the index.")
  URI server;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<byte[]> bytes = new ArrayList<>();
    List<String> names = new ArrayList<>();
    CorpusReader reader = new CorpusReader();
    for (Path folder : inputs.isEmpty() ? List.of(locations.corpus) : inputs) {
      for (Path f : reader.list(folder).files()) {
        if (Files.isRegularFile(f) && Files.size(f) <= CorpusReader.MAX_FILE_BYTES) {
          bytes.add(Files.readAllBytes(f));
          names.add(f.getFileName().toString());
        }
      }
    }
    IngestFuzzer.Report ingest = new IngestFuzzer().run(bytes, names, cases, seed);
    out.printf(Locale.ROOT, "ingestion: %s from %s: %s, %s %s, %s%n", Counts.of(ingest.cases(), "case"),
        Counts.of(bytes.size(), "file"), Counts.of(ingest.documents(), "document"), Counts.of(ingest.rejected(), "clear error"),
        ingest.reasons(), Counts.of(ingest.failures().size(), "failure"));
    ingest.failures().forEach(f -> out.println("  FAILED " + f));
    QueryFuzzer.Report api = server != null ? new QueryFuzzer().run(server, cases, seed) : fuzzLocalServer();
    out.printf(Locale.ROOT, "api: %s: %d answered, %d refused with a 4xx, slowest %d ms, %s%n", Counts.of(api.cases(), "request"),
        api.ok(), api.rejected(), api.slowestMillis(), Counts.of(api.failures().size(), "failure"));
    api.failures().forEach(f -> out.println("  FAILED " + f));
    return ingest.failures().isEmpty() && api.failures().isEmpty() ? 0 : 1;
  }

  private QueryFuzzer.Report fuzzLocalServer() throws Exception {
    if (IndexBuilder.needsBuild(locations.index)) {
      new IndexBuilder().build(locations.corpus, locations.index, r -> {});
    }
    try (LuceneSearchBackend backend = new LuceneSearchBackend(locations.index);
        ApiServer local = ApiServer.start(backend, "127.0.0.1", 0)) {
      return new QueryFuzzer().run(URI.create("http://127.0.0.1:" + local.port()), cases, seed);
    }
  }
}
