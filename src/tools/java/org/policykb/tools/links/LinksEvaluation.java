package org.policykb.tools.links;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.policykb.index.LinkSignature;
import org.policykb.index.Links;
import org.policykb.index.WorkRole;
import org.policykb.index.WorkSignature;
import org.policykb.index.Works;
import org.policykb.ingest.CorpusReader;
import org.policykb.ingest.IngestResult;
import org.policykb.model.DocNumber;
import org.policykb.model.Link;
import org.policykb.model.PolicyDocument;
import org.policykb.model.Reference;

/**
 * How many of the links marked by reading in a folder's {@code expect.tsv} ({@code from_file kind to_file evidence},
 * the conventions of ../shared/policygraph/README.md) the product finds and resolves, read from the folder's documents
 * as a build reads them: every document ingested, grouped into works, its references resolved.
 *
 * <p>A marked link to a document ({@code to_file} not {@code -}) is found when the product links the same two
 * works; its kind is right when the kinds agree too. A marked link to a title outside the folder is found when the
 * product keeps an unresolved reference of that title (folded); one the product resolves is wrong. Every link the
 * product resolves that no mark names is wrong. {@code cites_number} rows are compared with the links that carry
 * a number.
 */
public final class LinksEvaluation {
  private static final Pattern FIRST_TITLE = Pattern.compile("《((?:[^《》]|《[^《》]*》)*)》");
  private static final Pattern LAST_TITLE = Pattern.compile("《((?:[^《》]|《[^《》]*》)*)》(?!.*《)");

  /** One row of expect.tsv. */
  public record Mark(String from, String kind, String to, String evidence, String notes) {
    /** Whether the marks of its document stop after the first 30,000 characters of its text (a huge file). */
    boolean partial() {
      return notes.contains("first 30,000");
    }
  }

  /** How far into a partly marked document's text its marks go. */
  static final int PARTLY_MARKED = 30_000;

  /** The counts, per kind and in total. */
  public static final class Tally {
    public int expected;
    public int found;
    public int kindRight;
    public int unresolvedExpected;
    public int unresolvedKept;
    /** Of them, those of the kind marked. */
    public int openKindRight;
    public int resolvedByProduct;
    public int wrong;
    /** Links of laws named without marks that no mark names: the marks take such names only in part. */
    public int bareUnmarked;
  }

  public final Map<String, Tally> byKind = new TreeMap<>();
  public final Tally total = new Tally();
  public final List<String> misses = new ArrayList<>();
  public int documents;
  public int refused;
  /** Each document's signature as the build reads it, by id. */
  public final Map<String, LinkSignature> signatures = new TreeMap<>();

  private LinksEvaluation() {}

  /** Reads {@code dir}'s documents (its {@code docs/} folder when it has one) and compares with {@code dir/expect.tsv}. */
  public static LinksEvaluation of(Path dir) throws IOException {
    Path docs = Files.isDirectory(dir.resolve("docs")) ? dir.resolve("docs") : dir;
    List<Path> files;
    try (Stream<Path> s = Files.list(docs)) {
      files = s.filter(Files::isRegularFile).filter(LinksEvaluation::isDocument).sorted().toList();
    }
    Map<String, Path> byKey = new java.util.LinkedHashMap<>();
    files.forEach(f -> byKey.put(f.getFileName().toString(), f));
    return evaluate(docs, byKey, marks(dir.resolve("expect.tsv"), ""), null);
  }

