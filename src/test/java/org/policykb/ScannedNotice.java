package org.policykb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.policykb.tools.bench.OfficialPdf;
import org.policykb.tools.ocr.Scans;

/**
 * One notice published twice, written by the tests: as a PDF with its text ({@link #BORN}) and as a scan of
 * that PDF at 300 dpi ({@link #SCAN}, read by OCR), whose id sorts first. Each holds 双高协同 in its title and
 * body.
 */
public final class ScannedNotice {
  public static final String BORN = "通知.pdf";
  public static final String SCAN = "扫描件通知.pdf"; // 扫 (U+626B) sorts before 通 (U+901A): the smaller id
  public static final String PHRASE = "双高协同";

  private ScannedNotice() {}

  /** Writes both files into {@code corpus}. */
  public static void write(Path corpus) throws IOException {
    byte[] pdf = new OfficialPdf().newPage().centred("某某市人民政府办公室文件", 30).centred("某政办发〔2024〕7号", 16).gap()
        .centred("关于推进双高协同发展的通知", 22).gap()
        .line("各区人民政府，市政府各部门：", 0)
        .line("为推动高新区与高校双高协同发展，培育新质生产力，", 2)
        .line("现将有关事项通知如下，请认真贯彻执行。", 2)
        .line("一、建设双高协同创新平台二十个以上。", 2)
        .line("二、培育专精特新中小企业一百家以上。", 2)
        .gap().right("某某市人民政府办公室", 4).right("2024年3月15日", 4).bytes();
    Files.write(corpus.resolve(BORN), pdf);
    Files.write(corpus.resolve(SCAN), Scans.scan(pdf, Scans.Condition.CLEAN_300, null));
  }

  /** How many times {@link #PHRASE} occurs in {@code text}: the tests' own count. */
  public static int occurrences(String text) {
    return text.split(PHRASE, -1).length - 1;
  }
}
