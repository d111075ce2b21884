package org.policykb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Official documents written for the tests that cite, implement, amend and repeal one another, as text files in the
 * official layout, with every link they make written here by reading them: the oracle of the links, validity and
 * registry tests. A national 意见; a province and a city that implement it (by title and number, and by number alone);
 * a city 方案 implementing the province's; a 办法 in two versions, the newer repealing the older; two notices of one
 * title from two provinces, so a citation of that title is ambiguous; three numbers of one agency code with a gap.
 */
public final class LinkedTexts {
  /** One document: its id (file name) and text. */
  public record Text(String id, String text) {}

  /**
   * A link the texts make: {@code to} is the id of the document named, {@code -} when none of the corpus is, or {@code ?}
   * and the documents it could name when it could name two (then {@code named} is the title, or the number, as
   * normalised); {@code printed} is the reference exactly as printed. A notice's own instrument, its own number and
   * title are no links.
   */
  public record Expected(String from, String kind, String to, String named, String printed) {}

  public static final List<Text> ALL = List.of(
      new Text("link_gx", official("国务院文件", "国发〔2021〕9号", "国务院关于加快建设高新区创新高地的意见",
          "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
          "为加快建设国家高新区创新高地，依照《中华人民共和国科学技术进步法》，现提出如下意见。\n\n一、强化创新策源功能。",
          "国务院", "2021年3月1日")),
      new Text("link_js", official("江苏省人民政府文件", "苏政发〔2021〕30号", "江苏省人民政府关于加快建设高新区创新高地的实施意见",
          "各设区市人民政府，省各委办厅局，省各直属单位：",
          "为贯彻落实《国务院关于加快建设高新区创新高地的意见》（国发〔2021〕9号），结合我省实际，提出如下实施意见。\n\n一、建设创新高地。",
          "江苏省人民政府", "2021年6月10日")),
      new Text("link_zj", official("浙江省人民政府办公厅文件", "浙政办发〔2021〕12号", "浙江省人民政府办公厅关于印发高新区创新高地建设方案的通知",
          "各市、县（市、区）人民政府，省政府直属各单位：",
          "根据国发[2021]9号文件精神，结合本省实际，制定本方案。现印发给你们，请认真贯彻执行。",
          "浙江省人民政府办公厅", "2021年8月2日")),
      new Text("link_sz", official("苏州市人民政府办公室文件", "苏府办〔2022〕5号", "苏州市高新区创新高地建设行动方案",
          "各市、区人民政府，苏州工业园区、苏州高新区管委会：",
          "按照《江苏省人民政府关于加快建设高新区创新高地的实施意见》（苏政发〔2021〕30号）要求，结合本市实际，制定本方案。"
              + "\n\n高新区建设参照国发〔2021〕9号执行。",
          "苏州市人民政府办公室", "2022年1月15日")),
      new Text("link_old", official("苏州市人民政府文件", "苏府规字〔2015〕2号", "苏州市高新区管理办法", "各市、区人民政府：",
          "第一条 为规范高新区管理，制定本办法。\n\n第二条 本办法自2015年6月1日起施行。",
          "苏州市人民政府", "2015年5月1日")),
      new Text("link_new", official("苏州市人民政府文件", "苏府规字〔2022〕3号", "苏州市高新区管理办法", "各市、区人民政府：",
          "第一条 为规范高新区管理，制定本办法。\n\n第二条 本办法自2022年6月1日起施行。"
              + "2015年5月1日发布的《苏州市高新区管理办法》（苏府规字〔2015〕2号）同时废止。",
          "苏州市人民政府", "2022年5月1日")),
      new Text("link_ah", official("安徽省人民政府办公厅文件", "皖政办〔2021〕2号", "关于做好2021年安全生产工作的通知",
          "各市人民政府：", "现就做好2021年安全生产工作通知如下。", "安徽省人民政府办公厅", "2021年1月5日")),
      new Text("link_hn", official("河南省人民政府办公厅文件", "豫政办〔2021〕3号", "关于做好2021年安全生产工作的通知",
          "各市人民政府：", "现就做好2021年安全生产工作通知如下。", "河南省人民政府办公厅", "2021年1月6日")),
      new Text("link_report", official("某县人民政府文件", "某政〔2021〕8号", "某县2021年安全生产工作情况的报告", "市人民政府：",
          "根据《关于做好2021年安全生产工作的通知》要求，现将我县工作情况报告如下。", "某县人民政府", "2021年12月1日")),
      new Text("link_gz1", official("广州市人民政府办公厅文件", "穗府办〔2021〕1号", "广州市人民政府办公厅关于印发《广州市科技园区扶持办法》的通知",
          "各区人民政府：", "现将《广州市科技园区扶持办法》印发给你们，请认真组织实施。", "广州市人民政府办公厅", "2021年2月1日")),
      new Text("link_gz3", official("广州市人民政府办公厅文件", "穗府办〔2021〕3号", "广州市人民政府办公厅关于做好园区统计工作的通知",
          "各区人民政府：", "现就园区统计工作通知如下。", "广州市人民政府办公厅", "2021年3月1日")),
      new Text("link_gz4", official("广州市人民政府办公厅文件", "穗府办〔2021〕4号", "广州市人民政府办公厅关于开展园区评估的通知",
          "各区人民政府：", "根据《广州市科技园区扶持办法》，现就开展园区评估工作通知如下。", "广州市人民政府办公厅", "2021年4月1日")));

  /** Every link of {@link #ALL}, written by reading them. */
  public static final List<Expected> LINKS = List.of(
      new Expected("link_gx", "implements", "-", "中华人民共和国科学技术进步法", "《中华人民共和国科学技术进步法》"),
      new Expected("link_js", "implements", "link_gx", null, "《国务院关于加快建设高新区创新高地的意见》（国发〔2021〕9号）"),
      new Expected("link_zj", "implements", "link_gx", null, "国发[2021]9号"),
      new Expected("link_sz", "cites", "link_gx", null, "国发〔2021〕9号"),
      new Expected("link_sz", "implements", "link_js", null, "《江苏省人民政府关于加快建设高新区创新高地的实施意见》（苏政发〔2021〕30号）"),
      new Expected("link_new", "repeals", "link_old", null, "《苏州市高新区管理办法》（苏府规字〔2015〕2号）"),
      new Expected("link_new", "amends", "link_old", null, "苏州市高新区管理办法"),
      new Expected("link_report", "implements", "?link_ah,link_hn", "关于做好2021年安全生产工作的通知",
          "《关于做好2021年安全生产工作的通知》"),
      new Expected("link_gz4", "implements", "link_gz1", null, "《广州市科技园区扶持办法》"));

  private LinkedTexts() {}

  /** Writes every text as {@code <id>.txt} into {@code corpus}. */
  public static void write(Path corpus) throws IOException {
    for (Text t : ALL) {
      Files.writeString(corpus.resolve(t.id() + ".txt"), t.text(), StandardCharsets.UTF_8);
    }
  }

  private static String official(String banner, String number, String title, String recipients, String body, String issuer,
      String date) {
    return banner + "\n\n" + number + "\n\n" + title + "\n\n" + recipients + "\n\n　　" + body.replace("\n\n", "\n\n　　")
        + "\n\n" + issuer + "\n\n" + date + "\n";
  }
}
