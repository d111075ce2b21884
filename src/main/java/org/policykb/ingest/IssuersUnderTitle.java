package org.policykb.ingest;

/**
 * The issuers printed on the line right under the title, as a 统计公报 or a report names its authors
 * ({@code 江东县统计局　国家统计局江东调查队}, then {@code （2024年4月）}): read when no signature named them.
 */
final class IssuersUnderTitle implements ElementReader {
  @Override
  public void read(OfficialText t, OfficialDraft draft) {
    int at = t.titleAt + (t.fullTitle != null && t.title != null && !t.fullTitle.equals(t.title) ? 2 : 1);
    if (t.titleAt < 0 || at >= t.size() || !draft.isOfficial()) {
      return;
    }
    draft.offerIssuers(OrganisationNames.in(t.at(at)), "header");
  }
}
