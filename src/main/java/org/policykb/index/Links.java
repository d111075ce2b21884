package org.policykb.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.policykb.ingest.Regions;
import org.policykb.model.Link;
import org.policykb.model.Reference;
import org.policykb.model.Reference.Kind;

/**
 * Resolves the references of a generation's documents ({@link LinkSignature}) to its works, precision first:
 * <ol>
 *   <li>by 发文字号: the works stating that number;
 *   <li>else by title: the works whose title (folded, {@link LinkSignature#key}) is the one named, or whose
 *       notice issues an instrument of that title; then the title without 中华人民共和国 (《证券法》) or without
 *       the issuer before 关于 (《关于适用〈…〉的解释》);
 *   <li>among several works of one title — versions — the latest issued on or before the citing document,
 *       else the earliest; a repeal names one issued before it, and in the year its sentence names when it
 *       names one (1992年…发布的《…》).
 * </ol>
 * A reference that could still name two works is {@link Link#AMBIGUOUS} and lists them; one that names none is
 * {@link Link#UNRESOLVED} and keeps its title and number. A document never links to its own work. Versions of one title
 * make a chain: each amends the one before it ({@link Link#VERSION}).
 *
 * <p>A document's references to one target are one link: the strongest kind (repeals, amends, issues, implements,
 * cites), the first evidence of it, and how many references there were. A version's link to the version before it
 * is one more, whatever the text says of that version.
 */
public final class Links {
  /** A title that several versions may share: a named law, regulation or rule, not a dated notice or report. */
  private static final Pattern VERSIONED = Pattern.compile(".*(?:法|法典|条例|规定|办法|细则|规则|解释|章程|准则|纲要)(?:试行|暂行)?");
  private static final String STATE = "中华人民共和国";
  /** The abbreviations of the provinces, with which agency codes begin (苏政发, 京政办发). */
  private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼港澳台";
  /** What may stand right before a law named without marks (依照, 根据, 适用, 违反 …, and punctuation). */
  private static final String BEFORE_BARE_NAME = "照据按用反行与和及或的对即是由在为以于定把依将合犯触订、，；：条款项“”\"";

  private final Map<String, String> workOf;
  private final Map<String, String> shownOf = new HashMap<>();
  private final Map<String, LinkSignature> byId = new HashMap<>();
  private final Map<String, Set<String>> byNumber = new HashMap<>();
  private final Map<String, Set<String>> byTitle = new HashMap<>();
  private final Map<String, Set<String>> byInstrument = new HashMap<>();
  private final Map<String, Set<String>> byShortTitle = new HashMap<>();
  /** The agency codes (and series) of the corpus's numbers. */
  private final Set<String> codes = new java.util.HashSet<>();
  /** Work → its title key and date (of its shown member). */
  private final Map<String, LinkSignature> shownSignature = new HashMap<>();

  private Links(Collection<LinkSignature> documents, Map<String, WorkRole> roles) {
    this.workOf = new HashMap<>();
    for (LinkSignature d : documents) {
      WorkRole role = roles.get(d.id());
      String work = role == null ? d.id() : role.work();
      workOf.put(d.id(), work);
      byId.put(d.id(), d);
      if (role == null || role.shown()) {
        shownOf.put(work, d.id());
        shownSignature.put(work, d);
      }
    }
    for (LinkSignature d : documents) {
      String work = workOf.get(d.id());
      if (d.number() != null) {
        byNumber.computeIfAbsent(d.number(), k -> new TreeSet<>()).add(work);
        org.policykb.model.DocNumber n = org.policykb.model.DocNumber.parse(d.number());
        if (n != null) {
          codes.add(n.agencyCode());
        }
      }
      String key = LinkSignature.key(d.title());
      if (key != null) {
        byTitle.computeIfAbsent(key, k -> new TreeSet<>()).add(work);
        String withoutIssuer = withoutIssuer(key);
        if (withoutIssuer != null) {
          byShortTitle.computeIfAbsent(withoutIssuer, k -> new TreeSet<>()).add(work);
        }
      }
      String instrument = LinkSignature.key(d.instrument());
      if (instrument != null) {
        byInstrument.computeIfAbsent(instrument, k -> new TreeSet<>()).add(work);
      }
    }
  }

  /** Every link of the documents, citing document by citing document in id order. */
  public static List<Link> resolve(Collection<LinkSignature> documents, Map<String, WorkRole> roles) {
    Links links = new Links(documents, roles);
    List<LinkSignature> ordered = new ArrayList<>(documents);
    ordered.sort(Comparator.comparing(LinkSignature::id));
    Map<String, List<Link>> versions = links.versionLinks();
    List<Link> out = new ArrayList<>();
    for (LinkSignature d : ordered) {
      out.addAll(links.of(d, versions.getOrDefault(d.id(), List.of())));
    }
    return out;
  }

