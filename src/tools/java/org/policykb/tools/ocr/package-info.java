/** Scans made from text PDFs (rendered, degraded, turned, stamped) and the OCR's accuracy measured on them. */
package org.policykb.tools.ocr;
