package org.policykb.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.policykb.model.DocNumber;
import org.policykb.model.OfficialElements;
import org.policykb.model.PolicyDocument;

/** {@link Works} on documents made in the test, each expected role written here. */
class WorksGroupingTest {
  private static final String TEXT = """
      推进高新区与高校协同创新，是加快建设科技强省的重要举措。各地要提高认识，加强组织领导。\
      到2026年，全省建成二十个以上概念验证中心，转化科技成果一千项以上。支持高校院所设立新型研发机构。\
      建立企业技术需求清单和高校科研成果清单，每季度组织一次对接活动。鼓励科研人员兼职创新。\
      省科学技术厅会同教育厅建立工作协调机制，定期调度各项任务进展情况。各设区市要纳入年度考核。""";

  private static PolicyDocument doc(String id, String file, String title, String number, String text) {
    OfficialElements official = number == null ? OfficialElements.NONE : new OfficialElements(number, null, null, null, null,
        "header", List.of(), null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        List.of(), null, null, List.of());
    return new PolicyDocument(id, title, false, null, null, null, null, null, null, null, null, text, null, file, "plain",
        null, null, official, null);
  }

  private static WorkSignature sig(String id, String file, String title, String number, String text) {
    return WorkSignature.of(doc(id, file, title, number, text));
  }

  @Test
  void theSameTextInSeveralFormatsIsOneWorkShownByItsBestReadFile() {
    List<WorkSignature> docs = List.of(sig("b.pdf", "b.pdf", "通知", null, TEXT), sig("b", "b.html", "通知", null, TEXT),
        sig("a.docx", "a.docx", "通知", null, TEXT), sig("z", "z.txt", "别的", null, "完全不同的一段文字，讲的是另外一件事情。"));
    Map<String, WorkRole> roles = Works.group(docs);
    assertEquals(new WorkRole("a.docx", false), roles.get("b.pdf"));
    assertEquals(new WorkRole("a.docx", true), roles.get("b"));
    assertEquals(new WorkRole("a.docx", false), roles.get("a.docx"));
    assertEquals(WorkRole.alone("z"), roles.get("z"));
  }

  @Test
  void theSameNumberAndTitleAreOneWorkWhateverTheTextAndTwoNumbersNeverAre() {
    List<WorkSignature> docs = List.of(sig("x", "x.txt", "关于印发方案的通知", "国发〔2020〕7号", "一段正文，说的是方案。"),
        sig("y", "y.pdf", "关于印发方案的通知", "国发[2020]7号", "排版不同的正文，只剩下附件。"),
        sig("p", "p.txt", "通知", "国发〔2021〕1号", TEXT), sig("q", "q.txt", "通知", "国发〔2022〕1号", TEXT));
    Map<String, WorkRole> roles = Works.group(docs);
    assertEquals(new WorkRole("x", true), roles.get("x"));
    assertEquals(new WorkRole("x", false), roles.get("y"));
    assertEquals(WorkRole.alone("p"), roles.get("p")); // the same text reissued under another number
    assertEquals(WorkRole.alone("q"), roles.get("q"));
  }

  @Test
  void theGroupingDoesNotDependOnTheOrderOfTheDocuments() {
    List<WorkSignature> docs = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      docs.add(sig("d" + i, i % 3 == 0 ? "d.pdf" : "d.html", "t", null, i % 2 == 0 ? TEXT : TEXT.replace("。", "。第" + i + "段。")));
    }
    Map<String, WorkRole> first = Works.group(docs);
    Random random = new Random(7);
    for (int round = 0; round < 5; round++) {
      Collections.shuffle(docs, random);
      assertEquals(first, Works.group(docs));
    }
  }

  @Test
  void aNumberIsComparedInItsNormalisedForm() {
    assertEquals("国发〔2020〕7号", DocNumber.parse("国发[2020]7号").normalized());
  }
}
