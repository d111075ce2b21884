package org.policykb.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * OFD files (GB/T 33190, the format of China's electronic official documents): a zip of XML. The
 * document's root ({@code OFD.xml} → {@code DocRoot}) lists its pages; each page's text objects
 * give text runs with their position and size (millimetres), which become lines, page by page, and
 * are laid out as a PDF's are ({@link PageLayout}). Page templates (running heads, page numbers)
 * are furniture and not read. The zip is read within limits, so a zip bomb is refused.
 */
final class OfdReader {
  /** Limits on what the zip may expand to: any one part, and all parts together. */
  static final long MAX_PART_BYTES = 64L << 20;
  static final long MAX_TOTAL_BYTES = 256L << 20;

  private static final XMLInputFactory XML = XMLInputFactory.newFactory();

  static {
    XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XML.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
  }

  private OfdReader() {}

  /** One text run: where its first character's baseline starts, where it ends, its type size. */
  private record Run(String text, float x, float right, float y, float size) {}

  static PageLayout.Read read(byte[] bytes) throws UnreadableSourceException {
    Map<String, byte[]> parts = unzip(bytes);
    try {
      byte[] root = parts.get("OFD.xml");
      if (root == null) {
        throw new UnreadableSourceException("not an OFD file: the zip has no OFD.xml");
      }
      String docRoot = firstText(root, "DocRoot");
      if (docRoot == null || !parts.containsKey(path("", docRoot))) {
        throw new UnreadableSourceException("damaged OFD: its DocRoot " + docRoot + " is missing");
      }
      String documentPath = path("", docRoot);
      String base = documentPath.contains("/") ? documentPath.substring(0, documentPath.lastIndexOf('/') + 1) : "";
      byte[] document = parts.get(documentPath);
      float defaultHeight = height(firstText(document, "PhysicalBox"));
      List<String> pageLocations = attributes(document, "Page", "BaseLoc");
      if (pageLocations.isEmpty()) {
        throw new UnreadableSourceException("an OFD without pages");
      }
      if (pageLocations.size() > PdfReader.MAX_PAGES) {
        throw new UnreadableSourceException("an OFD of " + pageLocations.size() + " pages: more than the "
            + PdfReader.MAX_PAGES + " pages a file may have here; split it");
      }
      List<List<PageLayout.Line>> pages = new ArrayList<>();
      for (String location : pageLocations) {
        byte[] page = parts.get(path(base, location));
        if (page == null) {
          throw new UnreadableSourceException("damaged OFD: page " + location + " is missing");
        }
        String box = firstText(page, "PhysicalBox");
        float pageHeight = box == null ? defaultHeight : height(box);
        pages.add(lines(runs(page), pages.size() + 1, pageHeight));
      }
      if (pages.stream().allMatch(List::isEmpty)) {
        throw new UnreadableSourceException("an OFD without text to index (its pages may be scanned pictures)");
      }
      return PageLayout.lay(pages);
    } catch (XMLStreamException | RuntimeException e) {
      throw new UnreadableSourceException("damaged OFD: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " (" + e.getMessage().lines().findFirst().orElse("") + ")"), e);
    }
  }

  /** Every part of the zip, refusing parts or a whole that would expand beyond the limits. */
  private static Map<String, byte[]> unzip(byte[] bytes) throws UnreadableSourceException {
    Map<String, byte[]> parts = new HashMap<>();
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), java.nio.charset.StandardCharsets.UTF_8)) {
      ZipEntry entry;
      byte[] buffer = new byte[64 * 1024];
      while ((entry = zip.getNextEntry()) != null) {
        if (entry.isDirectory()) {
          continue;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n;
        while ((n = zip.read(buffer)) > 0) {
          out.write(buffer, 0, n);
          total += n;
          if (out.size() > MAX_PART_BYTES || total > MAX_TOTAL_BYTES) {
            throw new UnreadableSourceException(
                "refused: its compressed parts would expand far beyond their size (a zip bomb)");
          }
        }
        parts.put(entry.getName().startsWith("/") ? entry.getName().substring(1) : entry.getName(), out.toByteArray());
      }
    } catch (IOException e) {
      throw new UnreadableSourceException("not an OFD file (not a readable zip): " + e.getMessage(), e);
    }
    if (parts.isEmpty()) {
      throw new UnreadableSourceException("not an OFD file: not a zip");
    }
    return parts;
  }

  /** A location inside the zip: absolute from the root when it starts with /, else relative to {@code base}. */
  private static String path(String base, String location) {
    String l = location.strip().replace('\\', '/');
    return l.startsWith("/") ? l.substring(1) : base + l;
  }

  private static float height(String box) {
    if (box == null) {
      return 297;
    }
    String[] v = box.strip().split("\\s+");
    return v.length == 4 ? Float.parseFloat(v[3]) : 297;
  }

  private static String firstText(byte[] xml, String element) throws XMLStreamException {
    XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
    try {
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals(element)) {
          return r.getElementText().strip();
        }
      }
      return null;
    } finally {
      r.close();
    }
  }

  private static List<String> attributes(byte[] xml, String element, String attribute) throws XMLStreamException {
    List<String> out = new ArrayList<>();
    XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
    try {
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals(element)) {
          String v = r.getAttributeValue(null, attribute);
          if (v != null) {
            out.add(v);
          }
        }
      }
    } finally {
      r.close();
    }
    return out;
  }

  /** The text runs of a page's content: each TextCode placed by its TextObject's boundary. */
  private static List<Run> runs(byte[] page) throws XMLStreamException {
    List<Run> runs = new ArrayList<>();
    XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(page));
    float bx = 0;
    float by = 0;
    float size = 0;
    try {
      while (r.hasNext()) {
        if (r.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if (r.getLocalName().equals("TextObject")) {
          String[] boundary = String.valueOf(r.getAttributeValue(null, "Boundary")).strip().split("\\s+");
          bx = boundary.length == 4 ? Float.parseFloat(boundary[0]) : 0;
          by = boundary.length == 4 ? Float.parseFloat(boundary[1]) : 0;
          String s = r.getAttributeValue(null, "Size");
          size = s == null ? 0 : Float.parseFloat(s.strip());
        } else if (r.getLocalName().equals("TextCode")) {
          float x = number(r.getAttributeValue(null, "X"));
          float y = number(r.getAttributeValue(null, "Y"));
          List<Float> deltas = deltas(r.getAttributeValue(null, "DeltaX"));
          String text = r.getElementText();
          int chars = text.codePointCount(0, text.length());
          float width = 0;
          for (int i = 0; i < chars - 1; i++) {
            width += i < deltas.size() ? deltas.get(i) : (deltas.isEmpty() ? size : deltas.get(deltas.size() - 1));
          }
          if (!text.isBlank()) {
            runs.add(new Run(text, bx + x, bx + x + width + size, by + y, size));
          }
        }
      }
    } finally {
      r.close();
    }
    return runs;
  }

  private static float number(String s) {
    return s == null || s.isBlank() ? 0 : Float.parseFloat(s.strip());
  }

  /** DeltaX as written: numbers, or {@code g N d} for N repetitions of d. */
  private static List<Float> deltas(String s) {
    List<Float> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    String[] t = s.strip().split("\\s+");
    for (int i = 0; i < t.length; i++) {
      if (t[i].equals("g") && i + 2 < t.length) {
        int n = Integer.parseInt(t[i + 1]);
        float d = Float.parseFloat(t[i + 2]);
        for (int k = 0; k < n && out.size() < 100_000; k++) {
          out.add(d);
        }
        i += 2;
      } else if (!t[i].isEmpty()) {
        out.add(Float.parseFloat(t[i]));
      }
    }
    return out;
  }

  /** Runs on one baseline (within a third of their size) make a line, read left to right; lines top to bottom. */
  private static List<PageLayout.Line> lines(List<Run> runs, int page, float pageHeight) {
    List<Run> sorted = new ArrayList<>(runs);
    sorted.sort(Comparator.comparingDouble(Run::y).thenComparingDouble(Run::x));
    List<List<Run>> grouped = new ArrayList<>();
    for (Run run : sorted) {
      List<Run> last = grouped.isEmpty() ? null : grouped.get(grouped.size() - 1);
      if (last != null && Math.abs(last.get(0).y() - run.y()) <= Math.max(last.get(0).size(), run.size()) / 3) {
        last.add(run);
      } else {
        grouped.add(new ArrayList<>(List.of(run)));
      }
    }
    List<PageLayout.Line> lines = new ArrayList<>();
    for (List<Run> line : grouped) {
      line.sort(Comparator.comparingDouble(Run::x));
      StringBuilder text = new StringBuilder();
      float right = -Float.MAX_VALUE;
      float size = 0;
      for (Run run : line) {
        if (!text.isEmpty() && run.x() - right > run.size() * 0.5f) {
          text.append(' ');
        }
        text.append(run.text());
        right = Math.max(right, run.right());
        size = Math.max(size, run.size());
      }
      lines.add(new PageLayout.Line(page, text.toString().strip(), line.get(0).x(), right, line.get(0).y(), size, pageHeight));
    }
    return lines;
  }
}
