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
    for (int i = t.bodyFrom; i < Math.min(t.bodyFrom + 3, t.size()); i++) {
      Matcher m = RECIPIENTS.matcher(t.at(i));
      if (m.matches() && !NOT_RECIPIENTS.matcher(m.group(1)).find()) {
        draft.offerRecipients(m.group(1), "body");
        t.recipientsAt = i;
        return;
      }
    }
  }
}
