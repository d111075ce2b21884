package org.policykb.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What one document does with another it names, resolved against the corpus: the citing document, the kind,
 * the work it names (when exactly one could be meant) and the evidence — the sentence and where in it the
 * reference stands.
 *
 * @param from the citing document's id
 * @param fromWork the work it belongs to
 * @param fromShown whether it is its work's shown member: counting links of shown members counts each citing work once
 * @param fromDate the day the citing document was issued; null when it states none
 * @param kind what it does with the one it names
 * @param resolution how the target was found: {@value #BY_NUMBER}, {@value #BY_TITLE}, {@value #BY_SHORT_TITLE},
 *     {@value #BY_INSTRUMENT}, {@value #VERSION}; or why there is none: {@value #UNRESOLVED}, {@value #AMBIGUOUS}
 * @param to the work it names; null when unresolved or ambiguous
 * @param toDocument the shown member of that work when the build resolved it; null when unresolved
 * @param candidates the works an ambiguous reference could name, in id order; empty otherwise
 * @param title the title it names, normalised as the cites facet shows it; null when only a number names it
 * @param number the 发文字号 it names, normalised; null when only a title does
 * @param year the year the sentence says the named document was issued in; null when it says none
 * @param inTitle whether the reference is in the citing document's title (offsets into the title) or its text
 * @param start where the reference starts
 * @param end where it ends
 * @param sentenceStart where the sentence holding it starts (the evidence)
 * @param sentenceEnd where that sentence ends
 * @param occurrences how many references of the citing document name the same target
 * @param fromTitle the citing document's title; null when it states none
 * @param toTitle the title of the document it names (its shown member's) when resolved; null otherwise
 * @param toDate the day that document was issued, when resolved and known
 * @param fromRegion the province of the citing document's issuers (江苏省), null for the central state or when not known
 * @param fromLevel the level of its issuers (国家, 省, 市, 县), null when not known
 * @param toRegion the province of the issuers of the document named, as {@code fromRegion}; null when unresolved
 * @param toLevel their level, as {@code fromLevel}; null when unresolved
 */
public record Link(String from, String fromWork, boolean fromShown, LocalDate fromDate, Reference.Kind kind,
    String resolution, String to, String toDocument, List<String> candidates, String title, String number, Integer year,
    boolean inTitle, int start, int end, int sentenceStart, int sentenceEnd, int occurrences, String fromTitle,
    String toTitle, LocalDate toDate, String fromRegion, String fromLevel, String toRegion, String toLevel) {
  public static final String BY_NUMBER = "number";
  public static final String BY_TITLE = "title";
  /** By a shortened title: without 中华人民共和国, or without the issuer before 关于. */
  public static final String BY_SHORT_TITLE = "short_title";
  /** By the title of the instrument a notice issues (关于印发《X》的通知 holds X). */
  public static final String BY_INSTRUMENT = "instrument";
  /** Not a reference: a newer version of the same title amends the one before it. */
  public static final String VERSION = "version";
  public static final String UNRESOLVED = "unresolved";
  public static final String AMBIGUOUS = "ambiguous";

  public Link {
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
    if ((to == null) != (UNRESOLVED.equals(resolution) || AMBIGUOUS.equals(resolution))) {
      throw new IllegalArgumentException("a link names a work exactly when it is resolved: " + resolution + " → " + to);
    }
  }

  /** Whether it names a work of the corpus. */
  public boolean resolved() {
    return to != null;
  }
}
