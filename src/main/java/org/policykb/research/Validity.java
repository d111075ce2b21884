package org.policykb.research;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.policykb.model.Link;
import org.policykb.model.Reference.Kind;
import org.policykb.search.LinksRequest;
import org.policykb.search.LinksResult;
import org.policykb.search.SearchBackend;

/**
 * A document's versions and its status on a day, read from the links of the corpus, never guessed: the versions are
 * the chain of works of its title each amending the one before ({@link Link#VERSION}); it is {@code repealed} when
 * a document of the corpus issued by that day repeals it, {@code amended} when a newer version or an amending decision
 * of the corpus was issued by then, and otherwise {@code in_force} — as far as the corpus says, which the answer states.
 *
 * @param versions the versions of its title, oldest first, itself among them; just itself when it has no other
 * @param status {@value #IN_FORCE}, {@value #AMENDED} or {@value #REPEALED}
 * @param asOf the day the status is of
 * @param supersededBy the document that repealed it, or its next version; null when none did by then
 * @param evidence the link the status rests on; null for {@value #IN_FORCE}
 */
public record Validity(List<LinksResult.Party> versions, String status, LocalDate asOf, LinksResult.Party supersededBy,
    LinksResult.Entry evidence, String basis) {
  public static final String IN_FORCE = "in_force";
  public static final String AMENDED = "amended";
  public static final String REPEALED = "repealed";
  /** How long a chain of versions is followed at most. */
  static final int MAX_VERSIONS = 50;
  /** What {@code in_force} means: no more than the corpus knows. */
  static final String BASIS = "the links of this corpus: no document of it issued by that day repeals or amends it";

  /** The versions and status of document {@code id} on {@code asOf} (null: today). */
  public static Validity of(SearchBackend backend, String id, LocalDate asOf) {
    LocalDate day = asOf == null ? LocalDate.now(java.time.ZoneOffset.UTC) : asOf;
    LinksResult repeals = backend.links(new LinksRequest(id, LinksRequest.Direction.IN, Set.of(Kind.REPEALS), 0,
        LinksRequest.MAX_LIMIT));
    List<LinksResult.Party> older = walk(backend, id, LinksRequest.Direction.OUT);
    List<LinksResult.Party> newer = walk(backend, id, LinksRequest.Direction.IN);
    List<LinksResult.Party> versions = new ArrayList<>();
    for (int i = older.size() - 1; i >= 0; i--) {
      versions.add(older.get(i));
    }
    versions.add(repeals.document());
    versions.addAll(newer);
    for (LinksResult.Entry e : repeals.links()) {
      if (issuedBy(e.from(), day)) {
        return new Validity(versions, REPEALED, day, e.from(), e, null);
      }
    }
    LinksResult amends = backend.links(new LinksRequest(id, LinksRequest.Direction.IN, Set.of(Kind.AMENDS), 0,
        LinksRequest.MAX_LIMIT));
    for (LinksResult.Entry e : amends.links()) {
      if (issuedBy(e.from(), day)) {
        return new Validity(versions, AMENDED, day, Link.VERSION.equals(e.resolution()) ? e.from() : null, e, null);
      }
    }
    return new Validity(versions, IN_FORCE, day, null, null, BASIS);
  }

  /** Whether a document was issued by {@code day}: an undated one is taken to have been (it is in the corpus). */
  private static boolean issuedBy(LinksResult.Party p, LocalDate day) {
    return p.date() == null || !p.date().isAfter(day);
  }

  /** The versions before (OUT) or after (IN) document {@code id}, nearest first. */
  private static List<LinksResult.Party> walk(SearchBackend backend, String id, LinksRequest.Direction direction) {
    List<LinksResult.Party> out = new ArrayList<>();
    Set<String> seen = new HashSet<>(List.of(id));
    Deque<String> next = new ArrayDeque<>(List.of(id));
    while (!next.isEmpty() && out.size() < MAX_VERSIONS) {
      String at = next.poll();
      LinksResult page = backend.links(new LinksRequest(at, direction, Set.of(Kind.AMENDS), 0, LinksRequest.MAX_LIMIT, false));
      for (LinksResult.Entry e : page.links()) {
        LinksResult.Party p = direction == LinksRequest.Direction.OUT ? e.to() : e.from();
        if (Link.VERSION.equals(e.resolution()) && p != null && p.id() != null && seen.add(p.id())) {
          out.add(p);
          next.add(p.id());
          break; // one version on each side of another
        }
      }
    }
    return out;
  }
}
