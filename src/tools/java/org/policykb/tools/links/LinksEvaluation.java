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
  public record Mark(String from, String kind, String to, String evidence) {}

  /** The counts, per kind and in total. */
  public static final class Tally {
    public int expected;
    public int found;
    public int kindRight;
    public int unresolvedExpected;
    public int unresolvedKept;
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
    LinksEvaluation e = new LinksEvaluation();
    Path docs = Files.isDirectory(dir.resolve("docs")) ? dir.resolve("docs") : dir;
    List<Mark> marks = marks(dir.resolve("expect.tsv"));
    Map<String, String> idOfFile = new HashMap<>();
    List<LinkSignature> signatures = new ArrayList<>();
    List<WorkSignature> works = new ArrayList<>();
    CorpusReader reader = new CorpusReader();
    List<Path> files;
    try (Stream<Path> s = Files.list(docs)) {
      files = s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".tsv")
          && !f.getFileName().toString().equals("README.md") && !f.getFileName().toString().equals("SOURCES.tsv")).sorted().toList();
    }
    for (Path f : files) {
      IngestResult r = reader.read(docs, f);
      if (r.status() != IngestResult.Status.OK || r.document() == null) {
        e.refused++;
        continue;
      }
      PolicyDocument d = r.document();
      idOfFile.put(f.getFileName().toString(), d.id());
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
    List<Link> bare = links.stream().filter(l -> l.resolved() && !withoutBare.contains(l.from() + "→" + l.to())).toList();
    e.compare(marks, links, bare, idOfFile, roles);
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
        if (l != null) {
          t.unresolvedKept++;
          total.unresolvedKept++;
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

  private static List<Mark> marks(Path tsv) throws IOException {
    List<Mark> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (f.length >= 4) {
        out.add(new Mark(f[0], f[1], f[2], f[3]));
      }
    }
    return out;
  }

  /** A share as a percentage with one decimal, or "—" for none. */
  public static String percent(int part, int whole) {
    return whole == 0 ? "—" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
  }
}
