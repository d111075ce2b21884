package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykb.TestCorpus;

class ParkFinderTest {

  private static List<String> values(String joined) {
    return joined == null ? List.of() : Arrays.asList(joined.split(","));
  }

  @ParameterizedTest(name = "{0} → [{1}]")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      苏州高新区                             | 苏州高新区
      无锡国家高新技术产业开发区                | 无锡高新区
      无锡高新技术产业开发区                   | 无锡高新区
      无锡国家高新区                          | 无锡高新区
      无锡高新技术开发区                      | 无锡高新区
      苏州市高新区                           | 苏州高新区
      江阴市高新区建设                        | 江阴高新区
      江苏省苏州高新区                        | 苏州高新区
      湖南株洲高新区                          | 株洲高新区
      惠州仲恺高新区                          | 惠州仲恺高新区
      威海火炬高新区                          | 威海火炬高新区
      威海火炬高技术产业开发区                  | 威海火炬高新区
      探索与西安高新区联合开展异地孵化          | 西安高新区
      例如,武汉东湖高新区                      | 东湖高新区
      东湖高新区                              | 东湖高新区
      武汉东湖新技术开发区                      | 东湖高新区
      上海张江高新技术产业开发区                 | 张江高新区
      东湖高新区                             | 东湖高新区
      北京中关村科技园区                       | 中关村科技园区
      北京中关村国家自主创新示范区               | 中关村自创区
      苏南国家自主创新示范区                    | 苏南自创区
      苏南自主创新示范区                      | 苏南自创区
      争取国家层面支持苏南自创区                | 苏南自创区
      扩大中关村国家自主创新示范区              | 中关村自创区
      天津经济技术开发区                      | 天津经开区
      北京经开区                            | 北京经开区
      开发洋浦经济开发区                      | 洋浦经开区
      总书记在苏州工业园区考察                 | 苏州工业园区
      合肥滨湖科学城                         | 合肥滨湖科学城
      中国（上海）自由贸易试验区                | 上海自贸区
      中国(上海)自由贸易试验区                 | 上海自贸区
      增设上海自贸试验区                      | 上海自贸区
      加快与江苏自贸区“双联动”                 | 江苏自贸区
      加紧推进海南自由贸易港建设                | 海南自贸港
      中国（绵阳）科技城                       | 绵阳科技城
      上海浦东新区                           | 浦东新区
      天津滨海新区                           | 滨海新区
      高标准建设雄安新区                      | 雄安新区
      公布了《深圳经济特区社会救助条例》        | 深圳经济特区
      覆盖15条成都高新区制造业重点产业链        | 成都高新区
      常州国家高新区等10家高新区进入全国前50     | 常州高新区
      苏州高新区和无锡高新区，苏州国家高新区     | 苏州高新区,无锡高新区
      惠州仲恺高新区苏州高新区杭州高新区         | 惠州仲恺高新区,苏州高新区,杭州高新区
      昆山、武进、江阴高新区                   | 江阴高新区
      湖南数据湖产业园                        | 湖南数据湖产业园区
      """)
  void findsZonesNamedAfterAPlace(String text, String expected) {
    assertEquals(values(expected), ParkFinder.find(text));
  }

  @ParameterizedTest(name = "{0} → nothing")
  @CsvSource(delimiter = '|', textBlock = """
      国家高新区
      部分高新区
      推动高新区
      记者:高新区
      鼓励地方制定自创区
      引领带动高新区
      各国家高新区
      全国高新区
      实现省级以上高新区
      江苏省现建有18家国家高新区
      中国高新区研究中心
      仲恺高新区
      江苏高新区
      江苏省高新区
      江苏省级高新区
      广东省“高新区高质量发展
      发起成立“苏南高新区一体化发展联盟”
      张江、苏州、南京、重庆等高新区
      江苏推动高新区
      江阴推进高新区建设
      建设了一批国家自主创新示范区
      积极争创世界一流高科技园区
      在南京，麒麟科技城
      深圳科技城市建设
      苏州创新区域协同
      中韩（烟台）产业园
      广东（仲恺）人工智能产业园
      构建中安创谷、大数据产业园
      推动签署中国－东盟自贸区
      加快中日韩自贸区谈判
      推广上海等自贸试验区
      香港特区
      ''
      """)
  void findsNothingWithoutAPlace(String text) {
    assertEquals(List.of(), ParkFinder.find(text == null ? "" : text));
  }

  @Test
  void whitespaceAndFullWidthFormsInsideANameAreNormalisedAway() {
    assertEquals(List.of("杭州高新区"), ParkFinder.find("成为杭州高新\n\n区（滨江）腾飞的关键密钥"));
    assertEquals(List.of("株洲高新区"), ParkFinder.find("株 洲　高 新 区"));
    assertEquals(List.of("无锡高新区"), ParkFinder.find("无锡\r\n国家\u00A0高新技术\u200B产业开发区"));
    assertEquals(List.of("上海自贸区"), ParkFinder.find("中国 ( 上海 ) 自由贸易试验区"));
  }

  static Stream<Arguments> corpus() {
    return Stream.of(
        Arguments.of(TestCorpus.ID_000, List.of("昆山高新区", "江阴高新区", "苏州工业园区", "苏南自创区", "江苏自贸区")),
        Arguments.of(TestCorpus.ID_001, List.of("苏南自创区", "无锡高新区", "苏州工业园区", "南京高新区", "常州高新区", "江阴高新区")),
        Arguments.of(TestCorpus.ID_002, List.of(
            "杭州高新区", "合肥高新区", "合肥滨湖科学城", "安徽自贸区", "济南高新区", "威海火炬高新区", "苏州高新区",
            "苏南自创区", "惠州仲恺高新区", "沈阳高新区", "辽宁自贸区", "烟台高新区", "株洲高新区", "湖南数据湖产业园区",
            "榆林高新区", "西安高新区")),
        Arguments.of(TestCorpus.ID_003, List.of("成都高新区", "东湖高新区", "广州高新区", "合肥高新区", "重庆高新区")),
        Arguments.of(TestCorpus.ID_004, List.of("成都高新区", "无锡高新区")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void findsTheZonesOfEachCorpusFileInItsFileAndInItsCleanedText(String id, List<String> expected) throws IOException {
    Path file = TestCorpus.SEEDS.resolve(id + ".txt");
    assertEquals(expected, ParkFinder.find(Files.readString(file, StandardCharsets.UTF_8)));
    IngestResult cleaned = new CorpusReader().read(TestCorpus.SEEDS, file);
    assertEquals(expected, ParkFinder.find(cleaned.document().text()));
  }

  @Test
  void findsTheZonesOfRealGovernmentWorkReports() {
    Path realworld = RealWorldIngestTest.REALWORLD;
    assumeTrue(Files.isDirectory(realworld), "../shared/realworld is not here");
    IngestResult r2015 = new CorpusReader().read(realworld, realworld.resolve("gwr_19_2015_report.json"));
    assertEquals(List.of("上海自贸区", "福建自贸区", "中关村自创区"), ParkFinder.find(r2015.document().text()));
    IngestResult r1992 = new CorpusReader().read(realworld, realworld.resolve("gwr_50_1992_report.json"));
    assertEquals(List.of("浦东新区", "洋浦经开区"), ParkFinder.find(r1992.document().text()));
  }

  /**
   * Backtracking that grows with the square of the input would take hours on two megabytes, a linear
   * scan well under a second: the bound only tells the two apart, so a busy machine cannot fail it.
   */
  @Test
  void finishesInLinearTimeOnTwoMegabytesOfZoneWords() {
    String[] shapes = {"高新区", "苏州高新区", "国家高新技术产业开发区", "江苏江苏惠州仲恺国家高新区", "中国(上海)自贸区", "自", "新区"};
    for (String shape : shapes) {
      String text = shape.repeat(2_000_000 / shape.length());
      assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ParkFinder.find(text), shape);
    }
  }
}
