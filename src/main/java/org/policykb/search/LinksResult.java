package org.policykb.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.policykb.model.Link;

/**
 * A page of one document's links, with their counts.
 *
 * @param work the document's work: links in are links to it
 * @param document the document itself as its links see it: its date is the day links compare versions by
 * @param total the links of the kinds asked for, in the direction asked for (each citing work once, for links in)
 * @param byKind every kind's count in that direction, whatever kinds were asked for
 * @param byYear for links in, the count per year of the citing documents; for links out, per year of the documents
 *     named (resolved ones with a known date); of the kinds asked for
 * @param links the page, each with its evidence: for links in, by the citing document's date (undated last); for
 *     links out, in text order
 */
public record LinksResult(String id, String work, String generation, Party document, String direction, long total,
    Map<String, Long> byKind, Map<Integer, Long> byYear, int offset, List<Entry> links) {

  /**
   * One link as the API lists it.
   *
   * @param from the citing document: id, title, date
   * @param to the document named (its work's shown member at build time), when resolved
   * @param evidence the sentence it stands in, cut around it when long
   */
  public record Entry(String kind, String resolution, Party from, Party to, List<String> candidates, String title,
      String number, Integer year, int occurrences, Evidence evidence) {
    public static Entry of(Link l, Evidence evidence) {
      return new Entry(l.kind().key(), l.resolution(), new Party(l.from(), l.fromWork(), l.fromTitle(), l.fromDate(),
          l.fromRegion(), l.fromLevel()),
          l.resolved() ? new Party(l.toDocument(), l.to(), l.toTitle(), l.toDate(), l.toRegion(), l.toLevel()) : null, l.candidates(), l.title(),
          l.number(), l.year(), l.occurrences(), evidence);
    }
  }

  /**
   * A document at one end of a link.
   *
   * @param date the day it was issued, as links compare versions: its 成文日期, else its publication date, or the last
   *     revision its head states when later
   * @param region the province of its issuers (江苏省); null for the central state or when not known
   * @param level the level of its issuers (国家, 省, 市, 县); null when not known
   */
  public record Party(String id, String work, String title, LocalDate date, String region, String level) {}

  /**
   * Where a link's reference stands: {@code text} is the sentence (or, for a long one, the part of it around the
   * reference), {@code start} where it begins in the citing document's text (or title, when {@code inTitle}), and
   * {@code text.substring(referenceStart, referenceEnd)} is the reference exactly as printed.
   */
  public record Evidence(String text, boolean inTitle, int start, int referenceStart, int referenceEnd) {
    /** The most characters evidence shows on either side of its reference when its sentence is long. */
    public static final int AROUND = 120;

    /**
     * The evidence of {@code l} in {@code text} (the citing document's text, or its title for a reference there); null
     * when the offsets no longer fit it.
     */
    public static Evidence of(Link l, String text) {
      if (text == null || l.sentenceEnd() > text.length() || l.sentenceStart() < 0) {
        return null;
      }
      int from = Math.max(l.sentenceStart(), l.start() - AROUND);
      int to = Math.min(l.sentenceEnd(), l.end() + AROUND);
      // never cut a surrogate pair
      if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
        from--;
      }
      if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
        to++;
      }
      String sentence = text.substring(from, to);
      return new Evidence(sentence, l.inTitle(), from, l.start() - from, l.end() - from);
    }
  }
}
