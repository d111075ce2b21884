package org.policykb.search;

import java.time.Instant;

/** The state of the served index. */
public record Health(String status, long documents, String generation, Instant builtAt, int schemaVersion) {}
