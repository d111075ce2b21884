package org.policykb.ingest.ocr;

/** The OCR engine cannot be started here: its models are not where they are looked for, or ONNX Runtime's natives do not load. */
public final class OcrUnavailableException extends Exception {
  public OcrUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
