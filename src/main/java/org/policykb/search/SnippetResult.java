package org.policykb.search;

import java.util.List;
import org.policykb.text.Snippet;

/** Every occurrence of a query in one document, in text order ({@code total} counts them all). */
public record SnippetResult(String id, String title, int total, String generation, List<Snippet> snippets) {}
