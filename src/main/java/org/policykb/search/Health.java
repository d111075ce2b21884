package org.policykb.search;

import java.time.Instant;

/**
 * The state of the served index.
 *
 * @param status {@code ok}, or {@code degraded} when the served generation is not the one
 *     {@code CURRENT} names because that one failed its checksums
 * @param generation the served generation
 * @param currentGeneration the generation {@code CURRENT} names
 * @param problem why the two differ: which generation, which file, what failed; null when they do not
 */
public record Health(
    String status,
    long documents,
    String generation,
    Instant builtAt,
    int schemaVersion,
    String currentGeneration,
    String problem) {}
