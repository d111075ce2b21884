/**
 * The embedded engine: a Lucene index on this machine — its schema, the query plan rendered as
 * Lucene queries, the served generation and its readers, and the generation builder.
 */
package org.policykb.lucene;
