package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NoticeBlocksTest {
  private static final String SENTENCE = "市政府印发实施意见，提出加快推进科技园区建设的十项举措。";

  private static List<String> kept(String... texts) {
    return NoticeBlocks.drop(Stream.of(texts).map(Block::paragraph).toList()).stream().map(Block::text).toList();
  }

  @Test
  void pageNoticesAreDroppedByTheirShape() {
    for (String notice : List.of(
        "【字号：大 中 小】　【打印】　【关闭】", "打印本页 | 关闭窗口", "分享到：", "+1", "【我要纠错】", "【1】【2】【3】",
        "浏览次数：2168", "来源: | 发布时间: 2018-05-17 | 浏览次数:", "点击数：892465",
        "上一篇：全市重点项目集中开工", "下一条: 关于开展安全检查的通知", "【下一篇】",
        "主办单位：某某大学纪检监察室 版权所有", "Copyright © 2003-2020 某某网. All Rights Reserved.",
        "未经本网书面许可，不得转载或镜像。", "【免责声明】本文仅代表作者本人观点，与本网无关。",
        "声明：本报力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议。",
        "本文仅代表作者观点，不代表本站立场。", "相关阅读：", "热话题", "为你推荐", "相关新闻", "网友评论", "网友留言", "我要留言", "留言选登")) {
      assertTrue(NoticeBlocks.isNotice(notice), notice);
    }
  }

  @Test
  void articleTextThatSharesANoticesWordsStays() {
    for (String text : List.of(
        "下一步，我区将在市委市政府的领导下，升级发展众创金融街。", "下一个阶段，重点推进园区基础设施建设。",
        "声明指出，有关部门将依法查处违规行为。", "第一章 总则", "专家评论", "中", "1",
        "第十条 著作权人享有版权所有的各项权利，" + "任何组织和个人不得侵犯。".repeat(20))) {
      assertFalse(NoticeBlocks.isNotice(text), text);
    }
  }

  @Test
  void sectionLabelsNameRelatedPagesAndReadersMessagesButNotArticleHeadings() {
    for (String label : List.of("相关阅读", "【相关推荐】", "延伸阅读：", "网友留言", "评论区", "热门跟帖")) {
      assertTrue(NoticeBlocks.isSectionLabel(label), label);
    }
    for (String heading : List.of("专家评论", "政策问答", "第一章 总则", "留言人：李同学", "回复单位：市人社局")) {
      assertFalse(NoticeBlocks.isSectionLabel(heading), heading);
    }
  }

  @Test
  void contactFootersAndShortWordMenusGoOnlyOutsideTheArticlesSentences() {
    assertEquals(List.of(SENTENCE, SENTENCE),
        kept("首页", "机构职能", "校内制度", "学思践悟", "警钟长鸣", SENTENCE, SENTENCE,
            "地址：某市新建路56号 邮编：030001 电话：0351-1234567"));
    List<String> middle = List.of(SENTENCE, "联系地址：某市人民路1号 电话：0351-7654321", "张三", "李四", "王五", "赵六", "钱七", SENTENCE);
    assertEquals(middle, kept(middle.toArray(String[]::new)));
  }
}
