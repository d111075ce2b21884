package org.policykb.ingest.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;

/**
 * Reads one straightened line with PP-OCR's recognition model (CRNN with CTC): the model gives each
 * column of the line a probability for every character of its dictionary and for "no character"; the
 * most likely one per column, repeats and blanks removed, is the text, and the mean probability of
 * the characters kept is its confidence.
 */
final class TextRecognizer {
  static final int HEIGHT = 48;
  /** Wider lines are squeezed: a full line of 40 characters still fits. */
  static final int MAX_WIDTH = 2400;

  private final OrtEnvironment env;
  private final OrtSession session;
  /** Class 0 is the blank; class i is {@code characters.get(i - 1)}. */
  private final List<String> characters;

  /** What a line reads: its text and the mean probability of its characters. */
  record Reading(String text, double confidence, int characters) {}

  TextRecognizer(OrtEnvironment env, OrtSession session, List<String> characters) {
    this.env = env;
    this.session = session;
    this.characters = characters;
  }

  Reading read(BufferedImage line) throws OrtException {
    int w = line.getWidth();
    int[] rgb = line.getRGB(0, 0, w, HEIGHT, null, 0, w);
    int plane = w * HEIGHT;
    float[] input = new float[3 * plane];
    for (int i = 0; i < plane; i++) {
      int p = rgb[i];
      input[i] = (p & 0xff) / 127.5f - 1f;
      input[plane + i] = ((p >> 8) & 0xff) / 127.5f - 1f;
      input[2 * plane + i] = ((p >> 16) & 0xff) / 127.5f - 1f;
    }
    try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(input), new long[] {1, 3, HEIGHT, w});
        OrtSession.Result out = session.run(Map.of(session.getInputNames().iterator().next(), tensor))) {
      OnnxTensor result = (OnnxTensor) out.get(0);
      long[] shape = result.getInfo().getShape();
      FloatBuffer b = result.getFloatBuffer();
      return decode(b, (int) shape[1], (int) shape[2]);
    }
  }

  private Reading decode(FloatBuffer b, int steps, int classes) {
    StringBuilder text = new StringBuilder();
    double sum = 0;
    int kept = 0;
    int previous = 0;
    for (int t = 0; t < steps; t++) {
      int best = 0;
      float bestP = -1;
      for (int c = 0; c < classes; c++) {
        float p = b.get(t * classes + c);
        if (p > bestP) {
          bestP = p;
          best = c;
        }
      }
      if (best != 0 && best != previous && best - 1 < characters.size()) {
        text.append(characters.get(best - 1));
        sum += bestP;
        kept++;
      }
      previous = best;
    }
    return new Reading(text.toString(), kept == 0 ? 0 : sum / kept, kept);
  }
}
