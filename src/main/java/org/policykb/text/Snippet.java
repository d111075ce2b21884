package org.policykb.text;

/**
 * One occurrence in context. {@code start}/{@code end} are {@code String} indices into the
 * document's text; {@code left + match + right} is a contiguous piece of it.
 *
 * @param page the page the match starts on, for a document read from a paged file (PDF, OFD); else null
 */
public record Snippet(int start, int end, String left, String match, String right, Integer page) {}