  /**
   * How many works cite each work (links of shown members, resolved, between two works, a version's link to the
   * one before it not counted), by the id of every member of the cited work; works no one cites are absent.
   */
  public static Map<String, Integer> citedBy(List<Link> links, Map<String, WorkRole> roles) {
    Map<String, Set<String>> citing = new HashMap<>();
    for (Link l : links) {
      if (l.resolved() && l.fromShown() && !Link.VERSION.equals(l.resolution())) {
        citing.computeIfAbsent(l.to(), k -> new java.util.HashSet<>()).add(l.fromWork());
      }
    }
    Map<String, Integer> out = new HashMap<>();
    citing.forEach((work, from) -> out.put(work, from.size()));
    Map<String, Integer> byDocument = new HashMap<>();
    roles.forEach((id, role) -> {
      Integer n = out.get(role.work());
      if (n != null) {
        byDocument.put(id, n);
      }
    });
    out.forEach((work, n) -> byDocument.putIfAbsent(work, n)); // a work of one document without a role
    return byDocument;
  }

  /** One document's links, one per target, strongest kind first in text order. */
  private List<Link> of(LinkSignature d, List<Link> versions) {
    Map<String, Link> byTarget = new LinkedHashMap<>();
    for (Link v : versions) {
      byTarget.put("v:" + v.to(), v); // kept apart: the chain of versions stands whatever else the text does with it
    }
    for (Reference r : d.references()) {
      Link l = resolve(d, r);
      if (l == null) {
        continue;
      }
      String target = l.resolved() ? "w:" + l.to()
          : r.title() != null ? "t:" + LinkSignature.key(r.title()) : "n:" + r.number();
      Link before = byTarget.get(target);
      if (before == null) {
        byTarget.put(target, l);
      } else {
        Link kept = l.kind().ordinal() < before.kind().ordinal() ? l : before;
        if (kept.number() == null && (l.number() != null || before.number() != null)) {
          kept = withNumber(kept, l.number() != null ? l.number() : before.number());
        }
        byTarget.put(target, withOccurrences(kept, before.occurrences() + 1));
      }
    }
    return List.copyOf(byTarget.values());
  }

  private Link resolve(LinkSignature d, Reference given) {
    String own = workOf.get(d.id());
    Reference r = withCodeOfTheCorpus(given);
    if (namesOnlyItself(r, own)) {
      return null;
    }
    Choice choice = null;
    if (r.number() != null) {
      choice = choose(d, r, without(byNumber.get(r.number()), own), Link.BY_NUMBER);
    }
    String key = LinkSignature.key(r.title());
    if (r.bare()) {
      return bare(d, r, own);
    }
    if ((choice == null || choice.none()) && key != null) {
      choice = choose(d, r, without(byTitle.get(key), own), Link.BY_TITLE);
      if (choice.none()) {
        choice = choose(d, r, without(byInstrument.get(key), own), Link.BY_INSTRUMENT);
      }
      if (choice.none() && !key.startsWith(STATE)) {
        choice = choose(d, r, without(byTitle.get(STATE + key), own), Link.BY_SHORT_TITLE);
      }
      if (choice.none() && key.startsWith("关于")) {
        choice = choose(d, r, without(byShortTitle.get(key), own), Link.BY_SHORT_TITLE);
      }
    }
    String work = workOf.get(d.id());
    boolean shown = d.id().equals(shownOf.get(work));
    if (choice == null || choice.none()) {
      return link(d, work, shown, r, Link.UNRESOLVED, null, List.of());
    }
    if (choice.work() == null) {
      return link(d, work, shown, r, Link.AMBIGUOUS, null, choice.candidates());
    }
    return link(d, work, shown, r, choice.how(), choice.work(), List.of());
  }

  /**
   * A reference whose number the corpus does not hold, with its agency code cut to the longest end of it that is a
   * code of the corpus, when the words before it ran into it (…参照国发〔2021〕9号: 参照 is no part of 国发): at least two
   * characters are cut off, and the last of them is not a province's abbreviation (苏国发 stays whole). Otherwise the
   * reference as it is.
   */
  private Reference withCodeOfTheCorpus(Reference r) {
    if (r.number() == null || byNumber.containsKey(r.number())) {
      return r;
    }
    org.policykb.model.DocNumber n = org.policykb.model.DocNumber.parse(r.number());
    if (n == null || !r.number().startsWith(n.agencyCode())) {
      return r;
    }
    String code = n.agencyCode();
    for (int i = 2; i <= code.length() - 2; i++) {
      if (codes.contains(code.substring(i)) && PROVINCES.indexOf(code.charAt(i - 1)) < 0) {
        return new Reference(r.kind(), r.title(), r.number().substring(i), r.year(), r.inTitle(),
            r.title() == null ? r.start() + i : r.start(), r.end(), r.sentenceStart(), r.sentenceEnd(), r.bare());
      }
    }
    return r;
  }

