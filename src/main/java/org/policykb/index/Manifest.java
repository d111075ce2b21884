package org.policykb.index;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a finished generation holds: for every indexed corpus file, the content hash it was built
 * from and the ids of the documents it became (one, or one per record). Written last, after the generation is verified, so its presence marks
 * a generation as complete; the next build compares hashes to re-process only what changed.
 */
public record Manifest(int schemaVersion, String generation, Instant builtAt, long documents, Map<String, Entry> files) {
  static final String FILE = "manifest.json";
  private static final ObjectMapper JSON = Json.mapper();

  /** One indexed file and the ids of its documents, in record order. */
  public record Entry(String hash, List<String> ids) {
    public Entry {
      ids = List.copyOf(ids);
    }
  }

  public Manifest {
    files = new TreeMap<>(files);
  }

  static Optional<Manifest> read(Path generationDir) throws IOException {
    Path file = generationDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    return Optional.of(JSON.readValue(file.toFile(), Manifest.class));
  }

  /**
   * Just the schema version, read from the head of the file: the manifest of a large corpus lists
   * hundreds of thousands of files, and a starting server need not read them.
   */
  static int readSchemaVersion(Path generationDir) throws IOException {
    try (JsonParser parser = JSON.getFactory().createParser(generationDir.resolve(FILE).toFile())) {
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

  void write(Path generationDir) throws IOException {
    Path tmp = generationDir.resolve(FILE + ".tmp");
    JSON.writeValue(tmp.toFile(), this);
    Files.move(tmp, generationDir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
  }
}
