package org.policykb;

import java.io.IOException;
import java.nio.file.Path;
import org.policykb.index.BuildReport;
import org.policykb.lucene.IndexBuilder;

/** The shipped corpus and a real index of it, built into a test's temporary folder. */
public final class TestCorpus {
  public static final Path SEEDS = Path.of("corpus");
  public static final String ID_000 = "000_2866834a70edf2cd";
  public static final String ID_001 = "001_5704cabe01a8569a";
  public static final String ID_002 = "002_e7936e1d48ffe19d";
  public static final String ID_003 = "003_b8ec8fbca2cc3228";
  public static final String ID_004 = "004_2717864dc0e4d134";

  /** The real-world documents of the shared data, when they are there. */
  public static final Path REALWORLD = Path.of("..", "shared", "realworld");

  private TestCorpus() {}

  /** Copies the shipped corpus into {@code corpus}. */
  public static void copySeeds(Path corpus) throws IOException {
    copyFiles(SEEDS, corpus);
  }

  /** Copies the shipped corpus and, when they are there, the real-world documents into {@code corpus}. */
  public static void copySeedsAndRealWorld(Path corpus) throws IOException {
    copyFiles(SEEDS, corpus);
    if (java.nio.file.Files.isDirectory(REALWORLD)) {
      copyFiles(REALWORLD, corpus);
    }
  }

  private static void copyFiles(Path from, Path corpus) throws IOException {
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(from)) {
      for (Path f : files.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
        java.nio.file.Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
  }

  public static BuildReport buildIndex(Path corpus, Path indexDir) throws IOException {
    return new IndexBuilder().build(corpus, indexDir, r -> {});
  }
}
