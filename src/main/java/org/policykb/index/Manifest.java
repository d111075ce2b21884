package org.policykb.index;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.dataformat.smile.SmileGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a finished generation holds: for every indexed corpus file, the content hash it was built
 * from and the ids of the documents it became (one, or one per record). Written last, after the generation is verified, so its presence marks
 * a generation as complete; the next build compares hashes to re-process only what changed.
 */
public record Manifest(int schemaVersion, String generation, Instant builtAt, long documents, Map<String, Entry> files) {
  /**
   * In Smile, Jackson's binary JSON, the signatures' bytes raw: every build reads and writes the manifest whole (at
   * 1 GB 178k entries, 220 MB as JSON with the signatures in Base64).
   */
  public static final String FILE = "manifest.smile";
  /** What generations written before {@link #FILE} hold: the same in JSON; read, never written. */
  public static final String JSON_FILE = "manifest.json";
  private static final ObjectMapper JSON = Json.mapper();
  private static final ObjectMapper SMILE = Json.mapper().copyWith(SmileFactory.builder()
      .disable(SmileGenerator.Feature.ENCODE_BINARY_AS_7BIT).enable(SmileGenerator.Feature.CHECK_SHARED_STRING_VALUES)
      .build());

  /**
   * One indexed file and the ids of its documents, in record order, with what grouping them into works
   * needs ({@link WorkSignature}, one per id in the same order once the build has grouped them) and what
   * resolving their references needs ({@link LinkSignature}, one per id).
   *
   * @param ocr for a file with pages that are pictures, the name and version of the OCR engine that read
   *     them, or {@value #UNREAD} when there was none and they were left unread; null for a file of text
   * @param stamp the file's {@link org.policykb.ingest.CorpusReader.Stamp#key} when it was hashed: while it stays
   *     the same, the next build trusts the hash without reading the file; null when unknown
   */
  public record Entry(String hash, List<String> ids, String ocr, List<WorkSignature> works, List<LinkSignature> links,
      String stamp) {
    /** The {@code ocr} of a file whose picture pages were not read. */
    public static final String UNREAD = "unread";

    public Entry {
      ids = List.copyOf(ids);
      works = works == null ? List.of() : List.copyOf(works);
      links = links == null ? List.of() : List.copyOf(links);
    }

    public Entry(String hash, List<String> ids) {
      this(hash, ids, null, List.of(), List.of(), null);
    }

    /** The same entry with another stamp. */
    public Entry withStamp(String now) {
      return new Entry(hash, ids, ocr, works, links, now);
    }

    /** What resolving references needs of one of its ids, as the last build read it; null when it holds none. */
    public LinkSignature links(String id) {
      return links.stream().filter(l -> l.id().equals(id)).findFirst().orElse(null);
    }

    /** The signature of one of its ids, as the last build grouped it; null when it holds none. */
    public WorkSignature work(String id) {
      return works.stream().filter(w -> w.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * True when the file's pictures would now be read by another engine than the one that read them
     * (a newer one, or one at all): an incremental build reads such a file again though its bytes are the same.
     *
     * @param engine the engine at hand now; null when there is none
     */
    public boolean readByAnotherOcr(String engine) {
      return ocr != null && engine != null && !ocr.equals(engine);
    }

    /**
     * True when this entry is still the file's, unchanged: the same content hash, and ids that the
     * file's name still gives ({@code stem} itself or its records, {@code stem#…}).
     */
    public boolean unchanged(String hash, String stem) {
      return this.hash.equals(hash) && ids.stream().allMatch(id -> id.equals(stem)
          || id.startsWith(stem) && id.length() > stem.length() && id.charAt(stem.length()) == '#');
    }
  }

  /**
   * A document of a file that is gone from the corpus (or is now refused as a duplicate).
   *
   * @param deletion false when a file still gives the id (it moved): the document is replaced, not deleted
   */
  public record Vanished(String id, boolean deletion) {}

  /**
   * The documents of the files of {@code previous} that are not among {@code kept} (relative paths of
   * the files read in this build); {@code stems} are the ids the kept files' names give.
   */
  public static List<Vanished> vanished(Map<String, Entry> previous, Set<String> kept, Set<String> stems) {
    List<Vanished> out = new java.util.ArrayList<>();
    previous.forEach((file, entry) -> {
      if (!kept.contains(file)) {
        for (String id : entry.ids()) {
          int hash = id.lastIndexOf('#');
          out.add(new Vanished(id, !stems.contains(id) && (hash < 0 || !stems.contains(id.substring(0, hash)))));
        }
      }
    });
    return out;
  }

  public Manifest {
    files = new TreeMap<>(files);
  }

  /** Each file of {@code files} (its path) → the id it gave (a file of records: the prefix of their ids). */
  public static Map<String, String> fileIds(Map<String, Entry> files) {
    Map<String, String> ids = new java.util.HashMap<>();
    if (files != null) {
      files.forEach((file, entry) -> entry.ids().stream().findFirst().ifPresent(id -> {
        int hash = id.lastIndexOf('#');
        ids.put(file, hash > 0 ? id.substring(0, hash) : id);
      }));
    }
    return ids;
  }

  public static Optional<Manifest> read(Path generationDir) throws IOException {
    Path file = generationDir.resolve(FILE);
    if (Files.isRegularFile(file)) {
      return Optional.of(SMILE.readValue(file.toFile(), Manifest.class));
    }
    Path json = generationDir.resolve(JSON_FILE);
    return Files.isRegularFile(json) ? Optional.of(JSON.readValue(json.toFile(), Manifest.class)) : Optional.empty();
  }

  /** True when the generation in {@code generationDir} holds its manifest: it is complete. */
  public static boolean isIn(Path generationDir) {
    return Files.isRegularFile(generationDir.resolve(FILE)) || Files.isRegularFile(generationDir.resolve(JSON_FILE));
  }

  /**
   * Just the schema version, read from the head of the file: the manifest of a large corpus lists
   * hundreds of thousands of files, and a starting server need not read them.
   */
  public static int readSchemaVersion(Path generationDir) throws IOException {
    Path file = generationDir.resolve(FILE);
    ObjectMapper format = Files.isRegularFile(file) ? SMILE : JSON;
    try (JsonParser parser = format.getFactory().createParser(
        Files.isRegularFile(file) ? file.toFile() : generationDir.resolve(JSON_FILE).toFile())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return 0;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        if (name.equals("schema_version")) {
          return parser.getIntValue();
        }
        parser.skipChildren();
      }
    }
    return 0;
  }

  public void write(Path generationDir) throws IOException {
    Path tmp = generationDir.resolve(FILE + ".tmp");
    SMILE.writeValue(tmp.toFile(), this);
    Files.move(tmp, generationDir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
  }
}
