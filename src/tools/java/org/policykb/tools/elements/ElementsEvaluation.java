package org.policykb.tools.elements;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.policykb.ingest.CorpusReader;
import org.policykb.ingest.IngestResult;
import org.policykb.model.DocNumber;
import org.policykb.model.OfficialElements;
import org.policykb.model.PolicyDocument;

/**
 * Reads real documents as the product does and compares what it finds with what a reader wrote down
 * ({@link ExpectedDocument}): each element right or wrong, a value the document does not state
 * invented or not, text probes kept, boilerplate gone — per publisher. Publishers are split once, by
 * a hash of their name and never by choice, into those the rules may be developed on and those held
 * out ({@link #isHeldOut}); only the first are ever looked at document by document. A held-out publisher
 * may be opened for development once its figures as a held-out publisher are recorded ({@link
 * #GRADUATED}); the documents of the {@value #BLIND} part, gathered after the rules were written, are
 * held out whatever their publisher's name.
 */
public final class ElementsEvaluation {
  private final Map<String, Tally> byPublisher = new TreeMap<>();
  private final List<String> wrong = new ArrayList<>();

  /** The part of the set whose publishers are all held out. */
  public static final String BLIND = "blind";

  /**
   * Publishers held out by their name's hash and since opened for development: their figures as held-out
   * publishers, before any change made for them, are in policydev/README.md.
   */
  static final Set<String> GRADUATED = Set.of("www.pbc.gov.cn");

