package org.policykb.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One document in a result page.
 *
 * @param occurrences how many times the query's phrases occur in the document's text
 * @param snippets HTML: matches in {@code <mark>}, all else escaped
 */
public record SearchHit(
    String id,
    String title,
    LocalDate date,
    String source,
    String author,
    String url,
    float score,
    int occurrences,
    List<String> snippets) {}
