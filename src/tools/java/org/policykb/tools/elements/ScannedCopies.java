package org.policykb.tools.elements;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.policykb.tools.ocr.Scans;

/**
 * Scans made from a development set's published files, as a checker makes them: a PDF as it is, a DOC
 * or DOCX typeset to PDF by LibreOffice ({@code soffice}, when installed), every page rendered and turned
 * into a picture under one {@link Scans.Condition}; the product then reads the scan by OCR. Other
 * shapes (pages, records, text, OFD) have no scan.
 */
public final class ScannedCopies {
  private static final List<String> SCANNED = List.of("pdf", "doc", "docx");
  private final Scans.Condition condition;
  private final Path work;

  public ScannedCopies(Scans.Condition condition) throws IOException {
    this.condition = condition;
    this.work = Files.createTempDirectory("policykb-scans");
  }

  public Scans.Condition condition() {
    return condition;
  }

  /** Whether {@code file} is a published file a scan is made of. */
  public static boolean scans(Path file) {
    return CopyFolders.hasExtension(file, SCANNED);
  }

  /**
   * The scan of {@code file}, a PDF of pictures named like it (its extension .pdf) in a folder of its own;
   * null when it cannot be typeset (no LibreOffice here).
   */
  public Path scan(Path file) {
    try {
      Path folder = CopyFolders.folder(work, file);
      Path pdf = CopyFolders.hasExtension(file, List.of("pdf")) ? file : typeset(file, folder);
      if (pdf == null) {
        return null;
      }
      Path out = folder.resolve(CopyFolders.stem(file) + ".pdf");
      Files.write(out, Scans.scan(Files.readAllBytes(pdf), condition, null));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code word} typeset to PDF by LibreOffice in {@code folder}; null when it cannot be (no soffice here). */
  static Path typeset(Path word, Path folder) throws IOException {
    Path typeset = Files.createDirectories(folder.resolve("typeset"));
    ProcessBuilder pb = new ProcessBuilder("soffice", "-env:UserInstallation=" + folder.resolve("profile").toUri(),
        "--headless", "--convert-to", "pdf", "--outdir", typeset.toString(), word.toAbsolutePath().toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    try {
      Process p = pb.start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
    } catch (IOException e) {
      return null; // no soffice here
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    String name = word.getFileName().toString();
    Path pdf = typeset.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
    return Files.isRegularFile(pdf) ? pdf : null;
  }
}