  /**
   * Whether the reference names its own work and nothing else: its own number or title printed in its text, or the
   * instrument it issues (关于印发《X》的通知 … 现将《X》印发给你们).
   */
  private boolean namesOnlyItself(Reference r, String own) {
    Set<String> byNum = r.number() == null ? null : byNumber.get(r.number());
    if (byNum != null && byNum.equals(Set.of(own))) {
      return true;
    }
    String key = LinkSignature.key(r.title());
    if (r.number() != null || key == null || r.kind() == Kind.REPEALS || r.kind() == Kind.AMENDS) {
      return false; // no document repeals or amends itself: a title of its own there names a predecessor
    }
    Set<String> titled = byTitle.get(key);
    Set<String> issued = byInstrument.get(key);
    return titled != null && titled.equals(Set.of(own)) || titled == null && issued != null && issued.equals(Set.of(own));
  }

  /**
   * A law named without marks: the longest end of the run that is a law of the corpus (with or without
   * 中华人民共和国) and starts after a word that cannot be part of a name; null when there is none.
   */
  private Link bare(LinkSignature d, Reference r, String own) {
    String run = LinkSignature.key(r.title());
    for (int i = 0; run != null && i <= run.length() - 2; i++) {
      // a name of two characters (刑法, 宪法) only after a word that cannot end a name; a longer one anywhere
      if (i > 0 && run.length() - i < 3 && BEFORE_BARE_NAME.indexOf(run.charAt(i - 1)) < 0) {
        continue;
      }
      String name = run.substring(i);
      List<String> works = new ArrayList<>(without(byTitle.get(STATE + name), own));
      works.addAll(without(byTitle.get(name), own));
      if (!works.isEmpty()) {
        Choice choice = choose(d, r, works.stream().distinct().sorted().toList(), Link.BY_SHORT_TITLE);
        String work = workOf.get(d.id());
        boolean shown = d.id().equals(shownOf.get(work));
        Reference named = new Reference(r.kind(), r.title().substring(r.title().length() - name.length()), null, null,
            false, r.end() - name.length(), r.end(), r.sentenceStart(), r.sentenceEnd(), true);
        return choice.work() == null ? link(d, work, shown, named, Link.AMBIGUOUS, null, choice.candidates())
            : link(d, work, shown, named, choice.how(), choice.work(), List.of());
      }
    }
    return null;
  }

  private Link link(LinkSignature d, String work, boolean shown, Reference r, String how, String to, List<String> candidates) {
    LinkSignature target = to == null ? null : shownSignature.get(to);
    return new Link(d.id(), work, shown, d.date(), r.kind(), how, to, to == null ? null : shownOf.get(to), candidates,
        r.title(), r.number(), r.year(), r.inTitle(), r.start(), r.end(), r.sentenceStart(), r.sentenceEnd(), 1, d.title(),
        target == null ? null : target.title(), target == null ? null : target.date(), Regions.of(d.issuers()).province(),
        Regions.of(d.issuers()).level(), target == null ? null : Regions.of(target.issuers()).province(),
        target == null ? null : Regions.of(target.issuers()).level());
  }

