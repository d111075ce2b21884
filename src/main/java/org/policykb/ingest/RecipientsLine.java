package org.policykb.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The 主送机关: a line ending in a colon among the first of the body (国务院各部委、各直属机构：). */
final class RecipientsLine implements ElementReader {
  private static final Pattern RECIPIENTS = Pattern.compile("([^。：:]{2,200})[：:]");
  /** A line that ends in a colon but says something (现提出如下意见：, 特公告如下：) addresses no one. */
  private static final Pattern NOT_RECIPIENTS = Pattern.compile("^(现|为|根据|按照|依据|依照|经|特|兹)|如下|附件");

  @Override
  public void read(OfficialText t, OfficialDraft draft) {
    int at = find(t);
    if (at >= 0) {
      draft.offerRecipients(recipients(t.at(at)), "body");
      t.recipientsAt = at;
    }
  }

  /**
   * Whether the text opens by addressing organisations (各市、县（区）人民政府，省政府各部门：), as a notice, an
   * opinion or a 批复 does: with a date standing alone at its end it is an official document even where its
   * title and number were not kept (a site's body-only text export).
   */
  static boolean addressesOrganisations(OfficialText t) {
    int at = find(t);
    return at >= 0 && OrganisationNames.ORGANISATION.matcher(recipients(t.at(at))).find();
  }

  private static int find(OfficialText t) {
    for (int i = t.bodyFrom; i < Math.min(t.bodyFrom + 3, t.size()); i++) {
      if (recipients(t.at(i)) != null) {
        return i;
      }
    }
    return -1;
  }

  /** The recipients {@code line} names, or null when it is no 主送 line. */
  private static String recipients(String line) {
    Matcher m = RECIPIENTS.matcher(line);
    return m.matches() && !NOT_RECIPIENTS.matcher(m.group(1)).find() ? m.group(1) : null;
  }
}
