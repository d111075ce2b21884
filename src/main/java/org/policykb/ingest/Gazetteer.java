package org.policykb.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The place names zones are named after, read once from {@code places.txt} next to this class (its
 * header explains the format and the kinds). Looks names up by where they end in a character array,
 * since {@link ParkFinder} finds a zone word first and then looks back for its place.
 */
final class Gazetteer {
  /** What kind of place a name is; decides where it may stand in a zone's name. */
  enum Kind {
    PROVINCE,
    REGION,
    CITY,
    COUNTY,
    AREA;

    /** Names the zones of several cities together when it stands right before a zone word. */
    boolean isWide() {
      return this == PROVINCE || this == REGION;
    }
  }

  /** A place as a value writes it ({@code name}), its kind, and how many characters the text used. */
  record Place(String name, Kind kind, int length) {}

  private static final String RESOURCE = "places.txt";
  static final Gazetteer PLACES = load();

  private final Map<String, Place> byName;
  /** The names written backwards, so that a lookup walks back from where a name ends. */
  private final Node reversed = new Node();

  private Gazetteer(Map<String, Place> byName) {
    this.byName = byName;
    byName.forEach((written, place) -> {
      Node node = reversed;
      for (int i = written.length() - 1; i >= 0; i--) {
        node = node.childOrNew(written.charAt(i));
      }
      node.place = place;
    });
  }

  /** The place written exactly as {@code name}, or null. */
  Place get(String name) {
    return byName.get(name);
  }

  /**
   * The longest place of at least two characters that ends at {@code end} (exclusive) and starts at
   * or after {@code from}; null when there is none. Allocates nothing.
   */
  Place longestEndingAt(char[] text, int from, int end) {
    Place best = null;
    Node node = reversed;
    for (int i = end - 1; i >= from && node != null; i--) {
      node = node.child(text[i]);
      if (node != null && node.place != null && end - i >= 2) {
        best = node.place;
      }
    }
    return best;
  }

  /** One character of a reversed name; children sorted by character for a binary search. */
  private static final class Node {
    private char[] keys = new char[0];
    private Node[] children = new Node[0];
    private Place place;

    Node child(char c) {
      int i = Arrays.binarySearch(keys, c);
      return i >= 0 ? children[i] : null;
    }

    Node childOrNew(char c) {
      int i = Arrays.binarySearch(keys, c);
      if (i >= 0) {
        return children[i];
      }
      int at = -i - 1;
      char[] k = new char[keys.length + 1];
      Node[] n = new Node[children.length + 1];
      System.arraycopy(keys, 0, k, 0, at);
      System.arraycopy(children, 0, n, 0, at);
      k[at] = c;
      n[at] = new Node();
      System.arraycopy(keys, at, k, at + 1, keys.length - at);
      System.arraycopy(children, at, n, at + 1, children.length - at);
      keys = k;
      children = n;
      return n[at];
    }
  }

  private static Gazetteer load() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static Gazetteer parse(BufferedReader reader) throws IOException {
    Map<String, Place> byName = new HashMap<>();
    Kind kind = null;
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      int hash = line.indexOf('#');
      String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (s.isEmpty()) {
        continue;
      }
      if (s.startsWith("[") && s.endsWith("]")) {
        kind = Kind.valueOf(s.substring(1, s.length() - 1).strip().toUpperCase(Locale.ROOT));
        continue;
      }
      if (kind == null) {
        throw new IllegalStateException(RESOURCE + " line " + number + ": a name before any [kind]");
      }
      int eq = s.indexOf('=');
      String written = eq >= 0 ? s.substring(0, eq).strip() : s;
      String name = eq >= 0 ? s.substring(eq + 1).strip() : s;
      byName.put(written, new Place(name, kind, written.length()));
    }
    return new Gazetteer(byName);
  }
}
