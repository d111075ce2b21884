package org.policykb.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issuers a title of the form 国务院关于… or 国务院办公厅印发… names, when nothing else named them (a numbered
 * document too, and a text under a law's 题注: 全国人民代表大会常务委员会关于…的若干规定).
 */
final class TitleIssuer implements ElementReader {
  static final Pattern TITLE_ISSUER = Pattern.compile("(.{2,60}?)(?:关于|印发|转发|批转)");

  @Override
  public void read(OfficialText t, OfficialDraft draft) {
    if (t.fullTitle == null || !draft.isOfficial() && t.headerDate == null) {
      return;
    }
    Matcher m = TITLE_ISSUER.matcher(t.fullTitle);
    if (m.lookingAt()) {
      List<String> named = OrganisationNames.in(m.group(1));
      if (!named.isEmpty()) {
        draft.offerIssuers(named, "title");
      }
    }
  }
}
