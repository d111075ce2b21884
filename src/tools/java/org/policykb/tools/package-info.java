/**
 * The tools, kept out of the product's sources and class path: the {@code bench}, {@code fuzz} and
 * {@code dev-cluster} commands and their entry point {@link org.policykb.tools.Tools}; the benchmarks
 * ({@code bench}), the fuzzers ({@code fuzz}) and a local OpenSearch cluster ({@code devcluster}).
 * They use the product; the product uses none of them.
 */
package org.policykb.tools;
