package org.policykb.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Author, source and date lines that articles state in their own text: {@code ▶ 徐光辉},
 * {@code 作者：…}, {@code （作者徐光辉系…）}, {@code 本报记者路铁晨整理}, an author note in brackets
 * at the end ({@code (刘会武,…研究员。王琪,…)}), {@code 来源:《群众》杂志2025年第7期},
 * {@code （文章来源：新华日报）}. Only what is stated is taken; the lines stay in the text.
 */
final class MetadataExtractor {
  private static final String NAME = "\\p{IsHan}{2,4}";
  private static final Pattern BYLINE = Pattern.compile("^[▶►]\\s*(.+)$");
  private static final Pattern AUTHOR_LINE = Pattern.compile("^(?:作者|文)\\s*[:：/／]\\s*(.+)$");
  private static final Pattern AUTHOR_NOTE = Pattern.compile("作者(" + NAME + "?)(?:系|为|是)");
  private static final Pattern REPORTER = Pattern.compile("记者\\s*(\\p{IsHan}{2,3}?)(?:整理|采写|报道|撰写|[)）]|$)");
  /** What follows 记者 in a sentence that is not a name: 记者探访, 记者了解到. */
  private static final Pattern NOT_A_NAME = Pattern.compile("探访|来到|发现|表示|了解|获悉|注意到?|采访|调查|观察|走访|暗访|看到|实测");
  private static final Pattern BIO_NOTE = Pattern.compile("^[(（](.+)[)）]$");
  private static final Pattern BIO_NAME = Pattern.compile("^(\\p{IsHan}{2,3})[,，]");
  private static final Pattern SOURCE_LINE = Pattern.compile("^[(（]?\\s*(?:文章)?来源\\s*[:：]\\s*(.+?)\\s*[)）]?$");
  private static final Pattern BOOK_TITLE = Pattern.compile("^《([^》]+)》");
  private static final Pattern ISSUE_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*第\\s*\\d+\\s*期");

  private MetadataExtractor() {}

  static void extract(DocumentDraft draft) {
    List<Block> blocks = draft.blocks;
    for (int i = 0; i < blocks.size(); i++) {
      String s = TextNormalizer.heading(blocks.get(i).text());
      Matcher m;
      if ((m = BYLINE.matcher(s)).matches() || (m = AUTHOR_LINE.matcher(s)).matches()) {
        AuthorNames.in(m.group(1)).forEach(draft::addAuthor);
      }
      if ((m = AUTHOR_NOTE.matcher(s)).find() && s.length() < 120) {
        draft.addAuthor(m.group(1));
      }
      if ((m = REPORTER.matcher(s)).find() && s.length() < 60 && !NOT_A_NAME.matcher(m.group(1)).matches()) {
        draft.addAuthor(m.group(1));
      }
      if (i >= blocks.size() - 2 && (m = BIO_NOTE.matcher(s)).matches()) {
        for (String part : m.group(1).split("[。；;]")) {
          Matcher name = BIO_NAME.matcher(part.strip());
          if (name.find()) {
            draft.addAuthor(name.group(1));
          }
        }
      }
      if (draft.source == null && (m = SOURCE_LINE.matcher(s)).matches()) {
        readSource(draft, m.group(1));
      }
    }
  }

  private static void readSource(DocumentDraft draft, String value) {
    Matcher book = BOOK_TITLE.matcher(value);
    draft.source = book.find() ? book.group(1) : value.split("[\\s,，;；]")[0];
    // the site's time of day after the date (中国人大网　2018年3月21日 14:49:04) is no part of it
    draft.sourceLineDate = DateParser.parse(value.replaceFirst("^[^0-9０-９]*", "").replaceFirst("\\s*\\d{1,2}:\\d{2}(?::\\d{2})?$", ""));
    draft.offerDate(draft.sourceLineDate, "source_line");
    Matcher issue = ISSUE_YEAR.matcher(DateParser.toHalfWidthDigits(value));
    if (issue.find()) {
      draft.offerYear(Integer.valueOf(issue.group(1)), "source_line");
    }
  }
}
