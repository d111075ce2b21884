package org.policykb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Three official documents written for the tests, as text files in the official layout (版头, 发文字号,
 * title, 主送, body, 署名, 成文日期): a 国务院 通知, a joint 意见 of two ministries, a 国办发 通知 that
 * issues a 方案. Each states its elements here too: the oracle of the filter, facet and lookup tests.
 */
public final class OfficialTexts {
  /** One document: its file, its text, and the elements it states. */
  public record Official(String id, String text, String docNumber, List<String> issuers, String docType, String agencyCode, String docYear) {}

  public static final List<Official> ALL = List.of(
      new Official("official_a",
          "国务院文件\n"
          + "\n"
          + "国发〔2020〕7号\n"
          + "\n"
          + "国务院关于推进双高协同发展的通知\n"
          + "\n"
          + "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
          + "\n"
          + "　　为推进国家高新区与高等院校双高协同发展，加快培育新质生产力，现就有关事项通知如下。\n"
          + "\n"
          + "　　一、各地区要把双高协同作为创新驱动发展的重要抓手，建立协同创新平台。\n"
          + "\n"
          + "　　二、各部门要加强政策协同，支持专精特新企业与高校共建实验室。\n"
          + "\n"
          + "国务院\n"
          + "\n"
          + "2020年3月5日\n"
          + "\n"
          + "（此件公开发布）\n",
          "国发〔2020〕7号", List.of("国务院"), "通知", "国发", "2020"),
      new Official("official_b",
          "工业和信息化部\n"
          + "科技部文件\n"
          + "\n"
          + "工信部联科〔2023〕12号\n"
          + "\n"
          + "工业和信息化部 科技部关于培育新质生产力的意见\n"
          + "\n"
          + "各省、自治区、直辖市工业和信息化主管部门、科技厅（委、局）：\n"
          + "\n"
          + "　　为加快培育新质生产力，推动双高协同走深走实，提出如下意见。\n"
          + "\n"
          + "　　一、强化企业科技创新主体地位，推动揭榜挂帅机制落地。\n"
          + "\n"
          + "工业和信息化部\n"
          + "科技部\n"
          + "\n"
          + "2023年6月1日\n",
          "工信部联科〔2023〕12号", List.of("工业和信息化部", "科技部"), "意见", "工信部联科", "2023"),
      new Official("official_c",
          "国务院办公厅文件\n"
          + "\n"
          + "国办发〔2023〕15号\n"
          + "\n"
          + "国务院办公厅关于印发《专精特新中小企业培育方案》的通知\n"
          + "\n"
          + "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
          + "\n"
          + "　　《专精特新中小企业培育方案》已经国务院同意，现印发给你们，请认真贯彻执行。培育专精特新中小企业是发展新质生产力的重要举措。\n"
          + "\n"
          + "国务院办公厅\n"
          + "\n"
          + "2023年5月10日\n",
          "国办发〔2023〕15号", List.of("国务院办公厅"), "通知", "国办发", "2023"));

  private OfficialTexts() {}

  /** Writes the three documents into {@code corpus} as {@code <id>.txt}. */
  public static void write(Path corpus) throws IOException {
    for (Official o : ALL) {
      Files.writeString(corpus.resolve(o.id() + ".txt"), o.text(), StandardCharsets.UTF_8);
    }
  }

  /** How often {@code phrase} occurs in a document's text (non-overlapping, as written). */
  public static int count(Official o, String phrase) {
    int n = 0;
    for (int at = o.text().indexOf(phrase); at >= 0; at = o.text().indexOf(phrase, at + phrase.length())) {
      n++;
    }
    return n;
  }
}
