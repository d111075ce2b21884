package org.policykb.search;

/**
 * How many matching documents have one value of a facet.
 *
 * @param value the value (a year is a number), or null for the documents that have none
 */
public record FacetValue(Object value, long count) {}
