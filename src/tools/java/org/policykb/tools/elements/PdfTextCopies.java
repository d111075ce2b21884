package org.policykb.tools.elements;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The text repositories keep of a published file: the PDF as it is (a DOC or DOCX typeset to PDF by
 * LibreOffice first), its text extracted by poppler's {@code pdftotext} — lines hard-wrapped where the
 * page wrapped them, page numbers and the 版头 among them. The product then reads it as text.
 */
public final class PdfTextCopies {
  private final Path work;

  public PdfTextCopies() throws IOException {
    this.work = Files.createTempDirectory("policykb-pdftext");
  }

  /** The extracted text of {@code file} as a UTF-8 {@code .txt} named like it; null when it cannot be made here. */
  public Path copy(Path file) {
    try {
      Path folder = CopyFolders.folder(work, file);
      Path pdf = CopyFolders.hasExtension(file, List.of("pdf")) ? file : ScannedCopies.typeset(file, folder);
      if (pdf == null) {
        return null;
      }
      Path out = folder.resolve(CopyFolders.stem(file) + ".txt");
      Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toAbsolutePath().toString(), out.toString())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
      return p.exitValue() == 0 && Files.isRegularFile(out) ? out : null;
    } catch (IOException e) {
      if (e.getMessage() != null && e.getMessage().contains("pdftotext")) {
        return null; // no poppler here
      }
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
