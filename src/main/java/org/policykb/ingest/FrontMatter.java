package org.policykb.ingest;

import java.util.List;
import java.util.Map;

/** A YAML front matter block ({@code ---} … {@code ---}) at the top of a file, and what follows. */
record FrontMatter(Map<String, Object> fields, String body) {

  /** Splits {@code text}; null when it does not open with a front matter block. */
  static FrontMatter split(String text) throws UnreadableSourceException {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (!t.startsWith("---\n") && !t.startsWith("---\r\n")) {
      return null;
    }
    int open = t.indexOf('\n') + 1;
    int close = -1;
    for (int at = open; at < t.length(); ) {
      int nl = t.indexOf('\n', at);
      int lineEnd = nl < 0 ? t.length() : nl;
      String line = t.substring(at, lineEnd).strip();
      if (line.equals("---") || line.equals("...")) {
        close = at;
        break;
      }
      at = lineEnd + 1;
    }
    if (close < 0) {
      throw new UnreadableSourceException("front matter opened with --- is never closed");
    }
    Map<String, Object> fields = YamlReader.readMapping(t.substring(open, close), "front matter");
    int bodyStart = t.indexOf('\n', close);
    return new FrontMatter(fields, bodyStart < 0 ? "" : t.substring(bodyStart + 1));
  }

  String string(String key) {
    return MetadataValues.string(fields.get(key));
  }

  /** A scalar or a list, as a list of non-blank strings; a scalar is split by {@code separators}. */
  List<String> list(String key, java.util.regex.Pattern separators) {
    return MetadataValues.list(fields.get(key), separators);
  }
}
