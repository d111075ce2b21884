package org.policykb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.policykb.ingest.CorpusReader;
import org.policykb.ingest.IngestResult;
import org.policykb.model.PolicyDocument;

/**
 * Builds the index of a corpus folder from scratch. Files are read in parallel; each file's
 * outcome is reported as it completes, and one file's failure never stops the others. The new
 * index becomes visible to readers only with the final commit.
 */
public final class IndexBuilder {
  private final CorpusReader reader = new CorpusReader();

  /** True when {@code indexDir} holds no index, or one of another schema version. */
  public static boolean needsBuild(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      return true;
    }
    try (Directory dir = FSDirectory.open(indexDir)) {
      if (!DirectoryReader.indexExists(dir)) {
        return true;
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        return IndexInfo.fromUserData(r.getIndexCommit().getUserData()).schemaVersion()
            != Fields.SCHEMA_VERSION;
      }
    }
  }

  public BuildReport build(Path corpus, Path indexDir, Consumer<IngestResult> progress)
      throws IOException {
    Instant started = Instant.now();
    CorpusReader.Listing listing = reader.list(corpus);
    List<Path> files = listing.files();
    Map<Path, String> duplicates = duplicateIds(files, corpus);
    Files.createDirectories(indexDir);
    IndexWriterConfig config =
        new IndexWriterConfig(IndexAnalyzer.create()).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    List<IngestResult> results;
    try (Directory dir = FSDirectory.open(indexDir);
        IndexWriter writer = new IndexWriter(dir, config)) {
      results =
          files.parallelStream()
              .map(f -> duplicates.containsKey(f)
                  ? IngestResult.failed(corpus.relativize(f).toString(), duplicates.get(f))
                  : index(writer, reader.read(corpus, f)))
              .peek(progress)
              .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
      listing.unlisted().forEach(progress);
      results.addAll(listing.unlisted());
      writer.setLiveCommitData(
          new IndexInfo(Fields.SCHEMA_VERSION, Instant.now()).toUserData().entrySet());
      writer.commit();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new BuildReport(results, Duration.between(started, Instant.now()));
  }

  /** Adds the document and keeps only its outcome, so the build never holds the whole corpus. */
  private static IngestResult index(IndexWriter writer, IngestResult result) {
    PolicyDocument doc = result.document();
    if (doc == null) {
      return result;
    }
    try {
      writer.updateDocument(DocumentMapper.idTerm(doc.id()), DocumentMapper.toLucene(doc));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException e) {
      return IngestResult.failed(result.file(), "cannot be indexed: " + e.getMessage());
    }
    return result.withoutDocument();
  }

  /** Files whose id an earlier file (in sorted order) already has, with the reason. */
  private static Map<Path, String> duplicateIds(List<Path> files, Path corpus) {
    Map<String, Path> first = new HashMap<>();
    Map<Path, String> dup = new HashMap<>();
    for (Path f : files) {
      Path earlier = first.putIfAbsent(CorpusReader.idOf(f), f);
      if (earlier != null) {
        dup.put(f, "duplicate id '" + CorpusReader.idOf(f) + "': " + corpus.relativize(earlier) + " has it already");
      }
    }
    return dup;
  }
}
