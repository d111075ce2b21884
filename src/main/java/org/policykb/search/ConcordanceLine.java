package org.policykb.search;

import java.time.LocalDate;

/**
 * One occurrence in context, with its document's metadata. {@code start}/{@code end} are offsets
 * into the document's text as {@code /api/documents/{id}} returns it: {@code match} is exactly
 * {@code text.substring(start, end)}, {@code left} ends at {@code start}, {@code right} begins at {@code end};
 * {@code page} is the page the match starts on, for a document read from a paged file (PDF, OFD), else null;
 * {@code ocrConfidence} is that page's OCR confidence when its text was read by OCR from a picture of it (a scan:
 * the line may hold misread characters), else null.
 */
public record ConcordanceLine(
    String id,
    String title,
    LocalDate date,
    Integer year,
    String source,
    int start,
    int end,
    String left,
    String match,
    String right,
    Integer page,
    Double ocrConfidence) {}