  /**
   * The work a reference names among {@code works}: the only one; or, when all are versions of one title, the one
   * the citing document's date (and the year its sentence names) points at; else none, the candidates listed.
   */
  private Choice choose(LinkSignature citing, Reference r, List<String> works, String how) {
    if (works.isEmpty()) {
      return new Choice(null, List.of(), how);
    }
    if (works.size() == 1 && r.year() == null && r.kind() != Kind.REPEALS) {
      return new Choice(works.get(0), works, how);
    }
    String title = null;
    for (String w : works) {
      String k = LinkSignature.key(shownSignature.get(w).title());
      if (k == null || title != null && !title.equals(k) || shownSignature.get(w).date() == null || !versioned(k)) {
        return works.size() == 1 ? new Choice(works.get(0), works, how) : new Choice(null, works, how);
      }
      title = k;
    }
    List<String> byDate = new ArrayList<>(works);
    byDate.sort(Comparator.comparing((String w) -> shownSignature.get(w).date()).thenComparing(w -> w));
    LocalDate until = citing.latestDay();
    if (r.kind() == Kind.REPEALS && until == null && r.year() == null) {
      return works.size() == 1 ? new Choice(works.get(0), works, how) : new Choice(null, works, how);
    }
    if (r.kind() == Kind.REPEALS && until != null) {
      until = until.minusDays(1);
    }
    if (r.year() != null) {
      LocalDate endOfYear = LocalDate.of(r.year(), 12, 31);
      until = until == null || endOfYear.isBefore(until) ? endOfYear : until;
    }
    if (until == null) {
      return new Choice(byDate.get(0), works, how); // no version is known to be on or before it: the earliest
    }
    String latest = null;
    for (String w : byDate) {
      if (!shownSignature.get(w).date().isAfter(until)) {
        latest = w;
      }
    }
    if (latest == null) {
      // nothing issued by then: a citation names the earliest; a repeal, or a year named, names none of these
      return r.kind() == Kind.REPEALS || r.year() != null ? new Choice(null, List.of(), how) : new Choice(byDate.get(0), works, how);
    }
    return new Choice(latest, works, how);
  }

  /** What {@link #choose} found: a work, or none with the candidates (empty when nothing could be meant). */
  private record Choice(String work, List<String> candidates, String how) {
    boolean none() {
      return work == null && candidates.isEmpty();
    }
  }

  /** For each newer version of a title, its link to the version before it. */
  private Map<String, List<Link>> versionLinks() {
    Map<String, List<Link>> out = new HashMap<>();
    for (Map.Entry<String, Set<String>> e : byTitle.entrySet()) {
      if (e.getValue().size() < 2 || !versioned(e.getKey())) {
        continue;
      }
      List<String> dated = e.getValue().stream().filter(w -> shownSignature.get(w).date() != null)
          .sorted(Comparator.comparing((String w) -> shownSignature.get(w).date()).thenComparing(w -> w)).toList();
      for (int i = 1; i < dated.size(); i++) {
        LinkSignature newer = shownSignature.get(dated.get(i));
        LinkSignature older = shownSignature.get(dated.get(i - 1));
        if (!newer.date().isAfter(older.date())) {
          continue; // one day, two works: which came first is not known
        }
        String work = workOf.get(newer.id());
        Link l = new Link(newer.id(), work, true, newer.date(), Kind.AMENDS, Link.VERSION, dated.get(i - 1),
            older.id(), List.of(), older.title(), null, null, true, 0, newer.title().length(), 0, newer.title().length(), 1,
            newer.title(), older.title(), older.date(), Regions.of(newer.issuers()).province(),
            Regions.of(newer.issuers()).level(), Regions.of(older.issuers()).province(), Regions.of(older.issuers()).level());
        out.computeIfAbsent(newer.id(), k -> new ArrayList<>()).add(l);
      }
    }
    return out;
  }

  /** Whether works of this title (folded) are versions of one text: a named law, regulation or rule, not a 关于… notice. */
  private static boolean versioned(String key) {
    return !key.startsWith("关于") && VERSIONED.matcher(key).matches();
  }

  /** The part of a title from its 关于 on, when something (the issuer) stands before it; null otherwise. */
  private static String withoutIssuer(String key) {
    int about = key.indexOf("关于");
    return about > 0 ? key.substring(about) : null;
  }

  private static List<String> without(Set<String> works, String own) {
    if (works == null) {
      return List.of();
    }
    return works.stream().filter(w -> !w.equals(own)).toList();
  }

  private static Link withOccurrences(Link l, int n) {
    return new Link(l.from(), l.fromWork(), l.fromShown(), l.fromDate(), l.kind(), l.resolution(), l.to(), l.toDocument(),
        l.candidates(), l.title(), l.number(), l.year(), l.inTitle(), l.start(), l.end(), l.sentenceStart(), l.sentenceEnd(), n,
        l.fromTitle(), l.toTitle(), l.toDate(), l.fromRegion(), l.fromLevel(), l.toRegion(), l.toLevel());
  }

  private static Link withNumber(Link l, String number) {
    return new Link(l.from(), l.fromWork(), l.fromShown(), l.fromDate(), l.kind(), l.resolution(), l.to(), l.toDocument(),
        l.candidates(), l.title(), number, l.year(), l.inTitle(), l.start(), l.end(), l.sentenceStart(), l.sentenceEnd(),
        l.occurrences(), l.fromTitle(), l.toTitle(), l.toDate(), l.fromRegion(), l.fromLevel(), l.toRegion(), l.toLevel());
  }
}