  /**
   * The development set of real policy documents ({@code policydev}): every part's documents read as one corpus, the
   * marks of each part's {@code links.tsv} (to files named from the set's root), judged on the documents of the
   * publishers held out from the element rules ({@code heldOut}), or of the others.
   */
  public static LinksEvaluation ofPolicyDev(Path root, boolean heldOut) throws IOException {
    Map<String, Path> byKey = new java.util.LinkedHashMap<>();
    List<Mark> marks = new ArrayList<>();
    Set<String> judged = new HashSet<>();
    try (Stream<Path> parts = Files.list(root)) {
      for (Path part : parts.filter(Files::isDirectory).sorted().toList()) {
        String name = part.getFileName().toString();
        Map<String, String> publisher = new HashMap<>();
        for (String line : Files.readAllLines(part.resolve("expect.tsv"), StandardCharsets.UTF_8).stream().skip(1).toList()) {
          String[] f = line.split("\t", -1);
          if (f.length > 1) {
            publisher.put(f[0], f[1]);
          }
        }
        try (Stream<Path> files = Files.list(part)) {
          for (Path f : files.filter(Files::isRegularFile).filter(LinksEvaluation::isDocument).sorted().toList()) {
            String key = name + "/" + f.getFileName();
            byKey.put(key, f);
            String p = publisher.get(f.getFileName().toString());
            boolean held = name.equals(org.policykb.tools.elements.ElementsEvaluation.BLIND)
                || p != null && org.policykb.tools.elements.ElementsEvaluation.isHeldOut(p);
            if (held == heldOut) {
              judged.add(key);
            }
          }
        }
        if (Files.isRegularFile(part.resolve("links.tsv"))) {
          marks.addAll(marks(part.resolve("links.tsv"), name + "/"));
        }
      }
    }
    Set<String> marked = new HashSet<>();
    marks.forEach(m -> marked.add(m.from()));
    judged.retainAll(marked); // a document no one marked (a Word or PDF file) is not judged
    return evaluate(root, byKey, marks.stream().filter(m -> judged.contains(m.from())).toList(), judged);
  }

  private static boolean isDocument(Path f) {
    String name = f.getFileName().toString();
    return !name.endsWith(".tsv") && !name.equals("README.md") && !name.equals("LINKS.md") && !name.endsWith(".SOURCES");
  }

  /**
   * Reads the documents ({@code byKey}: the name marks give each file → the file) as a build does, resolves their
   * links and compares them with {@code marks}; only links from the documents of {@code judged} (null: all) count.
   */
  private static LinksEvaluation evaluate(Path corpus, Map<String, Path> byKey, List<Mark> marks, Set<String> judged)
      throws IOException {
    LinksEvaluation e = new LinksEvaluation();
    Map<String, String> idOfFile = new HashMap<>();
    List<LinkSignature> signatures = new ArrayList<>();
    List<WorkSignature> works = new ArrayList<>();
    CorpusReader reader = new CorpusReader();
    CorpusReader.Listing listing = reader.list(corpus);
    for (Map.Entry<String, Path> k : byKey.entrySet()) {
      Path f = k.getValue();
      CorpusReader.Loaded loaded = reader.load(corpus, f, listing.id(f));
      List<IngestResult> parsed = loaded.problem() != null ? List.of(loaded.problem()) : reader.parse(loaded.source());
      IngestResult r = parsed.isEmpty() ? null : parsed.get(0);
      if (r == null || r.status() != IngestResult.Status.OK || r.document() == null) {
        e.refused++;
        continue;
      }
      PolicyDocument d = r.document();
      idOfFile.put(k.getKey(), d.id());
      LinkSignature sig = LinkSignature.of(d);
      signatures.add(sig);
      e.signatures.put(d.id(), sig);
      works.add(WorkSignature.of(d));
      e.documents++;
    }
    Map<String, WorkRole> roles = Works.group(works);
    List<Link> links = Links.resolve(signatures, roles);
    // the links a resolution without the bare law names would not make
    Set<String> withoutBare = new HashSet<>();
    for (Link l : Links.resolve(signatures.stream().map(LinksEvaluation::withoutBare).toList(), roles)) {
      withoutBare.add(l.from() + "→" + l.to());
    }
    Set<String> judgedIds = judged == null ? null
        : judged.stream().map(idOfFile::get).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
    Set<String> partlyMarked = marks.stream().filter(Mark::partial).map(m -> idOfFile.get(m.from()))
        .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
    List<Link> scoped = links.stream().filter(l -> judgedIds == null || judgedIds.contains(l.from()))
        .filter(l -> !partlyMarked.contains(l.from()) || l.inTitle() || l.start() < PARTLY_MARKED).toList();
    List<Link> bare = scoped.stream().filter(l -> l.resolved() && !withoutBare.contains(l.from() + "→" + l.to())).toList();
    e.compare(marks, scoped, bare, idOfFile, roles);
    return e;
  }

