package org.policykb.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The cleaned text of one document as the {@link ElementReader}s see it — its title and paragraphs —
 * and the places the readers have found so far, which later readers start from.
 */
final class OfficialText {
  /** The 版头, the number and the title are among the first paragraphs. */
  static final int HEADER_PARAGRAPHS = 8;
  /** The lines under a title that may still be its header: its second line, a 题注 on two, the number. */
  private static final int UNDER_TITLE = 5;

  final String title;
  final List<String> p;
  /** The paragraph holding the title (or its first line), -1 when the text does not print it. */
  int titleAt = -1;
  /** The title, joined when the text sets it on two lines. */
  String fullTitle;
  /** The first paragraph of the body: after the title and whatever the header prints under it. */
  int bodyFrom;
  /** The 主送 line, -1 when none. */
  int recipientsAt = -1;
  /** The 成文日期 that closes the document, -1 when none. */
  int dateAt = -1;
  /**
   * The 成文日期 the lines under the title state — a law's 题注 (its last adoption, else its
   * promulgation), a date printed beside the number — offered after a signature's date; null when none.
   */
  LocalDate headerDate;

  /** Offers the date under the title: after the signature's, which comes first when the text prints both. */
  void offerHeaderDate(OfficialDraft draft) {
    draft.offerDateSigned(headerDate, "header");
  }
  /** The 版头's names as a title field stated them in place of the title (a database took its first line); none when not. */
  List<String> statedHeader = List.of();
  /** The issuers the 版头 names (a joint document's names stacked above 文件). */
  List<String> markIssuers = List.of();

  OfficialText(String title, List<String> paragraphs) {
    this.title = title;
    this.p = paragraphs.stream().map(String::strip).toList();
    this.fullTitle = title;
  }

  int size() {
    return p.size();
  }

  String at(int i) {
    return p.get(i);
  }

  /** The paragraphs that may belong to the header: the first few, and a few under a title printed lower (after a 公告 publishing it). */
  int headerEnd() {
    return Math.min(Math.max(HEADER_PARAGRAPHS, titleAt + UNDER_TITLE), p.size());
  }

  /** Marks paragraph {@code i} as part of the header: the body starts after it. */
  void headerUpTo(int i) {
    bodyFrom = Math.max(bodyFrom, i + 1);
  }

  static List<String> copy(List<String> names) {
    return new ArrayList<>(names);
  }
}