  /**
   * A publisher is held out when the first byte of its name's SHA-256 is divisible by 3 (about a third) and
   * it was not opened for development since.
   */
  public static boolean isHeldOut(String publisher) {
    if (GRADUATED.contains(publisher)) {
      return false;
    }
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(publisher.getBytes(StandardCharsets.UTF_8));
      return (h[0] & 0xff) % 3 == 0;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Evaluates every document listed under {@code root}. */
  public static ElementsEvaluation of(Path root) throws IOException {
    return of(root, null);
  }

  /**
   * Evaluates the documents listed under {@code root} as their files, or with {@code scans} only the
   * published files (PDF, DOC, DOCX), each read as a scan made from it against what the file prints.
   */
  public static ElementsEvaluation of(Path root, ScannedCopies scans) throws IOException {
    ElementsEvaluation e = new ElementsEvaluation();
    for (ExpectedDocument d : ExpectedDocument.under(root)) {
      if (scans == null) {
        e.add(d, d.file());
      } else if (ScannedCopies.scans(d.file())) {
        Path scan = scans.scan(d.file());
        if (scan != null) {
          e.add(d, scan);
        }
      }
    }
    return e;
  }

  /**
   * Evaluates the saved pages listed under {@code root} as the text a scraper keeps of them ({@link
   * PageTextCopies}), against what that text still shows.
   */
  public static ElementsEvaluation ofPageTexts(Path root, PageTextCopies copies) throws IOException {
    ElementsEvaluation e = new ElementsEvaluation();
    for (ExpectedDocument d : ExpectedDocument.under(root)) {
      if (PageTextCopies.pages(d.file())) {
        Path text = copies.copy(d.file());
        e.add(PageTextCopies.visible(d, java.nio.file.Files.readString(text, StandardCharsets.UTF_8)), text);
      }
    }
    return e;
  }

  /** Evaluates the published files listed under {@code root} as the text {@code pdftotext} extracts from them ({@link PdfTextCopies}). */
  public static ElementsEvaluation ofPdfTexts(Path root, PdfTextCopies copies) throws IOException {
    ElementsEvaluation e = new ElementsEvaluation();
    for (ExpectedDocument d : ExpectedDocument.under(root)) {
      Path text = ScannedCopies.scans(d.file()) ? copies.copy(d.file()) : null;
      if (text != null) {
        e.add(d, text);
      }
    }
    return e;
  }

  void add(ExpectedDocument expected, Path file) {
    Tally t = byPublisher.computeIfAbsent(expected.publisher(), p -> new Tally());
    t.heldOut |= isHeldOut(expected);
    t.blind |= BLIND.equals(expected.file().getParent().getFileName().toString());
    t.documents++;
    IngestResult r = new CorpusReader().read(file.getParent(), file);
    PolicyDocument d = r.status() == IngestResult.Status.OK ? r.document() : null;
    if (d == null) {
      t.unread++;
      wrong.add(line(expected, "file", "readable", r.status() + " " + r.reason()));
    }
    OfficialElements o = d == null ? null : d.official();
    for (String field : ExpectedDocument.FIELDS) {
      String want = normal(field, expected.get(field));
      String got = d == null ? "" : normal(field, found(field, d, o));
      DocNumber wanted = field.equals("doc_number") ? DocNumber.parse(want) : null;
      if (wanted != null && o != null && wanted.normalized().equals(o.docNumberNormalized())) {
        got = want; // the same number, printed with another bracket or with the state's name before a decree
      } else if (field.equals("doc_number") && o != null && underItsHeading(want, o.docNumberNormalized())) {
        got = want; // the part printed under a 令's or a 公告's heading (〔2003〕第5号), read with the heading's series
      }
      t.count(field, want, got);
      if (!want.equals(got)) {
        wrong.add(line(expected, field, want, got));
      }
    }
    for (int i = 1; i <= 3; i++) {
      String probe = expected.get("probe" + i);
      if (!probe.isEmpty()) {
        t.probes++;
        if (d != null && d.text().contains(probe)) {
          t.probesKept++;
        } else {
          wrong.add(line(expected, "probe" + i, probe, "(lost)"));
        }
      }
    }
    for (int i = 1; i <= 2; i++) {
      String absent = expected.get("absent" + i);
      if (!absent.isEmpty()) {
        t.boilerplate++;
        if (d != null && !d.text().contains(absent)) {
          t.boilerplateGone++;
        } else {
          wrong.add(line(expected, "absent" + i, "(gone)", absent));
        }
      }
    }
  }

  /** Whether {@code want} is the part of the number {@code got} printed under its heading. */
  static boolean underItsHeading(String want, String got) {
    DocNumber whole = DocNumber.parse(got);
    DocNumber part = whole == null || want.isEmpty() ? null : DocNumber.underHeading(whole.agencyCode(), want);
    return part != null && part.normalized().equals(whole.normalized());
  }

  private static boolean isHeldOut(ExpectedDocument d) {
    return BLIND.equals(d.file().getParent().getFileName().toString()) || isHeldOut(d.publisher());
  }

  private String line(ExpectedDocument d, String field, String want, String got) {
    return (byPublisher.get(d.publisher()).heldOut ? "H " : "D ") + d.publisher() + "\t" + d.file().getParent().getFileName() + "/"
        + d.file().getFileName() + "\t" + field + "\twant: " + want + "\tgot: " + got;
  }

  private static String found(String field, PolicyDocument d, OfficialElements o) {
    return switch (field) {
      case "title" -> d.titleDerived() ? "" : d.title(); // a title made from the first sentence is marked, not stated
      case "doc_number" -> o.docNumber();
      case "issuer" -> String.join("、", o.issuers());
      case "date_signed" -> o.dateSigned() == null ? "" : o.dateSigned().toString();
      case "date_published" -> o.datePublished() == null ? "" : o.datePublished().toString();
      case "doc_type" -> o.docType();
      default -> throw new IllegalArgumentException(field);
    };
  }

  /** Values compared without the spaces of a layout (titles and names set with full-width spaces). */
  static String normal(String field, String value) {
    if (value == null) {
      return "";
    }
    return value.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
  }

  /** Each publisher's tally. */
  public Map<String, Tally> byPublisher() {
    return byPublisher;
  }

  /** The tally of the held-out publishers ({@code heldOut}) or of the others. */
  public Tally total(boolean heldOut) {
    Tally sum = new Tally();
    byPublisher.forEach((p, t) -> {
      if (t.heldOut == heldOut) {
        sum.addAll(t);
      }
    });
    return sum;
  }

  /** The tally of the blind part's publishers: held out, gathered after the rules were written. */
  public Tally blindTotal() {
    Tally sum = new Tally();
    byPublisher.values().stream().filter(t -> t.blind).forEach(sum::addAll);
    return sum;
  }

  /** What was found wrong, one line each, starting {@code D} (development) or {@code H} (held out). */
  public List<String> wrong() {
    return wrong;
  }

  /** Counts of one publisher (or a sum): per element right of all, invented of the unstated, probes, boilerplate. */
  public static final class Tally {
    /** Whether the publisher is held out: by its name, or by a document of it in the blind part. */
    public boolean heldOut;
    /** Whether the publisher's documents are in the blind part. */
    public boolean blind;
    public int documents;
    public int unread;
    public final Map<String, int[]> right = new TreeMap<>();
    /** Per element: [values the documents do not state, of them invented]. */
    public final Map<String, int[]> unstated = new TreeMap<>();
    public int probes;
    public int probesKept;
    public int boilerplate;
    public int boilerplateGone;

    void count(String field, String want, String got) {
      int[] r = right.computeIfAbsent(field, f -> new int[2]);
      r[1]++;
      if (want.equals(got)) {
        r[0]++;
      }
      if (want.isEmpty()) {
        int[] u = unstated.computeIfAbsent(field, f -> new int[2]);
        u[0]++;
        if (!got.isEmpty()) {
          u[1]++;
        }
      }
    }

    void addAll(Tally t) {
      documents += t.documents;
      unread += t.unread;
      t.right.forEach((f, v) -> {
        int[] r = right.computeIfAbsent(f, k -> new int[2]);
        r[0] += v[0];
        r[1] += v[1];
      });
      t.unstated.forEach((f, v) -> {
        int[] u = unstated.computeIfAbsent(f, k -> new int[2]);
        u[0] += v[0];
        u[1] += v[1];
      });
      probes += t.probes;
      probesKept += t.probesKept;
      boilerplate += t.boilerplate;
      boilerplateGone += t.boilerplateGone;
    }

    /** The share of documents whose {@code field} is right, 1 when none was counted. */
    public double accuracy(String field) {
      int[] r = right.getOrDefault(field, new int[2]);
      return r[1] == 0 ? 1 : (double) r[0] / r[1];
    }

    /** Of all values the documents do not state, the share left null. */
    public double notInvented() {
      int all = 0;
      int invented = 0;
      for (int[] u : unstated.values()) {
        all += u[0];
        invented += u[1];
      }
      return all == 0 ? 1 : 1 - (double) invented / all;
    }

    public double probesKept() {
      return probes == 0 ? 1 : (double) probesKept / probes;
    }

    public double boilerplateGone() {
      return boilerplate == 0 ? 1 : (double) boilerplateGone / boilerplate;
    }
  }
}
