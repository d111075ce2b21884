/** Scanned pages read by OCR: PaddleOCR's PP-OCR models (text detection, then recognition) run by ONNX Runtime on the CPU. */
package org.policykb.ingest.ocr;