  private void compare(List<Mark> marks, List<Link> links, List<Link> bare, Map<String, String> idOfFile,
      Map<String, WorkRole> roles) {
    Map<String, String> workOfFile = new HashMap<>();
    idOfFile.forEach((file, id) -> workOfFile.put(file, roles.get(id).work()));
    // the product's links by citing document: resolved ones by target work, the others by folded title and by number
    Map<String, Map<String, Link>> resolved = new HashMap<>();
    Map<String, Map<String, Link>> open = new HashMap<>();
    Map<String, Map<String, Link>> numbered = new HashMap<>();
    for (Link l : links) {
      if (l.resolved()) {
        // one row per pair, of the strongest kind (a version's link to the one before it may stand beside a repeal)
        resolved.computeIfAbsent(l.from(), k -> new LinkedHashMap<>())
            .merge(l.to(), l, (a, b) -> b.kind().ordinal() < a.kind().ordinal() ? b : a);
      } else if (l.title() != null) {
        open.computeIfAbsent(l.from(), k -> new HashMap<>()).put(LinkSignature.key(l.title()), l);
      }
      if (l.number() != null) {
        numbered.computeIfAbsent(l.from(), k -> new HashMap<>()).put(l.number(), l);
      }
    }
    Set<String> marked = new HashSet<>();
    Set<Link> bareOnly = new HashSet<>(bare);
    for (Mark m : marks) {
      String from = idOfFile.get(m.from());
      if (from == null) {
        misses.add("no document read from " + m.from());
        continue;
      }
      Tally t = byKind.computeIfAbsent(m.kind(), k -> new Tally());
      if (!m.to().equals("-")) {
        String to = workOfFile.get(m.to());
        marked.add(from + "→" + to);
        t.expected++;
        total.expected++;
        Link l = resolved.getOrDefault(from, Map.of()).get(to);
        if (m.kind().equals("cites_number")) {
          Link n = numberedAs(numbered.getOrDefault(from, Map.of()), m.evidence());
          l = n != null && to.equals(n.to()) ? n : null;
        }
        if (l == null) {
          misses.add("missed    " + m.from() + " " + m.kind() + " → " + m.to() + "  " + m.evidence());
          continue;
        }
        t.found++;
        total.found++;
        if (m.kind().equals("cites_number") || kindOf(l).equals(m.kind())) {
          t.kindRight++;
          total.kindRight++;
        } else {
          misses.add("kind      " + m.from() + " " + m.kind() + " → " + m.to() + " read as " + kindOf(l) + "  " + m.evidence());
        }
      } else {
        t.unresolvedExpected++;
        total.unresolvedExpected++;
        if (m.kind().equals("cites_number")) {
          Link n = numberedAs(numbered.getOrDefault(from, Map.of()), m.evidence());
          if (n != null && !n.resolved()) {
            t.unresolvedKept++;
            total.unresolvedKept++;
            t.openKindRight++; // a number's row has no kind of its own
            total.openKindRight++;
          } else {
            misses.add((n == null ? "lost      " : "resolved  ") + m.from() + " " + m.kind() + " -  " + m.evidence()
                + (n == null ? "" : " → " + n.to()));
          }
          continue;
        }
        // the title a row names: the last of its evidence (根据《A》《B》), or the first when the evidence lists what
        // it repeals (《A》（…）、《B》同时废止)
        boolean list = m.kind().equals("repeals") && m.evidence().startsWith("《");
        Matcher title = (list ? FIRST_TITLE : LAST_TITLE).matcher(m.evidence());
        String key = title.find() ? LinkSignature.key(title.group(1)) : LinkSignature.key(m.evidence());
        Link l = open.getOrDefault(from, Map.of()).get(key);
        if (l == null && !m.evidence().contains("《")) { // a repeal of a number alone: 原…公告2006年第26号同时废止
          DocNumber.Found n = DocNumber.find(m.evidence());
          Link byNumber = n == null ? null : numberedAs(numbered.getOrDefault(from, Map.of()), n.written());
          l = byNumber != null && !byNumber.resolved() ? byNumber : null;
        }
        if (l != null) {
          t.unresolvedKept++;
          total.unresolvedKept++;
          if (kindOf(l).equals(m.kind())) {
            t.openKindRight++;
            total.openKindRight++;
          } else {
            misses.add("open kind " + m.from() + " " + m.kind() + " read as " + kindOf(l) + "  " + m.evidence());
          }
        } else {
          misses.add("lost      " + m.from() + " " + m.kind() + " -  " + m.evidence());
        }
      }
    }
    for (Map.Entry<String, Map<String, Link>> e : resolved.entrySet()) {
      for (Link l : e.getValue().values()) {
        total.resolvedByProduct++;
        Tally t = byKind.computeIfAbsent(kindOf(l), k -> new Tally());
        t.resolvedByProduct++;
        if (!marked.contains(l.from() + "→" + l.to()) && bareOnly.contains(l)) {
          total.bareUnmarked++;
          t.bareUnmarked++;
          misses.add("bare      " + l.from() + " " + kindOf(l) + " → " + l.to() + " 《" + l.title() + "》");
        } else if (!marked.contains(l.from() + "→" + l.to())) {
          total.wrong++;
          t.wrong++;
          misses.add("wrong     " + l.from() + " " + kindOf(l) + " → " + l.to() + " (" + l.resolution() + ") "
              + (l.title() != null ? "《" + l.title() + "》" : "") + (l.number() != null ? l.number() : ""));
        }
      }
    }
  }

