package org.policykb.ingest;

import java.util.regex.Pattern;

/**
 * A decoded corpus file on its way to a {@link SourceReader}.
 *
 * @param stem the file name without its extension: the id of a file's only record
 * @param file the path relative to the corpus folder
 * @param ext the lower-cased extension
 * @param text the decoded text
 */
record SourceText(String stem, String file, String ext, String text) {
  /** A record's own id is used when it is a short token that is safe in a URL path. */
  private static final Pattern SAFE_ID = Pattern.compile("[\\p{L}\\p{N}._-]{1,64}");

  static SourceText of(String stem, String file, String text) {
    return new SourceText(stem, file, FileTypes.extension(file), text);
  }

  /**
   * The id of record {@code number} (from 1) of {@code count}: the stem when the file holds one
   * record, else {@code stem#ownId} when the record states a usable id of its own, else {@code stem#number}.
   */
  String recordId(int number, String ownId, int count) {
    if (count == 1) {
      return stem;
    }
    return stem + "#" + (ownId != null && SAFE_ID.matcher(ownId.strip()).matches() ? ownId.strip() : number);
  }

  DocumentDraft draft(int number, String ownId, int count) {
    return new DocumentDraft(recordId(number, ownId, count), file);
  }
}
