package org.policykb.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Whether a line consists of organisations' names (a signature, a 版头) and which. */
final class OrganisationNames {
  static final int MAX_NAME_CHARS = 40;
  static final Pattern ORGANISATION = Pattern.compile(
      "[\\p{IsHan}（）()·]{2," + MAX_NAME_CHARS + "}(国务院|办公厅|办公室|人民政府|政府|委员会|委|部|局|厅|署|院|会|会议|中心|银行|办|处|党委|党组|小组|总队|集团|公司)");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000、]+");

  private OrganisationNames() {}

  /** The organisation names {@code line} consists of (separated by spaces or 、), or none when it is anything else. */
  static List<String> in(String line) {
    List<String> out = new ArrayList<>();
    for (String part : SEPARATORS.split(line.strip())) {
      if (part.isEmpty()) {
        continue;
      }
      if (!ORGANISATION.matcher(part).matches()) {
        return List.of();
      }
      out.add(part);
    }
    return out;
  }
}