  private static LinkSignature withoutBare(LinkSignature s) {
    return new LinkSignature(s.id(), s.title(), s.instrument(), s.number(), s.date(), s.issuers(),
        s.references().stream().filter(r -> !r.bare()).toList());
  }

  /** The expect.tsv name of a link's kind. */
  static String kindOf(Link l) {
    return l.kind() == Reference.Kind.CITES ? "cites_title" : l.kind().key();
  }

  /**
   * The link carrying the number a mark prints: the same number normalised, or one that ends with it as printed when
   * the mark leaves out the issuers a 公告's number begins with (公告2020年第43号 for 生态环境部…公告2020年第43号).
   */
  private static Link numberedAs(Map<String, Link> byNumber, String printed) {
    DocNumber n = DocNumber.parse(printed);
    if (n != null && byNumber.containsKey(n.normalized())) {
      return byNumber.get(n.normalized());
    }
    String bare = DocNumber.withoutSpaces(printed);
    for (Map.Entry<String, Link> e : byNumber.entrySet()) {
      if (bare.length() >= 8 && e.getKey().endsWith(bare)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The marks of a table, the citing file's name prefixed with {@code part}. */
  private static List<Mark> marks(Path tsv, String part) throws IOException {
    List<Mark> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (f.length >= 4) {
        out.add(new Mark(part + f[0], f[1], f[2], f[3], f.length > 4 ? f[4] : ""));
      }
    }
    return out;
  }

  /** A share as a percentage with one decimal, or "—" for none. */
  public static String percent(int part, int whole) {
    return whole == 0 ? "—" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
  }
}
