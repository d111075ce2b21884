package org.policykb.text;

/** Where a phrase occurs: {@code text.substring(start, end)} is the matched text. */
public record Occurrence(int start, int end) {}
