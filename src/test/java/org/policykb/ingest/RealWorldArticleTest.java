package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.policykb.model.PolicyDocument;

/**
 * Article extraction on the 24 real web pages of ../shared/realworld (skipped when that folder is
 * absent): each keeps at least the article length it kept when these tests were written, and no
 * page notice survives.
 */
class RealWorldArticleTest {
  private static final Path REALWORLD = RealWorldIngestTest.REALWORLD;
  /** Characters each page keeps: its article, looked at page by page, title line included. */
  private static final Map<String, Integer> KEPT = new TreeMap<>(Map.ofEntries(
      Map.entry("gne_163_8.html", 1046), Map.entry("gne_163_9.html", 1216), Map.entry("gne_cjddsb_1.html", 695),
      Map.entry("gne_cjn_1.html", 1273), Map.entry("gne_cmse_1.html", 771), Map.entry("gne_guancha_2.html", 995),
      Map.entry("gne_gzggw_1.html", 270), Map.entry("gne_hexun_1.html", 154), Map.entry("gne_huanqiu_1.html", 3130),
      Map.entry("gne_ifeng_3.html", 1217), Map.entry("gne_mingridapan_1.html", 171), Map.entry("gne_other_1.html", 339),
      Map.entry("gne_people_1.html", 775), Map.entry("gne_qq_2.html", 3520), Map.entry("gne_shanxi_1.html", 1040),
      Map.entry("gne_sina_2.html", 254), Map.entry("gne_stcn_1.html", 239), Map.entry("gne_sxmu_1.html", 9241),
      Map.entry("gne_thepaper_2.html", 1551), Map.entry("gne_thepaper_3.html", 3012 /* its closing app promotion is a trailing notice */), Map.entry("gne_xds_1.html", 1652),
      Map.entry("gne_xinhuanet_1.html", 593), Map.entry("gne_zsnews_1.html", 444), Map.entry("gne_zyyfy_1.html", 657)));
  private static final List<String> NOTICES = List.of("版权所有", "Copyright", "浏览次数", "上一篇", "下一篇", "免责声明", "添加收藏夹");
  private static final String DIGITS = "一二三四五六七八九";

  @Test
  void aUniversityPageKeepsTheWholeSupervisionLawAndNotItsMenuOrFooter() {
    assumeTrue(Files.isDirectory(REALWORLD), "../shared/realworld is not here");
    PolicyDocument law = RealWorldIngestTest.read("gne_sxmu_1.html");
    String text = law.text();
    assertTrue(text.length() >= 8_000, "kept " + text.length());
    for (int n = 1; n <= 69; n++) {
      assertTrue(text.contains("\n\n第" + numeral(n) + "条"), "第" + numeral(n) + "条 is missing");
    }
    assertFalse(text.contains("第七十条"), "the law has 69 articles");
    for (String notice : List.of("添加收藏夹", "浏览次数", "版权所有", "邮编")) {
      assertFalse(text.contains(notice), notice);
    }
    assertEquals(LocalDate.of(2018, 5, 17), law.date(), "from the 发布时间 label");
  }

  @Test
  void aRegionalNewsPageKeepsItsArticleNotItsSidebar() {
    assumeTrue(Files.isDirectory(REALWORLD), "../shared/realworld is not here");
    String text = RealWorldIngestTest.read("gne_ifeng_3.html").text();
    assertTrue(text.contains("长春千万级头部主播"), text);
    assertTrue(text.contains("还有勇于创新的精神"), text);
    assertFalse(text.contains("点击数") || text.contains("热点聚焦"), text);
  }

  @Test
  void everyWebPageKeepsItsArticleAndNoPageNotice() {
    assumeTrue(Files.isDirectory(REALWORLD), "../shared/realworld is not here");
    StringBuilder lengths = new StringBuilder();
    KEPT.forEach((name, kept) -> {
      String text = RealWorldIngestTest.read(name).text();
      lengths.append(name).append('\t').append(text.length()).append(" (kept ").append(kept).append(")\n");
      assertTrue(text.length() >= kept, name + " keeps " + text.length() + " characters, " + kept + " before");
      for (String notice : NOTICES) {
        assertFalse(text.contains(notice), name + " keeps " + notice);
      }
    });
    System.out.print(lengths);
  }

  /** 1–99 in Chinese numerals, as law articles are numbered: 十, 十一, 二十, 六十九. */
  private static String numeral(int n) {
    String ones = n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10 - 1));
    if (n < 10) {
      return ones;
    }
    return (n / 10 == 1 ? "" : String.valueOf(DIGITS.charAt(n / 10 - 1))) + "十" + ones;
  }
}
